package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.library.Contraindication;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.library.StretchDetails;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing keeps each step's easier version with it (issue 15): the built-in lunge for a calf
 * cramp names the knee bend as easier, so its step carries the knee bend's name, instructions,
 * cues, cautions and figure; a stretch naming none carries none; a share link plays the same.
 */
class EasierVersionPublishingTest extends LimberTest {

    @Autowired PublishingService publishing;
    @Autowired RoutineService routines;
    @Autowired LibraryService library;
    @Autowired AccountService accounts;
    @Autowired SharingService sharing;

    private long lunge;
    private long kneeBend;
    private long shin;
    private RoutineDetails routine;

    @BeforeEach
    void aRoutineWithTheCalfCrampLungeAndAStretchWithoutAnEasierVersion() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        var ids = library.builtInIds(List.of("standing-lunge-calf-cramp-release", "standing-knee-bend-calf-stretch",
                "standing-calf-cramp-shin-contraction"));
        lunge = ids.get("standing-lunge-calf-cramp-release");
        kneeBend = ids.get("standing-knee-bend-calf-stretch");
        shin = ids.get("standing-calf-cramp-shin-contraction");
        routine = routines.create("Calf cramp");
        routine = routines.addStep(routine.id(), shin, 0);
        routine = routines.addStep(routine.id(), lunge, 1);
    }

    @Test
    void aStepKeepsItsStretchsEasierVersionAndAStepWithoutOneKeepsNone() {
        publishing.publish(routine.id(), "");
        PublishedRoutine published = publishing.version(routine.id(), 1).orElseThrow();
        StretchDetails knee = library.find(kneeBend).orElseThrow();

        assertThat(published.steps().getFirst().easier()).as("the shin contraction names no easier version").isNull();
        EasierVersion easier = published.steps().get(1).easier();
        assertThat(easier).isNotNull();
        assertThat(easier.stretchId()).isEqualTo(kneeBend);
        assertThat(easier.name()).isEqualTo(knee.name());
        assertThat(easier.summary()).isEqualTo(knee.summary());
        assertThat(easier.instructions()).isEqualTo(knee.instructions()).isNotEmpty();
        assertThat(easier.cues()).isEqualTo(knee.cues());
        assertThat(easier.cautions()).isEqualTo(knee.cautions()).isNotEmpty();
        assertThat(easier.pose()).isNotNull().isEqualTo(knee.pose());
        assertThat(easier.primaryMuscles()).isEqualTo(knee.primaryMuscles());
        assertThat(easier.contraindications()).containsExactlyElementsOf(knee.contraindications().stream().sorted().toList());
        assertThat(publishing.state(routine.id())).as("published as it is").isEqualTo(PublishState.PUBLISHED);
    }

    @Test
    void aShareLinkPlaysTheSameVersionWithItsEasierVersion() {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();

        var shared = sharing.view(token).orElseThrow();

        assertThat(shared.routine().steps().get(1).easier()).isNotNull()
                .extracting(EasierVersion::stretchId).isEqualTo(kneeBend);
    }

    @Test
    void aCoachsOwnEasierVersionIsKeptAndChangingItIsAChangeToPublish() {
        StretchDetails gentle = library.create(LibraryServiceTestDrafts.draft("Gentle wall lean"));
        StretchDetails own = library.create(LibraryServiceTestDrafts.draft("My calf stretch").withVariations(gentle.id(), null));
        routine = routines.addStep(routine.id(), own.id(), 2);
        publishing.publish(routine.id(), "");
        assertThat(publishing.version(routine.id(), 1).orElseThrow().steps().get(2).easier())
                .extracting(EasierVersion::name).isEqualTo("Gentle wall lean");

        StretchDetails gentler = library.create(LibraryServiceTestDrafts.draft("Seated towel calf"));
        library.update(own.id(), own.version(), LibraryServiceTestDrafts.draft("My calf stretch").withVariations(gentler.id(), null));

        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.CHANGED);
        assertThat(publishing.pendingChanges(routine.id())).extracting(app.limber.base.Words::english).containsExactly("\u201cMy calf stretch\u201d: easier version: Seated towel calf");
        assertThat(publishing.version(routine.id(), 1).orElseThrow().steps().get(2).easier().name())
                .as("the published version keeps what it had").isEqualTo("Gentle wall lean");

        library.archive(gentler.id());
        assertThat(publishing.pendingChanges(routine.id())).as("an archived easier version is not offered")
                .extracting(app.limber.base.Words::english).containsExactly("\u201cMy calf stretch\u201d: no easier version");
    }

    @Test
    void theEasierVersionsCautionsGoWithIt() {
        StretchDetails gentle = library.create(LibraryServiceTestDrafts.draft("Gentle wall lean")
                .withContraindications(Set.of(Contraindication.BLOOD_CLOT)));
        StretchDetails own = library.create(LibraryServiceTestDrafts.draft("My calf stretch").withVariations(gentle.id(), null));
        routine = routines.addStep(routine.id(), own.id(), 2);
        publishing.publish(routine.id(), "");

        assertThat(publishing.version(routine.id(), 1).orElseThrow().steps().get(2).easier().contraindicationCautions())
                .containsExactly(Contraindication.BLOOD_CLOT.caution());
    }
}
