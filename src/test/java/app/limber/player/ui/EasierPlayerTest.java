package app.limber.player.ui;

import app.limber.coaching.ui.AthleteView;
import app.limber.library.LibraryService;
import app.limber.library.StretchDetails;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.RouteParameters;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Easier" in the player (issue 15), for a signed-in athlete and for a share-link viewer: the
 * calf-cramp lunge offers its easier version, the knee bend, before its hold begins; the step
 * then shows the knee bend with the lunge's dose and says whose easier version it is, and
 * "Original" goes back. Once the hold has begun the choice stays. The coach reads it on the
 * athlete's page and the athlete in My history.
 */
class EasierPlayerTest extends UiTest {

    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired SharingService sharing;

    private RoutineDetails routine;
    private Person coach;
    private Person athlete;
    private StretchDetails kneeBend;
    private StretchDetails lunge;

    private final List<PendingJavaScriptInvocation> sentToBrowser = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    @BeforeEach
    void aCalfCrampRoutineGivenToTheAthlete() {
        handlersBefore = KaribuConfig.getPendingJavascriptInvocationHandlers();
        var handlers = new ArrayList<>(handlersBefore);
        handlers.add(invocation -> {
            sentToBrowser.add(invocation);
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);

        coach = signInAsCoach();
        athlete = given.anAthleteOf(coach, ATHLETE);
        var ids = library.builtInIds(List.of("standing-calf-cramp-shin-contraction", "standing-lunge-calf-cramp-release",
                "standing-knee-bend-calf-stretch"));
        kneeBend = library.find(ids.get("standing-knee-bend-calf-stretch")).orElseThrow();
        lunge = library.find(ids.get("standing-lunge-calf-cramp-release")).orElseThrow();
        routine = routines.create("Calf cramp");
        routine = routines.addStep(routine.id(), ids.get("standing-calf-cramp-shin-contraction"), 0);
        routine = routines.addStep(routine.id(), lunge.id(), 1);
        routine = given.published(coach, routine);
        given.give(coach, routine, athlete);
    }

    @AfterEach
    void restoreHandlers() {
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlersBefore);
    }

    private Player openAssigned() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        return _get(PlayAssignedView.class).player();
    }

    @Test
    void anAthleteTakesTheEasierVersionGoesBackAndTakesItAgainBeforeTheHold() {
        Player player = openAssigned();
        _click(player.overview().start);
        StepScreen step = player.playing();
        assertThat(_find(step, Button.class)).as("the shin contraction has no easier version: neither Easier nor Original")
                .extracting(Button::getText).doesNotContain("Easier", "Original");

        _click(step.next);
        String dose = doseText(step);
        assertThat(step.easier.isVisible()).isTrue();
        assertThat(step.original.isVisible()).isFalse();
        assertThat(step.variantHint.getText()).isEqualTo(kneeBend.name() + ", same dose");
        assertThat(step.easier.getParent().flatMap(Component::getParent).orElseThrow()).as("inside the clock").isEqualTo(step.clock);
        assertThat(instructions(step)).isEqualTo(lunge.instructions());
        sentToBrowser.clear();

        _click(step.easier);

        assertThat(_get(step.stepContent, Paragraph.class, spec -> spec.withClasses("limber-player-easier-note")).getText())
                .isEqualTo("The easier version of " + lunge.name());
        assertThat(doseText(step)).as("the same dose").isEqualTo(dose);
        assertThat(instructions(step)).isEqualTo(kneeBend.instructions());
        assertThat(_find(step.stepContent, ListItem.class).stream().map(ListItem::getText).toList())
                .containsAll(kneeBend.cautions());
        assertThat(step.figure.getElement().getProperty("innerHTML")).as("the knee bend's figure")
                .contains(kneeBend.name() + ", as a figure");
        assertThat(step.easier.isVisible()).isFalse();
        assertThat(step.original.isVisible()).isTrue();
        assertThat(step.variantHint.getText()).isEqualTo(lunge.name() + " instead, same dose");
        // the clock gets ready again for step 2 under the easier version's name
        List<List<Object>> starts = parametersOf("start");
        assertThat(starts).hasSize(1);
        assertThat(starts.getFirst().subList(1, 4)).containsExactly(1, 0, 0.0);
        assertThat(starts.getFirst().get(4).toString()).contains("\"name\":\"" + kneeBend.name() + "\"")
                .contains("Next: " + kneeBend.name()).doesNotContain("\"name\":\"" + lunge.name() + "\"");

        _click(step.original);
        assertThat(instructions(step)).isEqualTo(lunge.instructions());
        assertThat(_find(step.stepContent, Paragraph.class, spec -> spec.withClasses("limber-player-easier-note"))).isEmpty();
        assertThat(step.easier.isVisible()).isTrue();

        _click(step.easier);
        ClockEvents.timePasses(clock, player.plan());
        ClockEvents.end(player, ClockEvents.playedOut(player.plan()));
        assertThat(player.state()).isEqualTo(Player.State.DONE);
        assertThat(player.done().summary.getText()).isEqualTo("You did all 2 steps. You took the easier version of "
                + lunge.name() + ": " + kneeBend.name() + ".");

        UI.getCurrent().navigate(MyHistoryView.class);
        assertThat(_get(Div.class, spec -> spec.withClasses("limber-history-steps")).getText())
                .isEqualTo("All 2 steps done \u00b7 took the easier version of " + lunge.name() + ": " + kneeBend.name());

        signInAs(COACH.email());
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(athlete.id())));
        List<String> steps = _find(ListItem.class).stream()
                .filter(item -> item.getElement().hasAttribute("data-outcome")).map(ListItem::getText).toList();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0)).doesNotContain("easier");
        assertThat(steps.get(1)).startsWith(lunge.name() + ": done").endsWith(", took the easier version: " + kneeBend.name());
    }

    /** An open player stays small: Easier and Original are made for a step that offers an easier version, and go after it. */
    @Test
    void easierAndOriginalAreHeldOnlyWhileTheStepHasAnEasierVersion() {
        Player player = openAssigned();
        _click(player.overview().start);
        StepScreen step = player.playing();
        assertThat(buttonsHeld(step)).as("the shin contraction: shown or not, no Easier or Original on the server")
                .doesNotContain("Easier", "Original").contains("Next");

        _click(step.next);
        assertThat(buttonsHeld(step)).contains("Easier", "Original");

        _click(step.previous);
        assertThat(buttonsHeld(step)).doesNotContain("Easier", "Original");
        assertThat(step.easier).isNull();
    }

    /** The text of every button the step screen holds, shown or hidden. */
    static List<String> buttonsHeld(Component screen) {
        List<String> texts = new ArrayList<>();
        screen.getChildren().forEach(child -> {
            if (child instanceof com.vaadin.flow.component.button.Button button) {
                texts.add(button.getText());
            }
            texts.addAll(buttonsHeld(child));
        });
        return texts;
    }

    @Test
    void onceTheHoldHasBegunTheStepStaysAsItIs() {
        Player player = openAssigned();
        _click(player.overview().start);
        StepScreen step = player.playing();
        _click(step.next);
        // the clock reports a second of the lunge's hold before the tap is handled
        ClockEvents.progress(player, "[[0,0],[1000,0]]");

        _click(step.easier);

        assertThat(instructions(step)).isEqualTo(lunge.instructions());
        assertThat(step.easier.isVisible()).isFalse();
        assertThat(step.original.isVisible()).isFalse();
        assertThat(parametersOf("start")).as("the clock goes on").hasSize(1);
    }

    @Test
    void aShareLinkViewerTakesTheEasierVersionToo() {
        String token = given.as(COACH.email(), () -> sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token());
        signOut();
        UI.getCurrent().navigate("s/" + token + "/play");
        Player player = _get(PlaySharedView.class).player();
        _click(player.overview().start);
        StepScreen step = player.playing();
        _click(step.next);

        _click(step.easier);

        assertThat(instructions(step)).isEqualTo(kneeBend.instructions());
        assertThat(step.original.isVisible()).isTrue();
        _click(step.original);
        assertThat(instructions(step)).isEqualTo(lunge.instructions());
    }

    private static String doseText(StepScreen step) {
        return _get(step.stepContent, Paragraph.class, spec -> spec.withClasses("limber-stretch-dose")).getText();
    }

    private static List<String> instructions(StepScreen step) {
        return _find(step.stepContent, ListItem.class).stream()
                .filter(item -> item.getParent().orElseThrow().getClassNames().contains("limber-player-instructions"))
                .map(ListItem::getText).toList();
    }

    private List<List<Object>> parametersOf(String call) {
        MockVaadin.clientRoundtrip(false);
        return sentToBrowser.stream().filter(invocation -> invocation.getInvocation().getExpression().contains(call))
                .map(invocation -> invocation.getInvocation().getParameters()).toList();
    }
}
