package app.limber.coaching.ui;

import app.limber.account.Role;
import com.vaadin.flow.router.NotFoundException;
import app.limber.base.ui.UserTime;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.AthleteNotFoundException;
import app.limber.coaching.InvalidPlanException;
import app.limber.coaching.Plan;
import app.limber.coaching.AthletePage;
import app.limber.coaching.AttentionItem;
import app.limber.coaching.CoachHomeService;
import app.limber.coaching.GivenRoutine;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.SessionNotFoundException;
import app.limber.coaching.SessionService;
import app.limber.coaching.SessionSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the coach's athletes: who they are and how they keep up, what they have been given,
 * what needs (or needed) attention, a pain trend, and every session with its steps, to which the
 * coach can reply in a short text. Another coach's athlete is not found.
 */
@Route("athletes/:id([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class AthleteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    final Span adherence = new Span();
    final Div given = new Div();
    final Div painTrend = new Div();
    final Div timeline = new Div();
    final Div history = new Div();
    final AttentionList attention;
    /** The reply form of each session shown, by session id. */
    final Map<Long, ReplyForm> replies = new HashMap<>();

    private final CoachHomeService home;
    private final SessionService sessions;
    private final AssignmentService assignments;
    private final java.time.Clock clock;
    private long athleteId;
    private String name = "Athlete";

    public AthleteView(CoachHomeService home, SessionService sessions, AssignmentService assignments, java.time.Clock clock) {
        this.home = home;
        this.sessions = sessions;
        this.assignments = assignments;
        this.clock = clock;
        this.attention = new AttentionList(home, false, this::refresh);
        addClassNames("limber-page", "limber-athlete-page");
        given.addClassName("limber-given");
        painTrend.addClassName("limber-pain-trend");
        timeline.addClassName("limber-timeline");
        history.addClassName("limber-attention-history");
        adherence.addClassName("limber-adherence");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        athleteId = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            show(home.athlete(athleteId));
        } catch (AthleteNotFoundException notOurs) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return name + " · Limber";
    }

    void refresh() {
        try {
            show(home.athlete(athleteId));
        } catch (AthleteNotFoundException removed) {
            UI.getCurrent().navigate(AthletesView.class);
        }
    }

    private void show(AthletePage page) {
        name = page.name();
        UserTime time = UserTime.of(UI.getCurrent());
        removeAll();
        var back = new Anchor("athletes", "All athletes");
        back.getElement().setAttribute("router-link", true);
        back.addClassName("limber-back-link");
        var who = new Span((page.groups().isEmpty() ? "" : String.join(", ", page.groups()) + " · ") + "joined " + time.day(page.joinedAt()));
        who.addClassName("limber-athlete-who");
        adherence.setText((page.plan() == null ? "" : "Plan: " + page.plan().label()
                + (page.plan().behind() ? " (behind plan)" : "") + " \u00b7 ")
                + "Last 7 days: " + counted(page.complete7(), page.partial7())
                + " · last 30 days: " + counted(page.complete30(), page.partial30()));

        given.removeAll();
        if (page.given().isEmpty()) {
            given.add(new Paragraph("Nothing given yet. Give a routine from its editor (\u201cGive to athletes\u201d)."));
        }
        for (GivenRoutine routine : page.given()) {
            var title = new Span(routine.title() + " · v" + routine.version());
            title.addClassName("limber-given-title");
            var plan = new Span(planWords(routine.plan(), time));
            plan.addClassName("limber-given-plan");
            var when = new Span((routine.scheduleHint().isBlank() ? "" : routine.scheduleHint() + " · ")
                    + (routine.lastDone() == null ? "not done yet" : "last done " + time.day(routine.lastDone())));
            when.addClassName("limber-given-when");
            var change = new Button("Change plan", click -> changePlan(routine));
            change.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", "Change the plan of " + routine.title());
            var row = new Div(title, plan, when, change);
            row.addClassName("limber-given-row");
            given.add(row);
        }

        attention.show(page.attention());
        history.removeAll();
        for (AttentionItem item : page.acknowledged()) {
            var row = new Paragraph(item.why() + " Acknowledged " + time.day(item.acknowledgedAt()) + ".");
            row.addClassName("limber-attention-acknowledged");
            history.add(row);
        }

        showPainTrend(page.sessions());

        timeline.removeAll();
        replies.clear();
        if (page.sessions().isEmpty()) {
            timeline.add(new Paragraph("No sessions yet."));
        }
        for (SessionSummary session : page.sessions()) {
            var card = new SessionCard(session, false, true);
            var reply = new ReplyForm(session);
            replies.put(session.sessionId(), reply);
            card.add(reply);
            timeline.add(card);
        }

        add(back, new H1(page.name()), who, adherence,
                new H2("Needs attention"), attention);
        if (!page.acknowledged().isEmpty()) {
            add(new H2("Acknowledged"), history);
        }
        add(new H2("Given"), given, new H2("Pain over time"), painTrend, new H2("Sessions"), timeline);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** "Mon, Wed, Fri from 24 Nov 2026 to 20 Dec 2026", "3× a week from …", "When a cramp starts", "No plan". */
    static String planWords(Plan plan, UserTime time) {
        if (!plan.plansSessions()) {
            return plan.kind().label();
        }
        return plan.label() + " from " + time.day(plan.starts()) + (plan.ends() == null ? "" : " to " + time.day(plan.ends()));
    }

    /** The plan of one routine given to this athlete, changed in a dialog; a refused plan changes nothing. */
    void changePlan(GivenRoutine routine) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Plan for \u201c" + routine.title() + "\u201d");
        var fields = new PlanFields(UserTime.of(UI.getCurrent()).today(clock));
        fields.show(routine.plan());
        var save = new Button("Save plan");
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                assignments.changePlan(routine.routineId(), athleteId, fields.value());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show("Plan saved: " + name + " sees it on Today.");
                refresh();
            } catch (InvalidPlanException refused) {
                fields.showProblem(refused);
            } catch (AthleteNotFoundException gone) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(fields);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static String counted(int complete, int partial) {
        return complete + " complete, " + partial + " partial";
    }

    /** One bar per session that recorded a level, oldest first, with the numbers as text for screen readers. */
    private void showPainTrend(List<SessionSummary> newestFirst) {
        painTrend.removeAll();
        List<SessionSummary> rated = new ArrayList<>(newestFirst.stream().filter(session -> session.painLevel() != null).limit(30).toList());
        java.util.Collections.reverse(rated);
        if (rated.isEmpty()) {
            painTrend.add(new Paragraph("No pain levels recorded yet."));
            painTrend.getElement().removeAttribute("role");
            return;
        }
        painTrend.getElement().setAttribute("role", "img");
        painTrend.getElement().setAttribute("aria-label", "Pain, 0 to 10, over the last " + rated.size() + " sessions, oldest first: "
                + String.join(", ", rated.stream().map(session -> String.valueOf(session.painLevel())).toList()));
        UserTime time = UserTime.of(UI.getCurrent());
        var bars = new Div();
        bars.addClassName("limber-pain-bars");
        for (SessionSummary session : rated) {
            var bar = new Div();
            bar.addClassName("limber-pain-bar");
            bar.getStyle().set("--level", String.valueOf(session.painLevel()));
            bar.getElement().setAttribute("title", time.day(session.finishedAt()) + ": " + session.painLevel() + "/10");
            bar.getElement().setAttribute("data-level", String.valueOf(session.painLevel()));
            bars.add(bar);
        }
        int latest = rated.getLast().painLevel();
        int highest = rated.stream().mapToInt(SessionSummary::painLevel).max().orElse(0);
        var caption = new Span("Latest " + latest + "/10 · highest " + highest + "/10 over the last " + rated.size()
                + (rated.size() == 1 ? " session" : " sessions") + ", oldest on the left");
        caption.addClassName("limber-pain-caption");
        caption.getElement().setAttribute("aria-hidden", "true");
        painTrend.add(bars, caption);
    }

    /** The coach's short reply to one session; what was typed stays until it is stored. */
    final class ReplyForm extends Div {

        final TextArea text = new TextArea();
        final Button send = new Button();
        final Paragraph sent = new Paragraph();

        ReplyForm(SessionSummary session) {
            addClassName("limber-reply");
            text.setLabel("Reply to " + name);
            text.setMaxLength(SessionService.MAX_REPLY);
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            text.setHelperText("Up to " + SessionService.MAX_REPLY + " characters. " + name + " sees it in their history.");
            text.addValueChangeListener(change -> text.setInvalid(false));
            text.setManualValidation(true);
            sent.addClassName("limber-reply-sent");
            send.setDisableOnClick(true);
            send.addClickListener(click -> send(session));
            if (session.reply() != null) {
                sent.setText("You replied: " + session.reply());
                text.setValue(session.reply());
                send.setText("Change reply");
            } else {
                sent.setVisible(false);
                send.setText("Send reply");
            }
            add(sent, text, send);
        }

        void send(SessionSummary session) {
            try {
                sessions.reply(session.sessionId(), text.getValue());
                sent.setText("You replied: " + text.getValue().strip());
                sent.setVisible(true);
                send.setText("Change reply");
            } catch (InvalidSessionException refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            } catch (SessionNotFoundException gone) {
                text.setErrorMessage(name + " is no longer on your roster, so the reply was not sent.");
                text.setInvalid(true);
            } catch (DataAccessException | TransactionException failure) {
                text.setErrorMessage("Not sent: the database did not answer. Your reply is still here; send it again in a moment.");
                text.setInvalid(true);
            } finally {
                send.setEnabled(true);
            }
        }
    }
}
