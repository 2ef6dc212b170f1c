package app.limber.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks email and password, refusing emails that {@link LoginThrottle} has locked. */
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
        if (throttle.isLocked(email)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (BadCredentialsException wrongEmailOrPassword) {
            throttle.recordFailure(email);
            throw wrongEmailOrPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
