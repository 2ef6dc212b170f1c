package app.limber;

import app.limber.account.AccountDataService;
import app.limber.base.Notices;
import app.limber.player.PlaySource;
import app.limber.player.PlayerService;
import app.limber.routine.RoutineDetails;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures;
import app.limber.support.HttpVisitor;
import app.limber.support.LimberTest;
import app.limber.support.QueryCounter;
import app.limber.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Limber instances on one database: this test's application is node 1, a second Spring Boot
 * application started here on the same database is node 2. A share player on node 2 checks its
 * link in memory, and still stops at its next action once the link is revoked on node 1, also
 * after node 2's listening connection was killed; an account deleted on node 1 is signed out of
 * its session on node 2.
 */
class NoticesAcrossNodesTest extends LimberTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String MARKER = "test-marker";

    private static ConfigurableApplicationContext node2;

    @Autowired
    private SharingService sharing;

    @Autowired
    private AccountDataService accountData;

    @Autowired
    private Notices node1Notices;

    private Notices node2Notices;
    private Notices.Subscription markers;
    private final List<String> markersOnNode2 = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startNode2() {
        // each Vaadin application replaces Spring Security's static holder strategy as it starts;
        // LimberTest puts node 1's back before each test
        var holderStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            node2 = new SpringApplicationBuilder(Application.class, TestDatabaseConfiguration.class).run(
                    "--server.port=0", "--spring.main.banner-mode=off");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(holderStrategy);
        }
    }

    @AfterAll
    static void stopNode2() {
        var holderStrategy = SecurityContextHolder.getContextHolderStrategy();
        if (node2 != null) {
            node2.close();
        }
        SecurityContextHolder.setContextHolderStrategy(holderStrategy);
    }

    @BeforeEach
    void bothNodesListen() {
        node2Notices = node2.getBean(Notices.class);
        markers = node2Notices.listen(MARKER, markersOnNode2::addAll);
        await("node 1 listens").atMost(WITHIN).until(node1Notices::listening);
        await("node 2 listens").atMost(WITHIN).until(node2Notices::listening);
    }

    @AfterEach
    void stopHearingMarkers() {
        markers.close();
    }

    @Test
    void aLinkRevokedOnNode1StopsAPlayerOnNode2AtItsNextActionAndItsStepsAskTheDatabaseNothing() {
        ShareLinkSummary link = aSharedRoutine().getFirst();
        PlaySource player = playOnNode2(link);

        for (int step = 0; step < 3; step++) {
            assertThat(QueryCounter.counted(player::stillPlayable))
                    .as("step %d: checked in memory", step).isEqualTo(new QueryCounter.Counted<>(true, 0));
        }

        given.as(Fixtures.CASEY.email(), () -> {
            sharing.revoke(link.id());
            return null;
        });
        node2HasHeardEverythingSentSoFar();

        assertThat(player.stillPlayable()).as("the next action after the revoke").isFalse();
        assertThat(QueryCounter.counted(player::stillPlayable)).as("and every one after, without asking again")
                .isEqualTo(new QueryCounter.Counted<>(false, 0));
    }

    @Test
    void afterNode2sListeningConnectionIsKilledARevokeOnNode1IsStillHonoured() {
        List<ShareLinkSummary> links = aSharedRoutine();
        ShareLinkSummary link = links.getFirst();
        PlaySource player = playOnNode2(link);
        PlaySource otherPlayer = playOnNode2(links.getLast());
        assertThat(player.stillPlayable()).isTrue();
        long listening = node2Notices.mark();

        int killed = jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                Integer.class, node2Notices.connectionName());
        assertThat(killed).as("node 2's listening connection").isEqualTo(1);
        await("node 2 knows its connection is gone").atMost(WITHIN).until(() -> node2Notices.mark() != listening);
        given.as(Fixtures.CASEY.email(), () -> {
            sharing.revoke(link.id()); // node 2 may not hear of it
            return null;
        });

        assertThat(player.stillPlayable()).as("the next action asks the database").isFalse();
        assertThat(otherPlayer.stillPlayable()).as("a link not revoked plays on").isTrue();
        await("node 2 listens again").atMost(WITHIN).until(node2Notices::listening);
        assertThat(otherPlayer.stillPlayable()).isTrue(); // looks once more if it last looked while not listening
        assertThat(QueryCounter.counted(otherPlayer::stillPlayable)).as("then in memory again")
                .isEqualTo(new QueryCounter.Counted<>(true, 0));
    }

    @Test
    void anAccountDeletedOnNode1IsSignedOutOfItsSessionOnNode2AtItsNextPage() throws Exception {
        Fixtures.Person dana = given.aCoach(Fixtures.DANA);
        int node2Port = ((WebServerApplicationContext) node2).getWebServer().getPort();
        HttpVisitor onNode2 = HttpVisitor.signedIn(node2Port, dana.email(), Fixtures.DANA.password());
        assertThat(onNode2.get("/settings").statusCode()).as("signed in on node 2").isEqualTo(200);

        given.as(dana.email(), () -> {
            accountData.deleteMyAccount(dana.email());
            return null;
        });
        node2HasHeardEverythingSentSoFar();

        var next = onNode2.get("/settings");
        assertThat(next.statusCode()).as("the next page on node 2").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aCoachDeletedOnNode1StopsThePlayersOfTheirLinksOnNode2() {
        ShareLinkSummary link = aSharedRoutine().getFirst();
        PlaySource player = playOnNode2(link);
        assertThat(player.stillPlayable()).isTrue();

        given.as(Fixtures.CASEY.email(), () -> {
            accountData.deleteMyAccount(Fixtures.CASEY.email());
            return null;
        });
        node2HasHeardEverythingSentSoFar();

        assertThat(player.stillPlayable()).as("the link went with its coach").isFalse();
    }

    @Test
    void anAccountDeletedWhileNode2WasNotListeningIsSignedOutThereOnceItListensAgain() throws Exception {
        Fixtures.Person dana = given.aCoach(Fixtures.DANA);
        int node2Port = ((WebServerApplicationContext) node2).getWebServer().getPort();
        HttpVisitor onNode2 = HttpVisitor.signedIn(node2Port, dana.email(), Fixtures.DANA.password());
        assertThat(onNode2.get("/settings").statusCode()).isEqualTo(200);
        long listening = node2Notices.mark();

        jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                Integer.class, node2Notices.connectionName());
        await("node 2 knows its connection is gone").atMost(WITHIN).until(() -> node2Notices.mark() != listening);
        given.as(dana.email(), () -> {
            accountData.deleteMyAccount(dana.email()); // node 2 may not hear of it
            return null;
        });
        await("node 2 listens again").atMost(WITHIN).until(node2Notices::listening);

        assertThat(onNode2.get("/settings").statusCode()).as("signed out on node 2 all the same").isEqualTo(302);
    }

    /** Casey's published routine with two share links. */
    private List<ShareLinkSummary> aSharedRoutine() {
        Fixtures.Person casey = given.aCoach();
        RoutineDetails routine = given.aPublishedRoutine(casey, 3);
        return given.as(casey.email(), () -> List.of(sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED),
                sharing.create(routine.id(), "Race", null, Pin.LATEST_PUBLISHED)));
    }

    /** Someone opens the link's player on node 2. */
    private static PlaySource playOnNode2(ShareLinkSummary link) {
        return onNode2(() -> node2.getBean(PlayerService.class).playShared(link.token())).orElseThrow();
    }

    /**
     * A marker sent from node 1 after what the test did: notices reach a node in commit order and
     * are handled one after the other, so once node 2 has the marker it has handled all before it.
     */
    private void node2HasHeardEverythingSentSoFar() {
        String marker = UUID.randomUUID().toString();
        node1Notices.send(MARKER, marker);
        await("node 2 hears the marker").atMost(WITHIN).until(() -> markersOnNode2.contains(marker));
    }

    /** Runs the work on node 2 as an anonymous visitor (its method security reads its own holder). */
    private static <T> T onNode2(Supplier<T> work) {
        SecurityContextHolderStrategy holder = node2.getBean(SecurityContextHolderStrategy.class);
        var context = holder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("node-2", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.clearContext();
        }
    }
}
