package app.limber.player.ui;

import app.limber.coaching.ui.AssignedRoutineView;
import app.limber.library.Contraindication;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.sharing.ui.SharedRoutineView;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published routine carries its stretches' structured cautions to the athlete: on the
 * routine page, in the player's step, and on the share link's page, in the athlete's words.
 */
class CautionsForAthletesTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired SharingService sharing;

    private RoutineDetails routine;
    private String token;

    /** "Calves": the downward dog (head down, weight on the hands, calves), given to the athlete and shared. */
    @BeforeEach
    void aCoachGaveAndSharedADownwardDog() {
        var coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        long dog = library.search(LibraryFilter.NONE.withText("Downward dog"), 0, 10).stream()
                .filter(card -> card.name().equals("Downward dog")).findFirst().orElseThrow().id();
        routine = routines.create("Calves");
        routine = routines.addStep(routine.id(), dog, 0);
        given.give(coach, given.published(coach, routine), athlete);
        token = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED).token();
    }

    @Test
    void theAthleteReadsThemOnTheRoutinePageAndInThePlayer() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate("my-routines/" + routine.id());
        assertThat(_get(AssignedRoutineView.class).getElement().getTextRecursively())
                .contains("Check before you start:", Contraindication.HIGH_BLOOD_PRESSURE.caution(), Contraindication.BLOOD_CLOT.caution());

        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        Player player = _get(PlayAssignedView.class).player();
        _click(player.overview().start);
        String step = _get(StepScreen.class).getElement().getTextRecursively();
        assertThat(step).contains("Check before you start:", Contraindication.RECENT_INJURY.caution(),
                Contraindication.HIGH_BLOOD_PRESSURE.caution());
        assertThat(step.indexOf(Contraindication.HIGH_BLOOD_PRESSURE.caution())).as("before when to stop")
                .isLessThan(step.indexOf("When to stop:"));
    }

    @Test
    void anyoneWithTheShareLinkReadsThem() {
        signOut();
        UI.getCurrent().navigate("s/" + token);
        assertThat(_get(SharedRoutineView.class).getElement().getTextRecursively())
                .contains("Check before you start: " + Contraindication.RECENT_INJURY.caution());
    }
}
