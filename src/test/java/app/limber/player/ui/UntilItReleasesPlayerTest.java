package app.limber.player.ui;

import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player on a step held until it releases: the dose says so, the clock gets its Released
 * and its Next after the maximum (both handled in the browser), and Stop here ends the session.
 */
class UntilItReleasesPlayerTest extends UiTest {

    @Autowired RoutineService routines;

    private RoutineDetails routine;

    @BeforeEach
    void anAssignedRoutineHeldUntilItReleases() {
        var coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aRoutine(coach, 2);
        long first = routine.steps().getFirst().id();
        routine = routines.change(routine.id(), FieldEdit.ofStep(first, RoutineField.UNTIL_RELEASED, false, true));
        routine = routines.change(routine.id(), FieldEdit.ofStep(first, RoutineField.RELEASE_MAX, 120, 90));
        given.give(coach, given.published(coach, routine), athlete);
        signInAs(ATHLETE.email());
    }

    private Player open() {
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        return _get(PlayAssignedView.class).player();
    }

    @Test
    void theStepSaysUntilItReleasesAndTheClockHasReleasedAndStopHere() {
        Player player = open();
        assertThat(_get(player, Paragraph.class, spec -> spec.withClasses("limber-player-facts")).getText()).contains("up to about");
        _click(player.overview().start);
        StepScreen step = player.playing();

        assertThat(_get(step.stepContent, Paragraph.class, spec -> spec.withClasses("limber-stretch-dose")).getText())
                .startsWith("Until it releases (up to 1 min 30 s) · ");
        assertThat(_find(step.phases, ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Until it releases · ").contains("up to 1 min 30 s"));
        assertThat(step.released.getElement().getAttribute("data-action")).isEqualTo("released");
        assertThat(step.releaseNext.getElement().getAttribute("data-action")).isEqualTo("release-next");
        assertThat(step.released.getParent().flatMap(parent -> parent.getParent()).orElseThrow())
                .as("inside the clock").isEqualTo(step.clock);

        _click(step.stopHere);

        assertThat(player.state()).isEqualTo(Player.State.DONE);
        assertThat(jdbc.queryForMap("select complete, steps_total from session_log"))
                .containsEntry("complete", false).containsEntry("steps_total", 2);
    }

    /** An open player stays small: Released, Stop here and the Next after the maximum are made for such a step only. */
    @Test
    void theReleaseControlsAreHeldOnlyWhileTheStepHoldsUntilItReleases() {
        Player player = open();
        _click(player.overview().start);
        StepScreen step = player.playing();
        assertThat(EasierPlayerTest.buttonsHeld(step.clock)).contains("Released", "Stop here");

        _click(step.next);

        assertThat(EasierPlayerTest.buttonsHeld(step.clock)).as("a plain hold: shown or not, none of them on the server")
                .doesNotContain("Released", "Stop here", "Next").contains("Finish");
        assertThat(step.released).isNull();
    }
}
