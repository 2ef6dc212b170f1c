package app.limber.player.ui;

import app.limber.base.ui.VideoLoop;
import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchVideoService;
import app.limber.library.TestVideos;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.sharing.ui.SharedRoutineView;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step whose stretch has the coach's video plays it in the figure's place above the countdown,
 * silent, looping, inline, with its poster, from the address of the player's source; a step
 * without one keeps its figure.
 */
class StepVideoTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired StretchVideoService videos;
    @Autowired RoutineService routines;
    @Autowired SharingService sharing;

    private RoutineDetails routine;
    private String video;
    private String link;

    @BeforeEach
    void aRoutineWhoseFirstStepHasAVideoGivenToAnAthleteAndShared() {
        Person coach = signInAsCoach();
        long own = library.create(new StretchDraft("Step <b>calf</b> drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        video = videos.add(own, new ByteArrayInputStream(TestVideos.h264Mp4())).token();
        routine = routines.create("Calf care");
        routine = routines.addStep(routine.id(), own, 0);
        routine = routines.addStep(routine.id(), given.builtInStretches(1).getFirst().id(), 1);
        routine = given.published(coach, routine);
        link = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        given.give(coach, routine, given.anAthleteOf(coach, ATHLETE));
    }

    @Test
    void theAthletesPlayerShowsTheVideoAboveTheCountdownAndTheNextStepItsFigure() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        Player player = _get(PlayAssignedView.class).player();
        _click(player.overview().start);

        VideoLoop loop = _get(VideoLoop.class);
        assertThat(loop.getElement().getAttribute("slot")).isEqualTo("figure");
        assertThat(loop.getParent().map(Component::getElement)).hasValue(player.playing().clock.getElement());
        Element tag = loop.getElement().getChild(0);
        assertThat(tag.getTag()).isEqualTo("video");
        assertThat(tag.getAttribute("src")).isEqualTo("videos/" + video);
        assertThat(tag.getAttribute("poster")).isEqualTo("videos/" + video + "/poster");
        assertThat(List.of("muted", "loop", "playsinline")).allSatisfy(attribute -> assertThat(tag.hasAttribute(attribute)).as(attribute).isTrue());
        assertThat(tag.getProperty("muted", false)).isTrue();
        assertThat(tag.hasAttribute("controls")).as("the element decides: controls only for reduced motion").isFalse();
        assertThat(tag.getAttribute("aria-label")).as("the name as typed, as text").isEqualTo("Video: Step <b>calf</b> drop");
        assertThat(_find(Component.class, spec -> spec.withClasses("limber-player-figure"))).as("the video takes the figure's place").isEmpty();

        _click(player.playing().next);
        assertThat(_find(VideoLoop.class)).as("a built-in stretch has no video").isEmpty();
        assertThat(_find(Component.class, spec -> spec.withClasses("limber-player-figure"))).hasSize(1);
    }

    @Test
    void theSharePageAndTheSharedPlayerServeItUnderTheLink() {
        signOut();
        UI.getCurrent().navigate("s/" + link);
        _get(SharedRoutineView.class);
        assertThat(_get(VideoLoop.class).address()).isEqualTo("s/" + link + "/videos/" + video);

        UI.getCurrent().navigate("s/" + link + "/play");
        Player player = _get(PlaySharedView.class).player();
        _click(player.overview().start);
        VideoLoop loop = _get(VideoLoop.class);
        assertThat(loop.address()).isEqualTo("s/" + link + "/videos/" + video);
        assertThat(loop.getElement().getChild(0).getAttribute("poster")).isEqualTo("s/" + link + "/videos/" + video + "/poster");
    }
}
