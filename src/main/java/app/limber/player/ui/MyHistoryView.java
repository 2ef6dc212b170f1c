package app.limber.player.ui;

import app.limber.account.Role;
import app.limber.base.ui.CoachWords;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.ListedCard;
import app.limber.base.ui.UserTime;
import app.limber.body.Muscle;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.PainSide;
import app.limber.coaching.SessionEntry;
import app.limber.coaching.SessionService;
import app.limber.coaching.StepResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An athlete's own sessions: when, which routine, whether they finished (and, where recorded,
 * what became of each step), how it felt, pain, and the coach's reply. Replies not read before
 * show as new, and count as read once shown here.
 */
@Route("my-history")
@PageTitle("My history · Limber")
@Menu(order = 2, title = "My history", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyHistoryView extends Div {

    public MyHistoryView(SessionService sessions, AssignmentService assignments) {
        addClassNames("limber-page", "limber-my-history");
        List<SessionEntry> mine = sessions.myHistory();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR_CLOCK, "No sessions yet",
                    "When you follow a routine to the end (or stop part-way), it shows up here."));
            return;
        }
        add(new H1("My history"));
        var list = new Div();
        list.addClassName("limber-history-list");
        add(list);
        // times in the athlete's own time zone and language, as their browser tells them
        UserTime time = UserTime.of(UI.getCurrent());
        // a session of a routine the athlete still has leads back to it, to do it again
        Set<Long> given = assignments.myRoutineIds();
        mine.forEach(entry -> list.add(card(entry, time, given.contains(entry.routineId()))));
        if (mine.stream().anyMatch(SessionEntry::replyUnread)) {
            sessions.markRepliesRead();
        }
    }

    private static Card card(SessionEntry entry, UserTime time, boolean stillGiven) {
        String when = time.dayAndTime(entry.finishedAt());
        var card = ListedCard.named(new Card(), entry.routineTitle() + ", " + when);
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("limber-history-entry");
        if (stillGiven) {
            var title = new Anchor("my-routines/" + entry.routineId(), entry.routineTitle());
            title.getElement().setAttribute("router-link", true);
            title.addClassName("limber-routine-title");
            card.setTitle(title);
        } else {
            card.setTitle(new Span(entry.routineTitle()));
        }
        card.setSubtitle(new Span(when));
        card.setHeaderSuffix(new Badge(entry.complete() ? "Completed"
                : !entry.steps().isEmpty() ? "Partial"
                : entry.stepsTotal() > 0 ? "Stopped at step " + entry.stepsDone() + " of " + entry.stepsTotal() : "Stopped"));
        if (!entry.steps().isEmpty()) {
            var steps = new Div(steps(entry.steps()));
            steps.addClassName("limber-history-steps");
            card.add(steps);
        }
        var facts = new StringBuilder(entry.feeling() == null ? "No feedback" : "Felt " + entry.feeling().label().toLowerCase(Locale.ROOT));
        if (entry.painLevel() != null) {
            facts.append(" · ").append(pain(entry));
        } else if (entry.pain()) {
            facts.append(" · Pain").append(entry.painWhere().isEmpty() ? ""
                    : ": " + Muscle.listed(entry.painWhere()));
        }
        var feeling = new Div(facts.toString());
        feeling.addClassName("limber-history-facts");
        card.add(feeling);
        if (!entry.note().isEmpty()) {
            var note = new Paragraph(entry.note());
            note.addClassName("limber-history-note");
            card.add(note);
        }
        if (entry.reply() != null) {
            var reply = new CoachWords("Reply from your coach", entry.reply());
            reply.addClassName("limber-history-reply");
            if (entry.replyUnread()) {
                var unread = new Badge("New");
                unread.addClassName("limber-reply-new");
                reply.addComponentAsFirst(unread);
            }
            card.add(reply);
        }
        return card;
    }

    /** "3 of 4 steps done · Child's pose skipped · Pigeon shortened · took the easier version of Lunge: Knee bend". */
    static String steps(List<StepResult> steps) {
        long done = steps.stream().filter(step -> step.outcome() == StepResult.Outcome.DONE).count();
        List<String> parts = new ArrayList<>();
        parts.add(done == steps.size() ? (steps.size() == 1 ? "The step done" : "All " + steps.size() + " steps done")
                : done + " of " + steps.size() + (steps.size() == 1 ? " step" : " steps") + " done");
        for (int index = 0; index < steps.size(); index++) {
            StepResult step = steps.get(index);
            String name = step.name().isBlank() ? "Step " + (index + 1) : step.name();
            if (step.outcome() != StepResult.Outcome.DONE) {
                parts.add(name + " " + step.outcome().label());
            }
            if (step.release() != null && step.outcome() != StepResult.Outcome.SKIPPED) {
                parts.add(name + " " + step.release().describe());
            }
            if (step.easier() != null) {
                parts.add("took the easier version of " + name + ": " + step.easier().name());
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "Pain 6/10 · Hamstrings · Left side" (the words the coach reads too), "No pain" at 0. */
    private static String pain(SessionEntry entry) {
        if (entry.painLevel() == 0) {
            return "No pain";
        }
        List<String> parts = new ArrayList<>();
        parts.add("Pain " + entry.painLevel() + "/10");
        if (!entry.painWhere().isEmpty()) {
            parts.add(Muscle.listed(entry.painWhere()));
        }
        if (entry.painSide() != null) {
            parts.add(entry.painSide() == PainSide.BOTH ? PainSide.BOTH.label() : entry.painSide().label() + " side");
        }
        return String.join(" \u00b7 ", parts);
    }
}
