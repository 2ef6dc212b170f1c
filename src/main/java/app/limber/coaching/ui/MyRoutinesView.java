package app.limber.coaching.ui;

import app.limber.base.ui.ListedCard;
import app.limber.account.Role;
import app.limber.base.ui.CoachWords;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.coaching.AssignedRoutine;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.CoachReply;
import app.limber.coaching.MyHome;
import app.limber.coaching.Today;
import app.limber.coaching.SessionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.coaching.Plan;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An athlete's home: Today first (what their plans ask of them today, what is left this week,
 * what is on hand for a cramp), then the coach's replies they have not read yet (until My history
 * shows them), then the routines their coaches gave them, with what is new and the note it came with.
 */
@Route("my-routines")
@Menu(order = 1, title = "My routines", icon = "vaadin:heart-o")
@RolesAllowed(Role.ATHLETE_NAME)
public class MyRoutinesView extends Div implements HasDynamicTitle {

    public MyRoutinesView(AssignmentService assignments, SessionService sessions) {
        addClassNames("limber-page", "limber-my-routines");
        MyHome home = assignments.myHome();
        List<AssignedRoutine> mine = home.routines();
        List<CoachReply> replies = sessions.unreadReplies();
        add(new H1(getTranslation("my-routines.heading")));
        if (!mine.isEmpty()) {
            add(today(home.today()));
        }
        if (!replies.isEmpty()) {
            add(replies(replies, mine));
        }
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.HEART_O, getTranslation("my-routines.empty"),
                    getTranslation("my-routines.empty.next")));
            return;
        }
        var list = new Div();
        list.addClassName("limber-routine-list");
        mine.forEach(routine -> list.add(card(routine)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-routines.page-title");
    }

    /** Today: the day, the week's progress, each planned routine (due, done or later) and those on hand. */
    static Section today(Today today) {
        Locale locale = UserTime.of(UI.getCurrent()).locale();
        var section = new Section();
        section.addClassName("limber-today");
        section.getElement().setAttribute("aria-labelledby", "limber-today-heading");
        var heading = new H2(text("my-routines.today"));
        heading.setId("limber-today-heading");
        var day = new Paragraph(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(today.date())
                + (today.planned().isEmpty() ? "" : " \u00b7 " + today.weekProgressWords().shown()));
        day.addClassName("limber-today-date");
        section.add(heading, day);
        if (today.isEmpty()) {
            var nothing = new Paragraph(text("my-routines.today.nothing"));
            nothing.addClassName("limber-today-nothing");
            section.add(nothing);
        }
        if (!today.planned().isEmpty()) {
            var planned = new UnorderedList();
            planned.addClassName("limber-today-list");
            today.planned().forEach(entry -> planned.add(todayItem(entry, locale)));
            section.add(planned);
        }
        if (!today.onHand().isEmpty()) {
            var onHandHeading = new H3(text("my-routines.today.on-hand"));
            var onHand = new UnorderedList();
            onHand.addClassName("limber-today-list");
            for (AssignedRoutine routine : today.onHand()) {
                onHand.add(item(routine, "limber-today-on-hand", Words.label(Plan.Kind.ON_CRAMP).shown(), true));
            }
            section.add(onHandHeading, onHand);
        }
        var zone = new Paragraph(text("my-routines.today.zone", today.zone().getId()));
        zone.addClassName("limber-today-zone");
        var settings = new Anchor("settings", text("my-routines.today.change-zone"));
        settings.getElement().setAttribute("router-link", true);
        zone.add(new com.vaadin.flow.component.Text(" "), settings);
        section.add(zone);
        return section;
    }

    private static ListItem todayItem(Today.Entry entry, Locale locale) {
        String plan = entry.routine().plan().label();
        Words progress = entry.progressWords();
        return switch (entry.state()) {
            case DUE -> item(entry.routine(), "limber-today-due", text("my-routines.today.due", plan, progress), true);
            case DONE -> item(entry.routine(), "limber-today-done", text(entry.routine().doneToday()
                    ? "my-routines.today.done-today" : "my-routines.today.done-this-week", plan, progress), false);
            case LATER -> item(entry.routine(), "limber-today-later", entry.nextDay() == null
                    ? text("my-routines.today.left", plan, progress)
                    : text("my-routines.today.next", plan, progress, entry.nextDay().getDisplayName(TextStyle.FULL, locale)), false);
        };
    }

    /** A text in the current UI's language, for the static parts of this view. */
    private static String text(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    private static ListItem item(AssignedRoutine routine, String state, String line, boolean start) {
        var item = new ListItem();
        item.addClassNames("limber-today-item", state);
        if (state.equals("limber-today-done")) {
            var tick = VaadinIcon.CHECK_CIRCLE.create();
            tick.addClassName("limber-today-tick");
            tick.getElement().setAttribute("aria-hidden", "true");
            item.add(tick);
        }
        var title = new Span(routine.title());
        title.addClassName("limber-today-title");
        var words = new Span(line);
        words.addClassName("limber-today-line");
        var text = new Div(title, words);
        text.addClassName("limber-today-text");
        item.add(text);
        if (start) {
            item.add(startLink(routine));
        }
        return item;
    }

    /** One tap: the player starts the countdown at once (its "start" parameter). */
    private static Anchor startLink(AssignedRoutine routine) {
        var start = new Anchor("my-routines/" + routine.routineId() + "/play?start", text("my-routines.start"));
        start.getElement().setAttribute("router-link", true);
        start.addClassNames("limber-start-link");
        start.getElement().setAttribute("aria-label", text("my-routines.start.aria-label", routine.title()));
        return start;
    }

    /** "Your coach replied": each unread reply with the routine and day of its session, and a way to My history. */
    private static Card replies(List<CoachReply> replies, List<AssignedRoutine> mine) {
        Map<Long, String> titles = mine.stream().collect(Collectors.toMap(AssignedRoutine::routineId, AssignedRoutine::title));
        UserTime time = UserTime.of(UI.getCurrent());
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("limber-unread-replies");
        card.getElement().setAttribute("aria-label", text("my-routines.replies"));
        card.setTitle(new Span(text("my-routines.replies")));
        card.setHeaderSuffix(new Badge(text("my-routines.replies.new")));
        for (CoachReply reply : replies) {
            String title = titles.get(reply.routineId());
            String session = (title == null ? text("my-routines.replies.your-session") : title) + ", " + time.day(reply.sessionFinishedAt());
            var words = new CoachWords(session, reply.text());
            words.addClassName("limber-unread-reply");
            card.add(words);
        }
        var history = new Anchor("my-history", text("my-routines.replies.read", replies.size()));
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
        var facts = new StringBuilder(text("my-routines.card.from", routine.coach()));
        if (routine.purpose() != null) {
            facts.append(" · ").append(Words.label(routine.purpose()).shown());
        }
        facts.append(" · ").append(text("my-routines.card.steps", routine.steps()))
                .append(" · ").append(Durations.approximately(routine.estimatedSeconds(), routine.untilReleased()));
        card.setSubtitle(new Span(facts.toString()));
        var done = new Div(routine.lastDone() == null ? text("my-routines.card.not-done")
                : text("my-routines.card.last-done", UserTime.of(UI.getCurrent()).day(routine.lastDone())));
        done.addClassName("limber-last-done");
        card.add(done);
        if (!routine.plan().label().isEmpty()) {
            var plan = new Div(text("my-routines.card.plan", routine.plan().label()));
            plan.addClassName("limber-schedule-plan");
            card.add(plan);
        }
        if (!routine.scheduleHint().isEmpty()) {
            var hint = new Div(text("my-routines.card.when", routine.scheduleHint()));
            hint.addClassName("limber-schedule-hint");
            card.add(hint);
        }
        card.addToFooter(startLink(routine));
        if (routine.newVersion()) {
            card.setHeaderSuffix(new Badge(text("my-routines.card.new-version")));
            var changes = new UnorderedList();
            routine.changesSinceSeen().forEach(change -> changes.add(new ListItem(change)));
            changes.addClassName("limber-new-changes");
            card.add(changes);
        }
        if (!routine.publishNote().isEmpty()) {
            card.add(publishNote(routine.coach(), routine.publishNote()));
        }
        return card;
    }

    /** "Note from Casey: …", the note a coach published a version with, in the reader's language. */
    static CoachWords publishNote(String coach, String note) {
        var words = new CoachWords(coach == null || coach.isBlank() ? text("my-routines.note-from-your-coach")
                : text("my-routines.note-from", coach), note);
        words.addClassName("limber-publish-note");
        return words;
    }
}
