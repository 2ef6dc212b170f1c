package app.limber.base.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * Advice that goes with a stretch or a routine without being a step of it (drinking around a
 * run, next to cramp relief): a titled section with its points, a warning, and where it comes from.
 * Everything is shown as text.
 */
public class AdviceCard extends Section {

    public AdviceCard(String title, List<String> points, String warning, String source) {
        addClassName("limber-advice-card");
        getElement().setAttribute("aria-label", title);
        var list = new UnorderedList();
        points.forEach(point -> list.add(new ListItem(point)));
        var caution = new Paragraph(warning);
        caution.addClassName("limber-advice-warning");
        var from = new Paragraph(getTranslation("advice-card.source", source));
        from.addClassName("limber-advice-source");
        add(new H2(title), list, caution, from);
    }
}
