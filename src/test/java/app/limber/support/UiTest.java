package app.limber.support;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.account.TestAccounts;
import app.limber.support.Fixtures.Person;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the Karibu UI tests: real views on the real application context and database,
 * driven in-process. Routes are discovered once per JVM. Each test starts as an anonymous
 * visitor; {@link #signInAsCoach()} and friends make it a signed-in person.
 */
public abstract class UiTest extends LimberTest {

    public static final SignUp COACH = new SignUp("coach@example.com", "Casey Coach", "coach-password-1");
    public static final SignUp ATHLETE = new SignUp("athlete@example.com", "Ana Athlete", "athlete-password-1");

    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    @Autowired
    protected AccountService accountService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.limber");
        }
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    /** Another browser: a new Vaadin session and UI, nobody signed in in it (another person's session). */
    protected void inANewSession() {
        stopVaadin();
        SecurityContextHolder.clearContext();
        startVaadin();
    }

    /** Creates the test coach's account and signs in as them. */
    protected Person signInAsCoach() {
        Person coach = given.aCoach(COACH);
        signInAs(COACH.email());
        return coach;
    }

    /** Creates the test athlete's account and signs in as them. */
    protected void signInAsAthlete() {
        TestAccounts.createAthlete(accountService, ATHLETE);
        signInAs(ATHLETE.email());
    }

    /** Back to an anonymous visitor: no security context, no principal on the request. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /**
     * Signs in as an existing account, the way Spring Security's login does: the security
     * context in the HTTP session, and the request's principal and roles for Vaadin's
     * view access checks.
     */
    protected void signInAs(String email) {
        UserDetails user = authenticateAs(email);
        // the context just made for this person (the holder would prefer the session's old one)
        SecurityContext context = lastAuthenticated();
        var authentication = context.getAuthentication();
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);

        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_" + role)));
    }
}
