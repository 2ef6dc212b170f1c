package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.account.TestAccounts;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.LibraryServiceTestDrafts;
import app.limber.library.StretchCard;
import app.limber.library.StretchDetails;
import app.limber.library.StretchDraft;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishingServiceTest extends LimberTest {

    @Autowired
    PublishingService publishing;

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    private List<StretchCard> stretches;
    private RoutineDetails routine;

    @BeforeEach
    void aRoutineOfThreeSteps() {
        accounts.signUpCoach(new SignUp("casey@example.com", "Casey", "casey-password-1"));
        authenticateAs("casey@example.com");
        stretches = library.search(LibraryFilter.NONE, 0, 100);
        routine = routines.create("Track cool-down");
        for (int index = 0; index < 3; index++) {
            routine = routines.addStep(routine.id(), stretches.get(index).id(), index);
        }
    }

    @Test
    void aVersionKeepsTheFigureItWasPublishedWithAndANewFigureIsAChangeToPublish() {
        publishing.publish(routine.id(), "");
        long stretchId = routine.steps().getFirst().stretchId();
        var published = publishing.version(routine.id(), 1).orElseThrow().steps().getFirst().pose();
        assertThat(published).isNotNull().isEqualTo(library.find(stretchId).orElseThrow().pose());

        // the library's figure for the stretch is redrawn: the first key posture leans a little further
        jdbc.update("update stretch set pose = jsonb_set(pose, '{keys,0,trunk}', to_jsonb(coalesce((pose->'keys'->0->>'trunk')::int, 0) + 5))"
                + " where id = ?", stretchId);

        assertThat(publishing.version(routine.id(), 1).orElseThrow().steps().getFirst().pose()).isEqualTo(published);
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.CHANGED);
        assertThat(publishing.pendingChanges(routine.id())).singleElement().asString()
                .isEqualTo("\u201c" + routine.steps().getFirst().stretchName() + "\u201d: details updated");
    }

    @Test
    void aVersionStoredBeforeStretchesHadFiguresStillReadsAsPublished() {
        PublishedRoutine now = publishing.version(routine.id(), publishing.publish(routine.id(), "").number()).orElseThrow();
        List<PublishedStep> withoutFigures = now.steps().stream().map(step -> new PublishedStep(step.stepId(), step.stretchId(),
                step.name(), step.summary(), step.instructions(), step.cues(), step.cautions(), step.kind(), step.position(),
                step.primaryMuscles(), step.secondaryMuscles(), step.dose(), null, step.photos(), step.video(),
                step.contraindications())).toList();
        PublishedRoutine before = new PublishedRoutine(now.title(), now.description(), now.purpose(), now.estimatedSeconds(), withoutFigures);

        assertThat(now.steps()).allSatisfy(step -> assertThat(step.pose()).isNotNull());
        assertThat(PublishingService.isAsPublished(before, now)).as("a figure added since is not the coach's change").isTrue();
        assertThat(PublishingService.isAsPublished(now, before)).as("a figure taken away is").isFalse();
        assertThat(PublishingService.isAsPublished(before, new PublishedRoutine("Renamed", now.description(), now.purpose(),
                now.estimatedSeconds(), now.steps()))).isFalse();
    }

    @Test
    void versionsAreNumberedAndTheStateFollowsEdits() {
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.DRAFT);

        VersionSummary first = publishing.publish(routine.id(), "  For Tuesday's group ");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.note()).isEqualTo("For Tuesday's group");
        assertThat(first.changes()).extracting(app.limber.base.Words::english).containsExactly("First version");
        assertThat(first.changes().getFirst().key()).isEqualTo("routine-versions.first-version");
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.PUBLISHED);

        RoutineDetails asPublished = routine;
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(45, 2, Sides.EACH_SIDE, null, 10, "Slow breaths"));
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.CHANGED);
        assertThat(publishing.state(routine)).as("as the editor shows it after the change").isEqualTo(PublishState.CHANGED);
        assertThat(publishing.state(asPublished)).as("as an editor showed it before the change").isEqualTo(PublishState.PUBLISHED);
        assertThat(publishing.pendingChanges(routine.id())).singleElement().asString()
                .startsWith("\u201c" + stretches.getFirst().name() + "\u201d: hold")
                .contains("reps " + stretches.getFirst().reps() + " \u2192 2", "rest 0 s \u2192 10 s", "new note");

        assertThat(publishing.publish(routine.id(), "").number()).isEqualTo(2);
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.PUBLISHED);
        assertThat(publishing.versions(routine.id())).extracting(VersionSummary::number).containsExactly(2, 1);
    }

    @Test
    void aPublishedVersionNeverChangesWhenTheRoutineOrItsStretchesDo() {
        StretchDetails own = library.create(LibraryServiceTestDrafts.draft("My heel drop"));
        routine = routines.addStep(routine.id(), own.id(), 0);
        publishing.publish(routine.id(), "");
        PublishedRoutine published = publishing.version(routine.id(), 1).orElseThrow();

        routine = routines.describe(routine.id(), "Renamed", "", null);
        routine = routines.removeStep(routine.id(), routine.steps().get(1).id()).routine();
        StretchDraft changed = LibraryServiceTestDrafts.draft("My heel drop");
        library.update(own.id(), own.version(), new StretchDraft(changed.name(), changed.summary(), List.of("A brand new first step."),
                changed.cues(), changed.cautions(), changed.kind(), changed.position(), changed.equipment(), changed.purposes(),
                changed.holdSeconds(), changed.reps(), changed.perSide(), changed.primaryMuscles(), changed.secondaryMuscles(), changed.source()));

        assertThat(publishing.version(routine.id(), 1)).contains(published);
        assertThat(published.title()).isEqualTo("Track cool-down");
        assertThat(published.steps()).hasSize(4);
        assertThat(published.steps().getFirst().instructions()).isEqualTo(own.instructions());
        assertThat(publishing.pendingChanges(routine.id())).extracting(app.limber.base.Words::english).contains(
                "Renamed from \u201cTrack cool-down\u201d to \u201cRenamed\u201d",
                "Removed \u201c" + stretches.getFirst().name() + "\u201d",
                "\u201cMy heel drop\u201d: instructions updated");
    }

    @Test
    void changedMusclesOfAStretchShowAsUpdatedDetails() {
        StretchDetails own = library.create(LibraryServiceTestDrafts.draft("My heel drop"));
        routine = routines.addStep(routine.id(), own.id(), 0);
        publishing.publish(routine.id(), "");
        StretchDraft draft = LibraryServiceTestDrafts.draft("My heel drop");
        library.update(own.id(), own.version(), new StretchDraft(draft.name(), draft.summary(), draft.instructions(),
                draft.cues(), draft.cautions(), draft.kind(), draft.position(), draft.equipment(), draft.purposes(),
                draft.holdSeconds(), draft.reps(), draft.perSide(), List.of(app.limber.body.Muscle.HAMSTRINGS),
                draft.secondaryMuscles(), draft.source()));

        assertThat(publishing.pendingChanges(routine.id())).extracting(app.limber.base.Words::english).containsExactly("\u201cMy heel drop\u201d: details updated");
    }

    @Test
    void whatChangedNamesAddedMovedAndRemovedSteps() {
        routine = routines.addStep(routine.id(), stretches.get(3).id(), 3);
        publishing.publish(routine.id(), "");
        List<String> names = routine.steps().stream().map(step -> step.stretchName()).toList();

        // A B C D  ->  D A B C  ->  D X A B C  ->  D X A B
        routine = routines.moveStep(routine.id(), routine.steps().get(3).id(), 0);
        routine = routines.addStep(routine.id(), stretches.get(5).id(), 1);
        routine = routines.removeStep(routine.id(), routine.steps().getLast().id()).routine();

        assertThat(publishing.pendingChanges(routine.id())).extracting(app.limber.base.Words::key)
                .containsExactlyInAnyOrder("what-changed.added", "what-changed.removed", "what-changed.moved");
        assertThat(publishing.pendingChanges(routine.id())).extracting(app.limber.base.Words::english).containsExactlyInAnyOrder(
                "Added \u201c" + stretches.get(5).name() + "\u201d as step 2",
                "Removed \u201c" + names.get(2) + "\u201d",
                "Moved \u201c" + names.get(3) + "\u201d from step 4 to step 1");
    }

    @Test
    void nothingToPublishIsRefusedWithAReason() {
        RoutineDetails empty = routines.create("Empty");
        assertThatThrownBy(() -> publishing.publish(empty.id(), "")).isInstanceOf(PublishingException.class)
                .hasMessage("Add at least one step before publishing.");

        publishing.publish(routine.id(), "");
        assertThatThrownBy(() -> publishing.publish(routine.id(), "again")).isInstanceOf(PublishingException.class)
                .hasMessage("Nothing changed since version 1.")
                .satisfies(refused -> assertThat(((PublishingException) refused).words())
                        .isEqualTo(app.limber.base.Words.of("publish.error.nothing-changed", 1)));
        assertThatThrownBy(() -> publishing.publish(routine.id(), "x".repeat(501))).isInstanceOf(PublishingException.class)
                .hasMessage("Keep the note to at most 500 characters.");
        assertThat(publishing.versions(routine.id())).hasSize(1);
    }

    @Test
    void anotherCoachsRoutineIsNotFoundAndAthletesCannotPublish() {
        publishing.publish(routine.id(), "");
        accounts.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");

        assertThatThrownBy(() -> publishing.publish(routine.id(), "")).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.versions(routine.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.version(routine.id(), 1)).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.state(routine.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> publishing.state(routine)).as("the routine as the first coach's editor shows it")
                .isInstanceOf(RoutineNotFoundException.class);

        TestAccounts.createAthlete(accounts, new SignUp("ana@example.com", "Ana", "athlete-password"));
        authenticateAs("ana@example.com");
        assertThatThrownBy(() -> publishing.publish(routine.id(), "")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
