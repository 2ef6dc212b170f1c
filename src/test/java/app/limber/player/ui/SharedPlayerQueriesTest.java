package app.limber.player.ui;

import app.limber.coaching.Feeling;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.support.QueryCounter;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a share journey asks of the database: the page and the player each look the link up once
 * as they open, and then check it in memory (issue 17), so playing every step asks nothing.
 */
class SharedPlayerQueriesTest extends UiTest {

    private static final int STEPS = 7;

    @Autowired
    SharingService sharing;

    private ShareLinkSummary link;

    @BeforeEach
    void aCoachSharedARoutineOfSevenSteps() {
        long routineId = given.aPublishedRoutine(signInAsCoach(), STEPS).id();
        link = sharing.create(routineId, "Club", null, Pin.LATEST_PUBLISHED);
        signOut();
    }

    @Test
    void playingEveryStepOfASharedRoutineAsksTheDatabaseNothing() {
        int page = QueryCounter.count(() -> UI.getCurrent().navigate("s/" + link.token()));
        int start = QueryCounter.count(() -> _click(_get(Button.class, spec -> spec.withText("Start"))));
        Player player = _get(PlaySharedView.class).player();
        int playing = QueryCounter.count(() -> _click(player.overview().start));
        int steps = QueryCounter.count(() -> {
            for (int step = 1; step < STEPS; step++) {
                ClockEvents.progress(player, ClockEvents.work(player.plan(), step, 1.0));
                _click(player.playing().next);
            }
        });
        assertThat(player.currentStep()).isEqualTo(STEPS - 1);
        ClockEvents.timePasses(clock, player.plan());
        int end = QueryCounter.count(() -> ClockEvents.end(player, ClockEvents.playedOut(player.plan())));
        assertThat(player.state()).isEqualTo(Player.State.DONE);
        int feedback = QueryCounter.count(() -> {
            _setValue(player.done().feeling, Feeling.GOOD);
            _click(player.done().save);
        });
        assertThat(player.done().saved.getText()).isEqualTo("Thanks! Counted.");

        System.out.printf("share journey queries (%d steps): page %d, Start %d, first step %d, the other steps %d, end %d,"
                + " \u201cI did it\u201d %d; %d in all%n", STEPS, page, start, playing, steps, end, feedback,
                page + start + playing + steps + end + feedback);
        assertThat(playing).as("the player's Start checks the link in memory").isZero();
        assertThat(steps).as("%d steps: the link checked in memory at each", STEPS - 1).isZero();
    }
}
