package app.limber.sharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A share link as its coach sees it in the routine's share panel.
 *
 * @param pinnedVersion the version it shows, or null when it follows the latest published one
 * @param expiresOn     the last day it works on the coach's calendar, or null for no expiry
 */
public record ShareLinkSummary(long id, String token, String label, Instant createdAt, LocalDate expiresOn,
                               Integer pinnedVersion, int opens, long completions, ShareLinkState state) {

    public boolean isActive() {
        return state == ShareLinkState.ACTIVE;
    }
}
