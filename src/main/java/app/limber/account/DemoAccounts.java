package app.limber.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Demo accounts for trying Limber locally: one coach and two athletes. Switched on by
 * {@link DemoDataSettings} (the README's run command does so); loading again
 * changes nothing, because sign-up leaves existing emails alone, and nodes starting together
 * load one after another ({@link StartupLock}). Announces
 * {@link DemoAccountsLoaded} so that the athletes can be put on the coach's roster.
 */
@Component
class DemoAccounts implements ApplicationRunner {

    static final SignUp COACH = new SignUp("coach@limber.test", "Casey Coach", "limber-coach-demo");
    static final List<SignUp> ATHLETES = List.of(
            new SignUp("ana@limber.test", "Ana Athlete", "limber-athlete-demo"),
            new SignUp("ben@limber.test", "Ben Runner", "limber-athlete-demo"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accountService;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final DemoDataSettings settings;
    private final StartupLock startupLock;

    DemoAccounts(AccountService accountService, UserAccountRepository accounts, ApplicationEventPublisher events,
                 DemoDataSettings settings, StartupLock startupLock) {
        this.startupLock = startupLock;
        this.settings = settings;
        this.accountService = accountService;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        // with the roster and first routine that DemoAccountsLoaded brings, while no other node loads them
        startupLock.whileHeld(() -> {
            accountService.signUpCoach(COACH);
            ATHLETES.forEach(athlete -> accountService.register(athlete, Role.ATHLETE));
            events.publishEvent(new DemoAccountsLoaded(idOf(COACH), COACH.email(),
                    ATHLETES.stream().map(this::idOf).toList()));
        });

        var logins = new StringBuilder("Demo logins (password after the email):%n".formatted());
        logins.append("  coach    %s / %s%n".formatted(COACH.email(), COACH.password()));
        ATHLETES.forEach(athlete ->
                logins.append("  athlete  %s / %s%n".formatted(athlete.email(), athlete.password())));
        log.info(logins.toString().stripTrailing());
    }

    private long idOf(SignUp signUp) {
        return accounts.findByEmail(signUp.email()).orElseThrow().getId();
    }
}
