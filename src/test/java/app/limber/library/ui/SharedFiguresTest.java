package app.limber.library.ui;

import app.limber.account.SignUp;
import app.limber.body.Pose;
import app.limber.body.ui.StretchFigure;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.library.StretchCard;
import app.limber.library.StretchDetails;
import app.limber.library.StretchDraft;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stretch's figure is drawn once and shared: a hundred coaches looking at the same stretch
 * hold one drawing of it on the server, not a hundred (issue 17: the heap of a session). What is
 * shared must still be what each coach should see: their language's label, and a stretch's new
 * pose once it changed. The library's cards get the same drawings ({@link ShownCard}).
 */
class SharedFiguresTest extends UiTest {

    @Autowired
    LibraryService library;

    @Test
    void twoCoachesSeeingTheSameStretchHoldOneDrawingOfItInTheirLanguage() {
        signInAsCoach();
        StretchCard wallCalf = builtIn("Standing wall calf stretch");
        String first = figureOnItsPage(wallCalf.id());
        String firstCard = new ShownCard(wallCalf).figure();

        inANewSession();
        given.aCoach(new SignUp("otto@example.com", "Otto Other", "coach-password-2"));
        signInAs("otto@example.com");
        assertThat(figureOnItsPage(wallCalf.id())).as("the same markup, not a copy of it").isSameAs(first);
        assertThat(new ShownCard(wallCalf).figure()).as("and the library's card one drawing too").isSameAs(firstCard);

        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(figureOnItsPage(wallCalf.id())).as("a German coach's figure says its label in German")
                .isNotEqualTo(first).contains("als Figur");
    }

    @Test
    void aStretchWhosePoseChangedIsDrawnAnew() {
        signInAsCoach();
        Pose wallCalf = builtIn("Standing wall calf stretch").pose();
        StretchDetails mine = library.create(withPose(LibraryServiceTestDrafts.draft("Step calf drop"), wallCalf));
        String before = figureOnItsPage(mine.id());
        String cardBefore = new ShownCard(library.cards(List.of(mine.id())).get(mine.id())).figure();

        Pose bent = new Pose(wallCalf.view(), wallCalf.focus(), wallCalf.props(), wallCalf.motion(), List.of(
                new Pose.Posture(20, 10, new Pose.Limbs(30, 20, 40, 60, 10), Pose.Limbs.RELAXED)));
        library.update(mine.id(), mine.version(), withPose(LibraryServiceTestDrafts.draft("Step calf drop"), bent));
        String after = figureOnItsPage(mine.id());

        assertThat(after).as("the new pose, not the drawing of the old one").isNotEqualTo(before);
        assertThat(new ShownCard(library.cards(List.of(mine.id())).get(mine.id())).figure()).as("on its card too")
                .isNotEqualTo(cardBefore);
    }

    @Test
    void aCardsFigureHoldsNoTextTheCoachTypedItsLabelGoesBesideItAsText() {
        signInAsCoach();
        String name = "<img src=x onerror=alert(1)> Łódź 🏃";
        Pose wallCalf = builtIn("Standing wall calf stretch").pose();
        StretchDetails posed = library.create(withPose(LibraryServiceTestDrafts.draft(name), wallCalf));
        StretchDetails unposed = library.create(LibraryServiceTestDrafts.draft(name + " 2"));

        for (StretchDetails mine : List.of(posed, unposed)) {
            var card = new ShownCard(library.cards(List.of(mine.id())).get(mine.id()));
            assertThat(card.figure()).as("the markup the browser sets as markup").doesNotContain("onerror", "img src", "Łódź", "🏃");
            assertThat(card.figureLabel()).as("what a screen reader says, set as text").isNotBlank();
        }
        assertThat(new ShownCard(library.cards(List.of(posed.id())).get(posed.id())).figureLabel()).contains(name);
    }

    @Test
    void aBodyMapOnACardIsDrawnInTheCoachsLanguage() {
        signInAsCoach();
        StretchDetails unposed = library.create(LibraryServiceTestDrafts.draft("Seated reach, no pose yet"));
        var card = new ShownCard(library.cards(List.of(unposed.id())).get(unposed.id()));
        assertThat(card.showsTheBodyMap()).isTrue();
        String english = card.figure(); // the card's data is made when it is asked for

        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(card.figure()).as("its captions and muscle names in German, not the English drawing shared")
                .isNotEqualTo(english).contains(app.limber.base.Translations.text(app.limber.account.Language.GERMAN, "body-figure.front"));
    }

    /** The markup of the stretch's figure as its page holds it. */
    private static String figureOnItsPage(long id) {
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
        return (String) _get(StretchFigure.class).getElement().getPropertyRaw("innerHTML");
    }

    private StretchCard builtIn(String name) {
        return library.search(LibraryFilter.NONE.withText(name), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private static StretchDraft withPose(StretchDraft draft, Pose pose) {
        return new StretchDraft(draft.name(), draft.summary(), draft.instructions(), draft.cues(), draft.cautions(), draft.kind(),
                draft.position(), draft.equipment(), draft.purposes(), draft.holdSeconds(), draft.reps(), draft.perSide(),
                draft.primaryMuscles(), draft.secondaryMuscles(), draft.source(), pose, draft.contraindications());
    }
}
