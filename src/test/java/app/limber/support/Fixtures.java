package app.limber.support;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.coaching.AssignmentService;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.List;
import java.util.function.Supplier;

/**
 * The people and routines a test starts from, made through Limber's own services the way
 * people make them (an athlete joins through the coach's invite link, a routine is built from
 * built-in stretches and published). Each method acts as whoever would do it and then puts
 * back whoever the test was signed in as, so it can be called at any point of a test.
 */
public class Fixtures {

    private static final String SESSION_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    public static final SignUp CASEY = new SignUp("casey@example.com", "Casey Coach", "casey-password-1");
    public static final SignUp DANA = new SignUp("dana@example.com", "Dana Coach", "dana-password-12");
    public static final SignUp ANA = new SignUp("ana@example.com", "Ana Athlete", "athlete-password");
    public static final SignUp BEN = new SignUp("ben@example.com", "Ben Athlete", "athlete-password");

    /** Someone with an account: the id other services know them by, and their email to sign in with. */
    public record Person(long id, String email, String name) {
    }

    private final AccountService accounts;
    private final RosterService roster;
    private final RoutineService routines;
    private final LibraryService library;
    private final PublishingService publishing;
    private final AssignmentService assignments;
    private final UserDetailsService userDetails;

    Fixtures(AccountService accounts, RosterService roster, RoutineService routines, LibraryService library,
             PublishingService publishing, AssignmentService assignments, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.roster = roster;
        this.routines = routines;
        this.library = library;
        this.publishing = publishing;
        this.assignments = assignments;
        this.userDetails = userDetails;
    }

    /** Casey, a coach with a new account. */
    public Person aCoach() {
        return aCoach(CASEY);
    }

    public Person aCoach(SignUp signUp) {
        accounts.signUpCoach(signUp);
        return as(signUp.email(), () -> new Person(accounts.currentUserId().orElseThrow(), signUp.email(), signUp.displayName()));
    }

    /** Ana, who joined this coach through an invite link. */
    public Person anAthleteOf(Person coach) {
        return anAthleteOf(coach, ANA);
    }

    public Person anAthleteOf(Person coach, SignUp signUp) {
        String token = as(coach.email(), () -> roster.createInvite("").token());
        long id = anonymously(() -> roster.joinWithNewAccount(token, signUp));
        return new Person(id, signUp.email(), signUp.displayName());
    }

    /** The first built-in stretches of the library, in its order. */
    public List<StretchCard> builtInStretches(int count) {
        return library.search(LibraryFilter.NONE, 0, count);
    }

    /** "Track cool-down": a draft routine of the first {@code steps} built-in stretches, not published. */
    public RoutineDetails aRoutine(Person coach, int steps) {
        return as(coach.email(), () -> {
            RoutineDetails routine = routines.create("Track cool-down");
            List<StretchCard> stretches = builtInStretches(steps);
            for (int index = 0; index < steps; index++) {
                routine = routines.addStep(routine.id(), stretches.get(index).id(), index);
            }
            return routine;
        });
    }

    /** A two-step "Track cool-down", published once (version 1). */
    public RoutineDetails aPublishedRoutine(Person coach) {
        return aPublishedRoutine(coach, 2);
    }

    public RoutineDetails aPublishedRoutine(Person coach, int steps) {
        return published(coach, aRoutine(coach, steps));
    }

    /** Publishes the routine as it is now; returns it as the coach sees it afterwards. */
    public RoutineDetails published(Person coach, RoutineDetails routine) {
        return as(coach.email(), () -> {
            publishing.publish(routine.id(), "");
            return routines.open(routine.id());
        });
    }

    /** The coach gives a published routine to athletes on their roster. */
    public void give(Person coach, RoutineDetails routine, Person... athletes) {
        as(coach.email(), () -> {
            assignments.assign(routine.id(), java.util.Arrays.stream(athletes).map(Person::id).toList(), "");
            return null;
        });
    }

    /** The coach gives a published routine to an athlete on their roster, on a plan. */
    public void give(Person coach, RoutineDetails routine, app.limber.coaching.Plan plan, Person athlete) {
        as(coach.email(), () -> {
            assignments.assign(routine.id(), java.util.List.of(athlete.id()), "", plan);
            return null;
        });
    }

    /** The person's time zone, as they would choose it in their settings. */
    public void livesIn(Person person, String zone) {
        as(person.email(), () -> {
            accounts.changeTimeZone(zone);
            return null;
        });
    }

    /** Runs the work as this account, then puts back whoever was signed in before. */
    public <T> T as(String email, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return within(context, work);
    }

    private <T> T anonymously(Supplier<T> work) {
        return within(SecurityContextHolder.createEmptyContext(), work);
    }

    /**
     * Vaadin's holder strategy prefers the context stored in the current Vaadin session (a UI
     * test's signed-in person) to the thread's, so both are switched for the work.
     */
    private static <T> T within(SecurityContext context, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object inSessionBefore = session == null ? null : session.getAttribute(SESSION_KEY);
        SecurityContextHolder.setContext(context);
        if (session != null) {
            session.setAttribute(SESSION_KEY, context);
        }
        try {
            return work.get();
        } finally {
            if (session != null) {
                session.setAttribute(SESSION_KEY, inSessionBefore);
            }
            SecurityContextHolder.setContext(before);
        }
    }
}
