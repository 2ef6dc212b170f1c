package app.limber.coaching.ui;

import app.limber.account.Role;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a coach lands: what needs attention, each athlete's week, and the recent sessions with
 * how they felt, pain and the athlete's note. A new coach is led through the first steps.
 */
@Route("home")
@PageTitle("Home · Limber")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@RolesAllowed(Role.COACH_NAME)
public class CoachHomeView extends Div {

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
                .setHeader("Athlete").setComparator(AthleteWeek::athlete).setFlexGrow(2);
        week.addColumn(AthleteWeek::complete).setHeader("Complete").setComparator(AthleteWeek::complete);
        week.addColumn(AthleteWeek::partial).setHeader("Partial").setComparator(AthleteWeek::partial);
        week.addColumn(AthleteWeek::given).setHeader("Routines given").setComparator(AthleteWeek::given);
        week.addColumn(CoachHomeView::againstPlan).setHeader("Plan").setKey("plan")
                .setComparator(athlete -> athlete.plan() == null ? -1 : athlete.plan().done() - athlete.plan().planned());
        week.addColumn(athlete -> attentionCount.getOrDefault(athlete.athleteId(), 0L)).setHeader("Needs attention")
                .setComparator(athlete -> attentionCount.getOrDefault(athlete.athleteId(), 0L));
        week.setAriaLabel("This week: sessions done by each athlete");
        moreAttention.addClassName("limber-attention-more");
        recent.addClassName("limber-recent");
        refresh();
    }

    void refresh() {
        removeAll();
        CoachHome seen = home.home();
        add(new H1("Home"));
        if (seen.noAthletesYet()) {
            add(firstSteps());
            return;
        }
        attention.show(seen.attention().stream().limit(ATTENTION_SHOWN).toList());
        int more = seen.attention().size() - ATTENTION_SHOWN;
        moreAttention.setText(more > 0 ? more + " more need your attention: the oldest are on each athlete's page (see \u201cNeeds attention\u201d below)." : "");
        moreAttention.setVisible(more > 0);
        attentionCount = seen.attention().stream().collect(Collectors.groupingBy(AttentionItem::athleteId, Collectors.counting()));
        week.setItems(seen.week());
        // a short roster shows whole; a long one scrolls inside the grid (and renders only what shows)
        week.setAllRowsVisible(seen.week().size() <= WEEK_ROWS_WHOLE);
        week.setHeight(seen.week().size() <= WEEK_ROWS_WHOLE ? null : "28rem");
        recent.removeAll();
        if (seen.recent().isEmpty()) {
            recent.add(new Paragraph("No sessions in the last two weeks."));
        }
        for (SessionSummary session : seen.recent()) {
            recent.add(new SessionCard(session, true, false));
        }
        add(new H2("Needs attention"), attention, moreAttention, new H2("This week"), week, new H2("Recent sessions"), recent);
    }

    /** "2 of 3 this week", "1 of 3 this week · behind plan", or "no plan" (the week is then measured as before). */
    static String againstPlan(AthleteWeek athlete) {
        if (athlete.plan() == null) {
            return "no plan";
        }
        return athlete.plan().label() + (athlete.plan().behind() ? " \u00b7 behind plan" : "");
    }

    private static EmptyState firstSteps() {
        return new EmptyState(VaadinIcon.HANDS_UP, "Your first athlete session, in four steps",
                "Make a routine from the stretch library, publish it, then invite an athlete to give it to, or share a link with anyone.",
                link("1. Make a routine", "routines"), link("2. Publish it", "routines"),
                link("3. Invite an athlete", "athletes"), link("4. Or share a link", "routines"));
    }

    private static Anchor link(String text, String path) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("limber-first-step");
        return link;
    }
}
