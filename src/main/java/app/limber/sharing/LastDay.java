package app.limber.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The last day a share link works, as the coach's calendar has it: the link works until that
 * day ends in the coach's time zone (the zone of the browser they set it from), and "today or
 * later" means the coach's today.
 */
public record LastDay(LocalDate day, ZoneId zone) {

    public LastDay {
        if (day == null || zone == null) {
            throw new IllegalArgumentException("A last day needs its day and the coach's time zone");
        }
    }

    /** The moment the link stops working: midnight after the last day, in the coach's zone. */
    Instant end() {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The coach's date at this moment. */
    LocalDate todayAt(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }
}
