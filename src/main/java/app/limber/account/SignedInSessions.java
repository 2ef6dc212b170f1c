package app.limber.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vaadin sessions of this node, so that deleting an account signs it out of every one of
 * its sessions: each open page of theirs goes to "Your account is deleted" and the session is
 * invalidated. Here at once once the deletion commits; on every other node when it hears the
 * notice ({@link AcrossNodes}, channel {@value #CHANNEL}) that the deletion sends as it commits.
 * A navigation asks nothing of the database, except while this node is not listening: then it
 * checks that the signed-in account still exists (one primary-key look-up), and when the node
 * listens again it checks every signed-in account here once (one query), so a deletion whose
 * notice was lost meanwhile still signs its sessions out.
 */
@Component
public class SignedInSessions implements VaadinServiceInitListener {

    /** Where a deleted account's pages go. */
    public static final String DELETED_PAGE = "account-deleted";

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /** The notices' channel: the deleted account's id. */
    public static final String CHANNEL = "account-deleted";

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final UserAccountRepository accounts;
    private final AcrossNodes notices;

    SignedInSessions(UserAccountRepository accounts, AcrossNodes notices) {
        this.accounts = accounts;
        this.notices = notices;
        notices.listen(CHANNEL, texts -> {
            for (String text : texts) {
                if (text.matches("\\d{1,18}")) {
                    signOut(Long.parseLong(text));
                }
            }
        }, this::signOutDeletedMeanwhile);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Long id = notices.listening() ? null : accountOf(SecurityContextHolder.getContext());
            if (id != null && !exists(id)) {
                SecurityContextHolder.clearContext();
                enter.getUI().getSession().getSession().removeAttribute(CONTEXT_KEY);
                enter.getUI().getPage().setLocation(DELETED_PAGE);
                enter.getUI().getSession().getSession().invalidate();
                enter.forwardTo(DELETED_PAGE);
            }
        }));
    }

    /**
     * In the deletion's transaction: every other node hears of it when it commits, and signs the
     * account out there; this node signs it out once it has committed (at once without a transaction).
     */
    void signOutEverywhere(long accountId) {
        notices.send(CHANNEL, Long.toString(accountId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signOut(accountId);
                }
            });
        } else {
            signOut(accountId);
        }
    }

    /** Every session of this account on this node: its pages go to the deleted page, the session ends. */
    void signOut(long accountId) {
        for (VaadinSession session : sessions) {
            WrappedSession wrapped = session.getSession();
            if (wrapped == null) {
                continue;
            }
            Long id = accountOf(session);
            if (id == null || id != accountId) {
                continue;
            }
            wrapped.removeAttribute(CONTEXT_KEY);
            if (VaadinSession.getCurrent() == session) {
                session.getUIs().forEach(ui -> ui.getPage().setLocation(DELETED_PAGE));
                wrapped.invalidate();
            } else {
                session.access(() -> {
                    session.getUIs().forEach(ui -> ui.getPage().setLocation(DELETED_PAGE));
                    session.getSession().invalidate();
                });
            }
        }
    }

    /** After a break in listening: every account signed in here that is gone is signed out (one query). */
    private void signOutDeletedMeanwhile() {
        Set<Long> signedIn = new HashSet<>();
        for (VaadinSession session : sessions) {
            Long id = accountOf(session);
            if (id != null) {
                signedIn.add(id);
            }
        }
        if (signedIn.isEmpty()) {
            return;
        }
        // a failure here (the database away) keeps the node from counting as listening; it tries again
        signedIn.removeAll(accounts.findExistingIds(signedIn));
        signedIn.forEach(this::signOut);
    }

    private boolean exists(long id) {
        try {
            return accounts.existsById(id);
        } catch (DataAccessException databaseDown) {
            log.debug("Could not check the account at navigation; letting it through", databaseDown);
            return true;
        }
    }

    /** The account signed in to the session; null for none, or a session already invalidated. */
    private static Long accountOf(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        if (wrapped == null) {
            return null;
        }
        try {
            return wrapped.getAttribute(CONTEXT_KEY) instanceof SecurityContext context ? accountOf(context) : null;
        } catch (IllegalStateException alreadyInvalidated) {
            return null;
        }
    }

    private static Long accountOf(SecurityContext context) {
        return context != null && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof LimberUser user ? user.getAccountId() : null;
    }
}
