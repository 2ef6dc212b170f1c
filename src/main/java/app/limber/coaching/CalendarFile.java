package app.limber.coaching;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of an athlete's planned sessions, written by hand: the few
 * properties Limber needs, its text escaped (backslash, semicolon, comma, line breaks) and any
 * other control character dropped (a NUL cannot reach a calendar), lines ended by CRLF and
 * folded at 75 octets without cutting a character in two.
 *
 * <p>Events are all-day (DATE values): a plan names days, not times, so the event sits on the
 * athlete's planned day, counted in their time zone, wherever their calendar app shows it.
 */
final class CalendarFile {

    /**
     * One planned day (or, for "3× a week", the days of a week it runs on).
     *
     * @param uid   stable across look-ups: the same session keeps its UID, so calendars update it in place
     * @param first the first day
     * @param until the day after the last (DTEND of an all-day event is exclusive)
     */
    record Event(String uid, LocalDate first, LocalDate until, String summary, String description, String url) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private CalendarFile() {
    }

    static byte[] write(String calendarName, Instant now, List<Event> events) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Limber//Planned sessions//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "NAME:" + text(calendarName));
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line(out, "X-PUBLISHED-TTL:PT6H");
        String stamp = STAMP.format(now);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.first()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.until()));
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "DESCRIPTION:" + text(event.description()));
            line(out, "URL:" + uri(event.url()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value (RFC 5545 §3.3.11): \\ ; , escaped, any line break becomes \n, other control characters go. */
    static String text(String value) {
        var escaped = new StringBuilder();
        String normalized = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        normalized.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A URI value: never holds a control character or a space (the address is Limber's own). */
    private static String uri(String value) {
        return value.codePoints().filter(c -> c > ' ' && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Appends a content line, folded (CRLF and a space) so that no line is longer than 75 octets. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int index = 0; index < content.length(); ) {
            int codePoint = content.codePointAt(index);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_LINE_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
