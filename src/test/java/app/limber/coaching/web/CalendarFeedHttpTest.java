package app.limber.coaching.web;

import app.limber.coaching.CalendarFeedService;
import app.limber.coaching.Plan;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The athlete's calendar feed over HTTP, as a calendar app fetches it (no one signed in), parsed
 * by ical4j: planned days in the athlete's zone across a summer-time change, and its address as a
 * capability (random, renewed, turned off, limited).
 */
class CalendarFeedHttpTest extends LimberTest {

    /** Sunday 28 March 2027, 22:30 UTC: already Monday 29 March, 00:30, in Berlin, on its first day of summer time. */
    private static final Instant MONDAY_AFTER_THE_CHANGE_IN_BERLIN = Instant.parse("2027-03-28T22:30:00Z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    RoutineService routines;

    @Autowired
    app.limber.account.AccountService accounts;

    private Person coach;
    private Person ana;

    @Test
    void theFeedHoldsEachPlannedDayInTheAthletesZoneAcrossTheSummerTimeChangeAndParsesUnderRfc5545() throws Exception {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        given.livesIn(ana, "Europe/Berlin");
        RoutineDetails hips = titled("Hips, calves; easy \\ slow");
        given.give(coach, hips, Plan.onDays(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), LocalDate.of(2026, 11, 24), null), ana);
        RoutineDetails cramp = titled("Cramp relief");
        given.give(coach, cramp, Plan.whenACrampStarts(LocalDate.of(2026, 11, 24)), ana);
        RoutineDetails strength = titled("Strength basics");
        given.give(coach, strength, Plan.timesAWeek(3, LocalDate.of(2026, 11, 24), LocalDate.of(2027, 4, 11)), ana);
        String token = given.as(ana.email(), feeds::renewMyFeed);
        clock.setInstant(MONDAY_AFTER_THE_CHANGE_IN_BERLIN);

        HttpResponse<byte[]> response = HttpVisitor.anonymous(port).get("/calendar/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("SUMMARY:Hips\\, calves\\; easy \\\\ slow\r\n").doesNotContain("Cramp relief");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();

        List<VEvent> events = calendar.getComponents("VEVENT");
        List<VEvent> hipsEvents = events.stream().filter(event -> summary(event).equals("Hips, calves; easy \\ slow")).toList();
        // Berlin's today is Monday 29 March: from 15 March (2 weeks back) to 24 May (8 weeks ahead). In UTC it
        // would still be Sunday 28 March, and 24 May would be left out.
        List<String> expected = LocalDate.of(2027, 3, 15).datesUntil(LocalDate.of(2027, 5, 25))
                .filter(day -> Set.of(MONDAY, WEDNESDAY, FRIDAY).contains(day.getDayOfWeek())).map(DAY::format).toList();
        assertThat(hipsEvents.stream().map(event -> value(event, "DTSTART")).toList()).isEqualTo(expected);
        assertThat(expected).contains("20270329", "20270524");
        assertThat(hipsEvents).allSatisfy(event -> {
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
            assertThat(LocalDate.parse(value(event, "DTEND"), DAY)).isEqualTo(LocalDate.parse(value(event, "DTSTART"), DAY).plusDays(1));
            assertThat(value(event, "URL")).startsWith("http").endsWith("/my-routines/" + hips.id());
            assertThat(value(event, "DESCRIPTION")).contains("Mon, Wed, Fri").contains(value(event, "URL"));
        });

        List<VEvent> strengthEvents = events.stream().filter(event -> summary(event).equals("Strength basics")).toList();
        assertThat(strengthEvents.stream().map(event -> value(event, "DTSTART") + "-" + value(event, "DTEND")))
                .as("a week each, until the plan's last day (Sunday 11 April)")
                .containsExactly("20270315-20270322", "20270322-20270329", "20270329-20270405", "20270405-20270412");
        assertThat(strengthEvents).allSatisfy(event -> assertThat(value(event, "DESCRIPTION")).startsWith("3\u00d7 this week"));

        Set<String> uids = new HashSet<>(events.stream().map(event -> value(event, "UID")).toList());
        assertThat(uids).hasSize(events.size());
        String again = new String(HttpVisitor.anonymous(port).get("/calendar/" + token + ".ics").body(), StandardCharsets.UTF_8);
        assertThat(new CalendarBuilder().build(new StringReader(again)).getComponents("VEVENT").stream()
                .map(event -> value((VEvent) event, "UID")).toList())
                .as("the same sessions keep their UIDs").isEqualTo(events.stream().map(event -> value(event, "UID")).toList());
    }

    @Test
    void eachTokenIsRandomAndLongAndOnlyItsAthletesRoutinesAreInIt() throws Exception {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        Person ben = given.anAthleteOf(coach, Fixtures.BEN);
        given.give(coach, titled("Ana's hips"), Plan.onDays(EnumSet.allOf(DayOfWeek.class), LocalDate.of(2026, 11, 24), null), ana);
        given.give(coach, titled("Ben's calves"), Plan.onDays(EnumSet.allOf(DayOfWeek.class), LocalDate.of(2026, 11, 24), null), ben);

        Set<String> tokens = new HashSet<>();
        for (int renewal = 0; renewal < 20; renewal++) {
            tokens.add(given.as(ana.email(), feeds::renewMyFeed));
        }
        String bens = given.as(ben.email(), feeds::renewMyFeed);
        tokens.add(bens);

        assertThat(tokens).hasSize(21).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
        String anas = given.as(ana.email(), () -> feeds.myFeedToken().orElseThrow());
        String anasFeed = new String(HttpVisitor.anonymous(port).get("/calendar/" + anas + ".ics").body(), StandardCharsets.UTF_8);
        assertThat(anasFeed).contains("SUMMARY:Ana's hips").doesNotContain("Ben's calves");
        String bensFeed = new String(HttpVisitor.anonymous(port).get("/calendar/" + bens + ".ics").body(), StandardCharsets.UTF_8);
        assertThat(bensFeed).contains("SUMMARY:Ben's calves").doesNotContain("Ana's hips");
    }

    @Test
    void renewingKillsTheOldAddressAtOnceAndTurningOffKillsAnyAllWithTheSameBare404() throws Exception {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        String first = given.as(ana.email(), feeds::renewMyFeed);
        HttpVisitor calendarApp = HttpVisitor.anonymous(port);
        assertThat(calendarApp.get("/calendar/" + first + ".ics").statusCode()).isEqualTo(200);

        String second = given.as(ana.email(), feeds::renewMyFeed);
        HttpResponse<byte[]> old = calendarApp.get("/calendar/" + first + ".ics");
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(calendarApp.get("/calendar/" + second + ".ics").statusCode()).isEqualTo(200);
        // the right selector with a wrong secret, and a token that is nobody's
        String wrongSecret = second.substring(0, 11) + (second.charAt(11) == 'A' ? 'B' : 'A') + second.substring(12);
        HttpResponse<byte[]> forged = calendarApp.get("/calendar/" + wrongSecret + ".ics");
        HttpResponse<byte[]> unknown = calendarApp.get("/calendar/" + "x".repeat(43) + ".ics");
        HttpResponse<byte[]> odd = calendarApp.get("/calendar/short.ics");

        given.as(ana.email(), () -> {
            feeds.turnOffMyFeed();
            return null;
        });
        HttpResponse<byte[]> off = calendarApp.get("/calendar/" + second + ".ics");

        for (HttpResponse<byte[]> refused : List.of(old, forged, unknown, odd, off)) {
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).isEmpty();
        }
        assertThat(given.as(ana.email(), feeds::myFeedToken)).isEmpty();
    }

    @Test
    void lookUpsAreLimitedPerClientAddressLikeShareLinks() throws Exception {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        String token = given.as(ana.email(), feeds::renewMyFeed);
        HttpVisitor guesser = HttpVisitor.anonymous(port);
        for (int attempt = 0; attempt < 29; attempt++) {
            assertThat(guesser.get("/calendar/" + "g".repeat(42) + (attempt % 10) + ".ics").statusCode()).isEqualTo(404);
        }
        assertThat(guesser.get("/calendar/" + token + ".ics").statusCode()).as("the 30th of the minute").isEqualTo(200);

        HttpResponse<byte[]> refused = guesser.get("/calendar/" + token + ".ics");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).isEmpty();
        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(guesser.get("/calendar/" + token + ".ics").statusCode()).as("a minute later").isEqualTo(200);
    }

    @Test
    void theFeedsWordsAreInTheAthletesLanguageOrElseTheCalendarAppsAndTheAnswerVariesByIt() throws Exception {
        coach = given.aCoach();
        ana = given.anAthleteOf(coach);
        given.livesIn(ana, "Europe/Berlin");
        RoutineDetails hips = titled("Hips");
        given.give(coach, hips, Plan.onDays(EnumSet.of(MONDAY, FRIDAY), LocalDate.of(2026, 11, 24), null), ana);
        RoutineDetails strength = titled("Strength basics");
        given.give(coach, strength, Plan.timesAWeek(3, LocalDate.of(2026, 11, 24), null), ana);
        String token = given.as(ana.email(), feeds::renewMyFeed);
        clock.setInstant(MONDAY_AFTER_THE_CHANGE_IN_BERLIN);
        HttpVisitor calendarApp = HttpVisitor.anonymous(port);

        HttpResponse<byte[]> german = calendarApp.get("/calendar/" + token + ".ics", "Accept-Language", "de-DE,de;q=0.9");
        assertThat(german.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
        Calendar inGerman = new CalendarBuilder().build(new StringReader(new String(german.body(), StandardCharsets.UTF_8)));
        assertThat(inGerman.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Limber: geplante Einheiten");
        List<VEvent> events = inGerman.getComponents("VEVENT");
        assertThat(events.stream().filter(event -> summary(event).equals("Hips")))
                .isNotEmpty().allSatisfy(event -> assertThat(value(event, "DESCRIPTION"))
                        .startsWith("Mo., Fr.\n").contains("In Limber öffnen: ").doesNotContain("Open it", "Mon"));
        assertThat(events.stream().filter(event -> summary(event).equals("Strength basics")))
                .isNotEmpty().allSatisfy(event -> assertThat(value(event, "DESCRIPTION")).startsWith("3\u00d7 diese Woche"));

        // her own choice wins over the app's language
        given.as(ana.email(), () -> {
            accounts.rememberLanguage(app.limber.account.Language.SPANISH);
            return null;
        });
        String spanish = new String(calendarApp.get("/calendar/" + token + ".ics", "Accept-Language", "de").body(),
                StandardCharsets.UTF_8);
        assertThat(spanish).contains("X-WR-CALNAME:Limber: sesiones planificadas", "3\u00d7 esta semana", "Ábrela en Limber: ")
                .contains("DESCRIPTION:lun\\, vie\\n").doesNotContain("Open it in Limber", "geplante");
    }

    /** A published routine of the coach's with this title. */
    private RoutineDetails titled(String title) {
        RoutineDetails draft = given.aRoutine(coach, 1);
        given.as(coach.email(), () -> routines.describe(draft.id(), title, "", draft.purpose()));
        return given.published(coach, draft);
    }

    private static String summary(VEvent event) {
        return value(event, Property.SUMMARY);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
