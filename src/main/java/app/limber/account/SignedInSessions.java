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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vaadin sessions of this node, so that deleting an account signs it out of every one of
 * its sessions here at once: each open page of theirs goes to "Your account is deleted" and the
 * session is invalidated. A session on another node notices at its next page: every navigation
 * checks that the signed-in account still exists (one primary-key look-up), and a gone one is
 * signed out there and then.
 */
@Component
public class SignedInSessions implements VaadinServiceInitListener {

    /** Where a deleted account's pages go. */
    public static final String DELETED_PAGE = "account-deleted";

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final UserAccountRepository accounts;

    SignedInSessions(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Long id = accountOf(SecurityContextHolder.getContext());
            if (id != null && !exists(id)) {
                SecurityContextHolder.clearContext();
                enter.getUI().getSession().getSession().removeAttribute(CONTEXT_KEY);
                enter.getUI().getPage().setLocation(DELETED_PAGE);
                enter.getUI().getSession().getSession().invalidate();
                enter.forwardTo(DELETED_PAGE);
            }
        }));
    }

    /** Once the deletion's transaction has committed (at once without one), signs the account out here. */
    void signOutAfterCommit(long accountId) {
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
            Long id;
            try {
                id = wrapped.getAttribute(CONTEXT_KEY) instanceof SecurityContext context ? accountOf(context) : null;
            } catch (IllegalStateException alreadyInvalidated) {
                continue;
            }
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

    private boolean exists(long id) {
        try {
            return accounts.existsById(id);
        } catch (DataAccessException databaseDown) {
            log.debug("Could not check the account at navigation; letting it through", databaseDown);
            return true;
        }
    }

    private static Long accountOf(SecurityContext context) {
        return context != null && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof LimberUser user ? user.getAccountId() : null;
    }
}
