package app.limber.coaching.ui;

import app.limber.base.ui.NotFoundView;
import app.limber.account.SignUp;
import app.limber.coaching.PublishState;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import app.limber.routine.ui.RoutineEditorView;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** Publishing from the routine editor, and the versions page. */
class PublishingUiTest extends UiTest {

    @Autowired
    RoutineService routines;

    @Autowired
    LibraryService library;

    @Autowired
    PublishingService publishing;

    private RoutineDetails routine;

    @BeforeEach
    void aRoutineWithTwoSteps() {
        routine = given.aRoutine(signInAsCoach(), 2);
    }

    @Test
    void theEditorPublishesWithANoteAndShowsWhereTheRoutineStands() {
        RoutineEditorView editor = openEditor();
        assertThat(bar().publishState.getText()).startsWith("Draft");

        _click(bar().publish);
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, ListItem.class)).isEmpty();
        _setValue(_get(dialog, TextArea.class), "Do this after every track session.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Publish")));

        assertThat(bar().publishState.getText()).startsWith("Published");
        assertThat(bar().publish.isEnabled()).as("nothing new to publish").isFalse();
        assertThat(publishing.versions(routine.id())).singleElement()
                .satisfies(version -> assertThat(version.note()).isEqualTo("Do this after every track session."));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Edit the dose and note of step 1")));
        _setValue(_find(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Hold (s)")).getFirst(), 50);
        assertThat(bar().publishState.getText()).startsWith("Changed since published");
        assertThat(bar().publish.isEnabled()).isTrue();
        _click(bar().publish);
        Dialog second = _find(Dialog.class).getLast();
        assertThat(_find(second, ListItem.class)).extracting(ListItem::getText).singleElement().asString().contains("hold", "50 s");
    }

    @Test
    void theVersionsPageListsWhatChangedAndTheStepsAsPublished() {
        publishing.publish(routine.id(), "First");
        routine = routines.changeStep(routine.id(), routine.steps().getFirst().id(),
                new StepDose(60, 1, Sides.BOTH_AT_ONCE, null, 0, ""));
        publishing.publish(routine.id(), "Longer first hold");

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters("id", String.valueOf(routine.id())));

        assertThat(_find(Span.class, spec -> spec.withClasses("limber-version-heading"))).extracting(Span::getText)
                .satisfiesExactly(text -> assertThat(text).startsWith("Version 2"), text -> assertThat(text).startsWith("Version 1"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .anySatisfy(text -> assertThat(text).contains("hold", "60 s"))
                .contains("First version");
        assertThat(publishing.state(routine.id())).isEqualTo(PublishState.PUBLISHED);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Who does it")).isVisible()).isTrue();
    }

    @Test
    void anotherCoachCannotSeeTheVersions() {
        publishing.publish(routine.id(), "");
        accountService.signUpCoach(new SignUp("dana@example.com", "Dana", "dana-password-12"));
        signInAs("dana@example.com");

        UI.getCurrent().navigate(RoutineVersionsView.class, new RouteParameters("id", String.valueOf(routine.id())));

        expectView(NotFoundView.class);
    }

    private RoutineEditorView openEditor() {
        UI.getCurrent().navigate(RoutineEditorView.class, new RouteParameters("id", String.valueOf(routine.id())));
        return _get(RoutineEditorView.class);
    }

    /** The publishing part the coaching feature put into the open editor. */
    private static PublishingBar bar() {
        return _get(PublishingBar.class);
    }
}
