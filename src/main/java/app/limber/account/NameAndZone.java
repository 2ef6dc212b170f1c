package app.limber.account;

import java.time.ZoneId;

/**
 * An account's display name and the time zone its days are counted in (UTC while no browser has
 * told it), for the people a coach looks after.
 */
public record NameAndZone(long id, String name, ZoneId zone) {
}
