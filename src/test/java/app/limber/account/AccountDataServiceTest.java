package app.limber.account;

import app.limber.coaching.CalendarFeedService;
import app.limber.coaching.Feeling;
import app.limber.coaching.Plan;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.routine.RoutineDetails;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account data ZIP and deleting an account: everything of the person's, read back from
 * the ZIP's JSON files; nothing of anyone else's; and after deleting, nothing of theirs left
 * (or only what no longer says it was theirs), everyone else's untouched, and no more sign-in.
 */
class AccountDataServiceTest extends LimberTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AccountDataService accountData;
    @Autowired
    SessionService sessions;
    @Autowired
    SharingService sharing;
    @Autowired
    RosterService roster;
    @Autowired
    LibraryService library;
    @Autowired
    CalendarFeedService feeds;

    private Person casey;
    private Person dana;
    private Person ana;
    private Person ben;
    private RoutineDetails caseys;
    private RoutineDetails danas;
    private String shareToken;
    private String danasShareToken;

    /** Casey coaches Ana and Ben; Dana coaches Ben too. Each has a routine, a share link, a group; Ana and Ben log sessions. */
    private void twoCoachesSharingAnAthlete() {
        casey = given.aCoach();
        dana = given.aCoach(Fixtures.DANA);
        ana = given.anAthleteOf(casey);
        ben = given.anAthleteOf(casey, Fixtures.BEN);
        String invite = given.as(dana.email(), () -> roster.createInvite("For Ben").token());
        given.as(ben.email(), () -> {
            roster.joinAsSignedInAthlete(invite);
            return null;
        });
        caseys = given.aPublishedRoutine(casey);
        danas = given.aPublishedRoutine(dana, 1);
        Plan mondays = Plan.onDays(EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2026, 11, 23), null);
        given.give(casey, caseys, mondays, ana);
        given.give(casey, caseys, mondays, ben);
        given.give(dana, danas, mondays, ben);
        given.as(casey.email(), () -> {
            library.create(LibraryServiceTestDrafts.draft("Casey's wall calf"));
            roster.saveGroup(null, "Track group", Set.of(ana.id(), ben.id()));
            return roster.createInvite("Spare invite");
        });
        given.as(dana.email(), () -> roster.saveGroup(null, "Dana's group", Set.of(ben.id())));
        shareToken = given.as(casey.email(), () -> sharing.create(caseys.id(), "Club", null, Pin.LATEST_PUBLISHED).token());
        danasShareToken = given.as(dana.email(), () -> sharing.create(danas.id(), "Dana's club", null, Pin.LATEST_PUBLISHED).token());
        clock.advance(Duration.ofHours(1));
        given.as(ana.email(), () -> sessions.logSession(new SessionReport(caseys.id(), true, Feeling.GOOD, false, Set.of(), "Ana felt loose")));
        given.as(ben.email(), () -> sessions.logSession(new SessionReport(caseys.id(), true, Feeling.HARD, false, Set.of(), "Ben with Casey")));
        given.as(ben.email(), () -> sessions.logSession(new SessionReport(danas.id(), true, Feeling.EASY, false, Set.of(), "Ben with Dana")));
        given.as(ana.email(), feeds::renewMyFeed);
    }

    @Test
    void aCoachsZipHoldsEachOfTheirFilesAsJsonAndNothingOfAnotherCoachsNorAnySecret() throws Exception {
        twoCoachesSharingAnAthlete();

        Map<String, String> zip = unzip(given.as(casey.email(), accountData::myData));

        assertThat(zip.keySet()).contains("profile.json", "library/own-stretches.json", "library/photos.json",
                "library/videos.json", "routines/001-track-cool-down.limber.json", "coaching/roster.json",
                "coaching/groups.json", "coaching/invites.json", "coaching/published-versions.json",
                "coaching/sessions.json", "sharing/share-links.json");
        zip.forEach((name, content) -> assertThat(JSON.readTree(content)).as(name).isNotNull());
        JsonNode profile = JSON.readTree(zip.get("profile.json"));
        assertThat(profile.get("email").asString()).isEqualTo(casey.email());
        assertThat(profile.get("role").asString()).isEqualTo("coach");
        assertThat(JSON.readTree(zip.get("routines/001-track-cool-down.limber.json")).get("format").asString()).isEqualTo("limber-routine");
        assertThat(JSON.readTree(zip.get("library/own-stretches.json"))).singleElement()
                .satisfies(stretch -> assertThat(stretch.get("name").asString()).isEqualTo("Casey's wall calf"));
        JsonNode rosterFile = JSON.readTree(zip.get("coaching/roster.json"));
        assertThat(rosterFile).extracting(athlete -> athlete.get("name").asString()).containsExactly("Ana Athlete", "Ben Athlete");
        assertThat(rosterFile.get(0).get("routinesGiven").get(0).get("plan").get("days").get(0).asString()).isEqualTo("MONDAY");
        assertThat(JSON.readTree(zip.get("coaching/groups.json"))).extracting(group -> group.get("name").asString())
                .containsExactly("Track group");
        assertThat(JSON.readTree(zip.get("coaching/sessions.json"))).extracting(session -> session.get("note").asString())
                .containsExactlyInAnyOrder("Ana felt loose", "Ben with Casey");
        assertThat(JSON.readTree(zip.get("sharing/share-links.json"))).singleElement()
                .satisfies(link -> assertThat(link.get("label").asString()).isEqualTo("Club"));
        String everything = String.join("\n", zip.values());
        assertThat(everything).doesNotContain("Dana").doesNotContain("Ben with Dana").doesNotContain(shareToken)
                .doesNotContain("password").doesNotContain("{bcrypt}");
        String inviteTokens = String.join("|", jdbc.queryForList("select token from invite", String.class));
        assertThat(jdbc.queryForList("select token from invite", String.class)).allSatisfy(token ->
                assertThat(everything).as(inviteTokens).doesNotContain(token));
    }

    @Test
    void anAthletesZipHoldsTheirRoutinesPlanAndSessionsFromEachCoachAndNoOneElsesSessions() throws Exception {
        twoCoachesSharingAnAthlete();

        Map<String, String> zip = unzip(given.as(ben.email(), accountData::myData));

        assertThat(zip.keySet()).containsExactlyInAnyOrder("profile.json", "coaching/routines-given.json", "coaching/plan.json",
                "coaching/coaches.json", "coaching/sessions.json");
        zip.forEach((name, content) -> assertThat(JSON.readTree(content)).as(name).isNotNull());
        assertThat(JSON.readTree(zip.get("coaching/sessions.json"))).extracting(session -> session.get("note").asString())
                .containsExactlyInAnyOrder("Ben with Casey", "Ben with Dana");
        assertThat(JSON.readTree(zip.get("coaching/routines-given.json"))).extracting(given -> given.get("coach").asString())
                .containsExactlyInAnyOrder("Casey Coach", "Dana Coach");
        assertThat(JSON.readTree(zip.get("coaching/plan.json"))).allSatisfy(plan ->
                assertThat(plan.get("plan").get("kind").asString()).isEqualTo("DAYS"));
        assertThat(String.join("\n", zip.values())).doesNotContain("Ana felt loose").doesNotContain("ana@example.com");
    }

    @Test
    void deletingACoachRemovesEverythingOfTheirsStopsTheirLinksAndLeavesAthletesAndTheOtherCoachWhole() throws Exception {
        twoCoachesSharingAnAthlete();
        Map<String, Integer> danasBefore = countsOf(dana.id(), danas.id());
        assertThatThrownBy(() -> given.as(casey.email(), () -> {
            accountData.deleteMyAccount("dana@example.com");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage(AccountDataService.WRONG_EMAIL);
        assertThat(count("select count(*) from routine where owner_id = ?", casey.id())).as("a wrong email changes nothing").isEqualTo(1);

        given.as(casey.email(), () -> {
            accountData.deleteMyAccount(casey.email());
            return null;
        });

        for (String table : new String[] {"routine", "stretch", "stretch_photo", "stretch_video"}) {
            assertThat(count("select count(*) from " + table + " where owner_id = ?", casey.id())).as(table).isZero();
        }
        for (String table : new String[] {"share_link", "invite", "roster_entry", "assignment", "session_log",
                "athlete_group", "attention_acknowledgement"}) {
            assertThat(count("select count(*) from " + table + " where coach_id = ?", casey.id())).as(table).isZero();
        }
        assertThat(count("select count(*) from session_log where routine_id = ?", caseys.id())).isZero();
        assertThat(count("select count(*) from routine_version where routine_id = ?", caseys.id())).isZero();
        assertThat(count("select count(*) from user_account where id = ?", casey.id())).isZero();
        assertThat(countsOf(dana.id(), danas.id())).as("Dana keeps everything").isEqualTo(danasBefore);
        assertThat(count("select count(*) from user_account where id in (?, ?)", ana.id(), ben.id())).as("athletes keep accounts").isEqualTo(2);
        assertThat(given.as(ana.email(), () -> feeds.myFeedToken()).isPresent()).isTrue();
        assertThat(HttpVisitor.anonymous(port).get("/s/" + shareToken).statusCode()).as("Casey's link").isEqualTo(404);
        assertThat(HttpVisitor.anonymous(port).get("/s/" + danasShareToken + "/handout").statusCode()).as("Dana's link").isEqualTo(200);
        assertThatThrownBy(() -> HttpVisitor.signedIn(port, casey.email(), Fixtures.CASEY.password()))
                .hasMessageContaining("failed");
        HttpVisitor.signedIn(port, dana.email(), Fixtures.DANA.password());
    }

    @Test
    void deletingAnAthleteRemovesTheirSessionsPlacesAndFeedAndTheirCoachesKeepTheRest() throws Exception {
        twoCoachesSharingAnAthlete();
        int caseysInvites = count("select count(*) from invite where coach_id = ?", casey.id());

        given.as(ana.email(), () -> {
            accountData.deleteMyAccount(ana.email());
            return null;
        });

        for (String table : new String[] {"session_log", "assignment", "roster_entry", "athlete_group_member",
                "attention_acknowledgement", "calendar_feed"}) {
            assertThat(count("select count(*) from " + table + " where athlete_id = ?", ana.id())).as(table).isZero();
        }
        assertThat(count("select count(*) from invite where used_by = ?", ana.id())).isZero();
        assertThat(count("select count(*) from invite where coach_id = ?", casey.id())).as("the invite stays, anonymous").isEqualTo(caseysInvites);
        assertThat(count("select count(*) from user_account where id = ?", ana.id())).isZero();
        assertThat(count("select count(*) from session_log where athlete_id = ?", ben.id())).isEqualTo(2);
        assertThat(count("select count(*) from athlete_group_member where athlete_id = ?", ben.id())).isEqualTo(2);
        assertThat(count("select count(*) from routine where owner_id = ?", casey.id())).isEqualTo(1);
        assertThatThrownBy(() -> HttpVisitor.signedIn(port, ana.email(), Fixtures.ANA.password())).hasMessageContaining("failed");
    }

    /** Every row of Dana's, table by table. */
    private Map<String, Integer> countsOf(long coachId, long routineId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : new String[] {"share_link", "invite", "roster_entry", "assignment", "session_log", "athlete_group"}) {
            counts.put(table, count("select count(*) from " + table + " where coach_id = ?", coachId));
        }
        counts.put("routine", count("select count(*) from routine where owner_id = ?", coachId));
        counts.put("routine_version", count("select count(*) from routine_version where routine_id = ?", routineId));
        counts.put("athlete_group_member", count("select count(*) from athlete_group_member m join athlete_group g on g.id = m.group_id where g.coach_id = ?", coachId));
        return counts;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
