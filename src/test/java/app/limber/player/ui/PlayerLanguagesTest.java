package app.limber.player.ui;

import app.limber.base.Words;
import app.limber.body.Muscle;
import app.limber.coaching.Feeling;
import app.limber.coaching.PainSide;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A routine played through in Spanish and in German: the overview, a step with its holds and
 * sides, the words and the language the clock's voice gets, the done screen with feedback, and
 * the athlete's history.
 */
class PlayerLanguagesTest extends UiTest {

    @Autowired
    RoutineService routines;

    private static final Locale SPANISH = Locale.of("es");

    private RoutineDetails routine;
    private final List<PendingJavaScriptInvocation> sentToBrowser = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    @BeforeEach
    void recordWhatIsSentToTheBrowser() {
        handlersBefore = KaribuConfig.getPendingJavascriptInvocationHandlers();
        var handlers = new ArrayList<>(handlersBefore);
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

    /** A coach gives the athlete a published two-step routine, its first step on each side; the athlete plays it. */
    @BeforeEach
    void anAssignedRoutine() {
        var coach = signInAsCoach();
        var athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aRoutine(coach, 2);
        routine = routines.changeStep(routine.id(), routine.steps().get(0).id(),
                new StepDose(30, 2, Sides.EACH_SIDE, 45, 15, ""));
        routine = routines.changeStep(routine.id(), routine.steps().get(1).id(),
                new StepDose(20, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
        given.give(coach, given.published(coach, routine), athlete);
        signInAs(ATHLETE.email());
    }

    /** The athlete's own choice of language, as the language menu stores it; the page opens again in it. */
    private void speak(Locale language) {
        jdbc.update("update user_account set language = ? where email = ?", language.getLanguage(), ATHLETE.email());
        VaadinSession.getCurrent().setLocale(language);
        VaadinSession.getCurrent().setAttribute("limber.language.account-choice-read", null);
        UI.getCurrent().getPage().reload();
    }

    private Player open() {
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        return _get(PlayAssignedView.class).player();
    }

    private static List<String> texts(com.vaadin.flow.component.Component part) {
        return _find(part, ListItem.class).stream().map(ListItem::getText).toList();
    }

    private List<List<Object>> parametersOf(String call) {
        MockVaadin.clientRoundtrip(false);
        return sentToBrowser.stream().filter(invocation -> invocation.getInvocation().getExpression().contains(call))
                .map(invocation -> invocation.getInvocation().getParameters()).toList();
    }

    private void playedThrough(Player player) {
        ClockEvents.timePasses(clock, player.plan());
        ClockEvents.step(player, 1, ClockEvents.work(player.plan(), 1, 1.0));
        ClockEvents.end(player, ClockEvents.playedOut(player.plan()));
    }

    @Test
    void inSpanishTheOverviewTheStepTheVoiceTheDoneScreenAndTheHistory() {
        speak(SPANISH);
        Player player = open();

        // the overview
        assertThat(player.overview().start.getText()).isEqualTo("Empezar");
        assertThat(_get(H2.class, spec -> spec.withText("Pasos")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-player-facts")).getText())
                .startsWith("De " + COACH.displayName() + " · ").contains("2 pasos", "unos ");
        assertThat(player.sound.getLabel()).isEqualTo("Indicaciones de voz y pitidos");
        assertThat(player.autoAdvance.getLabel()).isEqualTo("Pasar solo al siguiente paso");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(routine.title() + " · Limber");

        // a step on each side, with its holds
        _click(player.overview().start);
        assertThat(texts(player.playing().phases)).startsWith(
                "Prepárate · Colócate en posición · 10 s",
                "Mantén · Repetición 1 de 2 · Lado izquierdo · 30 s",
                "Cambia de lado · Ahora: lado derecho · 5 s",
                "Mantén · Repetición 1 de 2 · Lado derecho · 45 s");
        assertThat(texts(player.playing().phases)).last().isEqualTo("Descanso · Relájate y respira · 15 s");
        assertThat(player.playing().previous.getText()).isEqualTo("Anterior");
        assertThat(player.playing().next.getText()).isEqualTo("Siguiente");
        assertThat(player.playing().restart.getText()).isEqualTo("Reiniciar paso");
        assertThat(player.playing().allSteps.getText()).isEqualTo("Todos los pasos");
        assertThat(player.playing().pause.getElement().getTextRecursively()).contains("Pausa", "Reanudar");
        assertThat(_get(player.playing().stepContent, Paragraph.class, spec -> spec.withClasses("limber-player-works")).getText())
                .startsWith("Trabaja ");

        // the voice: the phases' words come with the plan, the clock's own as an attribute, in Spanish
        LimberClock clock = player.playing().clock;
        assertThat(clock.getElement().getAttribute("speech-lang")).isEqualTo("es");
        assertThat(clock.getElement().getAttribute("aria-label")).isEqualTo("Temporizador");
        assertThat(clock.getElement().getAttribute("words")).contains("\"stepOf\":\"Paso {0} de {1}\"",
                "\"left\":\"Quedan {0}\"", "\"stepDoneSaid\":\"Paso hecho. Siguiente: {0}\"", "\"done\":\"Terminado\"");
        assertThat(parametersOf(".start(")).singleElement().satisfies(parameters -> assertThat(String.valueOf(parameters.get(4)))
                .contains("\"say\":\"Prepárate: " + player.plan().steps().get(0).name() + "\"",
                        "\"say\":\"Lado izquierdo. Mantén 30 segundos\"", "\"say\":\"Cambia de lado\"",
                        "\"say\":\"Siguiente: " + player.plan().steps().get(1).name() + "\"", "\"title\":\"Descanso\"")
                .doesNotContain("Hold", "Get ready", "Switch sides"));

        // done, and how it felt: a refusal next to its field, then saved
        playedThrough(player);
        assertThat(_get(H1.class, spec -> spec.withText("¡Terminado!")).isVisible()).isTrue();
        assertThat(player.done().summary.getText()).isEqualTo("Hiciste los 2 pasos.");
        assertThat(player.done().feeling.getLabel()).isEqualTo("¿Qué sensación tuviste?");
        assertThat(player.done().feeling.getItemLabelGenerator().apply(Feeling.HARD)).isEqualTo("Difícil");
        _click(player.done().save);
        assertThat(player.done().feeling.getErrorMessage()).isEqualTo("Elige qué sensación tuviste.");
        _setValue(player.done().feeling, Feeling.HARD);
        _setValue(player.done().painLevel, 6);
        _click(player.done().save);
        assertThat(player.done().painError.getText())
                .isEqualTo("Elige dónde te dolió, en el mapa del cuerpo o en la lista, o pon el dolor en 0.");
        assertThat(player.done().painSide.getErrorMessage()).isEqualTo("Elige el lado que te dolió: izquierdo, derecho o ambos.");
        _setValue(player.done().painList, Set.of(Muscle.HAMSTRINGS));
        _setValue(player.done().painSide, PainSide.LEFT);
        _click(player.done().save);
        assertThat(player.done().saved.getText()).isEqualTo("Guardado. Tu entrenador verá cómo te fue.");
        assertThat(player.done().save.getText()).isEqualTo("Guardar cambios");

        // the history
        UI.getCurrent().navigate(MyHistoryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mi historial");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mi historial · Limber");
        assertThat(_get(Badge.class).getText()).isEqualTo("Completada");
        assertThat(_get(Div.class, spec -> spec.withClasses("limber-history-facts")).getText()).isEqualTo(
                "Sensación: difícil · Dolor 6/10 · " + Words.label(Muscle.HAMSTRINGS).in(SPANISH) + " · Lado izquierdo");
    }

    @Test
    void inGermanNoEnglishIsLeftOnTheStepAndEndingEarlyAsksInGerman() {
        speak(Locale.GERMAN);
        Player player = open();
        assertThat(player.overview().start.getText()).isEqualTo("Starten");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-player-facts")).getText()).contains("2 Schritte", "etwa ");
        _click(player.overview().start);

        assertThat(texts(player.playing().phases)).startsWith(
                "Mach dich bereit · Geh in Position · 10 s",
                "Halten · Wiederholung 1 von 2 · Linke Seite · 30 s",
                "Seite wechseln · Als Nächstes: rechte Seite · 5 s");
        var english = Set.of("Previous", "Next", "Finish", "Restart step", "All steps", "End", "Pause", "Resume", "Easier",
                "Original", "Released", "Stop here");
        assertThat(_find(player.playing(), Button.class)).extracting(Button::getText).noneMatch(english::contains);
        assertThat(_find(player, Checkbox.class)).extracting(Checkbox::getLabel)
                .containsExactly("Sprachhinweise und Pieptöne", "Von selbst zum nächsten Schritt");
        LimberClock clock = player.playing().clock;
        assertThat(clock.getElement().getAttribute("speech-lang")).isEqualTo("de");
        assertThat(clock.getElement().getAttribute("words")).contains("\"stepOf\":\"Schritt {0} von {1}\"",
                "\"nextDetail\":\"Als Nächstes: {0}. Tippe auf Weiter, wenn du bereit bist.\"");
        assertThat(parametersOf(".start(")).singleElement().satisfies(parameters -> assertThat(String.valueOf(parameters.get(4)))
                .contains("\"say\":\"Linke Seite. 30 Sekunden halten\"", "\"detail\":\"Wiederholung 2 von 2 · Rechte Seite\""));

        // on the last step, Next finishes
        _click(player.playing().next);
        assertThat(player.playing().next.getText()).isEqualTo("Abschließen");

        // ending early asks first, in German
        _click(player.playing().end);
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Einheit jetzt beenden?");
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("Du warst bei 2 von 2 Schritten. Die Einheit wird als unvollständig gespeichert.");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(H1.class, spec -> spec.withText("Einheit beendet")).isVisible()).isTrue();
        assertThat(player.done().summary.getText()).startsWith("Du hast 0 von 2 Schritten gemacht.");
    }
}
