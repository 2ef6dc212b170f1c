package app.limber.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up by email (any case) for Spring Security's login. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(AccountService.normalizeEmail(username))
                .map(account -> new LimberUser(account.getId(), account.getEmail(),
                        account.getPasswordHash(), account.getRole()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
