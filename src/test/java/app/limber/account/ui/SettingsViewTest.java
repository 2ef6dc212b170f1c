package app.limber.account.ui;

import app.limber.coaching.ui.MyRoutinesView;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The athlete's time zone: from their browser on first sign-in, then theirs to change in Settings. */
class SettingsViewTest extends UiTest {

    @Test
    void theFirstSignInTakesTheBrowsersTimeZoneAndALaterBrowserDoesNotOverrideIt() {
        signInAsAthlete();
        assertThat(accountService.myTimeZone()).as("none told yet").isEqualTo(ZoneOffset.UTC);

        browserSays("Europe/Madrid");
        UI.getCurrent().navigate(MyRoutinesView.class);
        assertThat(accountService.myTimeZone()).isEqualTo(ZoneId.of("Europe/Madrid"));

        browserSays("America/Los_Angeles");
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(accountService.myTimeZone()).as("the zone stored stays theirs").isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(_get(SettingsView.class).timeZone.getValue()).isEqualTo("Europe/Madrid");
    }

    @Test
    void theAthleteChangesTheirTimeZoneAndAnEmptyOneIsRefusedNextToTheField() {
        signInAsAthlete();
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);

        _setValue(settings.timeZone, "America/Los_Angeles");
        _click(settings.save);
        assertThat(accountService.myTimeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));

        _setValue(settings.timeZone, null);
        _click(settings.save);
        assertThat(settings.timeZone.isInvalid()).isTrue();
        assertThat(settings.timeZone.getErrorMessage()).isEqualTo("Choose a time zone from the list, for example Europe/Madrid.");
        assertThat(accountService.myTimeZone()).as("unchanged").isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThatThrownBy(() -> accountService.changeTimeZone("Mars/Olympus_Mons")).isInstanceOf(IllegalArgumentException.class);
        assertThat(accountService.myTimeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    /** What a browser in this zone tells Limber with its first request. */
    private static void browserSays(String timeZone) {
        Map<String, String> details = Map.of("v-tzid", timeZone, "v-wn", "limber-test");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), details::get);
    }
}
