package app.limber.coaching.ui;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.Feeling;
import app.limber.coaching.Plan;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's side of coaching in Spanish and German: the home with what needs attention, the
 * athletes, an athlete's page with a session, giving a routine on a plan, publishing, and a refusal
 * next to its field; no English word left on these screens.
 */
class CoachSideLanguagesTest extends UiTest {

    private static final Locale SPANISH = Locale.of("es");

    /** English words that would show a text was missed on these screens. */
    private static final List<String> ENGLISH = List.of("Pain", "Needs attention", "This week", "Recent", "steps",
            "Partial", "Complete", "Felt", "Acknowledge", "joined", "All athletes", "Invite", "Group", "Remove", "Copy",
            "Revoke", "Sessions", "Given", "Reply", "last ", " of ", "after", "Mon", "Wed", "Fri", "Save", "Publish",
            "What your");

    @Autowired
    SessionService sessions;

    @Autowired
    AssignmentService assignments;

    @Autowired
    RosterService roster;

    @Autowired
    PublishingService publishing;

    @Autowired
    RoutineService routines;

    private Person coach;
    private Person ana;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWhoseAthleteHadAPainfulSessionOnAPlan() {
        coach = signInAsCoach();
        ana = given.anAthleteOf(coach, Fixtures.ANA);
        routine = given.aPublishedRoutine(coach, 3);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        given.give(coach, routine, Plan.onDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), today, null), ana);
        long session = given.as(ana.email(), () -> sessions.logSession(
                new SessionReport(routine.id(), false, Feeling.HARD, false, Set.of(), "Me tira un poco", 2, 3, 0)));
        jdbc.update("update session_log set pain = true, pain_level = 6, pain_side = 'LEFT', pain_where = '{HAMSTRINGS}' where id = ?", session);
        signInAs(coach.email());
    }

    @Test
    void theCoachHomeSaysWhatNeedsAttentionInSpanishAndGerman() {
        speak(SPANISH);
        UI.getCurrent().navigate(CoachHomeView.class);
        CoachHomeView home = _get(CoachHomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Inicio");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inicio · Limber");
        assertThat(_find(home, H2.class)).extracting(H2::getText).containsExactly("Requiere atención", "Esta semana", "Sesiones recientes");
        assertThat(home.attention.getElement().getTextRecursively())
                .contains("Dolor 6/10 en isquiotibiales, lado izquierdo después de «" + routine.title() + "».");
        assertThat(_get(home.attention, Button.class).getText()).isEqualTo("Marcar como visto");
        assertThat(home.week.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Atleta", "Completas", "Parciales", "Rutinas asignadas", "Plan", "Requiere atención");
        assertThat(CoachHomeView.againstPlan(home.week.getGenericDataView().getItems().toList().getFirst())).contains("esta semana");
        SessionCard card = _get(home.recent, SessionCard.class);
        assertThat(card.outcome.getText()).isEqualTo("Parcial · 2 de 3 pasos");
        assertThat(card.pain.getText()).isEqualTo("Dolor 6/10 · Isquiotibiales · Lado izquierdo");
        assertThat(card.getElement().getTextRecursively()).contains("Se sintió difícil", "«Me tira un poco»");
        assertNoEnglish(home.getElement().getTextRecursively());

        _click(_get(home.attention, Button.class));
        assertThat(_get(CoachHomeView.class).attention.getElement().getTextRecursively()).contains("Nada requiere tu atención.");

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(CoachHomeView.class);
        home = _get(CoachHomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Start");
        assertThat(_find(home, H2.class)).extracting(H2::getText).containsExactly("Braucht Aufmerksamkeit", "Diese Woche", "Letzte Einheiten");
        assertThat(home.week.getColumns().getFirst().getHeaderText()).isEqualTo("Athlet");
        assertThat(home.week.getColumns()).filteredOn(column -> column.getHeaderText().length() > 12)
                .as("long German headers are not cut off").extracting(column -> column.isAutoWidth()).containsOnly(true);
        card = _get(home.recent, SessionCard.class);
        assertThat(card.outcome.getText()).isEqualTo("Teilweise · 2 von 3 Schritten");
        assertThat(card.pain.getText()).isEqualTo("Schmerz 6/10 · Hintere Oberschenkel · Linke Seite");
        assertThat(card.getElement().getTextRecursively()).contains("Fühlte sich schwer an", "\u201eMe tira un poco\u201c");
        assertNoEnglish(home.getElement().getTextRecursively());
    }

    @Test
    void theAthletesListAndARefusedGroupNameInSpanishAndGerman() {
        speak(SPANISH);
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView athletes = _get(AthletesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Atletas");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Atletas · Limber");
        assertThat(athletes.createInvite.getText()).isEqualTo("Nuevo enlace de invitación");
        assertThat(_find(athletes, H2.class)).extracting(H2::getText).containsExactly("Grupos", "Enlaces de invitación");
        String row = athletes.athletes.getElement().getTextRecursively();
        assertThat(row).contains("Ana Athlete", "se unió el ", "plan: 0 de 2 esta semana", "0 completas + 1 parcial esta semana",
                "Dolor indicado hace poco", "Quitar");
        assertThat(athletes.groupName.getPlaceholder()).isEqualTo("Nombre del grupo, p. ej. grupo de 10 km del martes");
        assertThat(athletes.groupName.getWidth()).as("wide enough for its placeholder").isEqualTo("24rem");
        assertThat(athletes.label.getWidth()).as("wide enough for its placeholder").isEqualTo("28rem");

        _click(athletes.createGroup);
        assertThat(athletes.groupName.isInvalid()).isTrue();
        assertThat(athletes.groupName.getErrorMessage()).isEqualTo("Ponle al grupo un nombre de 1 a 60 caracteres.");
        assertNoEnglish(athletes.athletes.getElement().getTextRecursively());

        _click(athletes.createInvite);
        assertThat(athletes.invites.getElement().getTextRecursively()).contains("Enlace de invitación", "válido hasta el ", "Copiar", "Revocar");

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(AthletesView.class);
        athletes = _get(AthletesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Athleten");
        assertThat(athletes.athletes.getElement().getTextRecursively())
                .contains("beigetreten am ", "Plan 0 von 2 diese Woche", "0 vollständig + 1 teilweise diese Woche", "Entfernen");
        _click(athletes.createGroup);
        assertThat(athletes.groupName.getErrorMessage()).isEqualTo("Gib der Gruppe einen Namen mit 1 bis 60 Zeichen.");
        assertThat(athletes.invites.getElement().getTextRecursively()).contains("Einladungslink", "gültig bis ", "Kopieren", "Widerrufen");
        assertNoEnglish(athletes.athletes.getElement().getTextRecursively());
    }

    @Test
    void anAthletesPageWithASessionInSpanishAndGerman() {
        speak(SPANISH);
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(ana.id())));
        AthleteView page = _get(AthleteView.class);
        assertThat(_find(page, H2.class)).extracting(H2::getText)
                .containsExactly("Requiere atención", "Asignadas", "Dolor a lo largo del tiempo", "Sesiones");
        assertThat(page.adherence.getText()).startsWith("Plan: 0 de 2 esta semana · ").contains("Últimos 7 días: 0 completas, 1 parcial");
        assertThat(page.given.getElement().getTextRecursively()).contains("lun, mié, vie desde el ", "aún no hecha", "Cambiar plan");
        assertThat(_get(page.painTrend, Span.class).getText()).isEqualTo("Último 6/10 · máximo 6/10 en la última sesión, la más antigua a la izquierda");
        var reply = page.replies.values().iterator().next();
        assertThat(reply.text.getLabel()).isEqualTo("Responder a Ana Athlete");
        assertThat(reply.send.getText()).isEqualTo("Enviar respuesta");
        assertNoEnglish(page.getElement().getTextRecursively());

        _click(_get(page.given, Button.class));
        Dialog plan = _get(Dialog.class);
        assertThat(plan.getHeaderTitle()).isEqualTo("Plan para «" + routine.title() + "»");
        assertThat(_get(plan, CheckboxGroup.class).getLabel()).isEqualTo("Días");

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(AthleteView.class, new RouteParameters(AthleteView.ID, String.valueOf(ana.id())));
        page = _get(AthleteView.class);
        assertThat(_find(page, H2.class)).extracting(H2::getText)
                .containsExactly("Braucht Aufmerksamkeit", "Zugewiesen", "Schmerz im Verlauf", "Einheiten");
        assertThat(page.adherence.getText()).startsWith("Plan: 0 von 2 diese Woche · ").contains("Letzte 7 Tage: 0 vollständig, 1 teilweise");
        assertThat(page.given.getElement().getTextRecursively()).contains("Mo, Mi, Fr ab ", "noch nicht gemacht", "Plan ändern");
        assertThat(page.replies.values().iterator().next().send.getText()).isEqualTo("Antwort senden");
        assertNoEnglish(page.getElement().getTextRecursively());

        // a reply the session service refuses is told in German next to the field, and nothing is stored
        var german = page.replies.values().iterator().next();
        _setValue(german.text, "x".repeat(501));
        _click(german.send);
        assertThat(german.text.isInvalid()).isTrue();
        assertThat(german.text.getErrorMessage()).isEqualTo("Die Antwort darf höchstens 500 Zeichen lang sein.");
        _setValue(german.text, "   ");
        _click(german.send);
        assertThat(german.text.getErrorMessage()).isEqualTo("Schreib zuerst eine Antwort.");
        assertThat(jdbc.queryForObject("select count(*) from session_log where reply is not null", Integer.class)).isZero();
    }

    @Test
    void theGiveDialogWithAPlanAndItsRefusalInSpanishAndGerman() {
        speak(SPANISH);
        UI.getCurrent().navigate(CoachHomeView.class);
        var dialog = new GiveToAthletesDialog(routine, assignments, roster, clock);
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Asignar «" + routine.title() + "» a atletas");
        PlanFields plan = _get(dialog, PlanFields.class);
        assertThat(plan.kind.getLabel()).isEqualTo("Plan");
        assertThat(plan.kind.getItemLabelGenerator().apply(Plan.Kind.DAYS)).isEqualTo("Ciertos días de la semana");
        assertThat(plan.days.getItemLabelGenerator().apply(DayOfWeek.WEDNESDAY)).isEqualTo("mié");
        assertThat(plan.starts.getLabel()).isEqualTo("Primer día");
        assertThat(plan.ends.getHelperText()).isEqualTo("Déjalo vacío para que no termine.");
        _setValue(plan.days, Set.of());
        _click(_get(dialog, Button.class, spec -> spec.withText("Guardar")));
        assertThat(plan.days.isInvalid()).isTrue();
        assertThat(plan.days.getErrorMessage()).isEqualTo("Elige al menos un día de la semana.");
        assertThat(_find(dialog, Button.class)).extracting(Button::getText).contains("Cancelar", "Guardar");
        dialog.close();

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(CoachHomeView.class);
        dialog = new GiveToAthletesDialog(routine, assignments, roster, clock);
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("\u201e" + routine.title() + "\u201c Athleten zuweisen");
        plan = _get(dialog, PlanFields.class);
        assertThat(plan.days.getItemLabelGenerator().apply(DayOfWeek.WEDNESDAY)).isEqualTo("Mi");
        _setValue(plan.kind, Plan.Kind.TIMES);
        _setValue(plan.times, 9);
        _click(_get(dialog, Button.class, spec -> spec.withText("Speichern")));
        assertThat(plan.times.getErrorMessage()).isEqualTo("Wähle 1 bis 7 Mal pro Woche.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Plan.Kind> kind = _get(dialog, RadioButtonGroup.class);
        assertThat(kind.getItemLabelGenerator().apply(Plan.Kind.ON_CRAMP)).isEqualTo("Wenn ein Krampf beginnt");
    }

    @Test
    void thePublishDialogSaysWhatChangedAndANothingToPublishRefusalInSpanishAndGerman() {
        var first = routine.steps().getFirst();
        routines.changeStep(routine.id(), first.id(), new StepDose(57, first.dose().reps(), first.dose().sides(), null,
                first.dose().restSeconds(), first.dose().note()));
        RoutineDetails changed = routines.open(routine.id());

        speak(SPANISH);
        UI.getCurrent().navigate(CoachHomeView.class);
        var dialog = new PublishDialog(changed, publishing, () -> { });
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Publicar «" + routine.title() + "»");
        assertThat(_get(dialog, Paragraph.class).getText()).isEqualTo("Lo que tus atletas verán cambiado:");
        assertThat(_find(dialog, ListItem.class)).extracting(ListItem::getText).singleElement().asString()
                .startsWith("«" + first.stretchName() + "»: mantener ").contains("\u2192 57 s");
        assertThat(dialog.note.getLabel()).isEqualTo("Nota para tus atletas (opcional)");
        _click(dialog.confirm);
        assertThat(_find(Dialog.class)).isEmpty();

        // published: a second publish of the same routine is refused, next to the note
        dialog = new PublishDialog(changed, publishing, () -> { });
        dialog.open();
        assertThat(_get(dialog, Paragraph.class).getText()).isEqualTo("Es la primera versión que verán tus atletas.");
        _click(dialog.confirm);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("No ha cambiado nada desde la versión 2.");
        assertThat(dialog.confirm.getText()).isEqualTo("Publicar");
        dialog.close();

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(CoachHomeView.class);
        dialog = new PublishDialog(changed, publishing, () -> { });
        dialog.open();
        assertThat(dialog.confirm.getText()).isEqualTo("Veröffentlichen");
        _click(dialog.confirm);
        assertThat(dialog.note.getErrorMessage()).isEqualTo("Seit Version 2 hat sich nichts geändert.");

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters(RoutineVersionsView.ID, String.valueOf(routine.id())));
        assertThat(_get(H1.class).getText()).isEqualTo("Veröffentlichte Versionen");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .contains("Erste Version").anySatisfy(text -> assertThat(text).startsWith("\u201e" + first.stretchName() + "\u201c: halten "));
    }

    @Test
    void theGroupLinkDialogAndThePublishingBarInSpanishAndGerman() {
        var group = roster.saveGroup(null, "Martes", Set.of(ana.id()));
        speak(SPANISH);
        UI.getCurrent().navigate(CoachHomeView.class);
        var dialog = new GroupLinkDialog(roster, group, () -> { });
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Enlace de grupo para Martes");
        assertThat(dialog.maxUses.getLabel()).isEqualTo("Atletas que pueden unirse (opcional)");
        assertThat(dialog.lastDay.getHelperText()).isEqualTo("Vacío: hasta que lo revoques");
        _setValue(dialog.lastDay, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(3));
        _click(dialog.create);
        assertThat(dialog.lastDay.isInvalid()).isTrue();
        assertThat(dialog.lastDay.getErrorMessage()).isEqualTo("Elige hoy o un día posterior, o déjalo vacío para no tener último día.");
        dialog.close();

        var bar = new PublishingBar(routine, publishing, assignments, roster, clock);
        UI.getCurrent().add(bar);
        assertThat(bar.publishState.getText()).isEqualTo("Publicada: los atletas ven esta versión");
        assertThat(bar.giveToAthletes.getText()).isEqualTo("Asignar a atletas");
        assertThat(bar.versionsLink.getText()).isEqualTo("Versiones");
        assertThat(PublishStateOnRoutineCards.label(app.limber.coaching.PublishState.CHANGED)).isEqualTo("Cambiada desde que se publicó");

        speak(Locale.GERMAN);
        UI.getCurrent().navigate(CoachHomeView.class);
        dialog = new GroupLinkDialog(roster, group, () -> { });
        dialog.open();
        assertThat(dialog.create.getText()).isEqualTo("Gruppenlink erstellen");
        _setValue(dialog.maxUses, 5000);
        _click(dialog.create);
        assertThat(dialog.maxUses.getErrorMessage()).isEqualTo("Erlaube 1 bis 1000 Athleten, oder lass es leer für keine Grenze.");
        dialog.close();
        bar = new PublishingBar(routine, publishing, assignments, roster, clock);
        UI.getCurrent().add(bar);
        assertThat(bar.publish.getText()).isEqualTo("Veröffentlichen");
        assertThat(bar.publishState.getText()).isEqualTo("Veröffentlicht: Athleten sehen diese Version");
        assertThat(PublishStateOnRoutineCards.label(app.limber.coaching.PublishState.DRAFT)).isEqualTo("Entwurf");
    }

    private static void assertNoEnglish(String text) {
        for (String word : ENGLISH) {
            assertThat(text).as("no English \"" + word + "\" left").doesNotContain(word);
        }
    }

    /** A browser session in this language (the account chose none); the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setAttribute("limber.language.account-choice-read", Boolean.TRUE);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
