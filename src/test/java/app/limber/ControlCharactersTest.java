package app.limber;

import app.limber.account.AccountService;
import app.limber.account.InvalidSignUpException;
import app.limber.account.SignUp;
import app.limber.base.TypedText;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.Feeling;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.PublishingException;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionReport;
import app.limber.coaching.SessionService;
import app.limber.library.InvalidStretchException;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.Ownership;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.body.Muscle;
import app.limber.routine.FieldEdit;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineField;
import app.limber.routine.RoutineService;
import app.limber.sharing.InvalidShareLinkException;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text field of every service refuses NUL and the other control characters (a
 * multi-line text keeps its line breaks and tabs) with one message, before PostgreSQL sees
 * it, and stores nothing. A search with one finds what it would without it.
 */
class ControlCharactersTest extends LimberTest {

    @Autowired AccountService accounts;
    @Autowired LibraryService library;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired AssignmentService assignments;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired SharingService sharing;

    private Person coach;
    private Person athlete;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithAnAthleteAndAPublishedRoutineGivenToThem() {
        coach = given.aCoach();
        athlete = given.anAthleteOf(coach);
        routine = given.aPublishedRoutine(coach);
        given.give(coach, routine, athlete);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085"})
    void everyTextFieldOfEveryServiceRefusesIt(String control) {
        String text = "Calf " + control + " drop";
        authenticateAs(coach.email());
        long step = routine.steps().getFirst().id();

        refused(() -> library.create(stretch(text)), "stretch name");
        refused(() -> routines.create(text), "routine title");
        refused(() -> routines.change(routine.id(), FieldEdit.ofRoutine(RoutineField.TITLE, routine.title(), text)), "routine title (editor)");
        refused(() -> routines.describe(routine.id(), routine.title(), text, null), "description");
        refused(() -> routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", text)), "step note");
        refused(() -> publishing.publish(routine.id(), text), "publish note");
        refused(() -> assignments.assign(routine.id(), List.of(athlete.id()), text), "schedule hint");
        refused(() -> roster.saveGroup(null, text, Set.of(athlete.id())), "group name");
        refused(() -> roster.createInvite(text), "invite label");
        refused(() -> sharing.create(routine.id(), text, null, Pin.LATEST_PUBLISHED), "share label");

        authenticateAs(athlete.email());
        refused(() -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), text)), "session note");
        long session = sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), ""));
        refused(() -> sessions.giveFeedback(session, SessionFeedback.withoutPain(Feeling.HARD, text)), "feedback note");

        authenticateAs(coach.email());
        refused(() -> sessions.reply(session, text), "reply");

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        refused(() -> accounts.signUpCoach(new SignUp("calf" + control + "@example.com", "Calf", "calf-password-1")), "sign-up email");
        refused(() -> accounts.signUpCoach(new SignUp("calf@example.com", text, "calf-password-1")), "display name");

        assertThat(jdbc.queryForObject("select count(*) from stretch where owner_id is not null", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from routine", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from routine_version", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from athlete_group", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from invite", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from share_link", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select note from session_log", String.class)).containsExactly("");
    }

    @Test
    void textWithLinesKeepsItsLineBreaksAndTabs() {
        authenticateAs(coach.email());
        long step = routine.steps().getFirst().id();

        routines.describe(routine.id(), routine.title(), "Before:\n\tjog 5 min\r\nthen this", null);
        routines.change(routine.id(), FieldEdit.ofStep(step, RoutineField.NOTE, "", "Left\nthen right"));
        publishing.publish(routine.id(), "New:\n\tlonger holds");

        assertThat(routines.open(routine.id()).description()).contains("\n\tjog");
    }

    @Test
    void aOneLineFieldRefusesALineBreakToo() {
        authenticateAs(coach.email());
        refused(() -> roster.createInvite("Tuesday\n10k"), "invite label");
        refused(() -> library.create(stretch("Calf\tdrop")), "stretch name");
    }

    @Test
    void aSearchWithAControlCharacterFindsWhatItWouldWithoutIt() {
        authenticateAs(coach.email());
        var nul = new LibraryFilter("\u0000", Set.of(), null, null, null, null, Ownership.ALL);
        var calfNul = new LibraryFilter("calf\u0000", Set.of(), null, null, null, null, Ownership.ALL);
        var calf = new LibraryFilter("calf", Set.of(), null, null, null, null, Ownership.ALL);

        assertThat(library.count(nul)).isEqualTo(library.count(LibraryFilter.NONE));
        assertThat(library.search(calfNul, 0, 50)).isEqualTo(library.search(calf, 0, 50)).isNotEmpty();
        assertThat(routines.list("Track\u0000", false)).isEqualTo(routines.list("Track", false));
    }

    private static StretchDraft stretch(String name) {
        return new StretchDraft(name, "A calf stretch.", List.of("Stand on a step."), List.of(), List.of(),
                StretchKind.STATIC, Position.STANDING, Set.of(), Set.of(Purpose.POST_RUN), 30, 1, false,
                List.of(Muscle.CALF_SOLEUS), List.of(), "");
    }

    /** Refused with the one message, as a rule broken, not a database error. */
    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).as(field).satisfies(thrown -> assertThat(messages(thrown)).as(field).contains(TypedText.CONTROL_CHARACTER));
    }

    private static Collection<String> messages(Throwable thrown) {
        return switch (thrown) {
            case InvalidStretchException stretch -> stretch.errors().values();
            case InvalidRoutineException routine -> routine.errors().values();
            case InvalidSignUpException signUp -> signUp.errors().values();
            case InvalidShareLinkException link -> link.errors().values();
            case PublishingException publishing -> List.of(publishing.getMessage());
            case InvalidSessionException session -> List.of(session.getMessage());
            case IllegalArgumentException argument -> List.of(argument.getMessage());
            default -> throw new AssertionError("not refused as a rule broken", thrown);
        };
    }
}
