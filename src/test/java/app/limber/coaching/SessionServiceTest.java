package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionServiceTest extends LimberTest {

    @Autowired
    SessionService sessions;

    @Autowired
    AssignmentService assignments;

    @Autowired
    PublishingService publishing;

    @Autowired
    RosterService roster;

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    private RoutineDetails routine;
    private Person ana;

    @BeforeEach
    void anAthleteWithAnAssignedRoutine() {
        Person casey = given.aCoach();
        ana = given.anAthleteOf(casey, new SignUp("ana@example.com", "Ana", "athlete-password"));
        routine = given.aPublishedRoutine(casey, 1);
        given.give(casey, routine, ana);
        authenticateAs(casey.email());
    }

    @Test
    void completionsFeelingsAndPainReachTheCoach() {
        authenticateAs("ana@example.com");
        sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), ""));
        clock.advance(Duration.ofDays(10));
        sessions.logSession(new SessionReport(routine.id(), false, null, false, Set.of(), "Had to stop"));
        sessions.logSession(new SessionReport(routine.id(), true, Feeling.HARD, true, Set.of(Muscle.CALF_SOLEUS), "Sore calf"));

        authenticateAs("casey@example.com");
        assertThat(sessions.adherence()).singleElement().satisfies(adherence -> {
            assertThat(adherence.athlete()).isEqualTo("Ana");
            assertThat(adherence.last7Days()).isEqualTo(1);
            assertThat(adherence.last30Days()).as("a stopped session is not a completion").isEqualTo(2);
            assertThat(adherence.partial7Days()).as("partial sessions are counted apart").isEqualTo(1);
            assertThat(adherence.partial30Days()).isEqualTo(1);
            assertThat(adherence.lastFeeling()).isEqualTo(Feeling.HARD);
            assertThat(adherence.painLately()).isTrue();
        });
        assertThat(sessions.adherence(routine.id())).singleElement().satisfies(adherence -> assertThat(adherence.last30Days()).isEqualTo(2));
        assertThat(jdbc.queryForObject("select pain_where[1] from session_log where pain", String.class)).isEqualTo("CALF_SOLEUS");
    }

    @Test
    void painIsRatedFrom0To10WithWhereAndWhichSide() {
        authenticateAs("ana@example.com");
        long session = sessions.logSession(SessionReport.ended(routine.id(), 0, false, 1, 1, null));

        for (int offTheScale : new int[]{-1, 11}) {
            assertThatThrownBy(() -> sessions.giveFeedback(session,
                    new SessionFeedback(Feeling.HARD, offTheScale, PainSide.LEFT, Set.of(Muscle.HAMSTRINGS), "")))
                    .isInstanceOf(InvalidSessionException.class).hasMessage(SessionService.PAIN_LEVEL);
        }
        assertThatThrownBy(() -> sessions.giveFeedback(session, new SessionFeedback(Feeling.HARD, 6, PainSide.LEFT, Set.of(), "")))
                .isInstanceOf(InvalidSessionException.class).hasMessage(SessionService.PAIN_WITHOUT_PLACE);
        assertThatThrownBy(() -> sessions.giveFeedback(session, new SessionFeedback(Feeling.HARD, 6, null, Set.of(Muscle.HAMSTRINGS), "")))
                .isInstanceOf(InvalidSessionException.class).hasMessage(SessionService.PAIN_WITHOUT_SIDE);
        assertThat(jdbc.queryForObject("select feedback_at from session_log", java.sql.Timestamp.class)).as("nothing stored").isNull();

        sessions.giveFeedback(session, new SessionFeedback(Feeling.HARD, 6, PainSide.LEFT, Set.of(Muscle.HAMSTRINGS), "Left hamstring pulled a bit"));
        assertThat(jdbc.queryForMap("select pain, pain_level, pain_side, pain_where[1] as where_ from session_log"))
                .containsEntry("pain", true).containsEntry("pain_level", 6).containsEntry("pain_side", "LEFT")
                .containsEntry("where_", "HAMSTRINGS");
        assertThat(sessions.myHistory().getFirst()).satisfies(entry -> {
            assertThat(entry.painLevel()).isEqualTo(6);
            assertThat(entry.painSide()).isEqualTo(PainSide.LEFT);
        });

        // corrected to no pain: where and the side go with it
        sessions.giveFeedback(session, new SessionFeedback(Feeling.GOOD, 0, PainSide.RIGHT, Set.of(Muscle.HAMSTRINGS), ""));
        assertThat(jdbc.queryForMap("select pain, pain_level, pain_side, cardinality(pain_where) as places from session_log"))
                .containsEntry("pain", false).containsEntry("pain_level", 0).containsEntry("pain_side", null).containsEntry("places", 0);
    }

    @Test
    void aSessionIsCompleteExactlyWhenEveryStepWasDone() {
        authenticateAs("ana@example.com");
        var shortened = List.of(new StepResult("Calf", StepResult.Outcome.SHORTENED, 20, 30));
        var done = List.of(new StepResult("Calf", StepResult.Outcome.DONE, 30, 30));

        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), 0, true, 1, 1, shortened)))
                .isInstanceOf(InvalidSessionException.class).hasMessage(SessionService.COMPLETE_WITH_STEPS_NOT_DONE);
        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), 0, false, 1, 1, done)))
                .isInstanceOf(InvalidSessionException.class).hasMessage(SessionService.COMPLETE_WITH_STEPS_NOT_DONE);
        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), 0, true, 1, 1, List.of())))
                .as("no outcomes for the routine's step").isInstanceOf(InvalidSessionException.class);
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();

        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), 0, false, 1, 1, shortened)))
                .as("steps done must be those done").isInstanceOf(InvalidSessionException.class);
        sessions.logSession(SessionReport.ended(routine.id(), 0, false, 0, 1, shortened));
        sessions.logSession(SessionReport.ended(routine.id(), 0, true, 1, 1, done));
        // a log from before outcomes were recorded keeps its meaning: complete as it was logged, no steps
        sessions.logSession(SessionReport.ended(routine.id(), 0, true, 1, 1));

        assertThat(sessions.myHistory()).extracting(SessionEntry::complete).containsExactlyInAnyOrder(false, true, true);
        assertThat(sessions.myHistory()).extracting(SessionEntry::steps).containsExactlyInAnyOrder(shortened, done, List.of());
    }

    @Test
    void theCoachRepliesToASessionAndTheAthleteReadsIt() {
        authenticateAs("ana@example.com");
        long session = sessions.logSession(new SessionReport(routine.id(), true, Feeling.HARD, false, Set.of(), "Tight today"));
        assertThat(sessions.unreadReplies()).isEmpty();

        authenticateAs("casey@example.com");
        assertThatThrownBy(() -> sessions.reply(session, "   ")).isInstanceOf(InvalidSessionException.class).hasMessage("Write a reply first.");
        assertThatThrownBy(() -> sessions.reply(session, "x".repeat(SessionService.MAX_REPLY + 1)))
                .isInstanceOf(InvalidSessionException.class).hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> sessions.reply(session, "Nice\u0000")).isInstanceOf(InvalidSessionException.class)
                .hasMessage("Remove the invisible control character from this text.");
        sessions.reply(session, "  Easy on the hamstrings in Łódź 💪 <b>tomorrow</b> ");

        authenticateAs("ana@example.com");
        assertThat(sessions.unreadReplies()).singleElement().satisfies(reply -> {
            assertThat(reply.sessionId()).isEqualTo(session);
            assertThat(reply.text()).isEqualTo("Easy on the hamstrings in Łódź 💪 <b>tomorrow</b>");
        });
        assertThat(sessions.myHistory().getFirst().replyUnread()).isTrue();
        sessions.markRepliesRead();
        assertThat(sessions.unreadReplies()).isEmpty();
        assertThat(sessions.myHistory().getFirst()).satisfies(entry -> {
            assertThat(entry.reply()).isEqualTo("Easy on the hamstrings in Łódź 💪 <b>tomorrow</b>");
            assertThat(entry.replyUnread()).isFalse();
        });
        assertThatThrownBy(() -> sessions.reply(session, "Mine")).as("athletes do not reply to themselves")
                .isInstanceOf(AuthorizationDeniedException.class);

        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");
        assertThatThrownBy(() -> sessions.reply(session, "Not my athlete")).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void theAthleteSeesWhenTheyLastDidEachRoutine() {
        authenticateAs("ana@example.com");
        assertThat(assignments.myRoutines().getFirst().lastDone()).isNull();
        sessions.logSession(new SessionReport(routine.id(), false, null, false, Set.of(), ""));
        assertThat(assignments.myRoutines().getFirst().lastDone()).as("a stopped session is not 'done'").isNull();

        sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), ""));

        assertThat(assignments.myRoutines().getFirst().lastDone()).isNotNull();
    }

    @Test
    void theAthletesPageCountsPainAsTheCoachHomeDoesFromFourUp() {
        authenticateAs("ana@example.com");
        long session = sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), ""));
        jdbc.update("update session_log set pain = true, pain_level = 3, pain_side = 'LEFT', pain_where = '{HAMSTRINGS}' where id = ?", session);
        authenticateAs("casey@example.com");
        assertThat(sessions.adherence().getFirst().painLately()).as("pain 3").isFalse();

        jdbc.update("update session_log set pain_level = 4 where id = ?", session);
        assertThat(sessions.adherence().getFirst().painLately()).as("pain 4").isTrue();
    }

    @Test
    void noPainLatelyNeedsNoAttention() {
        authenticateAs("ana@example.com");
        sessions.logSession(new SessionReport(routine.id(), true, Feeling.EASY, true, Set.of(), ""));
        clock.advance(Duration.ofDays(20));

        authenticateAs("casey@example.com");
        assertThat(sessions.adherence().getFirst().painLately()).isFalse();
        assertThat(sessions.adherence().getFirst().last7Days()).isZero();
    }

    @Test
    void onlyAssignedRoutinesOfACurrentCoachCanBeLogged() {
        RoutineDetails other = routines.create("Other");
        authenticateAs("ana@example.com");
        assertThatThrownBy(() -> sessions.logSession(new SessionReport(other.id(), true, Feeling.GOOD, false, Set.of(), "")))
                .isInstanceOf(InvalidSessionException.class).hasMessage("This routine is not one of yours.");
        assertThatThrownBy(() -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "x".repeat(501))))
                .isInstanceOf(InvalidSessionException.class);

        authenticateAs("casey@example.com");
        roster.removeAthlete(ana.id());
        authenticateAs("ana@example.com");
        assertThatThrownBy(() -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")))
                .isInstanceOf(InvalidSessionException.class);
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();
    }

    @Test
    void anotherCoachSeesNoneOfItAndRolesAreChecked() {
        authenticateAs("ana@example.com");
        sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), ""));
        assertThatThrownBy(() -> sessions.adherence()).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");
        assertThat(sessions.adherence()).isEmpty();
        assertThatThrownBy(() -> sessions.adherence(routine.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
