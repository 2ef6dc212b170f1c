package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.InvalidSignUpException;
import app.limber.account.SignUp;
import app.limber.account.TestAccounts;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterServiceTest extends LimberTest {

    static final SignUp ANA = new SignUp("ana@example.com", "Ana Athlete", "athlete-password");

    @Autowired
    RosterService roster;

    @Autowired
    RosterMembership membership;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void twoCoaches() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey Coach", "casey-password-1"));
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana Coach", "dana-password-12"));
        authenticateAs("casey@example.com");
    }

    @Test
    void inviteTokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int index = 0; index < 50; index++) {
            InviteSummary invite = roster.createInvite("Group " + index);
            assertThat(invite.token()).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(Duration.between(invite.createdAt(), invite.expiresAt())).isEqualTo(Duration.ofDays(14));
            assertThat(invite.state()).isEqualTo(InviteState.OPEN);
            tokens.add(invite.token());
        }
        assertThat(tokens).hasSize(50);
        assertThat(roster.invites()).hasSize(50);
    }

    @Test
    void aNewAthleteJoinsThroughAnInviteWhichIsThenUsedUp() {
        InviteSummary invite = roster.createInvite("Tuesday 10k");
        SecurityContextHolder.clearContext();

        assertThat(roster.invitingCoach(invite.token())).contains("Casey Coach");
        long ana = roster.joinWithNewAccount(invite.token(), ANA);

        assertThat(roster.invitingCoach(invite.token())).isEmpty();
        assertThatThrownBy(() -> roster.joinWithNewAccount(invite.token(), new SignUp("ben@example.com", "Ben", "athlete-password")))
                .isInstanceOf(InviteNotUsableException.class);
        assertThat(accountCount("ben@example.com")).isZero();
        authenticateAs("casey@example.com");
        assertThat(roster.roster()).extracting(RosterAthlete::athleteId, RosterAthlete::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ana, "Ana Athlete"));
        assertThat(roster.invites()).extracting(InviteSummary::state).containsExactly(InviteState.USED);
    }

    @Test
    void wrongExpiredAndRevokedTokensGetTheSameAnswerAndMakeNoAccount() {
        InviteSummary expired = roster.createInvite("");
        clock.advance(RosterService.INVITE_VALIDITY.plusMinutes(1));
        InviteSummary revoked = roster.createInvite("");
        roster.revokeInvite(revoked.id());
        SecurityContextHolder.clearContext();

        for (String token : new String[]{expired.token(), revoked.token(), "AAAAAAAAAAAAAAAAAAAAAA", "short", null}) {
            assertThat(roster.invitingCoach(token)).isEmpty();
            assertThatThrownBy(() -> roster.joinWithNewAccount(token, ANA))
                    .isInstanceOf(InviteNotUsableException.class)
                    .hasMessage("This invite link no longer works. Ask your coach for a new one.");
        }
        assertThat(accountCount(ANA.email())).isZero();
    }

    @Test
    void aRefusedSignUpLeavesTheInviteOpen() {
        InviteSummary invite = roster.createInvite("");
        TestAccounts.createAthlete(accounts, new SignUp("taken@example.com", "Taken", "athlete-password"));
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> roster.joinWithNewAccount(invite.token(), new SignUp("new@example.com", "New", "short")))
                .isInstanceOf(InvalidSignUpException.class);
        assertThatThrownBy(() -> roster.joinWithNewAccount(invite.token(), new SignUp("TAKEN@example.com", "Someone", "athlete-password")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> assertThat(refused.errors().values())
                        .containsExactly(AccountService.JOIN_REFUSED));

        assertThat(roster.invitingCoach(invite.token())).contains("Casey Coach");
        assertThat(accountCount("new@example.com")).isZero();
    }

    @Test
    void anAthleteMayTrainWithSeveralCoachesAndCanBeRemoved() {
        InviteSummary fromCasey = roster.createInvite("");
        authenticateAs("dana@example.com");
        InviteSummary fromDana = roster.createInvite("");
        SecurityContextHolder.clearContext();
        long ana = roster.joinWithNewAccount(fromCasey.token(), ANA);

        authenticateAs(ANA.email());
        roster.joinAsSignedInAthlete(fromDana.token());

        long casey = jdbc.queryForObject("select id from user_account where email = 'casey@example.com'", Long.class);
        long dana = jdbc.queryForObject("select id from user_account where email = 'dana@example.com'", Long.class);
        assertThat(membership.onRoster(casey, ana)).isTrue();
        assertThat(membership.onRoster(dana, ana)).isTrue();

        authenticateAs("casey@example.com");
        roster.removeAthlete(ana);
        assertThat(membership.onRoster(casey, ana)).as("removed at once").isFalse();
        assertThat(roster.roster()).isEmpty();
        assertThat(membership.onRoster(dana, ana)).isTrue();
    }

    @Test
    void anAthleteAlreadyOnTheRosterLeavesASecondInviteUnused() {
        InviteSummary first = roster.createInvite("");
        InviteSummary second = roster.createInvite("");
        SecurityContextHolder.clearContext();
        roster.joinWithNewAccount(first.token(), ANA);

        authenticateAs(ANA.email());
        roster.joinAsSignedInAthlete(second.token());

        assertThat(roster.invitingCoach(second.token())).as("still usable by someone else").contains("Casey Coach");
    }

    @Test
    void coachesManageOnlyTheirOwnInvitesAndRolesAreChecked() {
        InviteSummary caseys = roster.createInvite("");
        authenticateAs("dana@example.com");

        assertThatThrownBy(() -> roster.revokeInvite(caseys.id())).isInstanceOf(InviteNotFoundException.class);
        assertThat(roster.invites()).isEmpty();
        assertThatThrownBy(() -> roster.joinAsSignedInAthlete(caseys.token())).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.createAthlete(accounts, ANA);
        authenticateAs(ANA.email());
        assertThatThrownBy(() -> roster.createInvite("")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> roster.roster()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void groupsHoldRosterAthletesUnderAUniqueName() {
        InviteSummary invite = roster.createInvite("");
        SecurityContextHolder.clearContext();
        long ana = roster.joinWithNewAccount(invite.token(), ANA);
        authenticateAs("casey@example.com");

        AthleteGroup group = roster.saveGroup(null, " Tuesday 10k ", Set.of(ana));
        assertThat(group.name()).isEqualTo("Tuesday 10k");
        assertThat(roster.groups()).containsExactly(group);
        assertThatThrownBy(() -> roster.saveGroup(null, "TUESDAY 10K", Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already have a group");
        assertThatThrownBy(() -> roster.saveGroup(null, " ", Set.of())).isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(RosterRefusedException.class, refused -> {
                    assertThat(refused.words().key()).isEqualTo("athletes.error.group-name");
                    assertThat(refused.words().english()).isEqualTo("Give the group a name of 1 to 60 characters.");
                });
        long dana = jdbc.queryForObject("select id from user_account where email = 'dana@example.com'", Long.class);
        assertThatThrownBy(() -> roster.saveGroup(null, "Strangers", Set.of(dana))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only athletes on your roster can be in your groups.");

        roster.removeAthlete(ana);
        assertThat(roster.groups().getFirst().athleteIds()).as("someone removed from the roster leaves the group").isEmpty();

        authenticateAs("dana@example.com");
        assertThat(roster.groups()).isEmpty();
        roster.deleteGroup(group.id());
        authenticateAs("casey@example.com");
        assertThat(roster.groups()).as("another coach cannot delete it").hasSize(1);
        roster.deleteGroup(group.id());
        assertThat(roster.groups()).isEmpty();
    }

    private int accountCount(String email) {
        return jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email.toLowerCase());
    }
}
