package app.limber.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The time zones a person can have: IANA region names (Europe/Madrid, America/Los_Angeles), never bare offsets. */
public final class TimeZones {

    /** Every region name Java knows, sorted, for a person to choose from. */
    public static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private TimeZones() {
    }

    /** The zone of a stored or offered name; empty for none or one Java does not know. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
