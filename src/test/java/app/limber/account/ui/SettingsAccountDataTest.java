package app.limber.account.ui;

import app.limber.account.AccountDataService;
import app.limber.account.SignedInSessions;
import app.limber.base.Notices;
import app.limber.coaching.CalendarFeedService;
import app.limber.support.Fixtures.Person;
import app.limber.support.UiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Settings' calendar feed, data download and account deletion, as the athlete and the coach use them. */
class SettingsAccountDataTest extends UiTest {

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    AccountDataService accountData;

    @Autowired
    Notices notices;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbcClient;

    @Test
    void anAthleteTurnsTheFeedOnCopiesItsAddressRenewsItAndTurnsItOff() {
        signInAsAthlete();
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Calendar address"))).as("off at first").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Turn on calendar feed")));

        TextField address = _get(TextField.class, spec -> spec.withLabel("Calendar address"));
        String token = feeds.myFeedToken().orElseThrow();
        assertThat(address.isReadOnly()).isTrue();
        assertThat(address.getValue()).startsWith("http").endsWith("/calendar/" + token + ".ics");
        assertThat(_get(Anchor.class, spec -> spec.withText("Subscribe in your calendar app")).getHref())
                .isEqualTo(address.getValue().replaceFirst("^https?://", "webcal://"));
        assertThat(_get(Button.class, spec -> spec.withText("Copy")).isEnabled()).isTrue();
        assertThat(_get(SettingsView.class).getElement().getTextRecursively())
                .contains("Anyone who has this address can see your planned sessions");

        _click(_get(Button.class, spec -> spec.withText("Renew address")));
        ConfirmDialog renew = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(renew, new ConfirmDialog.ConfirmEvent(renew, true));

        String renewed = feeds.myFeedToken().orElseThrow();
        assertThat(renewed).isNotEqualTo(token);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Calendar address")).getValue()).endsWith("/calendar/" + renewed + ".ics");

        _click(_get(Button.class, spec -> spec.withText("Turn off")));
        ConfirmDialog off = _find(ConfirmDialog.class).getLast();
        ComponentUtil.fireEvent(off, new ConfirmDialog.ConfirmEvent(off, true));
        assertThat(feeds.myFeedToken()).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Calendar address"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Turn on calendar feed")).isVisible()).isTrue();
    }

    @Test
    void aCoachHasNoFeedButDownloadsTheirDataAndIsToldWhatDeletingDoesToTheirAthletes() {
        signInAsCoach();
        UI.getCurrent().navigate(SettingsView.class);

        assertThat(_find(Button.class, spec -> spec.withText("Turn on calendar feed"))).isEmpty();
        Anchor download = _get(Anchor.class, spec -> spec.withText("Download my data (ZIP)"));
        assertThat(download.getHref()).isNotBlank();

        _click(_get(Button.class, spec -> spec.withId("limber-delete-account")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);
        assertThat(_find(dialog, ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(line -> assertThat(line).contains("Your athletes lose access to your routines")
                        .contains("taken off your roster").contains("keep their own Limber accounts"))
                .anySatisfy(line -> assertThat(line).contains("share links stop working"));
        _click(dialog.cancel);
        assertThat(accountService.currentUser()).as("nothing happened").isPresent();
    }

    @Test
    void deletingAsksForTheEmailRefusesAnotherAndThenDeletesAndLeavesTheDeletedPage() {
        Person coach = signInAsCoach();
        UI.getCurrent().navigate(SettingsView.class);
        _click(_get(Button.class, spec -> spec.withId("limber-delete-account")));
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);

        _setValue(dialog.email, "someone-else@example.com");
        _click(dialog.delete);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo(AccountDataService.WRONG_EMAIL);
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, coach.id())).isEqualTo(1);

        _setValue(dialog.email, "  " + coach.email().toUpperCase() + " ");
        _click(dialog.delete);

        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, coach.id())).isZero();
        assertThat(signedInContext()).as("this session is signed out").isNull();
    }

    @Test
    void aSessionWhoseAccountWasDeletedOnAnotherNodeIsSignedOutWhenThisNodeHearsOfIt() {
        signInAsAthlete();
        long athlete = accountService.currentUserId().orElseThrow();
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(signedInContext()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(notices::listening);

        // deleted through another node, which tells the others as it commits
        jdbc.update("delete from user_account where id = ?", athlete);
        new Notices(dataSource, jdbcClient).send(SignedInSessions.CHANNEL, Long.toString(athlete));

        await("this node hears it").atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> signedInContext() == null);
        UI.getCurrent().navigate(app.limber.coaching.ui.MyRoutinesView.class);
        assertThat(signedInContext()).isNull();
    }

    @Test
    void whileThisNodeIsNotListeningANavigationChecksThatTheAccountStillExists() {
        signInAsAthlete();
        UI.getCurrent().navigate(SettingsView.class);
        notices.stop(); // as when the listening connection is down: a deletion elsewhere may not be heard
        try {
            jdbc.update("delete from user_account where email = ?", ATHLETE.email());

            UI.getCurrent().navigate(app.limber.coaching.ui.MyRoutinesView.class);

            assertThat(signedInContext()).as("signed out at the next page").isNull();
        } finally {
            notices.start();
            await().atMost(Duration.ofSeconds(20)).until(notices::listening);
        }
    }

    /** The security context in this Vaadin session's HTTP session; null once it is signed out or the session is gone. */
    private static Object signedInContext() {
        try {
            return com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                    .getAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
