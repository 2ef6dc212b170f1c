package app.limber;

import app.limber.account.AccountService;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionService;
import app.limber.player.PlayerService;
import app.limber.sharing.SharingService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Default-deny, seen from outside: with no one signed in, the services answer only the
 * entry points that say {@code permitAll()} (sign-up, who is signed in, invites and share
 * links by token), and refuse everything else before it runs.
 */
class ServiceSecurityTest extends LimberTest {

    @Autowired
    AccountService accounts;

    @Autowired
    RosterService roster;

    @Autowired
    AssignmentService assignments;

    @Autowired
    SessionService sessions;

    @Autowired
    SharingService sharing;

    @Autowired
    PlayerService player;

    @Test
    void anonymousVisitorsReachOnlyTheEntryPointsMadeForThem() {
        assertThat(accounts.currentUserId()).isEmpty();
        assertThat(roster.invitingCoach("no-such-invite-token-x")).isEmpty();
        assertThat(sharing.isUsable("no-such-token")).isFalse();
        assertThat(player.playShared("no-such-token")).isEmpty();

        List<Runnable> refused = List.of(
                () -> accounts.displayNames(List.of(1L)),
                () -> roster.roster(),
                () -> roster.groups(),
                () -> assignments.assignedAthletes(1L),
                () -> assignments.myRoutines(),
                () -> sessions.myHistory(),
                () -> sessions.adherence(),
                () -> sharing.links(1L),
                () -> player.playAssigned(1L));
        refused.forEach(call -> assertThatThrownBy(call::run)
                .isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class));
    }
}
