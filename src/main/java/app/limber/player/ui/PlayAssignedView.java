package app.limber.player.ui;

import app.limber.account.Role;
import app.limber.player.PlayerService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An athlete plays one of their assigned routines. Anyone else's routine is not found. */
@Route("my-routines/:id([0-9]{1,18})/play")
@RolesAllowed(Role.ATHLETE_NAME)
public class PlayAssignedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PlayerService players;
    private Player player;

    public PlayAssignedView(PlayerService players) {
        this.players = players;
        addClassName("limber-player-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        player = event.getRouteParameters().getLong(ID).flatMap(players::playAssigned).map(Player::new).orElse(null);
        if (player == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(player);
    }

    Player player() {
        return player;
    }

    @Override
    public String getPageTitle() {
        return (player == null ? "Play" : player.title()) + " · Limber";
    }
}
