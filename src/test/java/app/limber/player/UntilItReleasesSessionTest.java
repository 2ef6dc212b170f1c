package app.limber.player;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;
import app.limber.coaching.ui.AthleteView;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.player.PlaySource.SessionEnd;
import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step held until it releases, played and logged: released after any time really spent
 * counts, a "released" for a hold that never began does not, the maximum reached counts as the
 * work done, and the coach reads how long each release took on the athlete's page.
 */
class UntilItReleasesSessionTest extends UiTest {

    @Autowired PlayerService player;
    @Autowired RosterService roster;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired PublishingService publishing;
    @Autowired AssignmentService assignments;

    private long routineId;
    private long athleteId;

    /** A published two-step routine, each step one hold until it releases, both sides at once, given to the athlete. */
    @BeforeEach
    void aRoutineHeldUntilItReleases() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        signOut();
        roster.joinWithNewAccount(invite.token(), ATHLETE);
        signInAs(COACH.email());
        var stretches = library.search(LibraryFilter.NONE, 0, 100).stream().filter(card -> !card.perSide()).limit(2).toList();
        RoutineDetails routine = routines.create("Mid-run cramp");
        for (int i = 0; i < 2; i++) {
            routine = routines.addStep(routine.id(), stretches.get(i).id(), i);
            long stepId = routine.steps().get(i).id();
            routine = routines.change(routine.id(), FieldEdit.ofStep(stepId, RoutineField.REPS, routine.steps().get(i).dose().reps(), 1));
            routine = routines.change(routine.id(), FieldEdit.ofStep(stepId, RoutineField.UNTIL_RELEASED, false, true));
        }
        routineId = routine.id();
        publishing.publish(routineId, "");
        athleteId = roster.roster().getFirst().athleteId();
        assignments.assign(routineId, List.of(athleteId), "");
        signInAs(ATHLETE.email());
    }

    @Test
    void theSnapshotCarriesTheDoseAndThePlanCountsUpToItsMaximum() {
        PlaySource play = player.playAssigned(routineId).orElseThrow();
        assertThat(play.routine().routine().steps()).allSatisfy(step -> assertThat(step.dose().untilReleased()).isTrue());
        assertThat(play.plan().steps().getFirst().phases()).extracting(PlayPlan.Phase::kind)
                .containsExactly(PlayPlan.Kind.READY, PlayPlan.Kind.RELEASE);
        PlayPlan.Phase release = play.plan().steps().getFirst().phases().get(1);
        assertThat(release.seconds()).isEqualTo(120);
        assertThat(release.title().english()).isEqualTo("Until it releases");
        assertThat(release.detailIn(java.util.Locale.ENGLISH)).isEqualTo("up to 2 min");
        assertThat(release.sayIn(java.util.Locale.ENGLISH)).isEqualTo("Hold until it releases, then tap Released");
    }

    @Test
    void aReleaseAfterAnyTimeReallySpentIsDoneAndTheCoachReadsHowLongItTook() {
        PlaySource play = player.playAssigned(routineId).orElseThrow();
        play.reached(0);
        clock.advance(Duration.ofSeconds(10 + 40)); // get ready, then 40 s until it released
        play.reached(1);
        clock.advance(Duration.ofSeconds(10 + 120)); // get ready, then the whole 2 minutes: not released
        play.progress(List.of(new StepWork(40_000, 0, 1), new StepWork(120_000, 0, 0)));

        SessionEnd end = play.end(true);

        assertThat(end.results()).extracting(StepResult::outcome).containsExactly(Outcome.DONE, Outcome.DONE);
        assertThat(end.complete()).isTrue();
        assertThat(end.results().getFirst().release()).isEqualTo(new StepResult.Release(1, 1, 40, 120));
        assertThat(end.results().get(1).release()).isEqualTo(new StepResult.Release(0, 1, 120, 120));

        signInAs(COACH.email());
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(athleteId)));
        List<String> steps = _find(ListItem.class).stream()
                .filter(item -> item.getElement().hasAttribute("data-outcome")).map(ListItem::getText).toList();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0)).endsWith(": done, released after 40 s");
        assertThat(steps.get(1)).endsWith(": done, not released in 2 min");
    }

    @Test
    void aReleasedPostedForAHoldThatNeverBeganIsNotBelieved() {
        PlaySource play = player.playAssigned(routineId).orElseThrow();
        play.reached(0);
        clock.advance(Duration.ofSeconds(5)); // still getting ready: the hold has not begun
        // a forged report: both steps released, the second never even shown
        play.progress(List.of(new StepWork(30_000, 0, 1), new StepWork(30_000, 0, 1)));

        SessionEnd end = play.end(false);

        assertThat(end.complete()).isFalse();
        assertThat(end.results()).extracting(StepResult::outcome).containsExactly(Outcome.SKIPPED, Outcome.SKIPPED);
        assertThat(end.results()).allSatisfy(result -> assertThat(result.release().released()).isZero());
        assertThat(jdbc.queryForMap("select complete, steps_done from session_log"))
                .containsEntry("complete", false).containsEntry("steps_done", 0);
    }

    @Test
    void aReleaseAfterAFewSecondsCountsAndStoppingEarlyWithoutReleaseIsShortened() {
        PlaySource play = player.playAssigned(routineId).orElseThrow();
        play.reached(0);
        clock.advance(Duration.ofSeconds(10 + 3));
        play.reached(1);
        clock.advance(Duration.ofSeconds(10 + 30));
        play.progress(List.of(new StepWork(3_000, 0, 1), new StepWork(30_000, 0, 0)));

        SessionEnd end = play.end(false);

        assertThat(end.results()).extracting(StepResult::outcome).containsExactly(Outcome.DONE, Outcome.SHORTENED);
        assertThat(end.results().get(0).release().describe()).isEqualTo("released after 3 s");
        assertThat(end.results().get(1).release().describe()).isEqualTo("not released, stopped after 30 s");
    }
}
