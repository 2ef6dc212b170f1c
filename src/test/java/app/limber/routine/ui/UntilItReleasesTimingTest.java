package app.limber.routine.ui;

import app.limber.coaching.ui.MyRoutinesView;
import app.limber.routine.FieldEdit;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A routine with a step held until it releases lasts at most its length, not about it: the
 * coach's routine cards and the athlete's My routines say "up to" (issue 15); a routine of
 * fixed holds does not.
 */
class UntilItReleasesTimingTest extends UiTest {

    @Autowired RoutineService routines;

    private RoutineDetails cramp;
    private RoutineDetails fixed;

    @BeforeEach
    void aRoutineHeldUntilItReleasesAndOneOfFixedHolds() {
        var coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        cramp = given.aRoutine(coach, 1);
        cramp = routines.describe(cramp.id(), "Cramp relief", "", null);
        cramp = routines.change(cramp.id(), FieldEdit.ofStep(cramp.steps().getFirst().id(), RoutineField.UNTIL_RELEASED, false, true));
        fixed = routines.describe(given.aRoutine(coach, 1).id(), "Fixed holds", "", null);
        given.give(coach, given.published(coach, cramp), athlete);
        given.give(coach, given.published(coach, fixed), athlete);
    }

    @Test
    void theCoachsRoutineCardsSayUpToForAHoldUntilItReleases() {
        UI.getCurrent().navigate(RoutinesView.class);

        assertThat(cardText("limber-routine-card", "Cramp relief")).contains(" · up to about ");
        assertThat(cardText("limber-routine-card", "Fixed holds")).as("a fixed length").doesNotContain("up to");
    }

    @Test
    void myRoutinesSaysUpToForAHoldUntilItReleases() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(cardText("limber-assigned-card", "Cramp relief")).contains(" · up to about ");
        assertThat(cardText("limber-assigned-card", "Fixed holds")).as("a fixed length").doesNotContain("up to");
    }

    private static String cardText(String className, String title) {
        return _find(Card.class, spec -> spec.withClasses(className)).stream().map(card -> card.getElement().getTextRecursively())
                .filter(text -> text.contains(title)).findFirst().orElseThrow();
    }
}
