package app.limber.sharing.ui;

import app.limber.account.SignUp;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.NotFoundView;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.sharing.LastDay;
import app.limber.sharing.Pin;
import app.limber.sharing.ShareLinkState;
import app.limber.sharing.ShareLinkSummary;
import app.limber.sharing.SharingService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach's share panel of a routine: make, copy, show the QR code of, count and revoke share links. */
class ShareLinksViewTest extends UiTest {

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired LibraryService library;

    private RoutineDetails routine;

    @BeforeEach
    void aRoutineWithTwoSteps() {
        routine = given.aRoutine(signInAsCoach(), 2);
    }

    @Test
    void anUnpublishedRoutineCannotBeSharedAndThePageSaysWhatToDo() {
        ShareLinksView view = open();

        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("Publish it first",
                "Only published routines can be shared");
        assertThat(_find(Button.class, spec -> spec.withText("Create share link"))).as("nothing to share before publishing").isEmpty();
    }

    @Test
    void aCoachCreatesALinkAndSeesItWithItsAddressCopyButtonAndQrCode() {
        publishing.publish(routine.id(), "");
        ShareLinksView view = open();
        assertThat(_get(view.links, EmptyState.class).getElement().getTextRecursively()).contains("No share links yet");

        _setValue(view.form.label, "Club newsletter");
        _setValue(view.form.pin, Pin.CURRENT_VERSION);
        _click(view.form.create);

        ShareLinkSummary made = sharing.links(routine.id()).getFirst();
        assertThat(made.label()).isEqualTo("Club newsletter");
        assertThat(made.pinnedVersion()).isEqualTo(1);
        Div card = _get(view.links, Div.class, spec -> spec.withClasses("limber-share-link"));
        assertThat(card.getElement().getTextRecursively()).contains("Club newsletter", "Active", "No expiry",
                "Shows version 1", "0 opens \u00b7 0 completions");
        assertThat(_get(card, TextField.class).getValue()).endsWith("/s/" + made.token());
        assertThat(_get(card, Button.class, spec -> spec.withText("Copy link")).isVisible()).isTrue();
        assertThat(_get(card, Anchor.class, spec -> spec.withText("Print handout")).getHref()).isEqualTo("s/" + made.token() + "/handout");
        Details qr = _get(card, Details.class);
        assertThat(_get(qr, Image.class).getSrc()).as("served by the server").isNotBlank();
        assertThat(_get(qr, Anchor.class, spec -> spec.withText("Download QR code (SVG)")).getElement().hasAttribute("download")).isTrue();
        assertThat(view.form.label.getValue()).as("ready for the next link").isEmpty();
    }

    @Test
    void theNativeShareButtonIsShownOnlyWhereTheBrowserSupportsIt() {
        publishing.publish(routine.id(), "");
        sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED);
        ShareLinksView view = open();

        Button share = descendants(view.links).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("Share\u2026")).findFirst().orElseThrow();

        // this test browser never reported Web Share support
        assertThat(share.isVisible()).isFalse();
        assertThat(_get(view.links, Button.class, spec -> spec.withText("Copy link")).isVisible()).as("copying works everywhere").isTrue();
    }

    @Test
    void badInputIsMarkedNextToItsFieldAndNothingIsStored() {
        publishing.publish(routine.id(), "");
        ShareLinksView view = open();

        view.form.label.setValue("x".repeat(81));
        _setValue(view.form.expiresOn, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
        _click(view.form.create);

        assertThat(view.form.label.isInvalid()).isTrue();
        assertThat(view.form.label.getErrorMessage()).isEqualTo("Use at most 80 characters.");
        assertThat(view.form.expiresOn.isInvalid()).isTrue();
        assertThat(view.form.expiresOn.getErrorMessage()).isEqualTo("Choose today or a later day.");
        assertThat(sharing.links(routine.id())).isEmpty();
        assertThat(view.form.label.getValue()).as("what was typed stays").hasSize(81);
    }

    @Test
    void opensAndCompletionsShowOnTheCard() {
        publishing.publish(routine.id(), "");
        ShareLinkSummary link = sharing.create(routine.id(), "Club",
                new LastDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3), ZoneOffset.UTC), Pin.LATEST_PUBLISHED);
        signOut();
        sharing.open(link.token());
        sharing.recordCompletion(link.token(), app.limber.coaching.Feeling.GOOD);
        signInAs(COACH.email());

        ShareLinksView view = open();

        assertThat(_get(view.links, Span.class, spec -> spec.withClasses("limber-share-link-counts")).getText())
                .isEqualTo("1 open \u00b7 1 completion");
        assertThat(_get(view.links, Span.class, spec -> spec.withClasses("limber-share-link-facts")).getText())
                .contains("Works until ", "Shows the latest version (now 1)");
    }

    @Test
    void revokingAsksFirstThenTheLinkStopsAndIsNoLongerOffered() {
        publishing.publish(routine.id(), "");
        ShareLinkSummary link = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED);
        ShareLinksView view = open();

        _click(_get(view.links, Button.class, spec -> spec.withText("Revoke")));
        assertThat(sharing.isUsable(link.token())).as("not before confirming").isTrue();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(sharing.isUsable(link.token())).isFalse();
        assertThat(sharing.links(routine.id()).getFirst().state()).isEqualTo(ShareLinkState.REVOKED);
        Div card = _get(view.links, Div.class, spec -> spec.withClasses("limber-share-link"));
        assertThat(card.getElement().getTextRecursively()).contains("Revoked");
        assertThat(_find(card, TextField.class)).as("a revoked link is not offered for copying").isEmpty();
        assertThat(_find(card, Button.class)).isEmpty();
    }

    @Test
    void anotherCoachFindsNothingAtTheAddress() {
        publishing.publish(routine.id(), "");
        accountService.signUpCoach(new SignUp("dana@example.com", "Dana Coach", "dana-password-12"));
        signInAs("dana@example.com");

        UI.getCurrent().navigate(ShareLinksView.class, new RouteParameters(ShareLinksView.ID, String.valueOf(routine.id())));

        expectView(NotFoundView.class);
    }

    @Test
    void theEditorLinksToTheSharePage() {
        UI.getCurrent().navigate("routines/" + routine.id());

        assertThat(_get(Anchor.class, spec -> spec.withText("Share link")).getHref()).isEqualTo("routines/" + routine.id() + "/share");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(ShareLinksViewTest::descendants));
    }

    private ShareLinksView open() {
        UI.getCurrent().navigate(ShareLinksView.class, new RouteParameters(ShareLinksView.ID, String.valueOf(routine.id())));
        return _get(ShareLinksView.class);
    }
}
