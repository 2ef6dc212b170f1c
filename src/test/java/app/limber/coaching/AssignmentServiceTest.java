package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentServiceTest extends LimberTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    PublishingService publishing;

    @Autowired
    RosterService roster;

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    private RoutineDetails routine;
    private long ana;

    @BeforeEach
    void aCoachWithAnAthleteAndARoutine() {
        var casey = given.aCoach();
        ana = given.anAthleteOf(casey, new SignUp("ana@example.com", "Ana", "athlete-password")).id();
        routine = given.aRoutine(casey, 3);
        authenticateAs(casey.email());
    }

    @Test
    void onlyPublishedRoutinesGoToRosterAthletes() {
        assertThatThrownBy(() -> assignments.assign(routine.id(), List.of(ana), "after runs"))
                .isInstanceOf(PublishingException.class).hasMessage("Publish the routine before giving it to athletes.")
                .satisfies(refused -> assertThat(((PublishingException) refused).words().key()).isEqualTo("give-dialog.error.not-published"));
        publishing.publish(routine.id(), "");
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        long stranger = jdbc.queryForObject("select id from user_account where email = 'dana@example.com'", Long.class);
        assertThatThrownBy(() -> assignments.assign(routine.id(), List.of(stranger), ""))
                .isInstanceOf(PublishingException.class).hasMessage("Only athletes on your roster can get your routines.");

        assignments.assign(routine.id(), List.of(ana), "after runs");

        assertThat(assignments.assignedAthletes(routine.id())).containsExactly(ana);
        authenticateAs("ana@example.com");
        assertThat(assignments.myRoutines()).singleElement().satisfies(mine -> {
            assertThat(mine.title()).isEqualTo("Track cool-down");
            assertThat(mine.coach()).isEqualTo("Casey Coach");
            assertThat(mine.scheduleHint()).isEqualTo("after runs");
            assertThat(mine.steps()).isEqualTo(3);
            assertThat(mine.version()).isEqualTo(1);
            assertThat(mine.newVersion()).isFalse();
        });
    }

    @Test
    void athletesKeepThePublishedVersionUntilTheCoachPublishesAgainAndAreToldWhatChanged() {
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), List.of(ana), "");
        authenticateAs("ana@example.com");
        assertThat(assignments.openAssigned(routine.id()).orElseThrow().steps().getFirst().dose().holdSeconds())
                .isEqualTo(routine.steps().getFirst().dose().holdSeconds());

        authenticateAs("casey@example.com");
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(90, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
        authenticateAs("ana@example.com");
        assertThat(assignments.openAssigned(routine.id()).orElseThrow().steps().getFirst().dose().holdSeconds())
                .as("an unpublished edit changes nothing for the athlete").isNotEqualTo(90);
        assertThat(assignments.myRoutines().getFirst().newVersion()).isFalse();

        authenticateAs("casey@example.com");
        publishing.publish(routine.id(), "Longer first hold");
        authenticateAs("ana@example.com");
        AssignedRoutine mine = assignments.myRoutines().getFirst();
        assertThat(mine.newVersion()).isTrue();
        assertThat(mine.version()).isEqualTo(2);
        assertThat(mine.changesSinceSeen()).singleElement().asString().contains("hold", "90 s");

        assertThat(assignments.openAssigned(routine.id()).orElseThrow().steps().getFirst().dose().holdSeconds()).isEqualTo(90);
        assertThat(assignments.myRoutines().getFirst().newVersion()).as("seen now").isFalse();
    }

    @Test
    void givingTheRoutineToMoreAthletesKeepsTheHintsTheyHave() {
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), List.of(ana), "before runs");
        assertThat(assignments.scheduleHint(routine.id())).isEqualTo("before runs");

        assignments.assign(routine.id(), List.of(ana), null);
        assertThat(assignments.scheduleHint(routine.id())).isEqualTo("before runs");
        assignments.assign(routine.id(), List.of(ana), "daily");
        assertThat(assignments.scheduleHint(routine.id())).isEqualTo("daily");
    }

    @Test
    void anAthleteRemovedFromTheRosterLosesTheRoutinesAtOnce() {
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), List.of(ana), "");

        roster.removeAthlete(ana);

        authenticateAs("ana@example.com");
        assertThat(assignments.myRoutines()).isEmpty();
        assertThat(assignments.openAssigned(routine.id())).isEmpty();
    }

    @Test
    void anUnassignedOrNeverAssignedRoutineCannotBeOpened() {
        publishing.publish(routine.id(), "");
        RoutineDetails other = routines.create("Other");
        other = routines.addStep(other.id(), library.search(LibraryFilter.NONE, 0, 1).getFirst().id(), 0);
        publishing.publish(other.id(), "");
        assignments.assign(routine.id(), List.of(ana), "");
        assignments.unassign(routine.id(), ana);

        authenticateAs("ana@example.com");
        assertThat(assignments.openAssigned(routine.id())).isEmpty();
        assertThat(assignments.openAssigned(other.id())).isEmpty();
        assertThat(assignments.myRoutines()).isEmpty();
    }

    @Test
    void rolesAndOwnershipAreChecked() {
        publishing.publish(routine.id(), "");
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");
        assertThatThrownBy(() -> assignments.assign(routine.id(), List.of(ana), "")).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> assignments.assignedAthletes(routine.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> assignments.myRoutines()).isInstanceOf(AuthorizationDeniedException.class);

        authenticateAs("ana@example.com");
        assertThatThrownBy(() -> assignments.assign(routine.id(), List.of(ana), "")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void settingTheAssigneesGivesTheChosenAndTakesItFromTheRestInOneGo() {
        publishing.publish(routine.id(), "");
        InviteSummary second = roster.createInvite("");
        SecurityContextHolder.clearContext();
        long ben = roster.joinWithNewAccount(second.token(), new SignUp("ben@example.com", "Ben", "athlete-password"));
        authenticateAs("casey@example.com");
        assignments.assign(routine.id(), List.of(ana), "after runs");

        assignments.setAssignees(routine.id(), List.of(ben), "daily");

        assertThat(assignments.assignedAthletes(routine.id())).containsExactly(ben);
        assertThat(assignments.scheduleHint(routine.id())).isEqualTo("daily");
        authenticateAs("ana@example.com");
        assertThat(assignments.myRoutines()).as("taken back from Ana").isEmpty();

        authenticateAs("casey@example.com");
        assignments.setAssignees(routine.id(), List.of(), null);
        assertThat(assignments.assignedAthletes(routine.id())).isEmpty();
    }

    @Test
    void aRefusedSetOfAssigneesChangesNothing() {
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), List.of(ana), "after runs");
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        long stranger = jdbc.queryForObject("select id from user_account where email = 'dana@example.com'", Long.class);

        assertThatThrownBy(() -> assignments.setAssignees(routine.id(), List.of(stranger), "daily"))
                .isInstanceOf(PublishingException.class).hasMessage("Only athletes on your roster can get your routines.");
        assertThatThrownBy(() -> assignments.setAssignees(routine.id(), List.of(), "x".repeat(AssignmentService.MAX_HINT + 1)))
                .isInstanceOf(PublishingException.class);

        assertThat(assignments.assignedAthletes(routine.id())).as("Ana keeps it").containsExactly(ana);
        assertThat(assignments.scheduleHint(routine.id())).isEqualTo("after runs");

        authenticateAs("dana@example.com");
        assertThatThrownBy(() -> assignments.setAssignees(routine.id(), List.of(), null)).isInstanceOf(RoutineNotFoundException.class);
        authenticateAs("casey@example.com");
        assertThat(assignments.assignedAthletes(routine.id())).as("another coach cannot take it away").containsExactly(ana);
    }
}
