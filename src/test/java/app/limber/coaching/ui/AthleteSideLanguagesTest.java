package app.limber.coaching.ui;

import app.limber.base.ui.EmptyState;
import app.limber.coaching.AthleteGroup;
import app.limber.coaching.GroupLinkSummary;
import app.limber.coaching.Plan;
import app.limber.coaching.RosterService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The athlete's side in Spanish and German: My routines with Today, an assigned routine, joining by a group link, its refusals. */
class AthleteSideLanguagesTest extends UiTest {

    @Autowired
    RosterService roster;

    @Autowired
    RoutineService routines;

    private RoutineDetails tuesdays;

    private void anAthleteWithAPlanForTuesdaysAndACrampRoutine() {
        Person coach = given.aCoach(COACH);
        Person athlete = given.anAthleteOf(coach, ATHLETE);
        tuesdays = given.aPublishedRoutine(coach);
        RoutineDetails cramp = given.published(coach, given.as(coach.email(), () -> routines.createFromTemplate("night-cramp-relief")));
        // the clock's today is Tuesday 24 November 2026
        given.give(coach, tuesdays, Plan.onDays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalDate.of(2026, 11, 23), null), athlete);
        given.give(coach, cramp, Plan.whenACrampStarts(LocalDate.of(2026, 11, 23)), athlete);
        given.livesIn(athlete, "Europe/Madrid");
        signInAs(ATHLETE.email());
    }

    @Test
    void myRoutinesWithTodayInSpanish() {
        anAthleteWithAPlanForTuesdaysAndACrampRoutine();
        speak(Locale.of("es"));
        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Mis rutinas");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mis rutinas · Limber");
        Section today = _get(Section.class, spec -> spec.withClasses("limber-today"));
        assertThat(_get(today, H2.class).getText()).isEqualTo("Hoy");
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("limber-today-date")).getText())
                .isEqualTo("martes, 24 de noviembre de 2026 \u00b7 0 de 2 esta semana");
        ListItem due = _get(today, ListItem.class, spec -> spec.withClasses("limber-today-due"));
        assertThat(_get(due, Span.class, spec -> spec.withClasses("limber-today-line")).getText()).startsWith("Toca hoy \u00b7 ")
                .endsWith(" \u00b7 0 de 2 esta semana");
        Anchor start = _get(due, Anchor.class, spec -> spec.withText("Empezar"));
        assertThat(start.getElement().getAttribute("aria-label")).isEqualTo("Empezar " + tuesdays.title());
        assertThat(_get(today, H3.class).getText()).isEqualTo("A mano");
        ListItem onHand = _get(today, ListItem.class, spec -> spec.withClasses("limber-today-on-hand"));
        assertThat(_get(onHand, Span.class, spec -> spec.withClasses("limber-today-line")).getText()).isEqualTo("Cuando empiece un calambre");
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("limber-today-zone")).getText())
                .startsWith("Las semanas van de lunes a domingo, en tu zona horaria (Europe/Madrid).");
        assertThat(_get(today, Anchor.class, spec -> spec.withText("Cámbiala en Ajustes")).getHref()).isEqualTo("settings");

        Card card = _find(Card.class, spec -> spec.withClasses("limber-assigned-card")).getFirst();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("De Casey Coach").contains("2 pasos").contains("Aún sin hacer").contains("Empezar")
                .doesNotContain("From ", " steps", "Not done yet");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("limber-schedule-plan")).getText()).startsWith("Tu plan: ");

        clock.advance(Duration.ofDays(1)); // Wednesday: Thursday is next
        UI.getCurrent().navigate(app.limber.account.ui.SettingsView.class);
        UI.getCurrent().navigate(MyRoutinesView.class);
        ListItem later = _get(ListItem.class, spec -> spec.withClasses("limber-today-later"));
        assertThat(_get(later, Span.class, spec -> spec.withClasses("limber-today-line")).getText()).startsWith("Próxima: jueves \u00b7 ");
    }

    @Test
    void anAssignedRoutineAndTodayInGerman() {
        anAthleteWithAPlanForTuesdaysAndACrampRoutine();
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(MyRoutinesView.class);
        Section today = _get(Section.class, spec -> spec.withClasses("limber-today"));
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("limber-today-date")).getText())
                .isEqualTo("Dienstag, 24. November 2026 \u00b7 0 von 2 diese Woche");
        assertThat(_get(today, ListItem.class, spec -> spec.withClasses("limber-today-due")).getElement().getTextRecursively())
                .contains("Heute fällig \u00b7 ").contains("Starten");

        UI.getCurrent().navigate(AssignedRoutineView.class, new RouteParameters(AssignedRoutineView.ID, String.valueOf(tuesdays.id())));
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("limber-back-link")).getText()).isEqualTo("Meine Routinen");
        assertThat(_get(H2.class).getText()).isEqualTo("Schritte");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("limber-start-link")).getText()).isEqualTo("Starten");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(tuesdays.title() + " · Limber");
    }

    @Test
    void joiningByAGroupLinkInSpanishAndItsRefusalsInGerman() {
        signInAsCoach();
        AthleteGroup group = roster.saveGroup(null, "Tuesday 10k", Set.of());
        GroupLinkSummary open = roster.createGroupLink(group.id(), null, null);
        GroupLinkSummary dated = roster.createGroupLink(group.id(), null, LocalDate.of(2026, 11, 25));
        signOut();
        speak(Locale.of("es"));

        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, open.token()));
        JoinView join = _get(JoinView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Únete a tu entrenador · Limber");
        assertThat(_get(H2.class).getText()).isEqualTo("Unirme a Casey Coach");
        assertThat(join.email.getLabel()).isEqualTo("Correo electrónico");
        assertThat(join.password.getHelperText()).isEqualTo("Al menos 12 caracteres");
        assertThat(join.join.getText()).isEqualTo("Crear mi cuenta y unirme");
        assertThat(_get(Anchor.class, spec -> spec.withText("Inicia sesión para unirte")).getHref()).endsWith("/accept");

        _setValue(join.email, "");
        _setValue(join.name, "Ana");
        _setValue(join.password, "short");
        _click(join.join);
        assertThat(join.email.getErrorMessage()).isEqualTo("Escribe tu correo electrónico.");
        assertThat(join.password.getErrorMessage()).isEqualTo("Usa al menos 12 caracteres.");

        signInAsCoach();
        roster.revokeGroupLink(open.id());
        signOut();
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, open.token()));
        EmptyState gone = _get(EmptyState.class);
        assertThat(gone.getElement().getTextRecursively()).contains("Dieser Einladungslink funktioniert nicht mehr");
        assertThat(_get(gone, Paragraph.class).getText()).isEqualTo("Dein Coach hat diesen Gruppenlink zurückgezogen. Bitte ihn um einen neuen.");

        clock.advance(Duration.ofDays(2));
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, dated.token()));
        assertThat(_get(_get(EmptyState.class), Paragraph.class).getText())
                .isEqualTo("Dieser Gruppenlink ist am 25. November 2026 abgelaufen. Bitte deinen Coach um einen neuen.");
        speak(Locale.of("es"));
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, dated.token()));
        assertThat(_get(_get(EmptyState.class), Paragraph.class).getText())
                .isEqualTo("Este enlace de grupo terminó el 25 de noviembre de 2026. Pide uno nuevo a tu entrenador.");
    }

    @Test
    void anAthleteWithNoRoutinesYetInGerman() {
        signInAsAthlete();
        speak(Locale.GERMAN);
        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Meine Routinen");
        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("Noch keine Routinen")
                .contains("Wenn dein Coach dir eine Routine zuweist").doesNotContain("No routines yet");
    }

    @Test
    void anAssignedRoutinesChecksBeforeStartingInSpanish() {
        Person coach = given.aCoach(COACH);
        Person athlete = given.anAthleteOf(coach, ATHLETE);
        RoutineDetails coolDown = given.published(coach, given.as(coach.email(), () -> routines.createFromTemplate("post-run-static-cool-down")));
        given.give(coach, coolDown, athlete);
        signInAs(ATHLETE.email());
        speak(Locale.of("es"));
        UI.getCurrent().navigate(AssignedRoutineView.class, new RouteParameters(AssignedRoutineView.ID, String.valueOf(coolDown.id())));

        String checks = _find(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("limber-contraindications"))
                .stream().map(list -> list.getElement().getTextRecursively()).reduce("", String::concat);
        assertThat(checks).contains("¿Llevas una prótesis de cadera?").doesNotContain("Had a hip replaced");
    }

    /** A browser session in this language; the page opens again in it. */
    private static void speak(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
