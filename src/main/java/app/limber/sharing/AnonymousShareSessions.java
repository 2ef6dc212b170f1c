package app.limber.sharing;

import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Keeps anonymous share-link viewers cheap: a session that no one is signed in to gets a
 * short idle timeout when it opens a share page. An open tab stays alive through Vaadin's
 * heartbeat (every 5 minutes); a closed one is gone soon after.
 */
@Component
public class AnonymousShareSessions {

    private final int anonymousSeconds;

    AnonymousShareSessions(ShareLinkSettings settings) {
        this.anonymousSeconds = Math.toIntExact(settings.anonymousSessionTimeout().toSeconds());
    }

    /** Gives an anonymous viewer's session the short idle timeout. */
    public void shorten(WrappedSession session) {
        session.setMaxInactiveInterval(anonymousSeconds);
    }
}
