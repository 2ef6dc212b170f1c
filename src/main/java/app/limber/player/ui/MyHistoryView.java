package app.limber.player.ui;

import app.limber.account.Role;
import app.limber.base.Words;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 2, title = "My history", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyHistoryView extends Div implements HasDynamicTitle {

    public MyHistoryView(SessionService sessions, AssignmentService assignments) {
        addClassNames("limber-page", "limber-my-history");
        List<SessionEntry> mine = sessions.myHistory();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR_CLOCK, getTranslation("my-history.empty.title"),
                    getTranslation("my-history.empty.text")));
            return;
        }
        add(new H1(getTranslation("menu.my-history")));
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

    @Override
    public String getPageTitle() {
        return getTranslation("my-history.page-title");
    }

    private static Card card(SessionEntry entry, UserTime time, boolean stillGiven) {
        String when = time.dayAndTime(entry.finishedAt());
        var card = ListedCard.named(new Card(), Words.of("words.comma", entry.routineTitle(), when).shown());
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
        card.setHeaderSuffix(new Badge((entry.complete() ? Words.of("my-history.completed")
                : !entry.steps().isEmpty() ? Words.of("my-history.partial")
                : entry.stepsTotal() > 0 ? Words.of("my-history.stopped-at", entry.stepsDone(), entry.stepsTotal())
                : Words.of("my-history.stopped")).shown()));
        if (!entry.steps().isEmpty()) {
            var steps = new Div(steps(entry.steps()));
            steps.addClassName("limber-history-steps");
            card.add(steps);
        }
        var facts = new StringBuilder((entry.feeling() == null ? Words.of("my-history.no-feedback")
                : Words.of(switch (entry.feeling()) {
                    case EASY -> "my-history.felt.easy";
                    case GOOD -> "my-history.felt.good";
                    case HARD -> "my-history.felt.hard";
                })).shown());
        if (entry.painLevel() != null) {
            facts.append(" · ").append(pain(entry));
        } else if (entry.pain()) {
            facts.append(" · ").append((entry.painWhere().isEmpty() ? Words.of("my-history.pain")
                    : Words.of("my-history.pain-where", StepScreen.muscles(entry.painWhere()))).shown());
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
            var reply = new CoachWords(Words.of("my-history.reply").shown(), entry.reply());
            reply.addClassName("limber-history-reply");
            if (entry.replyUnread()) {
                var unread = new Badge(Words.of("my-history.new").shown());
                unread.addClassName("limber-reply-new");
                reply.addComponentAsFirst(unread);
            }
            card.add(reply);
        }
        return card;
    }

    /** "3 of 4 steps done · Child's pose skipped · Pigeon shortened · took the easier version of Lunge: Knee bend" (in the UI's language). */
    static String steps(List<StepResult> steps) {
        long done = steps.stream().filter(step -> step.outcome() == StepResult.Outcome.DONE).count();
        List<String> parts = new ArrayList<>();
        parts.add((done == steps.size() ? Words.of("my-history.steps.all-done", steps.size())
                : Words.of("my-history.steps.some-done", done, steps.size())).shown());
        for (int index = 0; index < steps.size(); index++) {
            StepResult step = steps.get(index);
            String name = step.name().isBlank() ? Words.of("my-history.steps.unnamed", index + 1).shown() : step.name();
            if (step.outcome() != StepResult.Outcome.DONE) {
                parts.add(Words.of(step.outcome() == StepResult.Outcome.SKIPPED ? "my-history.steps.skipped"
                        : "my-history.steps.shortened", name).shown());
            }
            if (step.release() != null && step.outcome() != StepResult.Outcome.SKIPPED) {
                parts.add(name + " " + step.release().describe());
            }
            if (step.easier() != null) {
                parts.add(Words.of("my-history.steps.took-easier", name, step.easier().name()).shown());
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "Pain 6/10 · Hamstrings · Left side" (the words the coach reads too), "No pain" at 0. */
    private static String pain(SessionEntry entry) {
        if (entry.painLevel() == 0) {
            return Words.of("my-history.no-pain").shown();
        }
        List<String> parts = new ArrayList<>();
        parts.add(Words.of("my-history.pain-level", entry.painLevel()).shown());
        if (!entry.painWhere().isEmpty()) {
            parts.add(StepScreen.muscles(entry.painWhere()));
        }
        if (entry.painSide() != null) {
            parts.add(Words.of(switch (entry.painSide()) {
                case LEFT -> "my-history.pain-side.left";
                case RIGHT -> "my-history.pain-side.right";
                case BOTH -> "my-history.pain-side.both";
            }).shown());
        }
        return String.join(" \u00b7 ", parts);
    }
}
