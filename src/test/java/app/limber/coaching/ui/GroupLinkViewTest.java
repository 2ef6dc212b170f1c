package app.limber.coaching.ui;

import app.limber.base.ui.EmptyState;
import app.limber.coaching.AthleteGroup;
import app.limber.coaching.GroupLinkSummary;
import app.limber.coaching.RosterService;
import app.limber.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach makes a multi-use group link, athletes join through it into the group, and it stops plainly. */
class GroupLinkViewTest extends UiTest {

    @Autowired
    RosterService roster;

    private AthleteGroup group;

    private GroupLinkDialog openDialog() {
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        _click(_get(view.groups, Button.class, spec -> spec.withText("Group link")));
        return _get(GroupLinkDialog.class);
    }

    private void join(String token, String email, String name) {
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, token));
        JoinView join = _get(JoinView.class);
        _setValue(join.email, email);
        _setValue(join.name, name);
        _setValue(join.password, "athlete-password");
        _click(join.join);
    }

    private String plainAnswer(String token) {
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, token));
        return _get(_get(EmptyState.class), Paragraph.class).getText();
    }

    @Test
    void athletesJoinThroughAGroupLinkIntoTheGroupUpToItsLimit() {
        signInAsCoach();
        group = roster.saveGroup(null, "Tuesday 10k", Set.of());
        GroupLinkDialog dialog = openDialog();
        _setValue(dialog.maxUses, 2);
        _click(dialog.create);
        GroupLinkSummary link = roster.groupLinks().getFirst();
        assertThat(link.maxUses()).isEqualTo(2);
        AthletesView view = _get(AthletesView.class);
        assertThat(_find(view.groupLinks, TextField.class)).extracting(TextField::getValue)
                .singleElement().asString().endsWith("/join/" + link.token());

        signOut();
        join(link.token(), "ana@example.com", "Ana Athlete");
        signOut();
        join(link.token(), "ben@example.com", "Ben Athlete");
        signOut();
        assertThat(plainAnswer(link.token())).isEqualTo("This group link has had its 2 athletes already. Ask your coach for a new one.");

        signInAs(COACH.email());
        assertThat(roster.roster()).extracting(athlete -> athlete.name()).containsExactlyInAnyOrder("Ana Athlete", "Ben Athlete");
        assertThat(roster.groups().getFirst().athleteIds()).hasSize(2)
                .containsExactlyInAnyOrderElementsOf(roster.roster().stream().map(athlete -> athlete.athleteId()).toList());
        assertThat(roster.groupLinks().getFirst().usesLabel()).isEqualTo("2 of 2 joined");
        assertThat(roster.groupLinks().getFirst().state()).isEqualTo(GroupLinkSummary.State.USED_UP);
    }

    @Test
    void aRevokedLinkAndOneAfterItsLastDaySaySoPlainly() {
        signInAsCoach();
        group = roster.saveGroup(null, "Tuesday 10k", Set.of());
        GroupLinkDialog dialog = openDialog();
        _click(dialog.create);
        GroupLinkSummary open = roster.groupLinks().getFirst();
        AthletesView view = _get(AthletesView.class);
        _click(_get(view.groupLinks, Button.class, spec -> spec.withText("Revoke")));
        assertThat(roster.groupLinks().getFirst().state()).isEqualTo(GroupLinkSummary.State.REVOKED);

        GroupLinkSummary dated = roster.createGroupLink(group.id(), null, LocalDate.of(2026, 11, 25));
        signOut();
        assertThat(plainAnswer(open.token())).isEqualTo("Your coach withdrew this group link. Ask them for a new one.");
        clock.advance(Duration.ofDays(2));
        assertThat(plainAnswer(dated.token())).isEqualTo("This group link ended on 25 November 2026. Ask your coach for a new one.");
    }

    @Test
    void badUsesOrAPastDayGetAMessageNextToTheFieldAndMakeNothing() {
        signInAsCoach();
        group = roster.saveGroup(null, "Tuesday 10k", Set.of());
        GroupLinkDialog dialog = openDialog();
        _setValue(dialog.maxUses, 0);
        _click(dialog.create);
        assertThat(dialog.maxUses.isInvalid()).isTrue();
        assertThat(dialog.maxUses.getErrorMessage()).startsWith("Allow 1 to 1000 athletes");
        _setValue(dialog.maxUses, null);
        _setValue(dialog.lastDay, LocalDate.of(2026, 11, 1));
        _click(dialog.create);
        assertThat(dialog.lastDay.isInvalid()).isTrue();
        assertThat(roster.groupLinks()).isEmpty();
    }

    @Test
    void aCoachMakesAtMostTwentyGroupLinksAnHour() {
        signInAsCoach();
        group = roster.saveGroup(null, "Tuesday 10k", Set.of());
        for (int index = 0; index < RosterService.INVITES_PER_WINDOW; index++) {
            roster.createGroupLink(group.id(), null, null);
        }
        GroupLinkDialog dialog = openDialog();
        _click(dialog.create);
        assertThat(dialog.maxUses.getErrorMessage()).isEqualTo("You made 20 group links in the last hour. Wait a while.");
        assertThat(roster.groupLinks()).hasSize(RosterService.INVITES_PER_WINDOW);
    }
}
