package app.limber.sharing.ui;

import app.limber.base.Words;
import app.limber.coaching.PublishingService;
import app.limber.library.Purpose;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.InvalidShareLinkException;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coach's share links in Spanish (a new link with a refused label, then made), and the
 * shared routine's page in German.
 */
class ShareLinksLanguagesTest extends UiTest {

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;

    private static final Locale SPANISH = Locale.of("es");

    private RoutineDetails routine;

    @BeforeEach
    void aPublishedRoutine() {
        var coach = signInAsCoach();
        routine = given.aRoutine(coach, 3);
        routine = routines.describe(routine.id(), "Track cool-down", "", Purpose.POST_RUN);
        publishing.publish(routine.id(), "");
    }

    /** The coach's own choice of language; the page opens again in it. */
    private void coachSpeaks(Locale language) {
        jdbc.update("update user_account set language = ? where email = ?", language.getLanguage(), COACH.email());
        VaadinSession.getCurrent().setLocale(language);
        VaadinSession.getCurrent().setAttribute("limber.language.account-choice-read", null);
        UI.getCurrent().getPage().reload();
    }

    private ShareLinksView open() {
        UI.getCurrent().navigate(ShareLinksView.class, new RouteParameters(ShareLinksView.ID, String.valueOf(routine.id())));
        return _get(ShareLinksView.class);
    }

    @Test
    void theServiceRefusesInWordsForEveryLanguage() {
        assertThatThrownBy(() -> sharing.create(routine.id(), "x".repeat(81), null, Pin.LATEST_PUBLISHED))
                .isInstanceOfSatisfying(InvalidShareLinkException.class, refused -> {
                    assertThat(refused.refusals().get(InvalidShareLinkException.Field.LABEL).key()).isEqualTo("share-link.error.label-too-long");
                    assertThat(refused.errors()).containsEntry(InvalidShareLinkException.Field.LABEL, "Use at most 80 characters.");
                    assertThat(refused.words().in(Locale.GERMAN)).isEqualTo("Verwende höchstens 80 Zeichen.");
                    assertThat(refused.getMessage()).isEqualTo("Use at most 80 characters.");
                });
    }

    @Test
    void inSpanishACoachIsRefusedALabelNextToItsFieldThenMakesALinkAndReadsItsCard() {
        coachSpeaks(SPANISH);
        ShareLinksView view = open();

        assertThat(_get(H1.class).getText()).isEqualTo("Compartir «Track cool-down»");
        assertThat(_find(H2.class)).extracting(H2::getText).startsWith("Nuevo enlace para compartir", "Tus enlaces");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Enlaces para compartir · Limber");
        assertThat(_get(view.links, app.limber.base.ui.EmptyState.class)
                .getElement().getTextRecursively()).contains("Aún no hay enlaces para compartir");
        assertThat(view.form.label.getLabel()).isEqualTo("Etiqueta (opcional)");
        assertThat(view.form.expiresOn.getLabel()).isEqualTo("Funciona hasta (opcional)");
        assertThat(view.form.expiresOn.getI18n().getToday()).isEqualTo("Hoy");
        assertThat(view.form.pin.getItemLabelGenerator().apply(Pin.LATEST_PUBLISHED))
                .isEqualTo("La última versión publicada (sigue tus cambios)");
        assertThat(view.form.create.getText()).isEqualTo("Crear enlace para compartir");

        // refused: marked next to each field, in Spanish
        view.form.label.setValue("x".repeat(81));
        _setValue(view.form.expiresOn, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
        _click(view.form.create);
        assertThat(view.form.label.getErrorMessage()).isEqualTo("Usa como mucho 80 caracteres.");
        assertThat(view.form.expiresOn.getErrorMessage()).isEqualTo("Elige hoy o un día posterior.");
        assertThat(sharing.links(routine.id())).isEmpty();

        // then made, and its card
        _setValue(view.form.label, "Club");
        view.form.expiresOn.clear();
        _setValue(view.form.pin, Pin.CURRENT_VERSION);
        _click(view.form.create);
        ShareLinkSummary made = sharing.links(routine.id()).getFirst();
        Div card = _get(view.links, Div.class, spec -> spec.withClasses("limber-share-link"));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("limber-share-link-state")).getText()).isEqualTo("Activo");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("limber-share-link-facts")).getText())
                .startsWith("Creado el ").endsWith(" · Sin caducidad · Muestra la versión 1");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("limber-share-link-counts")).getText())
                .isEqualTo("0 aperturas · 0 completadas");
        assertThat(_find(card, Button.class)).extracting(Button::getText)
                .contains("Copiar enlace", "Revocar").doesNotContain("Copy link", "Revoke");
        assertThat(made.label()).isEqualTo("Club");

        // an address that is not this coach's: the base views' not-found page, in Spanish too
        UI.getCurrent().navigate(ShareLinksView.class, new RouteParameters(ShareLinksView.ID, "999999"));
        assertThat(_get(app.limber.base.ui.NotFoundView.class).getElement().getTextRecursively())
                .contains("Aquí no hay nada", "Esta página no existe o no es tuya.", "Ir al inicio de Limber");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("No encontrado · Limber");
    }

    @Test
    void inGermanTheSharedRoutinesPageHasNoEnglishLeft() {
        ShareLinkSummary link = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED);
        signOut();
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().getPage().reload();

        UI.getCurrent().navigate("s/" + link.token());
        SharedRoutineView page = _get(SharedRoutineView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-shared-coach")).getText()).isEqualTo("Von " + COACH.displayName());
        assertThat(page.getElement().getTextRecursively())
                .contains(Words.label(Purpose.POST_RUN).in(Locale.GERMAN), "3 Schritte \u00b7 ")
                .doesNotContain("3 steps", "Note from your coach");
        assertThat(_get(H2.class, spec -> spec.withText("Schritte")).isVisible()).isTrue();
        assertThat(page.start.getText()).isEqualTo("Starten");
        assertThat(page.print.getText()).isEqualTo("Drucken");

        // a link that no longer works says so in German
        UI.getCurrent().navigate("s/not-a-token");
        assertThat(_get(H2.class).getText()).isEqualTo("Dieser Link funktioniert nicht mehr");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Dieser Link funktioniert nicht mehr · Limber");
    }
}
