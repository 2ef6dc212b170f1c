package app.limber.player;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.player.PlaySource.SessionEnd;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.coaching.Feeling;
import app.limber.coaching.SessionFeedback;
import app.limber.support.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a complete session, and that players of one version share its plan: decided here, not in the view. */
class PlayerServiceTest extends UiTest {

    @Autowired PlayerService player;
    @Autowired RosterService roster;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired PublishingService publishing;
    @Autowired AssignmentService assignments;
    @Autowired SharingService sharing;

    private long routineId;
    private String token;

    /** A coach gives the athlete a published three-step routine and shares it by link; the test goes on as the athlete. */
    @BeforeEach
    void anAssignedAndSharedRoutine() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        signOut();
        roster.joinWithNewAccount(invite.token(), ATHLETE);
        signInAs(COACH.email());
        List<StretchCard> stretches = library.search(LibraryFilter.NONE, 0, 3);
        RoutineDetails routine = routines.create("Track cool-down");
        for (int i = 0; i < 3; i++) {
            routine = routines.addStep(routine.id(), stretches.get(i).id(), i);
        }
        routineId = routine.id();
        publishing.publish(routineId, "");
        assignments.assign(routineId, List.of(roster.roster().getFirst().athleteId()), "");
        token = sharing.create(routineId, "", null, Pin.LATEST_PUBLISHED).token();
        signInAs(ATHLETE.email());
    }

    private PlaySource assigned() {
        return player.playAssigned(routineId).orElseThrow();
    }

    /** The clock's report of every step played out (every hold in full, every reps phase reached). */
    private static List<StepWork> playedOut(PlayPlan plan) {
        return plan.steps().stream().map(step -> new StepWork(
                step.phases().stream().filter(phase -> phase.kind() == PlayPlan.Kind.HOLD).mapToLong(phase -> phase.seconds() * 1000L).sum(),
                (int) step.phases().stream().filter(phase -> phase.kind() == PlayPlan.Kind.REPS).count())).toList();
    }

    private static List<Outcome> outcomes(SessionEnd end) {
        return end.results().stream().map(StepResult::outcome).toList();
    }

    @Test
    void everyStepPlayedOutIsCompleteAndIsLoggedOnceWithEachStepsOutcome() {
        PlaySource play = assigned();
        play.reached(0);
        play.reached(1);
        play.reached(1);
        play.reached(2);
        clock.advance(Duration.ofSeconds(play.plan().totalSeconds()));
        play.progress(playedOut(play.plan()));

        SessionEnd end = play.end(true);

        assertThat(end.complete()).isTrue();
        assertThat(end.stepsReached()).isEqualTo(3);
        assertThat(end.stepsDone()).isEqualTo(3);
        assertThat(outcomes(end)).containsOnly(Outcome.DONE);
        assertThat(play.end(false)).as("a second end changes nothing").isEqualTo(end);
        assertThat(jdbc.queryForList("select complete, steps_done, steps_total, jsonb_array_length(steps) as outcomes from session_log"))
                .singleElement().satisfies(log -> assertThat(log)
                        .containsEntry("complete", true).containsEntry("steps_done", 3).containsEntry("steps_total", 3)
                        .containsEntry("outcomes", 3));
    }

    @Test
    void aStepNeverShownIsSkippedWhateverTheClockSays() {
        PlaySource play = assigned();
        play.reached(0);
        play.reached(2);
        clock.advance(Duration.ofSeconds(play.plan().totalSeconds()));
        play.progress(playedOut(play.plan()));

        SessionEnd end = play.end(true);
        assertThat(end.complete()).isFalse();
        assertThat(outcomes(end)).containsExactly(Outcome.DONE, Outcome.SKIPPED, Outcome.DONE);
        assertThat(jdbc.queryForMap("select complete, steps_done from session_log"))
                .containsEntry("complete", false).containsEntry("steps_done", 2);
    }

    @Test
    void beingOnEveryStepWithoutItsWorkIsPartialAndEveryStepSkipped() {
        PlaySource play = assigned();
        for (int step = 0; step < 3; step++) {
            play.reached(step);
        }
        clock.advance(Duration.ofSeconds(2));
        SessionEnd end = play.end(true);
        assertThat(end.complete()).isFalse();
        assertThat(outcomes(end)).containsOnly(Outcome.SKIPPED);
        assertThat(end.stepsDone()).isZero();
    }

    @Test
    void workReportedAllAtOnceASecondAfterStartIsScaledDownToTheTimeThatPassed() {
        PlaySource play = assigned();
        for (int step = 0; step < 3; step++) {
            play.reached(step);
        }
        clock.advance(Duration.ofSeconds(1));
        play.progress(playedOut(play.plan()));

        SessionEnd end = play.end(true);
        assertThat(end.complete()).isFalse();
        assertThat(outcomes(end)).doesNotContain(Outcome.DONE);
        assertThat(end.results().stream().mapToInt(StepResult::workSeconds).sum()).isLessThanOrEqualTo(3);
    }

    @Test
    void anEarlierReportDoesNotUndoALaterOne() {
        PlaySource play = assigned();
        for (int step = 0; step < 3; step++) {
            play.reached(step);
        }
        clock.advance(Duration.ofSeconds(play.plan().totalSeconds()));
        play.progress(playedOut(play.plan()));
        play.progress(List.of(StepWork.NONE, StepWork.NONE, StepWork.NONE));

        assertThat(play.end(true).complete()).isTrue();
    }

    @Test
    void stepsTheRoutineDoesNotHaveDoNotCount() {
        PlaySource play = assigned();
        play.reached(0);
        play.reached(1);
        play.reached(3);
        play.reached(-1);

        assertThat(play.stepsReached()).isEqualTo(2);
        assertThat(play.end(true).complete()).isFalse();
    }

    @Test
    void aSharedRoutineFollowsTheSameRuleAndLogsNothingAboutTheViewer() {
        signOut();
        PlaySource play = player.playShared(token).orElseThrow();
        play.reached(0);
        play.reached(1);
        play.reached(2);
        clock.advance(Duration.ofSeconds(play.plan().totalSeconds()));
        play.progress(playedOut(play.plan()));

        assertThat(play.end(true).complete()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();

        PlaySource tappedThrough = player.playShared(token).orElseThrow();
        tappedThrough.reached(0);
        tappedThrough.reached(1);
        tappedThrough.reached(2);
        assertThat(tappedThrough.end(true).complete()).isFalse();
    }

    @Test
    void iDidItCountsASharedCompletionOnlyAfterACompletePlay() {
        signOut();
        PlaySource notEnded = player.playShared(token).orElseThrow();
        notEnded.reached(0);
        notEnded.feedback(SessionFeedback.withoutPain(Feeling.GOOD, ""));

        PlaySource tooQuick = player.playShared(token).orElseThrow();
        for (int step = 0; step < 3; step++) {
            tooQuick.reached(step);
        }
        clock.advance(Duration.ofSeconds(1));
        tooQuick.progress(playedOut(tooQuick.plan()));
        assertThat(tooQuick.end(true).complete()).isFalse();
        tooQuick.feedback(SessionFeedback.withoutPain(Feeling.GOOD, ""));
        assertThat(jdbc.queryForObject("select count(*) from share_completion", Integer.class))
                .as("not before the end, nor for all steps posted a second after Start").isZero();

        PlaySource playedOut = player.playShared(token).orElseThrow();
        for (int step = 0; step < 3; step++) {
            playedOut.reached(step);
        }
        clock.advance(Duration.ofSeconds(playedOut.plan().totalSeconds()));
        playedOut.progress(playedOut(playedOut.plan()));
        assertThat(playedOut.end(true).complete()).isTrue();
        playedOut.feedback(SessionFeedback.withoutPain(Feeling.GOOD, ""));
        playedOut.feedback(SessionFeedback.withoutPain(Feeling.GOOD, ""));
        assertThat(jdbc.queryForObject("select count(*) from share_completion", Integer.class)).isOne();
    }

    @Test
    void playersOfTheSameVersionShareOnePlan() {
        PlaySource first = assigned();
        PlaySource second = assigned();
        signOut();
        PlaySource shared = player.playShared(token).orElseThrow();

        assertThat(first.plan().steps()).hasSize(3);
        assertThat(second.plan()).isSameAs(first.plan());
        assertThat(shared.plan()).isEqualTo(first.plan());
    }
}
