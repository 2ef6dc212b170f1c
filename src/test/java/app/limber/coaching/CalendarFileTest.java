package app.limber.coaching;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar writer: what a coach typed reaches the calendar as they typed it, in lines RFC 5545 allows. */
class CalendarFileTest {

    @Test
    void textACoachTypedIsEscapedFoldedWithoutCuttingACharacterAndReadBackAsTyped() throws Exception {
        String typed = "Hüfte, Waden; \\ leicht\nzweite Zeile\r\ndritte " + "🏃‍♀️ Łódź ".repeat(12) + "\u0000\u0007end";
        var event = new CalendarFile.Event("assignment-1-20270329@limber", LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 30),
                typed, typed, "https://limber.example.org/my-routines/1");

        byte[] file = CalendarFile.write("Limber: planned sessions", Instant.parse("2027-03-28T22:30:00Z"), List.of(event));

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u0000").doesNotContain("\u0007").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.split("\r\n")).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        });
        assertThat(text).contains("SUMMARY:Hüfte\\, Waden\\; \\\\ leicht\\nzweite Zeile\\ndritte");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent parsed = (VEvent) calendar.getComponents("VEVENT").getFirst();
        String expected = typed.replace("\r\n", "\n").replace("\u0000", "").replace("\u0007", "");
        assertThat(parsed.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(expected);
        assertThat(parsed.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(expected);
        assertThat(parsed.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270329");
        assertThat(parsed.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20270328T223000Z");
    }
}
