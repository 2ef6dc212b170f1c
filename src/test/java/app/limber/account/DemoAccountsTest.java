package app.limber.account;

import app.limber.coaching.AssignedRoutine;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.RosterAthlete;
import app.limber.coaching.RosterService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTest extends LimberTest {

    @Autowired
    AccountService accountService;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    RosterService roster;

    @Autowired
    AssignmentService assignments;

    @Test
    void loadsOneCoachAndTwoAthletesAndLoadingAgainChangesNothing() {
        var demoData = demoData();

        demoData.run(new DefaultApplicationArguments());
        demoData.run(new DefaultApplicationArguments());

        List<Map<String, Object>> accounts = jdbc.queryForList("select email, role from user_account order by email");
        assertThat(accounts).extracting(row -> row.get("email") + " " + row.get("role")).containsExactly(
                "ana@limber.test ATHLETE", "ben@limber.test ATHLETE", "coach@limber.test COACH");
    }

    @Test
    void theDemoAthletesAreOnTheDemoCoachsRosterAndARemovedOneStaysRemoved() {
        demoData().run(new DefaultApplicationArguments());
        authenticateAs("coach@limber.test");
        assertThat(roster.roster()).extracting(RosterAthlete::name)
                .containsExactlyInAnyOrder("Ana Athlete", "Ben Runner");

        long ben = roster.roster().stream().filter(athlete -> athlete.name().equals("Ben Runner"))
                .findFirst().orElseThrow().athleteId();
        roster.removeAthlete(ben);
        demoData().run(new DefaultApplicationArguments());

        assertThat(roster.roster()).extracting(RosterAthlete::name).containsExactly("Ana Athlete");
    }

    @Test
    void theDemoAthletesHaveAPublishedRoutineToPlayAndARestartAddsNoOther() {
        demoData().run(new DefaultApplicationArguments());
        demoData().run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select title from routine", String.class)).containsExactly("Post-run static cool-down");
        assertThat(jdbc.queryForObject("select count(*) from routine_version", Integer.class)).isOne();
        authenticateAs("ana@limber.test");
        assertThat(assignments.myRoutines()).extracting(AssignedRoutine::title).containsExactly("Post-run static cool-down");
        authenticateAs("ben@limber.test");
        assertThat(assignments.myRoutines()).hasSize(1);
    }

    @Test
    void twoNodesLoadingAtOnceOnAnEmptyDatabaseBothFinishWithOneCopyOfEverything() throws Exception {
        var go = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<?>> starts = List.of(
                    executor.submit(() -> { go.await(); demoData().run(new DefaultApplicationArguments()); return null; }),
                    executor.submit(() -> { go.await(); demoData().run(new DefaultApplicationArguments()); return null; }));
            go.countDown();
            for (Future<?> start : starts) {
                start.get(60, TimeUnit.SECONDS); // a duplicate key on either node would throw here
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from roster_entry", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from routine", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from assignment", Integer.class)).isEqualTo(2);
    }

    private DemoAccounts demoData() {
        return new DemoAccounts(accountService, accountRepository, events, new DemoDataSettings(true), startupLock);
    }

    @Autowired
    StartupLock startupLock;

    @Test
    void isOffUnlessSwitchedOn() {
        assertThat(context.getBean(DemoDataSettings.class).enabled()).isFalse();

        context.getBean(DemoAccounts.class).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
