package app.limber.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A failure no view handled while someone clicked or typed (not while a page opened: that is
 * {@link ErrorView}) is logged with a reference and told in a notification in plain words,
 * instead of Vaadin's silent log line.
 */
@Component
class FailureNotifications extends DefaultErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!shouldHandle(event.getThrowable())) {
            return; // a browser that went away mid-request, as Vaadin's own handler skips
        }
        Failures.Told told = Failures.log("A request", findRelevantThrowable(event.getThrowable()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(told.toldInWords().shown(),
                        8000, Notification.Position.BOTTOM_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
