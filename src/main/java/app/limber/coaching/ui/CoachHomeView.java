package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.Words;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.AthleteWeek;
import app.limber.coaching.AttentionItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Map;
import java.util.stream.Collectors;
import app.limber.coaching.CoachHome;
import app.limber.coaching.CoachHomeService;
import app.limber.coaching.SessionSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a coach lands: what needs attention, each athlete's week, and the recent sessions with
 * how they felt, pain and the athlete's note. A new coach is led through the first steps.
 */
@Route("home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@RolesAllowed(Role.COACH_NAME)
public class CoachHomeView extends Div implements HasDynamicTitle {

    /** The home shows this many items that need attention, newest first; the rest are counted. */
    static final int ATTENTION_SHOWN = 25;
    /** Up to this many athletes, the week shows every row without scrolling. */
    static final int WEEK_ROWS_WHOLE = 12;

    final AttentionList attention;
    final Paragraph moreAttention = new Paragraph();
    final Grid<AthleteWeek> week = new Grid<>();
    final Div recent = new Div();

    private final CoachHomeService home;
    private Map<Long, Long> attentionCount = Map.of();

    public CoachHomeView(CoachHomeService home) {
        this.home = home;
        this.attention = new AttentionList(home, true, this::refresh);
        addClassNames("limber-page", "limber-coach-home");
        week.addClassName("limber-week");
        week.addColumn(LitRenderer.<AthleteWeek>of("<a href=\"athletes/${item.id}\" router-link>${item.name}</a>")
                        .withProperty("id", AthleteWeek::athleteId).withProperty("name", AthleteWeek::athlete))
                .setHeader(getTranslation("coach-home.athlete")).setComparator(AthleteWeek::athlete).setFlexGrow(2);
        week.addColumn(AthleteWeek::complete).setHeader(getTranslation("coach-home.complete")).setComparator(AthleteWeek::complete);
        week.addColumn(AthleteWeek::partial).setHeader(getTranslation("coach-home.partial")).setComparator(AthleteWeek::partial);
        week.addColumn(AthleteWeek::given).setHeader(getTranslation("coach-home.given")).setComparator(AthleteWeek::given)
                .setAutoWidth(true);
        week.addColumn(CoachHomeView::againstPlan).setHeader(getTranslation("plan-words.plan")).setKey("plan")
                .setComparator(athlete -> athlete.plan() == null ? -1 : athlete.plan().done() - athlete.plan().planned());
        week.addColumn(athlete -> attentionCount.getOrDefault(athlete.athleteId(), 0L)).setHeader(getTranslation("coach-home.needs-attention"))
                .setComparator(athlete -> attentionCount.getOrDefault(athlete.athleteId(), 0L)).setAutoWidth(true); // long headers in German
        week.setAriaLabel(getTranslation("coach-home.week-aria"));
        moreAttention.addClassName("limber-attention-more");
        recent.addClassName("limber-recent");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach-home.page-title");
    }

    void refresh() {
        removeAll();
        CoachHome seen = home.home();
        add(new H1(getTranslation("coach-home.title")));
        if (seen.noAthletesYet()) {
            add(firstSteps());
            return;
        }
        attention.show(seen.attention().stream().limit(ATTENTION_SHOWN).toList());
        int more = seen.attention().size() - ATTENTION_SHOWN;
        moreAttention.setText(more > 0 ? getTranslation("coach-home.more", more) : "");
        moreAttention.setVisible(more > 0);
        attentionCount = seen.attention().stream().collect(Collectors.groupingBy(AttentionItem::athleteId, Collectors.counting()));
        week.setItems(seen.week());
        // a short roster shows whole; a long one scrolls inside the grid (and renders only what shows)
        week.setAllRowsVisible(seen.week().size() <= WEEK_ROWS_WHOLE);
        week.setHeight(seen.week().size() <= WEEK_ROWS_WHOLE ? null : "28rem");
        recent.removeAll();
        if (seen.recent().isEmpty()) {
            recent.add(new Paragraph(getTranslation("coach-home.no-recent")));
        }
        for (SessionSummary session : seen.recent()) {
            recent.add(new SessionCard(session, true, false));
        }
        add(new H2(getTranslation("coach-home.needs-attention")), attention, moreAttention, new H2(getTranslation("coach-home.this-week")), week,
                new H2(getTranslation("coach-home.recent")), recent);
    }

    /** "2 of 3 this week", "1 of 3 this week · behind plan", or "no plan" (the week is then measured as before). */
    static String againstPlan(AthleteWeek athlete) {
        if (athlete.plan() == null) {
            return Words.of("coach-home.no-plan").shown();
        }
        return athlete.plan().behind() ? Words.of("coach-home.behind", athlete.plan().words()).shown() : athlete.plan().words().shown();
    }

    private EmptyState firstSteps() {
        return new EmptyState(VaadinIcon.HANDS_UP, getTranslation("coach-home.first-steps"),
                getTranslation("coach-home.first-steps-text"),
                link(getTranslation("coach-home.step-1"), "routines"), link(getTranslation("coach-home.step-2"), "routines"),
                link(getTranslation("coach-home.step-3"), "athletes"), link(getTranslation("coach-home.step-4"), "routines"));
    }

    private static Anchor link(String text, String path) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("limber-first-step");
        return link;
    }
}
