package app.limber.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.function.Function;

/**
 * Lets a scheduled job (a reminder, a weekly digest) read what a person's own screen would show
 * them, through the same services and checks: the work runs with that account as the signed-in
 * person on this thread only, and the thread's earlier context is put back afterwards. Only jobs
 * that write email to that same person use it; no view does.
 */
@Component
public class ActingFor {

    /** The person a job acts for: their id, name, email, time zone and the language they read (English unless they chose one). */
    public record Person(long id, String name, String email, java.time.ZoneId zone, java.util.Locale language) {
    }

    private final UserAccountRepository accounts;

    ActingFor(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Runs the work as that account, in one transaction (what it reads and the email it writes); empty when there is no such account. */
    @Transactional
    public <T> Optional<T> run(long accountId, Function<Person, T> work) {
        Optional<UserAccount> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        UserAccount found = account.get();
        var user = new LimberUser(found.getId(), found.getEmail(), found.getPasswordHash(), found.getRole());
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(work.apply(new Person(found.getId(), found.getDisplayName(), found.getEmail(),
                    TimeZones.parse(found.getTimeZone()).orElse(java.time.ZoneOffset.UTC), languageOf(found))));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The language an email to this account is written in: the one they chose, else English. */
    static java.util.Locale languageOf(UserAccount account) {
        Language chosen = account.toSignedInUser().language();
        return (chosen == null ? Language.ENGLISH : chosen).locale();
    }
}
