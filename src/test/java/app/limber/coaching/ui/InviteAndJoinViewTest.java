package app.limber.coaching.ui;

import app.limber.account.TestAccounts;
import app.limber.base.ui.EmptyState;
import app.limber.coaching.InviteState;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.RosterService;
import app.limber.support.UiTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coach makes invite links; an athlete joins through one. */
class InviteAndJoinViewTest extends UiTest {

    @Autowired
    RosterService roster;

    @Autowired
    app.limber.library.LibraryService library;

    @Autowired
    app.limber.routine.RoutineService routines;

    @Autowired
    app.limber.coaching.PublishingService publishing;

    @Autowired
    app.limber.coaching.AssignmentService assignments;

    @Autowired
    app.limber.coaching.SessionService sessions;

    @Test
    void aCoachMakesCopiesAndRevokesInviteLinks() {
        signInAsCoach();
        UI.getCurrent().navigate(AthletesView.class);
        AthletesView view = _get(AthletesView.class);
        assertThat(_get(H2.class, spec -> spec.withText("No athletes yet")).isVisible()).isTrue();

        _setValue(view.label, "Tuesday 10k");
        _click(view.createInvite);

        InviteSummary invite = roster.invites().getFirst();
        assertThat(invite.label()).isEqualTo("Tuesday 10k");
        assertThat(_find(view.invites, TextField.class)).extracting(TextField::getValue)
                .singleElement().asString().endsWith("/join/" + invite.token());

        _click(_get(view.invites, Button.class, spec -> spec.withText("Revoke")));
        assertThat(roster.invites().getFirst().state()).isEqualTo(InviteState.REVOKED);
        assertThat(_find(view.invites, TextField.class)).as("a revoked link is not offered for copying").isEmpty();
    }

    @Test
    void aNewAthleteSignsUpThroughTheLinkAndLandsOnTheRoster() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        signOut();
        openJoin(invite.token());
        JoinView join = _get(JoinView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Join " + COACH.displayName());

        _setValue(join.email, "ana");
        _setValue(join.name, "Ana Athlete");
        _setValue(join.password, "athlete-password");
        _click(join.join);
        _expectInvalid(join.email, "Enter an email address like name@example.com.");

        _setValue(join.email, "ana@example.com");
        _click(join.join);

        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName())
                .as("signed in straight away").isEqualTo("ana@example.com");
        signInAs(COACH.email());
        assertThat(roster.roster()).extracting(athlete -> athlete.name()).containsExactly("Ana Athlete");
    }

    @Test
    void aTakenEmailGetsAnAnswerThatDoesNotSaySoAndTriesAreLimitedPerInviteAndPerAddress() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        List<InviteSummary> others = List.of(roster.createInvite(""), roster.createInvite(""));
        app.limber.account.TestAccounts.createAthlete(accountService, ATHLETE);
        signOut();

        openJoin(invite.token());
        JoinView join = _get(JoinView.class);
        _setValue(join.email, ATHLETE.email());
        _setValue(join.name, "Someone");
        _setValue(join.password, "guessing-password");
        _click(join.join);
        _expectInvalid(join.email, app.limber.account.AccountService.JOIN_REFUSED);
        assertThat(app.limber.account.AccountService.JOIN_REFUSED).doesNotContainIgnoringCase("has an account");

        for (int attempt = 2; attempt <= 10; attempt++) {
            _setValue(join.email, "guess" + attempt + "@example.com");
            _setValue(join.password, "short");
            _click(join.join);
        }
        _setValue(join.email, "new-athlete@example.com");
        _setValue(join.password, "athlete-password");
        _click(join.join);
        _expectInvalid(join.email, "Too many tries in a short time. Wait a few minutes, then try again.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'new-athlete@example.com'", Integer.class))
                .as("the 11th try with one invite is not carried out").isZero();

        // the same network with other invites: 20 tries in all
        for (int attempt = 11; attempt <= 20; attempt++) {
            openJoin(others.get(attempt % 2).token());
            join = _get(JoinView.class);
            _setValue(join.email, "guess" + attempt + "@example.com");
            _setValue(join.name, "Someone");
            _setValue(join.password, "short");
            _click(join.join);
            _expectInvalid(join.password);
        }
        openJoin(others.getFirst().token());
        join = _get(JoinView.class);
        _setValue(join.email, "new-athlete@example.com");
        _setValue(join.name, "New Athlete");
        _setValue(join.password, "athlete-password");
        _click(join.join);
        _expectInvalid(join.email, "Too many tries in a short time. Wait a few minutes, then try again.");

        clock.advance(java.time.Duration.ofMinutes(16));
        _click(join.join);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'new-athlete@example.com'", Integer.class))
                .as("a quarter of an hour later it works").isOne();
    }

    @Test
    void aLinkThatNoLongerWorksSaysSoWhateverTheReason() {
        signInAsCoach();
        InviteSummary revoked = roster.createInvite("");
        roster.revokeInvite(revoked.id());
        signOut();

        for (String token : new String[]{revoked.token(), "AAAAAAAAAAAAAAAAAAAAAA"}) {
            openJoin(token);
            assertThat(_find(EmptyState.class)).hasSize(1);
            assertThat(_get(H2.class).getText()).isEqualTo(JoinView.NO_LONGER_WORKS);
        }
    }

    @Test
    void anExistingAthleteJoinsAnotherCoachWithOneClick() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        TestAccounts.createAthlete(accountService, ATHLETE);
        signInAs(ATHLETE.email());

        openJoin(invite.token());
        _click(_get(Button.class, spec -> spec.withText("Join " + COACH.displayName())));

        expectView(MyRoutinesView.class);
        signInAs(COACH.email());
        assertThat(roster.roster()).extracting(athlete -> athlete.name()).containsExactly(ATHLETE.displayName());
    }

    @Test
    void theRosterShowsHowEachAthleteKeepsUpAndFlagsPain() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        signOut();
        roster.joinWithNewAccount(invite.token(), ATHLETE);
        signInAs(COACH.email());
        var stretch = library.search(app.limber.library.LibraryFilter.NONE, 0, 1).getFirst();
        var routine = routines.create("Cool-down");
        routine = routines.addStep(routine.id(), stretch.id(), 0);
        publishing.publish(routine.id(), "");
        assignments.assign(routine.id(), java.util.List.of(roster.roster().getFirst().athleteId()), "");
        signInAs(ATHLETE.email());
        sessions.logSession(app.limber.coaching.SessionReport.ended(routine.id(), 0, false, 0, 1,
                java.util.List.of(new app.limber.coaching.StepResult("Calf", app.limber.coaching.StepResult.Outcome.SKIPPED, 0, 30))));
        sessions.logSession(new app.limber.coaching.SessionReport(routine.id(), true, app.limber.coaching.Feeling.HARD, true,
                java.util.Set.of(), "calf twinge"));
        signInAs(COACH.email());

        UI.getCurrent().navigate(AthletesView.class);

        // complete and partial sessions counted apart
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("limber-adherence")).getText())
                .startsWith("1 complete + 1 partial this week · 1 complete + 1 partial in 30 days · last complete ").endsWith("(Hard)");
        assertThat(_get(com.vaadin.flow.component.badge.Badge.class).getText()).isEqualTo("Pain reported lately");
    }

    @Test
    void openingTheLogInToJoinAddressAsksBeforeJoining() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");
        TestAccounts.createAthlete(accountService, ATHLETE);
        signInAs(ATHLETE.email());

        UI.getCurrent().navigate(AcceptInviteView.class, new RouteParameters(JoinView.TOKEN, invite.token()));

        expectView(JoinView.class);
        assertThat(_get(Button.class, spec -> spec.withText("Join " + COACH.displayName()))).isNotNull();
        signInAs(COACH.email());
        assertThat(roster.roster()).as("nobody joined by opening a link").isEmpty();
    }

    @Test
    void logInToJoinIsForAthletes() {
        signInAsCoach();
        InviteSummary invite = roster.createInvite("");

        assertThatThrownBy(() -> UI.getCurrent().navigate(AcceptInviteView.class, new RouteParameters(JoinView.TOKEN, invite.token())))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static void openJoin(String token) {
        UI.getCurrent().navigate(JoinView.class, new RouteParameters(JoinView.TOKEN, token));
    }
}
