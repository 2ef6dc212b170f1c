package app.limber.player.ui;

import app.limber.body.Muscle;
import app.limber.library.LibraryService;
import app.limber.library.Position;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchPhotoService;
import app.limber.library.TestPhotos;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.sharing.ui.SharedRoutineView;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
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

/** A step whose stretch has the coach's photos shows them in the player and on the share page, each from its own address. */
class StepPhotosTest extends UiTest {

    @Autowired LibraryService library;
    @Autowired StretchPhotoService photos;
    @Autowired RoutineService routines;
    @Autowired SharingService sharing;

    private RoutineDetails routine;
    private List<String> tokens;
    private String link;

    @BeforeEach
    void aRoutineWhoseFirstStepHasTwoPhotosGivenToAnAthleteAndShared() {
        Person coach = signInAsCoach();
        long own = library.create(new StretchDraft("Step <b>calf</b> drop", "", List.of("Do it."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(), 30, 1, false, List.of(Muscle.CALF_SOLEUS),
                List.of(), "")).id();
        tokens = List.of(photos.add(own, new ByteArrayInputStream(TestPhotos.png(400, 300))).token(),
                photos.add(own, new ByteArrayInputStream(TestPhotos.png(300, 400))).token());
        routine = routines.create("Calf care");
        routine = routines.addStep(routine.id(), own, 0);
        routine = routines.addStep(routine.id(), given.builtInStretches(1).getFirst().id(), 1);
        routine = given.published(coach, routine);
        link = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        given.give(coach, routine, given.anAthleteOf(coach, ATHLETE));
    }

    @Test
    void theAthletesPlayerShowsTheStepsPhotosAndTheNextStepHasNone() {
        signInAs(ATHLETE.email());
        UI.getCurrent().navigate("my-routines/" + routine.id() + "/play");
        Player player = _get(PlayAssignedView.class).player();
        _click(player.overview().start);

        assertThat(_find(Image.class).stream().map(Image::getSrc).toList())
                .containsExactly("photos/" + tokens.get(0) + "/thumbnail", "photos/" + tokens.get(1) + "/thumbnail");
        assertThat(_find(Image.class).stream().map(image -> image.getAlt().orElse("")).toList())
                .containsExactly("Photo 1 of 2: Step <b>calf</b> drop", "Photo 2 of 2: Step <b>calf</b> drop");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("limber-photo")).stream().map(Anchor::getHref).toList())
                .containsExactly("photos/" + tokens.get(0), "photos/" + tokens.get(1));

        _click(player.playing().next);
        assertThat(_find(Image.class)).as("a built-in stretch has no photos").isEmpty();
    }

    @Test
    void theSharePageAndTheSharedPlayerServeThemUnderTheLink() {
        signOut();
        UI.getCurrent().navigate("s/" + link);
        _get(SharedRoutineView.class);
        assertThat(_find(Image.class).stream().map(Image::getSrc).toList())
                .containsExactly("s/" + link + "/photos/" + tokens.get(0) + "/thumbnail", "s/" + link + "/photos/" + tokens.get(1) + "/thumbnail");

        UI.getCurrent().navigate("s/" + link + "/play");
        Player player = _get(PlaySharedView.class).player();
        _click(player.overview().start);
        assertThat(_find(Image.class).stream().map(Image::getSrc).toList())
                .containsExactly("s/" + link + "/photos/" + tokens.get(0) + "/thumbnail", "s/" + link + "/photos/" + tokens.get(1) + "/thumbnail");
    }
}
