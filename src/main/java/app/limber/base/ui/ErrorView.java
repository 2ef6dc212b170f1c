package app.limber.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a page fails in a way no view handles: plain words (the database is
 * away, or something went wrong on our side) and the reference it is logged under on the
 * server ({@link Failures}); never the exception's text.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    public ErrorView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("limber-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Failures.Told told = Failures.log("Opening /" + event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        var reference = new Paragraph(getTranslation("error-view.reference", told.reference()));
        reference.addClassName("limber-error-reference");
        add(new EmptyState(told.databaseAway() ? VaadinIcon.PLUG : VaadinIcon.WARNING, told.titleWords().shown(),
                told.textWords().shown(), new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error-view.try-again")),
                new Anchor("", getTranslation("not-found.home"))), reference);
        return told.databaseAway() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error-view.page-title");
    }
}
