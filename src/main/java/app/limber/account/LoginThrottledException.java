package app.limber.account;

import org.springframework.security.core.AuthenticationException;

/** A login refused because its email had too many failures lately. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed logins for this email");
    }
}
