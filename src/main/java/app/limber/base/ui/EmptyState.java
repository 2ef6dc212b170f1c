package app.limber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a screen shows when it has nothing yet: an icon, a title and what to do next. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String whatToDoNext, Component... actions) {
        addClassName("limber-empty-state");
        var picture = icon.create();
        picture.addClassName("limber-empty-state-icon");
        picture.getElement().setAttribute("aria-hidden", "true");
        var heading = new H2(title);
        var text = new Paragraph(whatToDoNext);
        add(picture, heading, text);
        if (actions.length > 0) {
            var row = new Div(actions);
            row.addClassName("limber-empty-state-actions");
            add(row);
        }
    }
}
