package app.limber.account;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks email and password, at most as often as {@link LoginThrottle} allows per email. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        if (email == null || email.length() > LoginThrottle.MAX_EMAIL_LENGTH || AccountService.hasControlCharacterInLine(email)) {
            // no account has such an email; refuse without growing the throttle's memory
            throw new BadCredentialsException("Bad credentials");
        }
        boolean started;
        try {
            started = throttle.tryStart(email);
        } catch (DataAccessException databaseAway) {
            // the counters are in the database: without it no check, and a plain login failure
            throw new InternalAuthenticationServiceException("The login throttle cannot be read", databaseAway);
        }
        if (!started) {
            throw new LoginThrottledException();
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrongEmailOrPassword) {
            throttle.failed(email);
            throw wrongEmailOrPassword;
        } catch (RuntimeException somethingElseWentWrong) {
            // e.g. the database is away: not the person's fault, so not counted against them
            throttle.abandoned(email);
            throw somethingElseWentWrong;
        }
        throttle.succeeded(email);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
