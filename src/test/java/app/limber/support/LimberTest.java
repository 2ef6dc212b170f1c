package app.limber.support;

import app.limber.account.LoginThrottle;
import app.limber.sharing.ShareLookupThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of every test that needs Limber: the whole application, served on a random port,
 * on the test JVM's embedded PostgreSQL. One Spring context for all tests; each test
 * starts with empty tables, no one signed in, no login or share-link look-up counters and
 * the {@linkplain TestClock clock} at {@link TestClock#START}.
 */
// every language Limber speaks, as production will offer them once all its words are translated
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "limber.languages.offered=ENGLISH,SPANISH,GERMAN")
@Import({TestDatabaseConfiguration.class, LimberTestConfiguration.class})
public abstract class LimberTest {

    @Autowired
    protected JdbcTemplate jdbc;

    /** Coaches, athletes and routines to start from, made through the services. */
    @Autowired
    protected Fixtures given;

    /** The application's clock: tests move it instead of rewriting timestamps. */
    @Autowired
    protected TestClock clock;

    @Autowired
    private LoginThrottle loginThrottle;

    @Autowired
    private ShareLookupThrottle shareLookupThrottle;

    @LocalServerPort
    protected int port;

    @Autowired
    private UserDetailsService userDetailsService;

    private SecurityContext lastAuthenticated;

    /** Makes the current thread act as this account, as a logged-in request would. */
    protected UserDetails authenticateAs(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        lastAuthenticated = context;
        return user;
    }

    /** The security context {@link #authenticateAs} made last. */
    protected SecurityContext lastAuthenticated() {
        return lastAuthenticated;
    }

    /** This context's holder of the signed-in person (Vaadin's, which also reads a Vaadin session's). */
    @Autowired
    private org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy;

    @BeforeEach
    void startClean() {
        // Every Spring context that starts makes its own holder the JVM-wide one, while this context's
        // method security keeps reading its own: after another context started (the email tests' own,
        // DatabaseOutageTest's), a person signed in here through SecurityContextHolder would be
        // anonymous to the services. Each test puts this context's holder back first.
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        DatabaseCleaner.clean(jdbc);
        clock.reset();
        loginThrottle.forgetAll();
        shareLookupThrottle.forgetAll();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
