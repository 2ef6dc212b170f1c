package app.limber.player.ui;

import app.limber.account.AccountService;
import app.limber.account.ColorScheme;
import app.limber.account.Role;
import app.limber.account.SignedInUser;
import com.vaadin.flow.component.AttachEvent;
import app.limber.player.PlayerService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * An athlete plays one of their assigned routines, full screen (no app navigation: the clock
 * gets the room, and an open player stays small on the server). Anyone else's routine is not found.
 */
@Route(value = "my-routines/:id([0-9]{1,18})/play", autoLayout = false)
@RolesAllowed(Role.ATHLETE_NAME)
public class PlayAssignedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PlayerService players;
    private final AccountService accounts;
    private Player player;

    public PlayAssignedView(PlayerService players, AccountService accounts) {
        this.players = players;
        this.accounts = accounts;
        addClassName("limber-player-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the athlete's own light or dark choice, as the app layout would apply it
        boolean dark = accounts.currentUser().map(SignedInUser::colorScheme).orElse(null) == ColorScheme.DARK;
        attachEvent.getUI().getPage().setColorScheme(dark ? com.vaadin.flow.component.page.ColorScheme.Value.DARK
                : com.vaadin.flow.component.page.ColorScheme.Value.LIGHT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean startAtOnce = event.getLocation().getQueryParameters().getParameters().containsKey(Player.START_AT_ONCE);
        player = event.getRouteParameters().getLong(ID).flatMap(players::playAssigned)
                .map(source -> new Player(source, startAtOnce)).orElse(null);
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
        return player == null ? getTranslation("player.page-title") : player.title() + " · Limber";
    }
}
