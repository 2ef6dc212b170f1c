package app.limber.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The security principal of a signed-in account. Carries the account id for ownership checks. */
public class LimberUser extends User {

    private final long accountId;
    private final Role role;

    LimberUser(long accountId, String email, String passwordHash, Role role) {
        super(email, passwordHash, List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.role = role;
    }

    public long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LimberUser that && that.accountId == accountId && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
