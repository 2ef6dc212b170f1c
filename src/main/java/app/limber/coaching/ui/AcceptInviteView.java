package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.coaching.RosterService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Log in to join": a protected address, so an athlete who is not logged in is sent to log
 * in and brought back here; from here they go to the invite page, which asks them to
 * confirm (opening a link never joins anyone by itself).
 */
@Route("join/:token/accept")
@RolesAllowed(Role.ATHLETE_NAME)
public class AcceptInviteView extends Div implements BeforeEnterObserver {

    private final RosterService roster;

    public AcceptInviteView(RosterService roster) {
        this.roster = roster;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get(JoinView.TOKEN).orElse("");
        event.forwardTo(JoinView.class, new RouteParameters(JoinView.TOKEN, token));
    }
}
