package app.limber.player.ui;

import app.limber.account.AccountService;
import app.limber.base.ui.EmptyState;
import app.limber.player.PlayerService;
import app.limber.sharing.AnonymousShareSessions;
import app.limber.sharing.ShareLinkGoneException;
import app.limber.sharing.ShareLookupThrottle;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anyone holding a share link plays its routine: the same player athletes use, read-only,
 * without an account or the app's navigation. A page load passes the web edge first (a wrong,
 * expired or revoked token gets the 404 page there); a navigation inside the app is counted
 * against the same rate limit here. A link revoked while the page is open stops the player at
 * its next action.
 */
@Route(value = "s/:token/play", autoLayout = false)
@AnonymousAllowed
public class PlaySharedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final PlayerService players;
    private final AnonymousShareSessions anonymousSessions;
    private final AccountService accounts;
    private final ShareLookupThrottle throttle;
    private Player player;

    public PlaySharedView(PlayerService players, AnonymousShareSessions anonymousSessions, AccountService accounts,
                          ShareLookupThrottle throttle) {
        this.players = players;
        this.throttle = throttle;
        this.anonymousSessions = anonymousSessions;
        this.accounts = accounts;
        addClassNames("limber-player-view", "limber-shared-player");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (accounts.currentUserId().isEmpty() && VaadinSession.getCurrent() != null) {
            anonymousSessions.shorten(VaadinSession.getCurrent().getSession());
        }
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        if (!throttle.tryViewLookup(token)) {
            player = null;
            add(new EmptyState(VaadinIcon.HOURGLASS, getTranslation("share-link.too-many-title"), getTranslation("share-link.too-many")));
            return;
        }
        boolean startAtOnce = event.getLocation().getQueryParameters().getParameters().containsKey(Player.START_AT_ONCE);
        player = players.playShared(token).map(source -> new Player(source, startAtOnce)).orElse(null);
        if (player == null) {
            add(new EmptyState(VaadinIcon.UNLINK, ShareLinkGoneException.GONE.shown(), ShareLinkGoneException.GONE_EXPLANATION.shown()));
            return;
        }
        add(player);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // no account, no stored choice: follow the device's light or dark setting
        attachEvent.getUI().getPage().setColorScheme(ColorScheme.Value.LIGHT_DARK);
    }

    Player player() {
        return player;
    }

    @Override
    public String getPageTitle() {
        return (player == null ? ShareLinkGoneException.GONE.shown() : player.title()) + " \u00b7 Limber";
    }
}
