package app.limber.coaching.ui;

import app.limber.base.ui.ListedCard;
import app.limber.account.Role;
import app.limber.base.ui.CoachWords;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.coaching.AssignedRoutine;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.CoachReply;
import app.limber.coaching.SessionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import app.limber.base.Durations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An athlete's home: the coach's replies they have not read yet (until My history shows them),
 * then the routines their coaches gave them, with what is new and the note it came with.
 */
@Route("my-routines")
@PageTitle("My routines · Limber")
@Menu(order = 1, title = "My routines", icon = "vaadin:heart-o")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyRoutinesView extends Div {

    public MyRoutinesView(AssignmentService assignments, SessionService sessions) {
        addClassNames("limber-page", "limber-my-routines");
        List<AssignedRoutine> mine = assignments.myRoutines();
        List<CoachReply> replies = sessions.unreadReplies();
        add(new H1("My routines"));
        if (!replies.isEmpty()) {
            add(replies(replies, mine));
        }
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.HEART_O, "No routines yet",
                    "When your coach gives you a routine, it shows up here, ready to follow step by step."));
            return;
        }
        var list = new Div();
        list.addClassName("limber-routine-list");
        mine.forEach(routine -> list.add(card(routine)));
        add(list);
    }

    /** "Your coach replied": each unread reply with the routine and day of its session, and a way to My history. */
    private static Card replies(List<CoachReply> replies, List<AssignedRoutine> mine) {
        Map<Long, String> titles = mine.stream().collect(Collectors.toMap(AssignedRoutine::routineId, AssignedRoutine::title));
        UserTime time = UserTime.of(UI.getCurrent());
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("limber-unread-replies");
        card.getElement().setAttribute("aria-label", "Your coach replied");
        card.setTitle(new Span("Your coach replied"));
        card.setHeaderSuffix(new Badge("New"));
        for (CoachReply reply : replies) {
            String title = titles.get(reply.routineId());
            String session = (title == null ? "Your session" : title) + ", " + time.day(reply.sessionFinishedAt());
            var words = new CoachWords(session, reply.text());
            words.addClassName("limber-unread-reply");
            card.add(words);
        }
        var history = new Anchor("my-history", replies.size() == 1 ? "Read it in My history" : "Read them in My history");
        history.getElement().setAttribute("router-link", true);
        history.addClassName("limber-replies-link");
        card.addToFooter(history);
        return card;
    }

    private static Card card(AssignedRoutine routine) {
        var card = ListedCard.named(new Card(), routine.title());
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("limber-assigned-card");
        var title = new RouterLink(routine.title(), AssignedRoutineView.class,
                new RouteParameters(AssignedRoutineView.ID, String.valueOf(routine.routineId())));
        title.addClassName("limber-routine-title");
        card.setTitle(title);
        var facts = new StringBuilder("From ").append(routine.coach());
        if (routine.purpose() != null) {
            facts.append(" · ").append(routine.purpose().label());
        }
        facts.append(" · ").append(routine.steps()).append(routine.steps() == 1 ? " step" : " steps")
                .append(" · ").append(Durations.approximately(routine.estimatedSeconds()));
        card.setSubtitle(new Span(facts.toString()));
        var done = new Div(routine.lastDone() == null ? "Not done yet"
                : "Last done " + UserTime.of(UI.getCurrent()).day(routine.lastDone()));
        done.addClassName("limber-last-done");
        card.add(done);
        if (!routine.scheduleHint().isEmpty()) {
            var hint = new Div("When: " + routine.scheduleHint());
            hint.addClassName("limber-schedule-hint");
            card.add(hint);
        }
        // one tap: the player starts the countdown at once (its "start" parameter)
        var start = new Anchor("my-routines/" + routine.routineId() + "/play?start", "Start");
        start.getElement().setAttribute("router-link", true);
        start.addClassNames("limber-start-link");
        start.getElement().setAttribute("aria-label", "Start " + routine.title());
        card.addToFooter(start);
        if (routine.newVersion()) {
            card.setHeaderSuffix(new Badge("New version"));
            var changes = new UnorderedList();
            routine.changesSinceSeen().forEach(change -> changes.add(new ListItem(change)));
            changes.addClassName("limber-new-changes");
            card.add(changes);
        }
        if (!routine.publishNote().isEmpty()) {
            card.add(CoachWords.publishNote(routine.coach(), routine.publishNote()));
        }
        return card;
    }
}
