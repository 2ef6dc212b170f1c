package app.limber.player.ui;

import app.limber.coaching.Feeling;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.StatedAmounts;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The same player, opened from a share link by someone without an account. */
class SharedPlayerViewTest extends UiTest {

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired LibraryService library;

    private ShareLinkSummary link;
    private long routineId;

    @BeforeEach
    void aCoachSharedARoutine() {
        routineId = given.aPublishedRoutine(signInAsCoach()).id();
        link = sharing.create(routineId, "Club", null, Pin.LATEST_PUBLISHED);
        signOut();
    }

    private Player open() {
        UI.getCurrent().navigate("s/" + link.token() + "/play");
        return _get(PlaySharedView.class).player();
    }

    @Test
    void anyoneWithTheLinkPlaysItAndIDidItCountsAnAnonymousCompletionWithHowItFelt() {
        Player player = open();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-player-facts")).getText())
                .startsWith("From " + COACH.displayName()).contains("2 steps");
        _click(player.overview().start);
        ClockEvents.timePasses(clock, player.plan());
        ClockEvents.progress(player, ClockEvents.work(player.plan(), 1, 1.0));
        _click(player.playing().next);
        ClockEvents.end(player, ClockEvents.playedOut(player.plan()));

        assertThat(player.state()).isEqualTo(Player.State.DONE);
        // an anonymous viewer is asked only how it felt: no pain, no note, nothing personal
        assertThat(player.done().painLevel.isAttached()).isFalse();
        assertThat(player.done().note.isAttached()).isFalse();
        assertThat(player.done().save.getText()).isEqualTo("I did it");
        assertThat(jdbc.queryForObject("select count(*) from session_log", Integer.class)).isZero();

        _setValue(player.done().feeling, Feeling.EASY);
        _click(player.done().save);

        assertThat(player.done().saved.getText()).isEqualTo("Thanks! Counted.");
        assertThat(player.done().save.isEnabled()).as("counted once").isFalse();
        assertThat(jdbc.queryForList("select feeling from share_completion", String.class)).containsExactly("EASY");
        signInAs(COACH.email());
        assertThat(sharing.links(routineId).getFirst().completions()).isEqualTo(1);
    }

    @Test
    void theSharedPlayerShowsTheStepsOwnDoseRightAboveItsInstructions() {
        signInAs(COACH.email());
        RoutineDetails routine = routines.open(routineId);
        var first = routine.steps().getFirst();
        var set = new StepDose(45, 2, Sides.EACH_SIDE, null, 15, "");
        assertThat(set).as("not the stretch's default").isNotEqualTo(first.dose());
        routines.changeStep(routineId, first.id(), set);
        publishing.publish(routineId, "");
        var instructions = library.find(first.stretchId()).orElseThrow().instructions();
        signOut();

        Player player = open();
        _click(player.overview().start);

        var shown = player.playing().stepContent.getChildren().toList();
        Paragraph dose = _get(player.playing().stepContent, Paragraph.class, spec -> spec.withClasses("limber-stretch-dose"));
        OrderedList how = _get(player.playing().stepContent, OrderedList.class, spec -> spec.withClasses("limber-player-instructions"));
        assertThat(dose.getText()).isEqualTo("Hold 45 s \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 15 s");
        assertThat(_find(how, ListItem.class)).extracting(ListItem::getText).isEqualTo(instructions)
                .allSatisfy(line -> assertThat(StatedAmounts.in(line)).as(line).isEmpty());
        assertThat(shown.indexOf(dose)).isZero().isLessThan(shown.indexOf(how));
    }

    @Test
    void guessingTokensForThePlayerInsideTheAppIsRateLimited() {
        for (int guess = 0; guess < 30; guess++) {
            UI.getCurrent().navigate("s/" + "A".repeat(20) + String.format("%02d", guess) + "/play");
            assertThat(_get(PlaySharedView.class).player()).isNull();
            assertThat(_get(H2.class).getText()).isEqualTo("This link no longer works");
        }

        UI.getCurrent().navigate("s/" + link.token() + "/play");

        assertThat(_get(H2.class).getText()).isEqualTo("Too many tries");
        assertThat(_get(PlaySharedView.class).player()).as("not even a working link is looked up").isNull();
    }

    @Test
    void tappingThroughASharedRoutineCountsNoCompletion() {
        Player player = open();
        _click(player.overview().start);
        _click(player.playing().next);
        _click(player.playing().next); // Finish

        assertThat(_get(H1.class, spec -> spec.withText("Session ended")).isVisible()).isTrue();
        assertThat(player.done().save.isAttached()).as("no \u201cI did it\u201d for steps not done").isFalse();
    }

    @Test
    void endingASharedRoutinePartWayCountsNoCompletion() {
        Player player = open();
        _click(player.overview().start);
        _click(player.playing().end);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(H1.class, spec -> spec.withText("Session ended")).isVisible()).isTrue();
        assertThat(player.done().save.isAttached()).as("no \u201cI did it\u201d for part of the routine").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from share_completion", Integer.class)).isZero();
    }

    @Test
    void aLinkRevokedWhileTheRoutineIsOpenStopsThePlayerAtTheNextAction() {
        Player player = open();
        _click(player.overview().start);
        signInAs(COACH.email());
        sharing.revoke(link.id());
        signOut();

        _click(player.playing().next);

        assertThat(player.state()).isEqualTo(Player.State.UNAVAILABLE);
        assertThat(_get(H1.class, spec -> spec.withText("No longer available")).isVisible()).isTrue();
        assertThat(player.getElement().getTextRecursively()).contains("This link no longer works");
        assertThat(player.currentStep()).isZero();
    }
}
