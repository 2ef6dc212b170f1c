package app.limber.base.ui;

import app.limber.account.ColorScheme;
import app.limber.library.ui.LibraryView;
import app.limber.support.UiTest;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ColorScheme.Value;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends UiTest {

    @Test
    void showsWhoIsSignedIn() {
        signInAsCoach();
        UI.getCurrent().navigate(LibraryView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("limber-user-name")).getText()).isEqualTo(COACH.displayName());
        assertThat(_get(Span.class, spec -> spec.withClasses("limber-drawer-title")).getText()).isEqualTo("Coach");
    }

    @Test
    void theAvatarShowsWholeCharactersOfAnEmojiName() {
        given.aCoach(new app.limber.account.SignUp("ulla@example.com", "Ulla \uD83E\uDD38", "coach-password-1"));
        signInAs("ulla@example.com");
        UI.getCurrent().navigate(LibraryView.class);

        assertThat(_get(Avatar.class).getAbbreviation()).isEqualTo("U\uD83E\uDD38");
        assertThat(_get(Avatar.class).getName()).isEqualTo("Ulla \uD83E\uDD38");
    }

    @Test
    void theDarkLookIsRememberedForThePerson() {
        signInAsCoach();
        UI.getCurrent().navigate(LibraryView.class);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.LIGHT);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Switch to dark")));

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.DARK);
        assertThat(jdbc.queryForObject("select color_scheme from user_account", String.class)).isEqualTo(ColorScheme.DARK.name());

        // a fresh page load (new UI) comes up dark
        UI.getCurrent().getPage().reload();
        expectView(LibraryView.class);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.DARK);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Switch to light")));
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.LIGHT);
        assertThat(jdbc.queryForObject("select color_scheme from user_account", String.class)).isEqualTo(ColorScheme.LIGHT.name());
    }

    @Test
    void logOutEndsTheSessionAndLeavesForTheLoginPage() {
        signInAsCoach();
        UI.getCurrent().navigate(LibraryView.class);

        var httpSession = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        _click(_get(Button.class, spec -> spec.withText("Log out")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(httpSession.isValid()).as("the HTTP session is invalidated").isFalse();
    }
}
