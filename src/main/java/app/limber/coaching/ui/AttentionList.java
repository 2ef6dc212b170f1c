package app.limber.coaching.ui;

import app.limber.coaching.AthleteNotFoundException;
import app.limber.coaching.AttentionItem;
import app.limber.coaching.CoachHomeService;
import app.limber.coaching.SessionNotFoundException;
import app.limber.base.ui.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.List;

/** "Needs attention": each item says what happened and can be acknowledged, which takes it off the list. */
class AttentionList extends Div {

    private final CoachHomeService home;
    private final boolean linkToAthlete;
    private final Runnable changed;

    AttentionList(CoachHomeService home, boolean linkToAthlete, Runnable changed) {
        this.home = home;
        this.linkToAthlete = linkToAthlete;
        this.changed = changed;
        addClassName("limber-attention");
    }

    void show(List<AttentionItem> items) {
        removeAll();
        if (items.isEmpty()) {
            var none = new Paragraph(getTranslation("attention.none"));
            none.addClassName("limber-attention-none");
            add(none);
        }
        for (AttentionItem item : items) {
            var row = new Div();
            row.addClassName("limber-attention-item");
            row.getElement().setAttribute("data-reason", item.reason().name());
            if (linkToAthlete) {
                var athlete = new Anchor("athletes/" + item.athleteId(), item.athlete());
                athlete.getElement().setAttribute("router-link", true);
                athlete.addClassName("limber-attention-athlete");
                row.add(athlete);
            }
            var why = new Span(item.why().shown());
            why.addClassName("limber-attention-why");
            var when = new Span(UserTime.of(UI.getCurrent()).day(item.since()));
            when.addClassName("limber-attention-when");
            var acknowledge = new Button(getTranslation("attention.acknowledge"));
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            acknowledge.setDisableOnClick(true);
            acknowledge.getElement().setAttribute("aria-label", getTranslation("attention.acknowledge-aria", item.athlete(), item.why()));
            acknowledge.addClickListener(click -> acknowledge(item, acknowledge));
            row.add(why, when, acknowledge);
            add(row);
        }
    }

    private void acknowledge(AttentionItem item, Button button) {
        try {
            home.acknowledge(item);
            Notification.show(getTranslation("attention.acknowledged", item.athlete()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AthleteNotFoundException | SessionNotFoundException gone) {
            Notification.show(getTranslation("attention.gone")).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException failure) {
            Notification.show(getTranslation("attention.failed"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            button.setEnabled(true);
            return;
        }
        changed.run();
    }
}
