package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.coaching.AttentionItem.Reason;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import app.limber.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoachHomeServiceTest extends LimberTest {

    @Autowired
    CoachHomeService home;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accounts;

    private Person casey;
    private Person ana;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithAnAthleteWhoHasARoutine() {
        casey = given.aCoach();
        ana = given.anAthleteOf(casey, Fixtures.ANA);
        routine = given.aPublishedRoutine(casey, 2);
        given.give(casey, routine, ana);
    }

    @Test
    void aNewCoachHasAnEmptyHome() {
        Person dana = given.aCoach(Fixtures.DANA);
        authenticateAs(dana.email());
        assertThat(home.home().noAthletesYet()).isTrue();
    }

    @Test
    void theWeekCountsCompleteAndPartialApartAndRecentSessionsComeNewestFirst() {
        Person ben = given.anAthleteOf(casey, Fixtures.BEN);
        long first = logAs(ana, true, Feeling.GOOD, "Felt loose");
        clock.advance(Duration.ofHours(2));
        long second = logAs(ana, false, null, "Had to stop");

        authenticateAs(casey.email());
        CoachHome seen = home.home();
        assertThat(seen.week()).extracting(AthleteWeek::athlete, AthleteWeek::complete, AthleteWeek::partial, AthleteWeek::given)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ana Athlete", 1, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("Ben Athlete", 0, 0, 0));
        assertThat(seen.recent()).extracting(SessionSummary::sessionId).containsExactly(second, first);
        assertThat(seen.recent().getLast()).satisfies(session -> {
            assertThat(session.athlete()).isEqualTo("Ana Athlete");
            assertThat(session.routineTitle()).isEqualTo(routine.title());
            assertThat(session.version()).isEqualTo(1);
            assertThat(session.note()).isEqualTo("Felt loose");
            assertThat(session.feeling()).isEqualTo(Feeling.GOOD);
        });
        assertThat(ben.id()).isPositive();
    }

    @Test
    void painOfFourOrMoreNeedsAttentionUntilAcknowledgedAndStaysInTheAthletesHistory() {
        long mild = logAs(ana, true, Feeling.GOOD, "");
        painOf(mild, 3, PainSide.RIGHT);
        clock.advance(Duration.ofHours(1));
        long strong = logAs(ana, false, Feeling.GOOD, "Left hamstring pulled a bit");
        painOf(strong, 6, PainSide.LEFT);

        authenticateAs(casey.email());
        AttentionItem item = home.home().attention().stream().filter(found -> found.reason() == Reason.PAIN)
                .reduce((a, b) -> { throw new AssertionError("one pain item expected: " + a + ", " + b); }).orElseThrow();
        assertThat(item.sessionId()).isEqualTo(strong);
        assertThat(item.why().key()).isEqualTo("attention.pain");
        assertThat(item.why().english()).isEqualTo("Pain 6/10 at hamstrings, left side after \u201c" + routine.title() + "\u201d.");

        home.acknowledge(item);
        home.acknowledge(item); // a double click changes nothing

        assertThat(home.home().attention()).noneMatch(found -> found.reason() == Reason.PAIN);
        AthletePage page = home.athlete(ana.id());
        assertThat(page.attention()).noneMatch(found -> found.reason() == Reason.PAIN);
        assertThat(page.acknowledged()).singleElement().satisfies(acknowledged -> {
            assertThat(acknowledged.reason()).isEqualTo(Reason.PAIN);
            assertThat(acknowledged.why().english()).startsWith("Pain 6/10");
            assertThat(acknowledged.acknowledgedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void twoHardSessionsInARowNeedAttentionAndAnEasyOneBetweenDoesNot() {
        logAs(ana, true, Feeling.HARD, "");
        clock.advance(Duration.ofHours(1));
        logAs(ana, true, Feeling.EASY, "");
        clock.advance(Duration.ofHours(1));
        logAs(ana, true, Feeling.HARD, "");
        authenticateAs(casey.email());
        assertThat(home.home().attention()).noneMatch(item -> item.reason() == Reason.HARD_TWICE);

        clock.advance(Duration.ofHours(1));
        long latest = logAs(ana, true, Feeling.HARD, "");
        authenticateAs(casey.email());
        assertThat(home.home().attention()).filteredOn(item -> item.reason() == Reason.HARD_TWICE)
                .singleElement().satisfies(item -> assertThat(item.sessionId()).isEqualTo(latest));
    }

    @Test
    void aQuietWeekAfterARoutineWasGivenNeedsAttention() {
        authenticateAs(casey.email());
        clock.advance(Duration.ofDays(6));
        assertThat(home.home().attention()).as("given six days ago").isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(home.home().attention()).singleElement().satisfies(item -> {
            assertThat(item.reason()).isEqualTo(Reason.INACTIVE);
            assertThat(item.why().english()).isEqualTo("Nothing done yet, 7 days after being given a routine.");
        });

        logAs(ana, true, Feeling.GOOD, "");
        authenticateAs(casey.email());
        assertThat(home.home().attention()).as("a session ends the quiet spell").isEmpty();

        clock.advance(Duration.ofDays(30));
        AttentionItem quiet = home.home().attention().getFirst();
        assertThat(quiet.why().key()).isEqualTo("attention.inactive");
        assertThat(quiet.why().english()).isEqualTo("Nothing done for 30 days, although routines were given.");
        assertThat(home.athlete(ana.id()).attention()).containsExactly(quiet);
        home.acknowledge(quiet);
        clock.advance(Duration.ofDays(3));
        assertThat(home.home().attention()).as("acknowledged until the next session").isEmpty();
    }

    @Test
    void theAthletePageShowsWhoTheyAreWhatTheyHaveAndEverySession() {
        long session = logAs(ana, true, Feeling.GOOD, "Good one");
        authenticateAs(casey.email());
        AthletePage page = home.athlete(ana.id());
        assertThat(page.name()).isEqualTo("Ana Athlete");
        assertThat(page.complete7()).isEqualTo(1);
        assertThat(page.partial30()).isZero();
        assertThat(page.given()).singleElement().satisfies(given -> {
            assertThat(given.title()).isEqualTo(routine.title());
            assertThat(given.version()).isEqualTo(1);
            assertThat(given.lastDone()).isEqualTo(clock.instant());
        });
        assertThat(page.sessions()).extracting(SessionSummary::sessionId).containsExactly(session);
    }

    @Test
    void anotherCoachFindsNeitherTheAthleteNorTheirItemsAndAthletesCannotAsk() {
        long session = logAs(ana, true, Feeling.GOOD, "");
        painOf(session, 8, PainSide.BOTH);
        authenticateAs(casey.email());
        AttentionItem item = home.home().attention().getFirst();

        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");
        assertThatThrownBy(() -> home.athlete(ana.id())).isInstanceOf(AthleteNotFoundException.class);
        assertThatThrownBy(() -> home.acknowledge(item)).isInstanceOf(AthleteNotFoundException.class);
        assertThat(home.home().attention()).isEmpty();

        authenticateAs(casey.email());
        var forged = new AttentionItem(ana.id(), "Ana", Reason.PAIN, item.since(), session + 1000, app.limber.base.Words.of("attention.generic-pain"), null);
        assertThatThrownBy(() -> home.acknowledge(forged)).isInstanceOf(SessionNotFoundException.class);

        authenticateAs(ana.email());
        assertThatThrownBy(() -> home.home()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> home.athlete(ana.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theHomeAndTheAthletePageTakeAFixedNumberOfStatementsWhateverTheRoster() {
        long session = logAs(ana, false, Feeling.HARD, "");
        painOf(session, 5, PainSide.LEFT);
        authenticateAs(casey.email());
        int homeWithOne = QueryCounter.count(() -> home.home());
        int pageWithOne = QueryCounter.count(() -> home.athlete(ana.id()));

        for (int index = 0; index < 6; index++) {
            Person athlete = given.anAthleteOf(casey, new SignUp("athlete" + index + "@example.com", "Athlete " + index, "athlete-password"));
            given.give(casey, routine, athlete);
            logAs(athlete, index % 2 == 0, Feeling.HARD, "Note " + index);
            clock.advance(Duration.ofMinutes(5));
        }
        clock.advance(Duration.ofDays(8)); // some quiet, so the last-session look-up runs too
        logAs(ana, true, Feeling.GOOD, "");
        authenticateAs(casey.email());
        int homeWithSeven = QueryCounter.count(() -> home.home());
        int pageWithSeven = QueryCounter.count(() -> home.athlete(ana.id()));

        assertThat(homeWithSeven).isLessThanOrEqualTo(6).isGreaterThanOrEqualTo(homeWithOne);
        assertThat(pageWithOne).isEqualTo(pageWithSeven).isLessThanOrEqualTo(6);
        assertThat(home.home().attention()).extracting(AttentionItem::reason).contains(Reason.INACTIVE);
    }

    private long logAs(Person athlete, boolean complete, Feeling feeling, String note) {
        return given.as(athlete.email(), () -> sessions.logSession(new SessionReport(routine.id(), complete, feeling, false, Set.of(), note)));
    }

    /** Pain as the player's feedback stores it (level, side, where). */
    private void painOf(long session, int level, PainSide side) {
        jdbc.update("update session_log set pain = ?, pain_level = ?, pain_side = ?, pain_where = '{HAMSTRINGS}' where id = ?",
                level > 0, level, side.name(), session);
    }
}
