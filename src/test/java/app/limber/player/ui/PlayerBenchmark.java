package app.limber.player.ui;

import app.limber.coaching.AssignmentService;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static app.limber.support.Timings.medianMillis;
import static app.limber.support.Timings.p90Millis;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run with {@code ./mvnw test -Pbenchmark}): the player's server side.
 * (1) Retained heap per open player UI: 1,000 athletes' player UIs, each playing a 12-step
 * routine, held open in one JVM (each one's changes handed over as a response would); heap
 * after GC before and after; then 1,000 share-link players, then 1,000 athletes' again. (2) Server time of a step
 * change (Next / Previous / a step from the list): median over 400.
 */
@Tag("benchmark")
class PlayerBenchmark extends UiTest {

    private static final int UIS = 1_000;
    private static final int STEPS = 12;
    private static final int WARM_UP = 50;
    private static final int MEASURED = 400;

    @Autowired RosterService roster;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired PublishingService publishing;
    @Autowired AssignmentService assignments;
    @Autowired app.limber.sharing.SharingService sharing;
    @Autowired app.limber.sharing.ShareLookupThrottle throttle;

    private long routineId;

    private void aTwelveStepRoutineGivenToTheAthlete() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        signOut();
        roster.joinWithNewAccount(invite.token(), ATHLETE);
        signInAs(COACH.email());
        List<StretchCard> stretches = library.search(LibraryFilter.NONE, 0, STEPS);
        RoutineDetails routine = routines.create("Benchmark routine");
        for (int step = 0; step < STEPS; step++) {
            routine = routines.addStep(routine.id(), stretches.get(step).id(), step);
        }
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), List.of(roster.roster().getFirst().athleteId()), "");
        routineId = routine.id();
        signInAs(ATHLETE.email());
    }

    private Player openAndStart() {
        UI.getCurrent().navigate("my-routines/" + routineId + "/play");
        Player player = _get(PlayAssignedView.class).player();
        player.play(0, 0, 0);
        respond();
        return player;
    }

    /**
     * What a real response does: runs what waits for it and hands the changes to the client,
     * after which the server forgets them (Karibu's round trip keeps them, which a real UI never does).
     */
    private static void respond() {
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }

    @Test
    void memoryPerOpenPlayerAndServerTimeOfAStepChange() {
        aTwelveStepRoutineGivenToTheAthlete();
        VaadinSession session = VaadinSession.getCurrent();

        // step changes
        var probe = openAndStart();
        long[] changes = new long[MEASURED];
        for (int round = -WARM_UP; round < MEASURED; round++) {
            int target = Math.floorMod(round * 5 + 3, STEPS);
            long start = System.nanoTime();
            probe.jump(target);
            long took = System.nanoTime() - start;
            if (round >= 0) {
                changes[round] = took;
            }
        }
        assertThat(probe.currentStep()).isEqualTo(Math.floorMod((MEASURED - 1) * 5 + 3, STEPS));

        // memory: many open players, each in its own UI (as many browser tabs would have)
        signInAs(COACH.email());
        String token = sharing.create(routineId, "", null, app.limber.sharing.Pin.LATEST_PUBLISHED).token();
        signInAs(ATHLETE.email());
        Runnable athlete = () -> {
            MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, session);
            openAndStart();
        };
        Runnable anonymous = () -> {
            MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, session);
            throttle.forgetAll(); // each viewer its own client, not one address over its limit
            UI.getCurrent().navigate("s/" + token + "/play");
            _get(PlaySharedView.class).player().play(0, 0, 0);
            respond();
        };
        List<UI> open = new ArrayList<>();
        for (int i = 0; i < 100; i++) { // warm up class loading and caches
            athlete.run();
            anonymous.run();
        }
        double athleteFirst = retainedPerUi(athlete, open);
        double anonymousPlayer = retainedPerUi(anonymous, open);
        double athleteAgain = retainedPerUi(athlete, open);

        System.out.printf("%nBENCHMARK player (%d-step routine)%n", STEPS);
        System.out.printf("BENCHMARK step change (server): median %.2f ms, p90 %.2f ms over %d%n", medianMillis(changes), p90Millis(changes), MEASURED);
        System.out.printf("BENCHMARK retained heap per open playing player UI, athlete: %.1f KB, then %.1f KB (%d UIs each)%n",
                athleteFirst, athleteAgain, UIS);
        System.out.printf("BENCHMARK retained heap per open playing player UI, share link: %.1f KB (%d UIs)%n%n", anonymousPlayer, UIS);
        assertThat(open).hasSize(3 * UIS);
    }

    /** Opens {@link #UIS} more UIs, keeps them, and gives the heap they hold after GC, per UI in KB. */
    private static double retainedPerUi(Runnable openOne, List<UI> open) {
        long before = usedHeapAfterGc();
        for (int i = 0; i < UIS; i++) {
            openOne.run();
            open.add(UI.getCurrent());
        }
        return (usedHeapAfterGc() - before) / (double) UIS / 1024;
    }

    /** Used heap once full collections stop freeing anything more (two readings in a row within 0.5 %). */
    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < used / 200) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

}
