package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.Refusal;
import app.limber.base.Words;
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
    private String name = getTranslation("coach-home.athlete");

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
        var back = new Anchor("athletes", getTranslation("athlete-page.all"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("limber-back-link");
        String joined = getTranslation("athletes.joined", time.day(page.joinedAt()));
        var who = new Span(page.groups().isEmpty() ? joined : String.join(", ", page.groups()) + " \u00b7 " + joined);
        who.addClassName("limber-athlete-who");
        Words week = counted(page.complete7(), page.partial7());
        Words month = counted(page.complete30(), page.partial30());
        adherence.setText(page.plan() == null ? getTranslation("athlete-page.adherence", week, month)
                : getTranslation(page.plan().behind() ? "athlete-page.adherence-behind" : "athlete-page.adherence-plan",
                page.plan().words(), week, month));

        given.removeAll();
        if (page.given().isEmpty()) {
            given.add(new Paragraph(getTranslation("athlete-page.nothing-given")));
        }
        for (GivenRoutine routine : page.given()) {
            var title = new Span(routine.title() + " · v" + routine.version());
            title.addClassName("limber-given-title");
            var plan = new Span(planWords(routine.plan(), time).shown());
            plan.addClassName("limber-given-plan");
            var when = new Span((routine.scheduleHint().isBlank() ? "" : routine.scheduleHint() + " · ")
                    + (routine.lastDone() == null ? getTranslation("athlete-page.not-done")
                    : getTranslation("athlete-page.last-done", time.day(routine.lastDone()))));
            when.addClassName("limber-given-when");
            var change = new Button(getTranslation("athlete-page.change-plan"), click -> changePlan(routine));
            change.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("athlete-page.change-plan-aria", routine.title()));
            var row = new Div(title, plan, when, change);
            row.addClassName("limber-given-row");
            given.add(row);
        }

        attention.show(page.attention());
        history.removeAll();
        for (AttentionItem item : page.acknowledged()) {
            var row = new Paragraph(getTranslation("athlete-page.acknowledged-row", item.why(), time.day(item.acknowledgedAt())));
            row.addClassName("limber-attention-acknowledged");
            history.add(row);
        }

        showPainTrend(page.sessions());

        timeline.removeAll();
        replies.clear();
        if (page.sessions().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("athlete-page.no-sessions")));
        }
        for (SessionSummary session : page.sessions()) {
            var card = new SessionCard(session, false, true);
            var reply = new ReplyForm(session);
            replies.put(session.sessionId(), reply);
            card.add(reply);
            timeline.add(card);
        }

        add(back, new H1(page.name()), who, adherence,
                new H2(getTranslation("coach-home.needs-attention")), attention);
        if (!page.acknowledged().isEmpty()) {
            add(new H2(getTranslation("athlete-page.acknowledged")), history);
        }
        add(new H2(getTranslation("athlete-page.given")), given, new H2(getTranslation("athlete-page.pain-trend")), painTrend,
                new H2(getTranslation("athlete-page.sessions")), timeline);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** "Mon, Wed, Fri from 24 Nov 2026 to 20 Dec 2026", "3× a week from …", "When a cramp starts", "No plan". */
    static Words planWords(Plan plan, UserTime time) {
        if (!plan.plansSessions()) {
            return Words.label(plan.kind());
        }
        return plan.ends() == null ? Words.of("athlete-page.plan-from", plan.words(), time.day(plan.starts()))
                : Words.of("athlete-page.plan-from-to", plan.words(), time.day(plan.starts()), time.day(plan.ends()));
    }

    /** The plan of one routine given to this athlete, changed in a dialog; a refused plan changes nothing. */
    void changePlan(GivenRoutine routine) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("athlete-page.plan-for", routine.title()));
        var fields = new PlanFields(UserTime.of(UI.getCurrent()).today(clock));
        fields.show(routine.plan());
        var save = new Button(getTranslation("athlete-page.save-plan"));
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                assignments.changePlan(routine.routineId(), athleteId, fields.value());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("athlete-page.plan-saved", name));
                refresh();
            } catch (InvalidPlanException refused) {
                fields.showProblem(refused);
            } catch (AthleteNotFoundException gone) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("coach-dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static Words counted(int complete, int partial) {
        return Words.of("athlete-page.counted", complete, partial);
    }

    /** One bar per session that recorded a level, oldest first, with the numbers as text for screen readers. */
    private void showPainTrend(List<SessionSummary> newestFirst) {
        painTrend.removeAll();
        List<SessionSummary> rated = new ArrayList<>(newestFirst.stream().filter(session -> session.painLevel() != null).limit(30).toList());
        java.util.Collections.reverse(rated);
        if (rated.isEmpty()) {
            painTrend.add(new Paragraph(getTranslation("athlete-page.no-pain-levels")));
            painTrend.getElement().removeAttribute("role");
            return;
        }
        painTrend.getElement().setAttribute("role", "img");
        painTrend.getElement().setAttribute("aria-label", getTranslation("athlete-page.pain-aria", rated.size(),
                String.join(", ", rated.stream().map(session -> String.valueOf(session.painLevel())).toList())));
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
        var caption = new Span(getTranslation("athlete-page.pain-caption", latest, highest, rated.size()));
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
            text.setLabel(getTranslation("athlete-page.reply-to", name));
            text.setMaxLength(SessionService.MAX_REPLY);
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            text.setHelperText(getTranslation("athlete-page.reply-helper", SessionService.MAX_REPLY, name));
            text.addValueChangeListener(change -> text.setInvalid(false));
            text.setManualValidation(true);
            sent.addClassName("limber-reply-sent");
            send.setDisableOnClick(true);
            send.addClickListener(click -> send(session));
            if (session.reply() != null) {
                sent.setText(getTranslation("athlete-page.you-replied", session.reply()));
                text.setValue(session.reply());
                send.setText(getTranslation("athlete-page.change-reply"));
            } else {
                sent.setVisible(false);
                send.setText(getTranslation("athlete-page.send-reply"));
            }
            add(sent, text, send);
        }

        void send(SessionSummary session) {
            try {
                sessions.reply(session.sessionId(), text.getValue());
                sent.setText(getTranslation("athlete-page.you-replied", text.getValue().strip()));
                sent.setVisible(true);
                send.setText(getTranslation("athlete-page.change-reply"));
            } catch (InvalidSessionException refused) {
                // the session's refusals are the athlete side's: in words where they are a Refusal
                text.setErrorMessage(refused instanceof Refusal words ? words.words().shown() : refused.getMessage());
                text.setInvalid(true);
            } catch (SessionNotFoundException gone) {
                text.setErrorMessage(getTranslation("athlete-page.reply-gone", name));
                text.setInvalid(true);
            } catch (DataAccessException | TransactionException failure) {
                text.setErrorMessage(getTranslation("athlete-page.reply-failed"));
                text.setInvalid(true);
            } finally {
                send.setEnabled(true);
            }
        }
    }
}
