package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.AthleteWeek;
import app.limber.coaching.CoachHome;
import app.limber.coaching.CoachHomeService;
import app.limber.coaching.SessionSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

    final AttentionList attention;
    final Div week = new Div();
    final Div recent = new Div();

    private final CoachHomeService home;

    public CoachHomeView(CoachHomeService home) {
        this.home = home;
        this.attention = new AttentionList(home, true, this::refresh);
        addClassNames("limber-page", "limber-coach-home");
        week.addClassName("limber-week");
        recent.addClassName("limber-recent");
        refresh();
    }

    void refresh() {
        removeAll();
        CoachHome seen = home.home();
        add(new H2("Home"));
        if (seen.noAthletesYet()) {
            add(firstSteps());
            return;
        }
        attention.show(seen.attention());
        week.removeAll();
        for (AthleteWeek athlete : seen.week()) {
            week.add(weekRow(athlete));
        }
        recent.removeAll();
        if (seen.recent().isEmpty()) {
            recent.add(new Paragraph("No sessions in the last two weeks."));
        }
        for (SessionSummary session : seen.recent()) {
            recent.add(new SessionCard(session, true, false));
        }
        add(new H3("Needs attention"), attention, new H3("This week"), week, new H3("Recent sessions"), recent);
    }

    private static Div weekRow(AthleteWeek athlete) {
        var name = new Anchor("athletes/" + athlete.athleteId(), athlete.athlete());
        name.getElement().setAttribute("router-link", true);
        name.addClassName("limber-week-name");
        String done = athlete.complete() + " complete" + (athlete.partial() > 0 ? ", " + athlete.partial() + " partial" : "");
        var count = new Span(athlete.given() == 0 ? done + " · nothing given yet"
                : done + " of " + athlete.given() + (athlete.given() == 1 ? " routine given" : " routines given"));
        count.addClassName("limber-week-count");
        var row = new Div(name, count);
        row.addClassName("limber-week-row");
        row.getElement().setAttribute("data-athlete", String.valueOf(athlete.athleteId()));
        return row;
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
