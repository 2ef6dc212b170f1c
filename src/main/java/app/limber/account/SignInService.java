package app.limber.account;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Signs a person in from inside the app (right after they made their account), the way
 * the login form would: through the same authentication manager (so throttling applies),
 * with the security context in the HTTP session and a new session id (no fixation).
 */
@Service
@PreAuthorize("denyAll()")
public class SignInService {

    private final AuthenticationManager authenticationManager;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInService(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /** @throws org.springframework.security.core.AuthenticationException when email and password don't match */
    @PreAuthorize("permitAll()")
    public void signIn(String email, String password) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null) {
            request.getHttpServletRequest().changeSessionId();
            contexts.saveContext(context, request.getHttpServletRequest(), response == null ? null : response.getHttpServletResponse());
        }
    }
}
