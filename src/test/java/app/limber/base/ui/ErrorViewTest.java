package app.limber.base.ui;

import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails as it opens shows the error view: plain words and a reference that the
 * server log has with the whole failure; the exception's text is never on the page.
 */
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class ErrorViewTest extends UiTest {

    /** A page whose opening fails with an internal message that must not be shown. */
    @AnonymousAllowed
    public static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("SELECT secret_column FROM internals");
        }
    }

    /** A page whose opening finds the database away. */
    @AnonymousAllowed
    public static class DatabaseAwayView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new ConnectException("java.net.ConnectException: Connection refused"));
        }
    }

    @Test
    void anUnexpectedFailureShowsPlainWordsAndAReferenceThatTheLogHas(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("failing", FailingView.class);
        UI.getCurrent().navigate("failing");

        ErrorView shown = _get(ErrorView.class);
        assertThat(_get(shown, H2.class).getText()).isEqualTo("Something went wrong");
        String reference = _get(shown, Paragraph.class, spec -> spec.withClasses("limber-error-reference")).getText();
        assertThat(reference).matches("Reference [0-9A-F]{4}-[0-9A-F]{4}");
        assertThat(shown.getElement().getOuterHTML()).doesNotContain("secret_column", "IllegalStateException");
        assertThat(log.getOut()).contains(reference + ": Opening /failing failed").contains("secret_column");
    }

    @Test
    void aFailureWhileClickingIsToldInANotificationWithItsReference(CapturedOutput log) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("secret_column")));
        MockVaadin.clientRoundtrip(false);

        String told = NotificationsKt.getNotifications().getLast().getElement().getProperty("text", "");
        assertThat(told).startsWith("Something went wrong.").matches(".*Reference [0-9A-F]{4}-[0-9A-F]{4}\\.$").doesNotContain("secret_column");
        assertThat(log.getOut()).contains(told.substring(told.length() - 15, told.length() - 1) + ": A request failed");
    }

    @Test
    void aDatabaseOutageSaysSo(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("database-away", DatabaseAwayView.class);
        UI.getCurrent().navigate("database-away");

        ErrorView shown = _get(ErrorView.class);
        assertThat(_get(shown, H2.class).getText()).isEqualTo("Limber can't reach its database");
        assertThat(shown.getElement().getOuterHTML()).doesNotContain("Connection refused", "JPA");
        assertThat(log.getOut()).contains("the database is not answering");
    }
}
