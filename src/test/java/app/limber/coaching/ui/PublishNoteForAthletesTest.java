package app.limber.coaching.ui;

import app.limber.base.ui.CoachWords;
import app.limber.coaching.PublishingService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note a coach types when publishing reaches the athlete wherever they meet that version:
 * on My routines (with "New version" and what changed), on the routine page and on the player's
 * overview, as the coach's words and as text.
 */
class PublishNoteForAthletesTest extends UiTest {

    private static final String NOTE = "Longer child's pose this week. <b>Breathe</b> & relax";

    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;

    private Person coach;
    private RoutineDetails routine;

    /** Casey gives Ana a routine whose version 1 has no note; Ana has opened it once. */
    @BeforeEach
    void anAthleteHasOpenedVersionOne() {
        coach = signInAsCoach();
        Person athlete = given.anAthleteOf(coach, ATHLETE);
        routine = given.aPublishedRoutine(coach, 2);
        given.give(coach, routine, athlete);
        signInAs(ATHLETE.email());
        openRoutinePage();
    }

    @Test
    void aNewVersionShowsItsNoteWithTheBadgeAndWhatChanged() {
        publishAgain("Track cool-down, longer", NOTE);

        UI.getCurrent().navigate(MyRoutinesView.class);

        Card card = _get(Card.class, spec -> spec.withClasses("limber-assigned-card"));
        assertThat(_get(card, Badge.class).getText()).isEqualTo("New version");
        assertThat(card.getElement().getTextRecursively()).containsSubsequence(
                "Renamed from \u201cTrack cool-down\u201d to \u201cTrack cool-down, longer\u201d",
                "Note from " + COACH.displayName() + ": " + NOTE);
        assertIsText(_get(card, CoachWords.class));
    }

    @Test
    void theRoutinePageAndThePlayersOverviewShowTheNoteOfTheVersionTheyShow() {
        publishAgain("Track cool-down, longer", NOTE);

        openRoutinePage();
        CoachWords onPage = _get(CoachWords.class, spec -> spec.withClasses("limber-publish-note"));
        assertThat(onPage.getElement().getTextRecursively()).isEqualTo("Note from " + COACH.displayName() + ": " + NOTE);
        assertIsText(onPage);

        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        CoachWords onOverview = _get(CoachWords.class, spec -> spec.withClasses("limber-publish-note"));
        assertThat(onOverview.getElement().getTextRecursively()).isEqualTo("Note from " + COACH.displayName() + ": " + NOTE);
        assertIsText(onOverview);
    }

    @Test
    void onceOpenedTheNoteLeavesMyRoutinesButStaysWithTheRoutine() {
        publishAgain("Track cool-down, longer", NOTE);
        openRoutinePage();

        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(_find(Badge.class)).as("nothing new any more").isEmpty();
        assertThat(_find(CoachWords.class)).isEmpty();
        openRoutinePage();
        assertThat(_find(CoachWords.class)).hasSize(1);
    }

    @Test
    void aRoutineNotOpenedYetShowsTheNoteItWasGivenWith() {
        var ben = given.anAthleteOf(coach, app.limber.support.Fixtures.BEN);
        publishAgain("Track cool-down, longer", "Start gently");
        given.give(coach, routine, ben);
        signInAs(ben.email());

        UI.getCurrent().navigate(MyRoutinesView.class);

        assertThat(_find(Badge.class)).as("nothing to compare with: not a new version").isEmpty();
        assertThat(_get(CoachWords.class).getElement().getTextRecursively())
                .isEqualTo("Note from " + COACH.displayName() + ": Start gently");
    }

    @Test
    void noNoteNoWords() {
        publishAgain("Track cool-down, longer", "   ");

        UI.getCurrent().navigate(MyRoutinesView.class);
        assertThat(_get(Badge.class).getText()).isEqualTo("New version");
        assertThat(_find(CoachWords.class)).isEmpty();
        assertThat(_get(Card.class).getElement().getTextRecursively()).doesNotContain("Note from");

        openRoutinePage();
        assertThat(_find(CoachWords.class)).isEmpty();
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        assertThat(_find(CoachWords.class)).isEmpty();
    }

    /** The coach's text is one text node: markup in it shows as typed, nothing of it becomes HTML. */
    private static void assertIsText(CoachWords words) {
        assertThat(words.words()).isEqualTo(NOTE);
        List<Span> parts = _find(words, Span.class);
        assertThat(parts).extracting(Span::getText).contains(NOTE);
        assertThat(words.getElement().getChildren().flatMap(child -> child.getChildren())
                .filter(element -> !element.isTextNode())).as("no elements made of the note").isEmpty();
    }

    private void openRoutinePage() {
        UI.getCurrent().navigate("my-routines/" + routine.id());
    }

    /** The coach retitles the routine and publishes it with this note; the test continues as whoever it was. */
    private void publishAgain(String title, String note) {
        given.as(COACH.email(), () -> {
            routines.describe(routine.id(), title, "", null);
            publishing.publish(routine.id(), note);
            return null;
        });
    }
}
