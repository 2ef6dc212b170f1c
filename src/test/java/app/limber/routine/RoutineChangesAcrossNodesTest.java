package app.limber.routine;

import app.limber.base.Notices;
import app.limber.support.Fixtures;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Editors on two nodes of one database hear each other's changes: the application's own
 * {@link RoutineChanges} is one node, a second {@link PostgresRoutineChanges} on {@link Notices}
 * of its own (its own listening connection) is the other.
 */
class RoutineChangesAcrossNodesTest extends LimberTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    private RoutineService routines;

    @Autowired
    private RoutineChanges thisNode;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Notices thisNodesNotices;

    @Autowired
    private JdbcClient jdbcClient;

    @Autowired
    private ObjectProvider<RoutineService> routineService;

    private Notices otherNodesNotices;
    private PostgresRoutineChanges otherNode;

    @BeforeEach
    void startTheOtherNode() {
        otherNodesNotices = new Notices(dataSource, jdbcClient);
        otherNode = new PostgresRoutineChanges(otherNodesNotices, routineService);
        otherNodesNotices.start();
        await("the other node listens").atMost(WITHIN).until(otherNodesNotices::listening);
        await("this node listens").atMost(WITHIN).until(thisNodesNotices::listening);
    }

    @AfterEach
    void stopTheOtherNode() {
        otherNodesNotices.stop();
    }

    @Test
    void aChangeCommittedOnOneNodeReachesAnEditorOnTheOtherOnceAndStillAfterItsConnectionIsKilled() {
        Fixtures.Person coach = given.aCoach();
        RoutineDetails routine = given.aRoutine(coach, 1);
        authenticateAs(coach.email());
        Marker marker = new Marker(routines.create("Marker"));
        marker.passBothNodes(); // what making the routines announced is behind us
        List<RoutineDetails> heardThere = new CopyOnWriteArrayList<>();
        List<RoutineDetails> heardHere = new CopyOnWriteArrayList<>();
        try (var there = otherNode.listen(routine.id(), heardThere::add);
             var here = routines.watch(routine.id(), heardHere::add)) {

            RoutineDetails renamed = routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, routine.title(), "Heard elsewhere"));

            await("the other node's editor hears it").atMost(WITHIN).until(() -> heardThere.contains(renamed));
            otherNode.changed(renamed); // as if the other node had stored it
            marker.passBothNodes();
            assertThat(heardThere).as("read once, as stored; then its own announcement told in-process only")
                    .containsExactly(renamed, renamed);
            assertThat(heardHere).as("told in-process once, then once by the other node, never by its own announcement")
                    .containsExactly(renamed, renamed);

            int killed = jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                    Integer.class, otherNodesNotices.connectionName());
            assertThat(killed).as("the other node's listening connection").isEqualTo(1);
            RoutineDetails described = routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.DESCRIPTION, "", "After the outage"));

            await("the other node connects again and still delivers").atMost(WITHIN)
                    .until(() -> heardThere.getLast().equals(described));
            await().atMost(WITHIN).until(otherNodesNotices::listening);
            RoutineDetails retitled = routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, "Heard elsewhere", "Heard again"));
            await("and later changes too").atMost(WITHIN).until(() -> heardThere.getLast().equals(retitled));
        }
        assertThat(otherNode.listenerCount(routine.id())).isZero();
    }

    /**
     * A routine changed from each node in turn: announcements reach a node in commit order, so
     * once both have heard the marker's change, each has handled every announcement before it.
     */
    private final class Marker {
        private final List<RoutineDetails> heardThere = new CopyOnWriteArrayList<>();
        private final List<RoutineDetails> heardHere = new CopyOnWriteArrayList<>();
        private RoutineDetails current;

        Marker(RoutineDetails routine) {
            current = routine;
            otherNode.listen(routine.id(), heardThere::add);
            routines.watch(routine.id(), heardHere::add);
        }

        void passBothNodes() {
            changeHere();
            otherNode.changed(current);
            RoutineDetails sentThere = current;
            await("this node hears the marker").atMost(WITHIN)
                    .until(() -> heardHere.stream().filter(sentThere::equals).count() == 2);
            changeHere(); // and the other node is past its own announcement
        }

        private void changeHere() {
            current = routines.change(current.id(), FieldEdit.ofRoutine(RoutineField.TITLE, current.title(), current.title() + "+"));
            RoutineDetails sentHere = current;
            await("the other node hears the marker").atMost(WITHIN).until(() -> heardThere.contains(sentHere));
        }
    }
}
