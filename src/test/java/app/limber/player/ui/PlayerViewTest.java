package app.limber.player.ui;

import app.limber.body.ui.BodyMapPicker;
import app.limber.base.ui.NotFoundView;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.Feeling;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.StretchCard;
import app.limber.player.PlayPlan;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.routine.StepPhase.Side;
import app.limber.support.StatedAmounts;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

class PlayerViewTest extends UiTest {

    @Autowired
    RosterService roster;
    @Autowired
    RoutineService routines;
    @Autowired
    LibraryService library;
    @Autowired
    PublishingService publishing;
    @Autowired
    AssignmentService assignments;
    @Autowired
    SessionService sessions;

    private RoutineDetails routine;
    private List<StretchCard> stretches;
    private final Map<Long, List<String>> instructions = new java.util.HashMap<>();
    /** Each step's dose as the editor gave it, from its stretch's defaults, before the coach changed it. */
    private List<StepDose> asAdded;
    /** What the views asked the browser to run, as Karibu hands it over at each round trip. */
    private final List<PendingJavaScriptInvocation> sentToBrowser = new java.util.ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    @BeforeEach
    void recordWhatIsSentToTheBrowser() {
        handlersBefore = KaribuConfig.getPendingJavascriptInvocationHandlers();
        var handlers = new java.util.ArrayList<>(handlersBefore);
        handlers.add(invocation -> {
            sentToBrowser.add(invocation);
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    @AfterEach
    void stopRecording() {
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlersBefore);
    }

    /** A coach gives the athlete a published three-step routine; the test continues as the athlete. */
    @BeforeEach
    void anAssignedRoutine() {
        var coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        stretches = given.builtInStretches(3);
        library.details(stretches.stream().map(StretchCard::id).toList())
                .forEach((id, details) -> instructions.put(id, details.instructions()));
        routine = given.aRoutine(coach, 3);
        asAdded = routine.steps().stream().map(step -> step.dose()).toList();
        routine = routines.changeStep(routine.id(), routine.steps().get(0).id(),
                new StepDose(30, 2, Sides.EACH_SIDE, 45, 15, "Easy on the <b>left</b> knee"));
        routine = routines.changeStep(routine.id(), routine.steps().get(1).id(),
                new StepDose(20, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
        given.give(coach, given.published(coach, routine), athlete);
        signInAs(ATHLETE.email());
    }

    private Player open() {
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        return _get(PlayAssignedView.class).player();
    }

    private Player started() {
        Player player = open();
        _click(player.overview().start);
        assertThat(player.state()).isEqualTo(Player.State.PLAYING);
        return player;
    }

    private static List<String> texts(com.vaadin.flow.component.Component part) {
        return _find(part, ListItem.class).stream().map(ListItem::getText).toList();
    }

    private List<String> javaScript() {
        MockVaadin.clientRoundtrip(false);
        return sentToBrowser.stream().map(invocation -> invocation.getInvocation().getExpression()).toList();
    }

    private List<List<Object>> parametersOf(String call) {
        MockVaadin.clientRoundtrip(false);
        return sentToBrowser.stream().filter(invocation -> invocation.getInvocation().getExpression().contains(call))
                .map(invocation -> invocation.getInvocation().getParameters()).toList();
    }

    @Test
    void theOverviewListsEveryStepWithTheTotalDurationBeforeStarting() {
        Player player = open();
        // full screen: the clock gets the room, without the app's navigation
        assertThat(_find(app.limber.base.ui.MainLayout.class)).isEmpty();

        assertThat(player.state()).isEqualTo(Player.State.OVERVIEW);
        assertThat(_find(player.overview().overviewSteps, ListItem.class)).hasSize(3);
        assertThat(_find(player.overview().overviewSteps, ListItem.class).getFirst().getElement().getTextRecursively())
                .startsWith(stretches.get(0).name()).contains("Hold 30 s (right 45 s) · 2 reps · each side");
        // the total is the whole plan played: the same figure the coach saw as the routine's length
        assertThat(player.plan().totalSeconds()).isEqualTo(routine.estimatedSeconds());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-player-facts")).getText())
                .contains("From " + COACH.displayName(), "3 steps", app.limber.base.Durations.approximately(player.plan().totalSeconds()));
    }

    @Test
    void aStepRunsItsRepsAndSidesWithTheSecondSidesOwnHoldAndTheClockGetsThePlan() {
        Player player = started();

        assertThat(texts(player.playing().phases)).containsExactly(
                "Get ready · Get into position · 10 s",
                "Hold · Rep 1 of 2 · Left side · 30 s",
                "Switch sides · Next: right side · 5 s",
                "Hold · Rep 1 of 2 · Right side · 45 s",
                "Switch sides · Next: left side · 5 s",
                "Hold · Rep 2 of 2 · Left side · 30 s",
                "Switch sides · Next: right side · 5 s",
                "Hold · Rep 2 of 2 · Right side · 45 s",
                "Rest · Relax and breathe · 15 s");
        // what the voice says as each phase starts
        assertThat(player.plan().steps().getFirst().phases()).extracting(phase -> phase.sayIn(java.util.Locale.ENGLISH)).containsExactly(
                "Get ready: " + stretches.get(0).name(), "Left side. Hold 30 seconds", "Switch sides",
                "Right side. Hold 45 seconds", "Switch sides", "Left side. Hold 30 seconds", "Switch sides",
                "Right side. Hold 45 seconds", "Rest");
        assertThat(player.plan().steps().get(1).phases().getFirst().sayIn(java.util.Locale.ENGLISH)).isEqualTo("Next: " + stretches.get(1).name());
        // the coach's note and the instructions are on the step's screen
        // typed text stays text
        assertThat(_get(player.playing().stepContent, Paragraph.class, spec -> spec.withClasses("limber-coach-note")).getText())
                .isEqualTo("Easy on the <b>left</b> knee");
        assertThat(texts(player.playing().stepContent))
                .containsAll(instructions(0));
        // the browser's clock gets the whole plan and is started at the first step; no timer runs on the server
        LimberClock clock = player.playing().clock;
        assertThat(clock.getElement().getProperty("storageKey")).isEqualTo("limber.player.routine." + routine.id());
        assertThat(parametersOf(".start(")).singleElement().satisfies(parameters -> {
            assertThat(parameters.subList(1, 4)).containsExactly(0, 0, 0.0);
            assertThat(String.valueOf(parameters.get(4))).contains("\"say\":\"Right side. Hold 45 seconds\"");
        });
        // no script strings: the clock is a web component driven through its properties and methods
        assertThat(javaScript()).noneMatch(expression -> expression.contains("LimberPlayer"));
    }

    @Test
    void eachStepShowsItsOwnDoseRightAboveItsInstructionsAndTheWordsStateNoOtherAmount() {
        Player player = started();

        for (int index : List.of(0, 1)) {
            StepDose set = routine.steps().get(index).dose();
            assertThat(set).as("the coach changed the stretch's default").isNotEqualTo(asAdded.get(index));
            var shown = player.playing().stepContent.getChildren().toList();
            Paragraph dose = _get(player.playing().stepContent, Paragraph.class, spec -> spec.withClasses("limber-stretch-dose"));
            OrderedList how = _get(player.playing().stepContent, OrderedList.class, spec -> spec.withClasses("limber-player-instructions"));
            assertThat(dose.getText()).isEqualTo(index == 0
                    ? "Hold 30 s (right 45 s) \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 15 s"
                    : "Hold 20 s \u00b7 1 rep \u00b7 both at once");
            assertThat(texts(how)).isEqualTo(instructions(index));
            assertThat(shown.indexOf(dose)).as("the dose, then the coach's note, then the instructions")
                    .isZero().isLessThan(shown.indexOf(how));
            assertThat(player.playing().stepContent.getElement().getTextRecursively().replace(dose.getText(), ""))
                    .as("the athlete reads one amount: the dose").satisfies(words -> assertThat(StatedAmounts.in(words)).isEmpty());
            _click(player.playing().next);
        }
    }

    @Test
    void eachStepShowsItsStretchsFigureAboveTheCountdownAndEveryPhaseSaysWhichSideItIsFor() {
        Player player = started();
        LimberClock clock = player.playing().clock;

        var figure = player.playing().figure;
        assertThat(figure.getElement().getParent()).as("inside the clock").isEqualTo(clock.getElement());
        assertThat(figure.getElement().getAttribute("slot")).isEqualTo("figure");
        assertThat(figure.getElement().getProperty("innerHTML"))
                .contains("class='limber-pose", "aria-label='" + stretches.get(0).name() + ", as a figure");
        // the clock mirrors the figure for the right side: each phase of an each-side step names its side
        assertThat(player.plan().steps().getFirst().phases()).extracting(PlayPlan.Phase::side).containsExactly(
                Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT, Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT, Side.RIGHT);
        assertThat(player.plan().steps().get(1).phases()).extracting(PlayPlan.Phase::side).containsOnlyNulls();
        assertThat(parametersOf(".start(")).singleElement()
                .satisfies(parameters -> assertThat(String.valueOf(parameters.get(4))).contains("\"side\":\"RIGHT\""));

        _click(player.playing().next);
        var second = player.playing().figure;
        assertThat(figure.getElement().getParent()).as("the first step's figure is gone").isNull();
        assertThat(second.getElement().getProperty("innerHTML")).contains("aria-label='" + stretches.get(1).name() + ", as a figure");
        assertThat(clock.getElement().getChildren().filter(child -> "figure".equals(child.getAttribute("slot")))).hasSize(1);
    }

    /** A team playing one routine holds one drawing of each step's figure, not one per player. */
    @Test
    void playersOfOneVersionShareTheDrawingOfAStepsFigure() {
        var figure = started().playing().figure;
        String first = figure.getElement().getProperty("innerHTML");
        // another tab (another UI), as another athlete's phone would have
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, com.vaadin.flow.server.VaadinSession.getCurrent());
        Player other = started();

        assertThat(other.playing().figure.getElement().getProperty("innerHTML")).as("the very same markup").isSameAs(first);
        assertThat(other.playing().figure).as("each player its own component").isNotSameAs(figure);
        assertThat(other.playing().figure.getElement().getClassList()).contains("limber-figure", "limber-figure-large",
                "limber-player-figure");
    }

    @Test
    void nextPreviousAndTheStepListMoveThroughTheRoutine() {
        Player player = started();
        assertThat(player.playing().previous.isEnabled()).isFalse();

        _click(player.playing().next);
        assertThat(player.currentStep()).isEqualTo(1);
        assertThat(texts(player.playing().phases)).containsExactly(
                "Get ready · Get into position · 10 s", "Hold · 20 s");
        assertThat(parametersOf(".goTo(")).extracting(parameters -> parameters.get(1)).containsExactly(1);

        _click(player.playing().previous);
        assertThat(player.currentStep()).isZero();
        assertThat(player.playing().previous.isEnabled()).isFalse();

        _click(player.playing().allSteps);
        _click(_get(player.playing().stepList, Button.class, spec -> spec.withText("3. " + stretches.get(2).name())));
        assertThat(player.currentStep()).isEqualTo(2);
        assertThat(player.playing().next.getText()).isEqualTo("Finish");
        assertThat(texts(player.playing().stepContent))
                .containsAll(instructions(2));
    }

    @Test
    void whenTheClockMovesOnByItselfTheStepOnScreenFollows() {
        Player player = started();

        _fireDomEvent(player.playing().clock.getElement(), stepEvent(player, 1));

        assertThat(player.currentStep()).isEqualTo(1);
        assertThat(texts(player.playing().stepContent))
                .containsAll(instructions(1));
    }

    @Test
    void finishingLogsTheSessionAtOnceAndThenHowItFeltWithPainAndANote() {
        Player player = started();
        // the clock runs through every step by itself, then ends
        ClockEvents.timePasses(clock, player.plan());
        ClockEvents.step(player, 1, ClockEvents.work(player.plan(), 1, 1.0));
        ClockEvents.step(player, 2, ClockEvents.work(player.plan(), 2, 1.0));
        ClockEvents.end(player, ClockEvents.playedOut(player.plan()));

        assertThat(player.state()).isEqualTo(Player.State.DONE);
        assertThat(_get(H1.class, spec -> spec.withText("Done!")).isVisible()).isTrue();
        assertThat(player.done().summary.getText()).isEqualTo("You did all 3 steps.");
        assertThat(jdbc.queryForObject("select steps::text from session_log", String.class))
                .contains("\"outcome\": \"DONE\"").doesNotContain("SKIPPED", "SHORTENED");
        // nothing left to continue: the position the browser kept goes, and the clock with its screen
        assertThat(parametersOf("removeItem")).anySatisfy(parameters -> assertThat(parameters).contains("limber.player.routine." + routine.id()));
        assertThat(_find(LimberClock.class)).isEmpty();
        // logged before any feedback, so closing the tab now loses nothing
        assertThat(jdbc.queryForMap("select complete, steps_done, steps_total, feeling from session_log"))
                .containsEntry("complete", true).containsEntry("steps_done", 3).containsEntry("steps_total", 3)
                .containsEntry("feeling", null);

        // pain without saying where, or on which side, is refused next to the fields, and nothing changes
        _setValue(player.done().feeling, Feeling.HARD);
        _setValue(player.done().painLevel, 6);
        _click(player.done().save);
        assertThat(player.done().painError.getText()).isEqualTo(SessionService.PAIN_WITHOUT_PLACE);
        assertThat(player.done().painSide.isInvalid()).isTrue();
        assertThat(player.done().painSide.getErrorMessage()).isEqualTo(SessionService.PAIN_WITHOUT_SIDE);
        assertThat(jdbc.queryForObject("select feeling from session_log", String.class)).isNull();

        ObjectNode calf = JsonNodeFactory.instance.objectNode();
        calf.put(BodyMapPicker.TOGGLED_MUSCLE, Muscle.CALF_SOLEUS.name());
        _fireDomEvent(player.done().painMap.getElement(), new DomEvent(player.done().painMap.getElement(), BodyMapPicker.TOGGLE_EVENT, calf));
        assertThat(player.done().painList.getValue()).as("the list shows what the map chose").containsExactly(Muscle.CALF_SOLEUS);
        _setValue(player.done().painSide, app.limber.coaching.PainSide.LEFT);
        _setValue(player.done().note, "<b>Tight</b> calf on the last hold");
        _click(player.done().save);

        assertThat(player.done().saved.getText()).isEqualTo("Saved. Your coach will see how it went.");
        Map<String, Object> log = jdbc.queryForMap("select feeling, pain, pain_level, pain_side, array_to_string(pain_where, ',') as where_, note from session_log");
        assertThat(log).containsEntry("feeling", "HARD").containsEntry("pain", true).containsEntry("pain_level", 6)
                .containsEntry("pain_side", "LEFT")
                .containsEntry("where_", "CALF_SOLEUS").containsEntry("note", "<b>Tight</b> calf on the last hold");
        // the athlete sees it in their own history, as text
        UI.getCurrent().navigate(MyHistoryView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-history-note")).getText())
                .isEqualTo("<b>Tight</b> calf on the last hold");
    }

    @Test
    void tappingNextThroughEveryStepInSecondsLogsThemSkippedAndThePartialSessionSaysSo() {
        Player player = started();
        // the real clock reports, before each tap, the hold it saw: none, a second or two in
        for (int step = 0; step < 3; step++) {
            clock.advance(java.time.Duration.ofMillis(600));
            ClockEvents.progress(player, ClockEvents.work(player.plan(), step + 1, 0.0));
            _click(player.playing().next); // Next, Next, then Finish
        }

        assertThat(player.state()).isEqualTo(Player.State.DONE);
        assertThat(_get(H1.class, spec -> spec.withText("Session ended")).isVisible()).isTrue();
        assertThat(player.done().summary.getText()).isEqualTo("You did 0 of 3 steps. " + stretches.get(0).name() + ", "
                + stretches.get(1).name() + " and " + stretches.get(2).name() + " were skipped.");
        assertThat(jdbc.queryForMap("select complete, steps_done, steps_total from session_log"))
                .containsEntry("complete", false).containsEntry("steps_done", 0).containsEntry("steps_total", 3);
        assertThat(outcomes()).containsExactly("SKIPPED", "SKIPPED", "SKIPPED");
    }

    @Test
    void aStepPlayedOutIsDoneOneHeldFor79PercentIsShortenedAndTheDoneScreenNamesThem() {
        Player player = started();
        ClockEvents.timePasses(clock, player.plan());
        String firstDone = ClockEvents.work(player.plan(), 1, 1.0);
        ClockEvents.progress(player, firstDone);
        _click(player.playing().next);
        // the second step's one hold of 20 s ran 15.8 s before Next (79 %)
        ClockEvents.progress(player, firstDone.replaceFirst(",\\[0,0\\]", ",[15800,0]"));
        _click(player.playing().next);
        _click(player.playing().next); // Finish, on the last step at once

        assertThat(player.done().summary.getText()).isEqualTo("You did 1 of 3 steps. " + stretches.get(1).name()
                + " was shortened. " + stretches.get(2).name() + " was skipped.");
        assertThat(outcomes()).containsExactly("DONE", "SHORTENED", "SKIPPED");
        assertThat(jdbc.queryForObject("select complete from session_log", Boolean.class)).isFalse();
        signInAs(COACH.email());
        assertThat(sessions.adherence()).singleElement().satisfies(adherence -> {
            assertThat(adherence.last7Days()).as("complete").isZero();
            assertThat(adherence.partial7Days()).isEqualTo(1);
        });
    }

    @Test
    void reportingEveryStepPlayedOutASecondAfterStartDoesNotMakeACompleteSession() {
        Player player = started();
        clock.advance(java.time.Duration.ofSeconds(1));
        ClockEvents.end(player, ClockEvents.playedOut(player.plan()));

        assertThat(player.state()).isEqualTo(Player.State.DONE);
        assertThat(jdbc.queryForObject("select complete from session_log", Boolean.class)).isFalse();
        assertThat(outcomes()).doesNotContain("DONE");
    }

    @Test
    void painCanBeChosenFromTheListWithoutAimingAtTheMap() {
        Player player = started();
        _click(player.playing().end);
        _fireConfirm(_get(ConfirmDialog.class));

        _setValue(player.done().feeling, Feeling.GOOD);
        _setValue(player.done().painLevel, 3);
        _setValue(player.done().painList, java.util.Set.of(Muscle.HAMSTRINGS));
        assertThat(player.done().painMap.getSelected()).as("the map shows what the list chose").containsExactly(Muscle.HAMSTRINGS);
        _setValue(player.done().painSide, app.limber.coaching.PainSide.BOTH);
        _click(player.done().save);

        assertThat(jdbc.queryForMap("select pain_level, pain_side, array_to_string(pain_where, ',') as where_ from session_log"))
                .containsEntry("pain_level", 3).containsEntry("pain_side", "BOTH").containsEntry("where_", "HAMSTRINGS");

        // no pain (0) forgets where and which side
        _setValue(player.done().painLevel, 0);
        _click(player.done().save);
        assertThat(jdbc.queryForMap("select pain, pain_level, pain_side, cardinality(pain_where) as places from session_log"))
                .containsEntry("pain", false).containsEntry("pain_level", 0).containsEntry("pain_side", null).containsEntry("places", 0);
    }

    /** Each stored step's outcome, in the routine's order. */
    private List<String> outcomes() {
        return jdbc.queryForList("select s->>'outcome' from session_log, jsonb_array_elements(steps) with ordinality as t(s, n) order by n",
                String.class);
    }

    @Test
    void feedbackNeedsHowItFeltAndANoteOfAtMost500Characters() {
        Player player = started();
        _click(player.playing().next);
        _click(player.playing().next);
        _click(player.playing().next); // "Finish" on the last step
        assertThat(player.state()).isEqualTo(Player.State.DONE);

        player.done().note.setValue("x".repeat(501));
        _click(player.done().save);

        assertThat(player.done().feeling.isInvalid()).isTrue();
        assertThat(player.done().feeling.getErrorMessage()).isEqualTo("Choose how it felt.");
        assertThat(player.done().note.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from session_log where feedback_at is not null", Integer.class)).isZero();
    }

    @Test
    void endingPartWayLogsAPartialSessionWithHowFarTheAthleteGot() {
        Player player = started();
        ClockEvents.timePasses(clock, player.plan());
        ClockEvents.progress(player, ClockEvents.work(player.plan(), 1, 1.0));
        _click(player.playing().next);

        _click(player.playing().end);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(H1.class, spec -> spec.withText("Session ended")).isVisible()).isTrue();
        assertThat(jdbc.queryForMap("select complete, steps_done, steps_total from session_log"))
                .containsEntry("complete", false).containsEntry("steps_done", 1).containsEntry("steps_total", 3);
        assertThat(outcomes()).containsExactly("DONE", "SKIPPED", "SKIPPED");
        UI.getCurrent().navigate(MyHistoryView.class);
        assertThat(_find(com.vaadin.flow.component.badge.Badge.class)).extracting(badge -> badge.getElement().getText())
                .containsExactly("Partial");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("limber-history-steps")).getText())
                .startsWith("1 of 3 steps done · ").endsWith(" skipped");
    }

    @Test
    void aVersionPublishedMidSessionDoesNotChangeWhichVersionTheSessionWasOf() {
        Player player = started();
        signInAs(COACH.email());
        RoutineDetails changed = routines.open(routine.id());
        routines.changeStep(changed.id(), changed.steps().get(2).id(), new StepDose(45, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
        publishing.publish(routine.id(), "Longer last hold");
        signInAs(ATHLETE.email());

        ClockEvents.timePasses(clock, player.plan());
        for (int step = 0; step < 3; step++) {
            // each step played out before Next (Finish on the last): the clock says so before the tap
            ClockEvents.progress(player, ClockEvents.work(player.plan(), step + 1, 1.0));
            _click(player.playing().next);
        }

        assertThat(jdbc.queryForMap("select version, complete from session_log"))
                .containsEntry("version", 1).containsEntry("complete", true);
    }

    @Test
    void skippingStraightToTheLastStepAndFinishingIsAPartialSession() {
        Player player = started();
        _click(player.playing().allSteps);
        _click(_get(player.playing().stepList, Button.class, spec -> spec.withText("3. " + stretches.get(2).name())));

        _click(player.playing().next); // "Finish"

        assertThat(_get(H1.class, spec -> spec.withText("Session ended")).isVisible()).isTrue();
        assertThat(jdbc.queryForMap("select complete, steps_done, steps_total from session_log"))
                .containsEntry("complete", false).containsEntry("steps_done", 0).containsEntry("steps_total", 3);
    }

    @Test
    void anAthleteCannotPlayARoutineThatIsNotTheirs() {
        signInAs(COACH.email());
        RoutineDetails notGiven = routines.create("Not given");
        notGiven = routines.addStep(notGiven.id(), stretches.getFirst().id(), 0);
        publishing.publish(notGiven.id(), "");
        signInAs(ATHLETE.email());

        UI.getCurrent().navigate("my-routines/" + notGiven.id() + "/play");
        expectView(NotFoundView.class);
        UI.getCurrent().navigate("my-routines/999999/play");
        expectView(NotFoundView.class);
    }

    @Test
    void aRoutineTakenBackMidSessionStopsThePlayerAtTheNextAction() {
        Player player = started();
        long athlete = jdbc.queryForObject("select id from user_account where email = ?", Long.class, ATHLETE.email());
        signInAs(COACH.email());
        assignments.unassign(routine.id(), athlete);
        signInAs(ATHLETE.email());

        _click(player.playing().next);

        assertThat(player.state()).isEqualTo(Player.State.UNAVAILABLE);
        assertThat(_get(H1.class, spec -> spec.withText("No longer available")).isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();
    }

    @Test
    void startOnMyRoutinesIsOneTapTheCountdownRunsOnceTheBrowserHasNothingToContinue() {
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play", com.vaadin.flow.router.QueryParameters.of(Player.START_AT_ONCE, ""));
        Player player = _get(PlayAssignedView.class).player();

        // the browser answers that it kept no place to continue from: the first step's countdown starts
        player.offerResume(null);

        assertThat(player.state()).isEqualTo(Player.State.PLAYING);
        assertThat(player.currentStep()).isZero();
        assertThat(parametersOf(".start(")).singleElement()
                .satisfies(parameters -> assertThat(parameters.subList(1, 4)).containsExactly(0, 0, 0.0));
        // the overview's choices are on the step screen
        assertThat(_find(player.playing(), com.vaadin.flow.component.checkbox.Checkbox.class))
                .extracting(com.vaadin.flow.component.checkbox.Checkbox::getLabel)
                .contains("Voice cues and beeps", "Go on to the next step by itself");
        // the phase list marks the phase playing: the first, until the browser's clock moves on
        assertThat(_find(player.playing().phases, ListItem.class).getFirst().getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(_find(player.playing().phases, ListItem.class).stream().skip(1)
                .noneMatch(item -> item.getElement().hasAttribute("aria-current"))).isTrue();
        assertThat(player.playing().clock.getElement().getAttribute("phase-list")).isEqualTo(StepScreen.PHASE_LIST);
    }

    @Test
    void startOnMyRoutinesWithAPlaceToContinueFromOffersItInsteadOfStartingOver() {
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play", com.vaadin.flow.router.QueryParameters.of(Player.START_AT_ONCE, ""));
        Player player = _get(PlayAssignedView.class).player();

        player.offerResume("{\"version\":1,\"step\":1,\"phase\":1,\"remainingMs\":5000,\"savedAt\":" + System.currentTimeMillis() + "}");

        assertThat(player.state()).isEqualTo(Player.State.OVERVIEW);
        assertThat(player.overview().resume.isVisible()).isTrue();
    }

    @Test
    void openedAtItsAddressThePlayerWaitsOnItsOverviewForStart() {
        Player player = open();

        player.offerResume(null);

        assertThat(player.state()).isEqualTo(Player.State.OVERVIEW);
    }

    @Test
    void aSavedPositionOfThisVersionIsOfferedAndAStaleOrForeignOneIsNot() {
        Player player = open();
        long now = System.currentTimeMillis();

        player.offerResume("{\"version\":2,\"step\":1,\"phase\":1,\"remainingMs\":5000,\"savedAt\":" + now + "}");
        assertThat(player.overview().resume.isVisible()).as("another version's position").isFalse();
        player.offerResume("{\"version\":1,\"step\":1,\"phase\":1,\"remainingMs\":5000,\"savedAt\":" + (now - 13 * 3_600_000L) + "}");
        assertThat(player.overview().resume.isVisible()).as("a position from yesterday").isFalse();
        player.offerResume("{\"version\":1,\"step\":7,\"phase\":0,\"remainingMs\":0,\"savedAt\":" + now + "}");
        assertThat(player.overview().resume.isVisible()).as("a step the routine does not have").isFalse();
        player.offerResume("not json");
        assertThat(player.overview().resume.isVisible()).isFalse();

        player.offerResume("{\"version\":1,\"step\":1,\"phase\":1,\"remainingMs\":5000,\"savedAt\":" + now + "}");
        assertThat(player.overview().resume.isVisible()).isTrue();
        assertThat(_get(player.overview().resume, Paragraph.class).getText()).isEqualTo("You stopped at step 2 of 3: " + stretches.get(1).name() + ".");
        _click(_get(player.overview().resume, Button.class, spec -> spec.withText("Continue")));

        assertThat(player.state()).isEqualTo(Player.State.PLAYING);
        assertThat(player.currentStep()).isEqualTo(1);
        assertThat(parametersOf(".start(")).as(javaScript().toString()).singleElement()
                .satisfies(parameters -> assertThat(parameters.subList(1, 4)).containsExactly(1, 1, 5000.0));
    }

    private List<String> instructions(int step) {
        return instructions.get(stretches.get(step).id());
    }

    private static DomEvent stepEvent(Player player, int step) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.step", step);
        return new DomEvent(player.playing().clock.getElement(), "limber-step", data);
    }
}
