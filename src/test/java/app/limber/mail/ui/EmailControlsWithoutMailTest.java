package app.limber.mail.ui;

import app.limber.account.ui.SettingsView;
import app.limber.coaching.RosterService;
import app.limber.coaching.ui.AthletesView;
import app.limber.mail.OutboxSender;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limber without a mail server (no {@code spring.mail.host}, as in every test but the email ones):
 * no email control is shown, invites still work by link, and nothing is written to the outbox.
 */
class EmailControlsWithoutMailTest extends UiTest {

    @Autowired
    RosterService roster;

    @Autowired
    OutboxSender sender;

    @Test
    void theAthletesSettingsHaveNoReminders() {
        signInAsAthlete();
        UI.getCurrent().navigate(SettingsView.class);
        _get(SettingsView.class);
        _assertNone(ReminderSettings.class);
    }

    @Test
    void theCoachsSettingsHaveNoDigestAndInvitesAreLinksOnly() {
        signInAsCoach();
        UI.getCurrent().navigate(SettingsView.class);
        _assertNone(DigestSettings.class);

        UI.getCurrent().navigate(AthletesView.class);
        assertThat(_find(_get(AthletesView.class), EmailField.class)).allSatisfy(field -> assertThat(field.isVisible()).isFalse());
        roster.createInvite("");
        assertThat(roster.invites()).hasSize(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_email", Integer.class)).isZero();
    }
}
