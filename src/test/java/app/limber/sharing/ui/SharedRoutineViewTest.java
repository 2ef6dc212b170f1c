package app.limber.sharing.ui;

import app.limber.base.ui.AdviceCard;
import app.limber.base.ui.CoachWords;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public page of a share link, opened by someone without an account. */
class SharedRoutineViewTest extends UiTest {

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired LibraryService library;

    private List<StretchCard> stretches;
    private ShareLinkSummary link;

    @BeforeEach
    void aCoachSharedARoutine() {
        var coach = signInAsCoach();
        stretches = given.builtInStretches(3);
        RoutineDetails routine = given.aRoutine(coach, 3);
        routine = routines.describe(routine.id(), "Track cool-down", "", Purpose.POST_RUN);
        given.published(coach, routine);
        link = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED);
        signOut();
    }

    @Test
    void anyoneWithTheLinkSeesTheRoutineItsCoachAndItsStepsAndTheOpenIsCounted() {
        UI.getCurrent().navigate("s/" + link.token());
        SharedRoutineView page = _get(SharedRoutineView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Track cool-down");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-shared-coach")).getText()).isEqualTo("From " + COACH.displayName());
        assertThat(page.getElement().getTextRecursively()).contains("Post-run cool-down", "3 steps \u00b7 ");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith(stretches.get(0).name()).containsPattern("(No hold|Hold \\d+ s) · \\d+ reps?"),
                        second -> assertThat(second).startsWith(stretches.get(1).name()),
                        third -> assertThat(third).startsWith(stretches.get(2).name()));
        assertThat(page.start.isVisible()).isTrue();
        assertThat(page.print.getHref()).isEqualTo("s/" + link.token() + "/handout");
        assertThat(page.print.getElement().hasAttribute("router-ignore")).as("the handout is a server page, not a route").isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Track cool-down \u00b7 Limber");

        signInAsTheCoach();
        assertThat(sharing.links(routineId()).getFirst().opens()).isEqualTo(1);
    }

    @Test
    void eachStepShowsItsOwnDoseBetweenItsNameAndWhatItIs() {
        signInAsTheCoach();
        RoutineDetails routine = routines.open(routineId());
        var first = routine.steps().getFirst();
        var set = new StepDose(45, 2, Sides.EACH_SIDE, null, 15, "");
        assertThat(set).as("not the stretch's default").isNotEqualTo(first.dose());
        routines.changeStep(routine.id(), first.id(), set);
        publishing.publish(routine.id(), "");
        String summary = library.find(first.stretchId()).orElseThrow().summary();
        signOut();

        UI.getCurrent().navigate("s/" + link.token());

        ListItem step = _find(ListItem.class).getFirst();
        var parts = step.getChildren().toList();
        assertThat(parts.getFirst().getElement().getProperty("innerHTML")).as("the stretch's figure comes first")
                .contains("class='limber-pose", "aria-label='" + stretches.get(0).name() + ", as a figure");
        assertThat(parts.stream().skip(1).map(part -> part.getElement().getText()).toList())
                .containsExactly(stretches.get(0).name(), "Hold 45 s \u00b7 2 reps \u00b7 each side (left, then right) \u00b7 rest 15 s", summary);
        assertThat(StatedAmounts.in(summary)).as(summary).isEmpty();
    }

    @Test
    void aStepsNoteForTheAthleteIsOnThePageWithItsStepAsText() {
        String note = "Easy on the <b>left</b> knee & breathe";
        signInAsTheCoach();
        RoutineDetails routine = routines.open(routineId());
        var second = routine.steps().get(1);
        routines.changeStep(routine.id(), second.id(), new StepDose(30, 1, Sides.BOTH_AT_ONCE, null, 0, note));
        publishing.publish(routine.id(), "");
        signOut();

        UI.getCurrent().navigate("s/" + link.token());

        List<ListItem> steps = _find(ListItem.class);
        assertThat(_find(steps.get(0), CoachWords.class)).as("no note, no words").isEmpty();
        assertThat(_find(steps.get(2), CoachWords.class)).isEmpty();
        CoachWords words = _get(steps.get(1), CoachWords.class);
        assertThat(words.getElement().getTextRecursively()).isEqualTo("Note from your coach: " + note);
        assertThat(words.words()).as("as typed, not as markup").isEqualTo(note);
        assertThat(words.getElement().getChildren().flatMap(part -> part.getChildren()).filter(part -> !part.isTextNode()))
                .as("nothing of the note became an element").isEmpty();
    }

    @Test
    void anAnonymousViewersSessionGetsTheShortTimeout() {
        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(3600);

        UI.getCurrent().navigate("s/" + link.token());

        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(600);
    }

    @Test
    void aCrampReliefRoutineSharedByLinkShowsTheHydrationCardAndACoolDownDoesNot() {
        UI.getCurrent().navigate("s/" + link.token());
        assertThat(_find(AdviceCard.class)).as("a cool-down").isEmpty();

        var coach = signInAsCoach();
        RoutineDetails cramp = routines.createFromTemplate("calf-cramp-relief-mid-run");
        given.published(coach, cramp);
        ShareLinkSummary crampLink = sharing.create(cramp.id(), "Race day", null, Pin.LATEST_PUBLISHED);
        signOut();
        UI.getCurrent().navigate("s/" + crampLink.token());
        assertThat(_get(AdviceCard.class).getElement().getTextRecursively()).contains("Drinking around a run", "4 to 8 oz", "hyponatraemia");
    }

    @Test
    void aLinkThatDoesNotWorkSaysSo() {
        UI.getCurrent().navigate("s/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("This link no longer works",
                "Ask whoever sent it to you for a new link.");
        assertThat(_find(H1.class)).isEmpty();
        assertThat(_get(SharedRoutineView.class).start.isAttached()).isFalse();
    }

    @Test
    void aLinkRevokedWhileThePageIsOpenStopsTheViewerAtTheirNextAction() {
        UI.getCurrent().navigate("s/" + link.token());
        SharedRoutineView page = _get(SharedRoutineView.class);
        signInAsTheCoach();
        sharing.revoke(link.id());
        signOut();

        _click(page.start);

        assertThat(_get(H2.class, spec -> spec.withText("This link no longer works")).isVisible()).isTrue();
        assertThat(_find(H1.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("s/" + link.token());
    }

    @Test
    void guessingTokensInsideTheAppIsRateLimitedToo() {
        for (int guess = 0; guess < 30; guess++) {
            UI.getCurrent().navigate("s/" + "A".repeat(20) + String.format("%02d", guess));
            assertThat(_get(H2.class).getText()).isEqualTo("This link no longer works");
        }

        UI.getCurrent().navigate("s/" + link.token());

        assertThat(_get(H2.class).getText()).isEqualTo("Too many tries");
        assertThat(_get(EmptyState.class).getElement().getTextRecursively())
                .contains("Too many links opened from your network in a short time. Wait a minute, then try again.");
        assertThat(_find(H1.class)).as("not even a working link is looked up").isEmpty();
    }

    private void signInAsTheCoach() {
        signInAs(COACH.email());
    }

    private long routineId() {
        return routines.list("", false).getFirst().id();
    }
}
