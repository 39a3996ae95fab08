package kz.sheber.account.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A sign-in form sent without this session's CSRF token is refused; when it is the visitor's own page gone
 * stale (the app restarted while it was open) they get a fresh form with a note rather than a bare 403.
 * Everything else denied gets Spring's usual 403.
 */
final class StaleSignInForm implements AccessDeniedHandler {

    private final RequestMatcher signInPost;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    StaleSignInForm(RequestMatcher signInPost) {
        this.signInPost = signInPost;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && signInPost.matches(request)) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PATH + "?expired");
        } else {
            otherwise.handle(request, response, denied);
        }
    }
}
