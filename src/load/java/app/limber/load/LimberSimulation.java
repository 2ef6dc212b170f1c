package app.limber.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Limber under load, spoken as browsers speak Vaadin's protocol: each virtual user has its own
 * cookies (its own HTTP session), loads the page (the bootstrap), asks for {@code ?v-r=init}
 * (its UI's id and {@code csrfToken}), sends the first navigation, and then one UIDL request per
 * action with the {@code syncId} it last saw and its next {@code clientId}; buttons are found by
 * their text in the state tree the UIDL changes build ({@link VaadinUi}). CSRF protection stays
 * on, Vaadin's and Spring Security's (the login form posts the page's {@code _csrf}).
 *
 * <ul>
 *   <li><b>A</b>: someone with a share link opens it, taps Start, plays every step, finishes,
 *   says how it felt and taps "I did it";</li>
 *   <li><b>B</b>: a coach logs in, picks a muscle on the library's body map, searches, opens one
 *   of their routines and retitles it;</li>
 *   <li><b>C</b>: an athlete logs in, starts their routine, plays it and saves how it felt.</li>
 * </ul>
 *
 * Run with {@code ./mvnw -Pload verify} (see BENCHMARKS.md): {@code -Dlimber.load.scenario=A|B|C|mix}
 * (mix: 70 % A, 20 % C, 10 % B), {@code -Dlimber.load.users} arriving evenly over
 * {@code -Dlimber.load.ramp} seconds, {@code -Dlimber.load.think} milliseconds between a person's
 * actions (steps are played in real time: 1 s holds, see {@link LoadTarget}). The run fails
 * unless the 95th percentile of all requests is at most 100 ms with no error.
 */
public class LimberSimulation extends Simulation {

    private static final LoadTarget TARGET = startTarget();
    private static final String SCENARIO = System.getProperty("limber.load.scenario", "mix");
    private static final int USERS = Integer.getInteger("limber.load.users", 100);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("limber.load.ramp", 60));
    private static final Duration THINK = Duration.ofMillis(Integer.getInteger("limber.load.think", 1000));
    /** A step's time: its 1 s hold, with the slack a person's clock has. */
    private static final Duration STEP = Duration.ofMillis(1100);
    private static final int P95_MS = Integer.getInteger("limber.load.p95", 100);
    private static final AtomicLong EDITS = new AtomicLong();

    private static LoadTarget startTarget() {
        try {
            LoadTarget target = LoadTarget.start();
            if (target.pid().isPresent() && !Boolean.getBoolean("limber.load.no-warm-up")) {
                // a jar started here runs interpreted at first: a few journeys of each kind first
                LoadFigures.warmUp(target);
            }
            return target;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start what the load test runs against", e);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(TARGET.baseUrl())
            .acceptEncodingHeader("gzip, deflate")
            .acceptHeader("*/*")
            .userAgentHeader("Mozilla/5.0 (Limber load test)");

    // ------------------------------------------------------------------ the protocol

    private static VaadinUi ui(Session session) {
        return (VaadinUi) session.get("ui");
    }

    /** A page opened in a new tab: the bootstrap page, the init request, the first navigation. */
    private static ChainBuilder open(String name, String route, String query) {
        return exec(http(name + ": page").get("/" + route + (query.isEmpty() ? "" : "?" + query)))
                .exec(http(name + ": init").get(session -> "/" + VaadinUi.initQuery(route, query))
                        .check(bodyString().saveAs("init")))
                .exec(session -> session.set("ui", VaadinUi.fromInit(session.getString("init"))).remove("init"))
                .exec(uidl(name + ": navigate", session -> ui(session).navigate(route, query)));
    }

    /**
     * One UIDL request of the user's UI; its answer is applied to the UI's state (a failure there,
     * an expired session or a button not found, makes the request fail), and what the server
     * asked of the browser's storage is answered as a browser does, in one more request.
     */
    private static ChainBuilder uidl(String name, Function<Session, String> message) {
        return exec(http(name).post(session -> "/" + ui(session).uidlQuery())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(message::apply))
                .check(bodyString().transformWithSession((body, session) -> {
                    ui(session).apply(body);
                    return true;
                }).is(true)))
                .doIf(session -> ui(session).hasStorageReads()).then(
                        exec(http(name + ": storage").post(session -> "/" + ui(session).uidlQuery())
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(session -> ui(session).answersToStorageReads().orElseThrow()))
                                .check(bodyString().transformWithSession((body, session) -> {
                                    ui(session).apply(body);
                                    return true;
                                }).is(true))));
    }

    private static ChainBuilder logIn() {
        return exec(http("login page").get("/login")
                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("login").post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(currentLocationRegex(".*/login.*").notExists()));
    }

    /** Every step after the first, each in its time, then the clock's end; Finish marks the last step. */
    private static ChainBuilder play(String name) {
        return exec(session -> session.set("step", 0).set("clock", ui(session).element("limber-clock").orElseThrow()))
                .asLongAs(session -> ui(session).button("Finish").isEmpty() && session.getInt("step") < 200).on(
                        exec(session -> session.set("step", session.getInt("step") + 1))
                                .pause(STEP)
                                .exec(uidl(name + ": step", session -> ui(session).event(session.getInt("clock"), "limber-step",
                                        Map.of("event.detail.step", session.getInt("step"),
                                                "event.detail.work", Journeys.work(session.getInt("step") + 1))))))
                .pause(STEP)
                .exec(uidl(name + ": end", session -> ui(session).event(session.getInt("clock"), "limber-end",
                        Map.of("event.detail.work", Journeys.work(session.getInt("step") + 1)))));
    }

    // ------------------------------------------------------------------ the journeys

    private final ScenarioBuilder shareViewer = scenario("A share viewer")
            .exec(open("A share page", "s/" + TARGET.shareToken(), ""))
            .pause(THINK)
            .exec(uidl("A Start", session -> ui(session).click("Start")))
            .exec(play("A player"))
            .pause(THINK)
            .exec(uidl("A feeling", session -> ui(session).choose("Good")))
            .exec(uidl("A I did it", session -> ui(session).click("I did it")));

    private final ScenarioBuilder coach = scenario("B coach")
            .feed(coaches())
            .exec(logIn())
            .exec(open("B library", "library", ""))
            .exec(uidl("B library: cards", session -> ui(session).firstItemsOfTheList()))
            .pause(THINK)
            .exec(uidl("B body map", session -> Journeys.bodyMapToggle(ui(session), "HAMSTRINGS")))
            .pause(THINK)
            .exec(uidl("B search", session -> ui(session).property(ui(session).element("vaadin-text-field").orElseThrow(),
                    "value", "stretch", "input")))
            .pause(THINK)
            .exec(uidl("B open routine", session -> ui(session).navigate("routines/" + session.getLong("routine"), "")))
            .pause(THINK)
            .exec(uidl("B retitle", session -> ui(session).property(ui(session).find(node -> "vaadin-text-field".equals(node.tag())
                            && "Title".equals(ui(session).propertyOf(node.id, "label"))).orElseThrow(),
                    "value", "Routine edit " + EDITS.incrementAndGet(), "input")));

    private final ScenarioBuilder athlete = scenario("C athlete")
            .feed(athletes())
            .exec(logIn())
            .exec(open("C my routines", "my-routines", ""))
            .pause(THINK)
            .exec(uidl("C Start", session -> ui(session).followLink("Start")))
            .exec(play("C player"))
            .pause(THINK)
            .exec(uidl("C feeling", session -> ui(session).choose("Good")))
            .exec(uidl("C Save", session -> ui(session).click("Save")));

    private static Iterator<Map<String, Object>> coaches() {
        List<Long> routines = TARGET.routineIds();
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("email", "coach@limber.test", "password", "limber-coach-demo",
                "routine", routines.get((int) (next.getAndIncrement() % routines.size())))).iterator();
    }

    private static Iterator<Map<String, Object>> athletes() {
        List<String> emails = List.of("ana@limber.test", "ben@limber.test");
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("email", emails.get((int) (next.getAndIncrement() % emails.size())),
                "password", "limber-athlete-demo")).iterator();
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        switch (SCENARIO) {
            case "A" -> populations.add(shareViewer.injectOpen(rampUsers(USERS).during(RAMP)));
            case "B" -> populations.add(coach.injectOpen(rampUsers(USERS).during(RAMP)));
            case "C" -> populations.add(athlete.injectOpen(rampUsers(USERS).during(RAMP)));
            case "mix" -> {
                int a = Math.round(USERS * 0.7f);
                int c = Math.round(USERS * 0.2f);
                populations.add(shareViewer.injectOpen(rampUsers(a).during(RAMP)));
                populations.add(athlete.injectOpen(rampUsers(c).during(RAMP)));
                populations.add(coach.injectOpen(rampUsers(Math.max(1, USERS - a - c)).during(RAMP)));
            }
            default -> throw new IllegalArgumentException("limber.load.scenario is A, B, C or mix, not " + SCENARIO);
        }
        setUp(populations).protocols(protocol)
                .assertions(global().responseTime().percentile(95.0).lte(P95_MS), global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        try {
            TARGET.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
