package app.limber.player;

import app.limber.coaching.EasierVersionRefusedException;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;
import app.limber.library.LibraryService;
import app.limber.player.PlaySource.SessionEnd;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Easier" in a play (issue 15): a step whose published version has an easier version can be
 * played in it, chosen before its hold begins and fixed once it has; the session log keeps
 * which easier version was taken. An easier for a step without one, or naming another stretch,
 * is refused by the player and by the session service alike, and changes nothing.
 */
class EasierSessionTest extends UiTest {

    @Autowired PlayerService player;
    @Autowired SessionService sessions;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired SharingService sharing;

    private RoutineDetails routine;
    private long kneeBend;
    private long wallCalf;
    private Person coach;
    private String kneeName;

    /** Step 1 the shin contraction (no easier version), step 2 the calf-cramp lunge (easier: the knee bend). */
    @BeforeEach
    void aCalfCrampRoutineGivenToTheAthlete() {
        coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        var ids = library.builtInIds(List.of("standing-calf-cramp-shin-contraction", "standing-lunge-calf-cramp-release",
                "standing-knee-bend-calf-stretch", "standing-wall-calf-stretch"));
        kneeBend = ids.get("standing-knee-bend-calf-stretch");
        wallCalf = ids.get("standing-wall-calf-stretch");
        kneeName = library.find(kneeBend).orElseThrow().name();
        routine = routines.create("Calf cramp");
        routine = routines.addStep(routine.id(), ids.get("standing-calf-cramp-shin-contraction"), 0);
        routine = routines.addStep(routine.id(), ids.get("standing-lunge-calf-cramp-release"), 1);
        routine = given.published(coach, routine);
        given.give(coach, routine, athlete);
        signInAs(ATHLETE.email());
    }

    @Test
    void theEasierVersionTakenBeforeTheHoldIsLoggedWithTheStepsOutcome() {
        PlaySource play = player.playAssigned(routine.id()).orElseThrow();
        play.reached(0);
        play.reached(1);

        assertThat(play.chooseEasier(1, true)).isTrue();
        assertThat(play.easierTaken(1)).isTrue();
        assertThat(play.chooseEasier(1, false)).as("back to the original before the hold").isTrue();
        assertThat(play.easierTaken(1)).isFalse();
        assertThat(play.chooseEasier(1, true)).isTrue();

        ClockWork.playedOut(clock, play);
        SessionEnd end = play.end(true);

        assertThat(end.complete()).isTrue();
        StepResult lunge = end.results().get(1);
        assertThat(lunge.outcome()).isEqualTo(Outcome.DONE);
        assertThat(lunge.name()).as("the step keeps its own name").isEqualTo(routine.steps().get(1).stretchName());
        assertThat(lunge.easier()).isEqualTo(new StepResult.Easier(kneeBend, kneeName));
        assertThat(end.results().getFirst().easier()).isNull();
        assertThat(jdbc.queryForMap("select (steps -> 1 -> 'easier' ->> 'stretchId')::bigint as id,"
                + " steps -> 1 -> 'easier' ->> 'name' as name, steps -> 0 ->> 'easier' as none from session_log"))
                .containsEntry("id", kneeBend).containsEntry("name", lunge.easier().name()).containsEntry("none", null);
    }

    @Test
    void onceTheHoldHasBegunTheChoiceIsFixed() {
        PlaySource play = player.playAssigned(routine.id()).orElseThrow();
        play.reached(0);
        play.reached(1);
        clock.advance(Duration.ofSeconds(15));
        play.progress(List.of(StepWork.NONE, new StepWork(1_000, 0, 0)));

        assertThat(play.chooseEasier(1, true)).isFalse();
        assertThat(play.easierTaken(1)).isFalse();
        assertThat(play.end(false).results().get(1).easier()).isNull();
    }

    @Test
    void anEasierForAStepWithoutOneIsRefusedAndChangesNothing() {
        PlaySource play = player.playAssigned(routine.id()).orElseThrow();
        play.reached(0);

        assertThatThrownBy(() -> play.chooseEasier(0, true)).isInstanceOf(EasierVersionRefusedException.class)
                .hasMessage("Step 1 has no easier version.");
        assertThatThrownBy(() -> play.chooseEasier(7, true)).isInstanceOf(EasierVersionRefusedException.class);
        assertThat(play.easierTaken(0)).isFalse();
        assertThat(play.end(false).results()).allSatisfy(result -> assertThat(result.easier()).isNull());
    }

    @Test
    void theSessionServiceRefusesAForgedEasierAndStoresNothing() {
        int version = 1;
        var none = List.of(new StepResult("Shin", Outcome.DONE, 30, 30).withEasier(new StepResult.Easier(kneeBend, "Knee bend")),
                new StepResult("Lunge", Outcome.DONE, 30, 30));
        var another = List.of(new StepResult("Shin", Outcome.DONE, 30, 30),
                new StepResult("Lunge", Outcome.DONE, 30, 30).withEasier(new StepResult.Easier(wallCalf, kneeName)));
        var renamed = List.of(new StepResult("Shin", Outcome.DONE, 30, 30),
                new StepResult("Lunge", Outcome.DONE, 30, 30).withEasier(new StepResult.Easier(kneeBend, "Something else")));

        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), version, true, 2, 2, none)))
                .isInstanceOf(EasierVersionRefusedException.class).hasMessage("Step 1 has no easier version.");
        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), version, true, 2, 2, another)))
                .isInstanceOf(EasierVersionRefusedException.class).hasMessage("The easier version of step 2 is " + kneeName + ".");
        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), version, true, 2, 2, renamed)))
                .isInstanceOf(EasierVersionRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();

        var honest = List.of(new StepResult("Shin", Outcome.DONE, 30, 30),
                new StepResult("Lunge", Outcome.DONE, 30, 30).withEasier(new StepResult.Easier(kneeBend, kneeName)));
        sessions.logSession(SessionReport.ended(routine.id(), version, true, 2, 2, honest));
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isOne();
    }

    @Test
    void anotherAthletesEasierForThisRoutineIsRefusedAsNotTheirs() {
        given.anAthleteOf(coach, app.limber.support.Fixtures.BEN);
        signInAs(app.limber.support.Fixtures.BEN.email());
        var taken = List.of(new StepResult("Shin", Outcome.DONE, 30, 30),
                new StepResult("Lunge", Outcome.DONE, 30, 30).withEasier(new StepResult.Easier(kneeBend, kneeName)));

        assertThatThrownBy(() -> sessions.logSession(SessionReport.ended(routine.id(), 1, true, 2, 2, taken)))
                .isInstanceOf(InvalidSessionException.class).hasMessage("This routine is not one of yours.");
        assertThat(player.playAssigned(routine.id())).isEmpty();
    }

    @Test
    void aShareLinkViewerTakesTheEasierVersionToo() {
        String token = given.as(COACH.email(), () -> sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token());
        signOut();
        PlaySource play = player.playShared(token).orElseThrow();
        play.reached(0);
        play.reached(1);

        assertThat(play.chooseEasier(1, true)).isTrue();
        assertThatThrownBy(() -> play.chooseEasier(0, true)).isInstanceOf(EasierVersionRefusedException.class);
        ClockWork.playedOut(clock, play);

        assertThat(play.end(true).results().get(1).easier()).extracting(StepResult.Easier::stretchId).isEqualTo(kneeBend);
    }

    /** The clock's report of a play whose every hold ran in full, after that much time passed on the server. */
    private static final class ClockWork {

        static void playedOut(app.limber.support.TestClock clock, PlaySource play) {
            clock.advance(Duration.ofSeconds(play.plan().totalSeconds()));
            play.progress(play.plan().steps().stream().map(step -> new StepWork(step.phases().stream()
                    .filter(phase -> phase.kind() == PlayPlan.Kind.HOLD || phase.kind() == PlayPlan.Kind.RELEASE)
                    .mapToLong(phase -> phase.seconds() * 1000L).sum(), (int) step.phases().stream()
                    .filter(phase -> phase.kind() == PlayPlan.Kind.REPS).count(), 0)).toList());
        }
    }
}
