package app.limber.library.ui;

import app.limber.base.ui.NotFoundView;
import app.limber.body.Pose;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import app.limber.body.ui.BodyMap;
import app.limber.body.ui.StretchFigure;
import app.limber.library.Contraindication;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.Ownership;
import app.limber.library.StretchCard;
import app.limber.library.StretchDetails;
import app.limber.account.SignUp;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import app.limber.base.ui.AdviceCard;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stretch's own page, and writing, copying and archiving a coach's own stretches. */
class StretchViewTest extends UiTest {

    @Autowired
    LibraryService library;

    @Test
    void aStretchPageShowsHowToDoItWhatToFeelAndWhenToStop() {
        signInAsCoach();
        StretchCard wallCalf = builtIn("Standing wall calf stretch");
        StretchDetails details = library.find(wallCalf.id()).orElseThrow();

        open(wallCalf.id());

        expectView(StretchView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Standing wall calf stretch");
        assertThat(_get(OrderedList.class).getChildren().map(step -> ((ListItem) step).getText()).toList())
                .isEqualTo(details.instructions());
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList()).containsAll(details.cautions()).containsAll(details.cues());
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-fact-value")).stream().map(Span::getText).toList())
                .contains("Calf (gastrocnemius)");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withClasses("limber-fact-sources")), ListItem.class))
                .as("every article it draws on, the main one first").extracting(ListItem::getText)
                .startsWith(details.source()).containsExactlyElementsOf(details.sources())
                .contains("Stretching Routines for Runners Leg Cramps", "Explained: The Science Behind Leg Muscle Cramps While Running");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("limber-fact-note"))).as("its articles describe it").isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Standing wall calf stretch · Limber");
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).as("a built-in cannot be edited").isEmpty();
    }

    @Test
    void aCrampReliefStretchShowsTheHydrationCardAndOtherStretchesDoNot() {
        signInAsCoach();
        open(builtIn("Standing calf cramp release with shin contraction").id());
        AdviceCard card = _get(AdviceCard.class);
        assertThat(_get(card, H2.class).getText()).isEqualTo("Drinking around a run");
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText).anyMatch(line -> line.contains("4 to 8 oz"));
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("limber-advice-warning")).getText()).contains("hyponatraemia");
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("limber-advice-source")).getText())
                .isEqualTo("Source: Explained: The Science Behind Leg Muscle Cramps While Running");

        open(builtIn("Standing IT band stretch").id());
        assertThat(_find(AdviceCard.class)).as("not for cramp relief").isEmpty();
    }

    @Test
    void aStretchTheArticlesOnlyNameAndOneLimberWroteSaySoUnderTheirSources() {
        signInAsCoach();
        open(builtIn("Downward dog").id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-fact-note")).getText())
                .isEqualTo("The steps are written by Limber: the article only names this stretch.");

        open(builtIn("Hamstring contraction for a quad cramp").id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("limber-fact-note")).getText())
                .startsWith("Written by Limber, not taken from an article");
    }

    @Test
    void everyStretchIsSeenBuiltInsAsTheirFigureOnTheCardAndThePageAndACoachsOwnWithoutAPoseAsItsBodyMap() {
        signInAsCoach();
        StretchCard wallCalf = builtIn("Standing wall calf stretch");
        long mine = library.create(draft("Step calf drop")).id();
        StretchCard own = library.cards(List.of(mine)).get(mine);

        assertThat(new ShownCard(wallCalf).figure()).as("the card's picture").contains("class='limber-pose", "data-muscle='CALF_GASTROCNEMIUS'");
        assertThat(new ShownCard(wallCalf).showsTheBodyMap()).isFalse();
        assertThat(new ShownCard(own).showsTheBodyMap()).as("no pose: the body map stands in").isTrue();
        assertThat(new ShownCard(own).figure()).contains("viewBox='0 0 200 214'", "data-muscle='CALF_SOLEUS'");

        open(wallCalf.id());
        var figure = _get(StretchFigure.class);
        assertThat(figure.getClassNames()).contains("limber-figure-large");
        assertThat(figure.getElement().getProperty("innerHTML")).contains("aria-label='Standing wall calf stretch, as a figure");

        open(mine);
        assertThat(_find(StretchFigure.class)).isEmpty();
        assertThat(_find(BodyMap.class)).hasSize(1);
    }

    @Test
    void aCopyOfABuiltInKeepsItsFigure() {
        signInAsCoach();
        StretchCard highKnees = builtIn("High knees");

        StretchDetails copy = library.copy(highKnees.id());

        assertThat(copy.pose()).isNotNull().isEqualTo(library.find(highKnees.id()).orElseThrow().pose());
        open(copy.id());
        assertThat(_get(StretchFigure.class).getElement().getProperty("innerHTML")).contains("class='limber-pose moves'");
    }

    @Test
    void aCoachPosesTheirOwnStretchFromABuiltInFigureByNumberOrByDraggingAndTheLimitsHold() {
        signInAsCoach();
        UI.getCurrent().navigate(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);
        _setValue(editor.name, "Quad stretch at the fence");
        _setValue(editor.instructions, "Hold the fence and pull the heel in.");
        _setValue(editor.primaryMuscles, Set.of(Muscle.QUADRICEPS));
        PoseEditor figure = editor.figure;
        assertThat(figure.getValue()).as("a new stretch starts without a figure").isNull();

        StretchCard quad = builtIn("Standing quad stretch");
        _setValue(figure.startFrom, figure.startFrom.getListDataView().getItems()
                .filter(card -> card.id() == quad.id()).findFirst().orElseThrow());
        assertThat(figure.getValue()).isEqualTo(quad.pose());
        assertThat(figure.drag.getElement().getChild(0).getProperty("innerHTML"))
                .contains("data-handle='NEAR_KNEE'", "class='muscle primary' data-muscle='QUADRICEPS'");

        // by number, the keyboard's way: out of range is refused next to the field and changes nothing
        var nearKnee = figure.angles.values().stream().filter(field -> field.getLabel().equals("Near knee (°)")).findFirst().orElseThrow();
        _setValue(nearKnee, 200);
        _expectInvalid(nearKnee, "A body reaches 0° to 165°.");
        assertThat(figure.getValue().keys().getFirst().near().knee()).isEqualTo(quad.pose().keys().getFirst().near().knee());
        _setValue(nearKnee, 120);
        assertThat(nearKnee.isInvalid()).isFalse();
        assertThat(figure.getValue().keys().getFirst().near().knee()).isEqualTo(120);

        // by dragging: the near ankle let go far above the hip bends the knee no further than a knee bends
        _fireDomEvent(figure.drag.getElement(), drag(figure, "NEAR_ANKLE", -40, -500));
        assertThat(figure.getValue().keys().getFirst().near().knee()).isBetween(0, 165);
        assertThat(figure.getValue().problems()).isEmpty();
        Pose dragged = figure.getValue();
        // what the page did not draw changes nothing
        _fireDomEvent(figure.drag.getElement(), drag(figure, "LEFT_EAR", 0, 0));
        assertThat(figure.getValue()).isEqualTo(dragged);

        _click(editor.save);
        expectView(StretchView.class);
        StretchCard saved = library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10).getFirst();
        assertThat(saved.pose()).isEqualTo(dragged);
        assertThat(_get(StretchFigure.class).getElement().getProperty("innerHTML")).contains("aria-label='Quad stretch at the fence, as a figure");
    }

    @Test
    void theLibraryRefusesAFigurePastWhatABodyReaches() {
        signInAsCoach();
        Pose past = Pose.still(Pose.View.SIDE, Pose.Focus.NEAR, List.of(),
                new Pose.Posture(0, 0, new Pose.Limbs(0, 0, 0, 200, 0), Pose.Limbs.RELAXED));
        var base = draft("Broken knee stretch");

        assertThatThrownBy(() -> library.create(new app.limber.library.StretchDraft(base.name(), base.summary(), base.instructions(),
                base.cues(), base.cautions(), base.kind(), base.position(), base.equipment(), base.purposes(), base.holdSeconds(),
                base.reps(), base.perSide(), base.primaryMuscles(), base.secondaryMuscles(), base.source(), past)))
                .isInstanceOfSatisfying(app.limber.library.InvalidStretchException.class, refused ->
                        assertThat(refused.errors()).containsEntry(app.limber.library.InvalidStretchException.Field.POSE,
                                "the near knee is at 200°; a body reaches 0° to 165°."));
        assertThat(ownCount()).isZero();
    }

    private static DomEvent drag(PoseEditor figure, String handle, double x, double y) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.handle", handle);
        data.put("event.detail.x", x);
        data.put("event.detail.y", y);
        return new DomEvent(figure.drag.getElement(), "pose-drag", data);
    }

    @Test
    void anotherCoachsStretchOrAMadeUpIdIsNotFound() {
        accountService.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        authenticateAs("dana@example.com");
        long danas = library.create(draft("Dana's secret stretch")).id();
        signInAsCoach();

        open(danas);
        expectView(NotFoundView.class);
        openEditor(danas);
        expectView(NotFoundView.class);
        open(999_999);
        expectView(NotFoundView.class);
    }

    @Test
    void anAthleteCannotOpenTheLibrary() {
        signInAsAthlete();

        assertThatThrownBy(() -> UI.getCurrent().navigate(LibraryView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> open(1)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aCoachWritesAStretchAndSeesEachProblemNextToItsField() {
        signInAsCoach();
        UI.getCurrent().navigate(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);

        _setValue(editor.name, "High knees");
        _setValue(editor.hold, 900);
        _click(editor.save);

        expectView(StretchEditorView.class);
        _expectInvalid(editor.name, "There is already a stretch called \"High knees\" in your library.");
        _expectInvalid(editor.instructions, "Add at least one instruction step.");
        _expectInvalid(editor.hold, "Hold between 0 and 600 seconds.");
        _expectInvalid(editor.primaryMuscles, "Choose at least one muscle it stretches.");
        assertThat(editor.name.getValue()).as("what was typed stays").isEqualTo("High knees");
        assertThat(ownCount()).isZero();

        _setValue(editor.name, "Step calf drop");
        assertThat(editor.name.isInvalid()).as("fixing a field clears its mark").isFalse();
        _setValue(editor.instructions, "Stand on a step.\n\n  Let your heels drop.  ");
        _setValue(editor.hold, 45);
        _setValue(editor.primaryMuscles, Set.of(Muscle.CALF_SOLEUS));
        _click(editor.save);

        expectView(StretchView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Step calf drop");
        assertThat(_get(OrderedList.class).getChildren().map(step -> ((ListItem) step).getText()).toList())
                .containsExactly("Stand on a step.", "Let your heels drop.");
        assertThat(ownCount()).isOne();
    }

    @Test
    void leavingWithUnsavedTypingAsksFirst() {
        signInAsCoach();
        UI.getCurrent().navigate(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);
        _setValue(editor.name, "Half typed");

        UI.getCurrent().navigate(LibraryView.class);
        ConfirmDialog ask = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(ask, new ConfirmDialog.CancelEvent(ask, true));
        expectView(StretchEditorView.class);
        assertThat(editor.name.getValue()).isEqualTo("Half typed");

        UI.getCurrent().navigate(LibraryView.class);
        ConfirmDialog again = _find(ConfirmDialog.class).getLast();
        ComponentUtil.fireEvent(again, new ConfirmDialog.ConfirmEvent(again, true));
        expectView(LibraryView.class);
    }

    @Test
    void leavingAnUntouchedFormDoesNotAsk() {
        signInAsCoach();
        UI.getCurrent().navigate(StretchEditorView.class);

        UI.getCurrent().navigate(LibraryView.class);

        expectView(LibraryView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void copyingABuiltInOpensTheCopyForEditing() {
        signInAsCoach();
        open(builtIn("High knees").id());

        _click(_get(Button.class, spec -> spec.withText("Copy to my stretches")));

        expectView(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);
        assertThat(editor.name.getValue()).isEqualTo("High knees (my copy)");
        _setValue(editor.name, "High knees, my way");
        _click(editor.save);
        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10))
                .extracting(StretchCard::name).containsExactly("High knees, my way");
    }

    @Test
    void archivingTakesAStretchOutOfTheLibrary() {
        signInAsCoach();
        long mine = library.create(draft("Step calf drop")).id();
        open(mine);

        _click(_get(Button.class, spec -> spec.withText("Archive")));

        expectView(LibraryView.class);
        assertThat(library.count(LibraryFilter.NONE.withOwnership(Ownership.MINE))).isZero();
        open(mine);
        assertThat(_get(Button.class, spec -> spec.withText("Restore to library"))).isNotNull();
    }

    @Test
    void archivingOffersUndoAndRestoringUnderATakenNameExplainsWhy() {
        signInAsCoach();
        long mine = library.create(draft("Step calf drop")).id();
        open(mine);
        _click(_get(Button.class, spec -> spec.withText("Archive")));
        _click(_get(getNotifications().getLast(), Button.class, spec -> spec.withText("Undo")));
        assertThat(library.find(mine).orElseThrow().archived()).isFalse();

        library.archive(mine);
        library.create(draft("Step calf drop"));
        open(mine);
        _click(_get(Button.class, spec -> spec.withText("Restore to library")));

        assertThat(getNotifications().getLast().getElement().getProperty("text", ""))
                .contains("Another stretch is now called \"Step calf drop\"");
        assertThat(library.find(mine).orElseThrow().archived()).isTrue();
    }

    private static app.limber.library.StretchDraft draft(String name) {
        return new app.limber.library.StretchDraft(name, "", List.of("Do it."), List.of(), List.of(),
                app.limber.library.StretchKind.STATIC, app.limber.library.Position.STANDING, Set.of(), Set.of(),
                30, 1, false, List.of(Muscle.CALF_SOLEUS), List.of(), "");
    }

    @Test
    void aStretchPageShowsItsStructuredCautionsInTheAthletesWords() {
        signInAsCoach();
        open(builtIn("Downward dog").id());

        UnorderedList checks = _get(UnorderedList.class, spec -> spec.withClasses("limber-contraindications"));
        assertThat(_find(checks, ListItem.class)).extracting(ListItem::getText).containsExactly(
                Contraindication.RECENT_INJURY.caution(), Contraindication.HIGH_BLOOD_PRESSURE.caution(),
                Contraindication.BLOOD_CLOT.caution());
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(H2::getText)).contains("Check before you start");
        assertThat(_find(Span.class, spec -> spec.withClasses("limber-fact-value")).stream().map(Span::getText).toList())
                .contains("Recent injury or surgery, High blood pressure or glaucoma, Signs of a blood clot");

        open(builtIn("Arm circles").id());
        assertThat(_find(UnorderedList.class, spec -> spec.withClasses("limber-contraindications"))).as("none to show").isEmpty();
    }

    @Test
    void aCoachTicksWhoShouldAvoidTheirStretchInTheEditor() {
        signInAsCoach();
        UI.getCurrent().navigate(StretchEditorView.class);
        StretchEditorView editor = _get(StretchEditorView.class);
        assertThat(editor.contraindications.getValue()).isEmpty();
        assertThat(editor.contraindications.getLabel()).isEqualTo("Avoid if");

        _setValue(editor.name, "Deep pigeon at the bench");
        _setValue(editor.instructions, "Put the front shin on the bench.");
        _setValue(editor.primaryMuscles, Set.of(Muscle.PIRIFORMIS));
        _setValue(editor.contraindications, Set.of(Contraindication.HIP_REPLACEMENT, Contraindication.PREGNANCY));
        _click(editor.save);

        expectView(StretchView.class);
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withClasses("limber-contraindications")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly(Contraindication.PREGNANCY.caution(), Contraindication.HIP_REPLACEMENT.caution());
        StretchDetails saved = library.search(LibraryFilter.NONE.withOwnership(Ownership.MINE), 0, 10).stream()
                .map(card -> library.find(card.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(saved.contraindications()).containsExactlyInAnyOrder(Contraindication.HIP_REPLACEMENT, Contraindication.PREGNANCY);

        openEditor(saved.id());
        StretchEditorView again = _get(StretchEditorView.class);
        assertThat(again.contraindications.getValue()).containsExactlyInAnyOrder(Contraindication.HIP_REPLACEMENT, Contraindication.PREGNANCY);
        _setValue(again.contraindications, Set.of(Contraindication.PREGNANCY));
        _click(again.save);
        assertThat(library.find(saved.id()).orElseThrow().contraindications()).containsExactly(Contraindication.PREGNANCY);
    }

    private StretchCard builtIn(String name) {
        return library.search(LibraryFilter.NONE.withText(name), 0, 50).stream()
                .filter(card -> card.name().equals(name)).findFirst().orElseThrow();
    }

    private static void open(long id) {
        UI.getCurrent().navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
    }

    private static void openEditor(long id) {
        UI.getCurrent().navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(id)));
    }

    private int ownCount() {
        return jdbc.queryForObject("select count(*) from stretch where owner_id is not null", Integer.class);
    }
}
