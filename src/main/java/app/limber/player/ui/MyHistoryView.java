package app.limber.player.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.body.Muscle;
import app.limber.coaching.SessionEntry;
import app.limber.coaching.SessionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** An athlete's own sessions: when, which routine, whether they finished, how it felt. */
@Route("my-history")
@PageTitle("My history · Limber")
@Menu(order = 2, title = "My history", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyHistoryView extends Div {

    public MyHistoryView(SessionService sessions) {
        addClassNames("limber-page", "limber-my-history");
        List<SessionEntry> mine = sessions.myHistory();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR_CLOCK, "No sessions yet",
                    "When you follow a routine to the end (or stop part-way), it shows up here."));
            return;
        }
        add(new H2("My history"));
        var list = new Div();
        list.addClassName("limber-history-list");
        add(list);
        // times in the athlete's own time zone and language, as their browser tells them
        UserTime time = UserTime.of(UI.getCurrent());
        mine.forEach(entry -> list.add(card(entry, time)));
    }

    private static Card card(SessionEntry entry, UserTime time) {
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("limber-history-entry");
        card.setTitle(new Span(entry.routineTitle()));
        card.setSubtitle(new Span(time.dayAndTime(entry.finishedAt())));
        card.setHeaderSuffix(new Badge(entry.complete() ? "Completed"
                : entry.stepsTotal() > 0 ? "Stopped at step " + entry.stepsDone() + " of " + entry.stepsTotal() : "Stopped"));
        var facts = new StringBuilder(entry.feeling() == null ? "No feedback" : "Felt " + entry.feeling().label().toLowerCase(Locale.ROOT));
        if (entry.pain()) {
            facts.append(" · Pain").append(entry.painWhere().isEmpty() ? ""
                    : ": " + Muscle.listed(entry.painWhere()));
        }
        card.add(new Span(facts.toString()));
        if (!entry.note().isEmpty()) {
            var note = new Paragraph(entry.note());
            note.addClassName("limber-history-note");
            card.add(note);
        }
        return card;
    }
}
