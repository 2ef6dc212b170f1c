package app.limber.load;

import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The load test's three journeys, spoken through {@link VaadinClient} (one person, one tab):
 * what {@link LimberSimulation} does under load, here step by step for measuring one journey's
 * requests and bytes and the heap an open session holds. Each leaves its session open where it
 * ends.
 */
public final class Journeys {

    /** Someone playing a step reports more work than any step plans; the server caps it. */
    static final String CLAIM = "[100000000,1000]";
    private static final int MAX_STEPS = 200;

    private Journeys() {
    }

    /**
     * A: someone with a share link opens it, taps Start, plays every step in real time (the
     * clock's step events), reaches the end and taps "I did it".
     */
    public static void shareViewer(VaadinClient client, String token, Duration perStep) {
        openSharePlayer(client, token);
        play(client, perStep);
        client.send(client.ui().choose("Good"));
        client.click("I did it");
        require(client.ui().shows("Thanks"), client, "no thanks after \"I did it\"");
    }

    /** A, up to the player's first step: what an open share player holds. */
    public static void openSharePlayer(VaadinClient client, String token) {
        client.open("s/" + token);
        client.click("Start");
        require(client.ui().button("Next").isPresent(), client, "the share player did not start");
    }

    /** C: an athlete logs in, starts their routine, plays it and says how it felt. */
    public static void athlete(VaadinClient client, String email, String password, Duration perStep) {
        openAthletePlayer(client, email, password);
        play(client, perStep);
        client.send(client.ui().choose("Good"));
        client.click("Save");
        require(client.ui().shows("Saved"), client, "the feedback was not saved");
    }

    /** C, up to the player's first step. */
    public static void openAthletePlayer(VaadinClient client, String email, String password) {
        client.logIn(email, password);
        client.open("my-routines");
        client.send(client.ui().followLink("Start"));
        require(client.ui().button("Next").isPresent(), client, "the athlete's player did not start");
    }

    /**
     * B: a coach logs in, opens the library, picks hamstrings on the body map, searches for
     * "stretch", then opens one of their routines and retitles it.
     */
    public static void coach(VaadinClient client, String email, String password, long routineId, String newTitle) {
        openLibrary(client, email, password);
        filterLibrary(client);
        client.send(client.ui().navigate("routines/" + routineId, ""));
        int title = client.ui().find(node -> "vaadin-text-field".equals(node.tag()) && client.ui().textOf(node.id).isEmpty()
                && "Title".equals(client.ui().propertyOf(node.id, "label"))).orElseThrow(() -> new IllegalStateException("no Title field"));
        client.send(client.ui().property(title, "value", newTitle, "input"));
        require(!client.ui().shows("Not saved"), client, "the title was not saved");
    }

    /** B, up to the library: what a coach's library session holds. */
    public static void openLibrary(VaadinClient client, String email, String password) {
        client.logIn(email, password);
        client.open("library");
        client.send(client.ui().firstItemsOfTheList());
        require(client.ui().shows("stretches"), client, "the library did not open");
        // the cards are drawn in the browser from the list's data (StretchCards), or were components once
        require(client.ui().listItemsSent() > 0 || client.ui().element("vaadin-card").isPresent(), client, "the library shows no card");
    }

    /** B's two filter changes: a muscle on the body map, then a search text. */
    public static void filterLibrary(VaadinClient client) {
        client.send(bodyMapToggle(client.ui(), "HAMSTRINGS"));
        int search = client.ui().find(node -> "vaadin-text-field".equals(node.tag())).orElseThrow();
        client.send(client.ui().property(search, "value", "stretch", "input"));
    }

    /** What the library's body map sends when a muscle's region is clicked ({@code <limber-body-map>}'s toggle). */
    public static String bodyMapToggle(VaadinUi ui, String muscle) {
        int map = ui.element("limber-body-map", "aria-label", "Body map: choose muscles")
                .orElseThrow(() -> new IllegalStateException("no body map in the library"));
        return ui.event(map, app.limber.body.ui.BodyMapPicker.TOGGLE_EVENT, Map.of(app.limber.body.ui.BodyMapPicker.TOGGLED_MUSCLE, muscle));
    }

    /**
     * Every step after the first, each after its time, then the end, as the browser's clock
     * reports them; the last step is the one whose Next says Finish.
     */
    static void play(VaadinClient client, Duration perStep) {
        int clock = client.ui().element("limber-clock").orElseThrow();
        int step = 0;
        while (client.ui().button("Finish").isEmpty()) {
            require(step < MAX_STEPS, client, "no last step");
            pause(perStep);
            step++;
            client.send(client.ui().event(clock, "limber-step", Map.of("event.detail.step", step, "event.detail.work", work(step + 1))));
        }
        pause(perStep);
        client.send(client.ui().event(clock, "limber-end", Map.of("event.detail.work", work(step + 1))));
        require(client.ui().shows("Done!"), client, "the session did not end complete");
    }

    /** The clock's report of work on the first {@code steps} steps. */
    static String work(int steps) {
        var work = new StringJoiner(",", "[", "]");
        for (int i = 0; i < steps; i++) {
            work.add(CLAIM);
        }
        return work.toString();
    }

    /**
     * A virtual user holding the stretch: the server accepts a step as done only once its hold has
     * passed since Start, so a journey that plays like a person waits the hold out in real time
     * (what Gatling's {@code pause} does in the simulation). Not a test's wait for a condition.
     */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean holds, VaadinClient client, String what) {
        if (!holds) {
            String page = client.ui().textOf(1);
            throw new IllegalStateException(what + ": " + page.substring(0, Math.min(600, page.length())));
        }
    }
}
