package kz.sheber.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person was when a page asked them to sign in (or to register), carried as {@code ?continue=/session/12}
 * so they land back there afterwards. Only a path on this site is taken: anything with a scheme, a host, a
 * backslash or a leading {@code //} is refused, so the parameter cannot send anyone to another site.
 */
public final class ReturnPath {

    public static final String PARAMETER = "continue";
    private static final String REMEMBERED = ReturnPath.class.getName();
    /**
     * Going back to these would loop, or reopen a one-time link; the home page is left out so sign-in goes to each
     * person's own start page instead (an instructor's classes).
     */
    private static final Set<String> NOT_A_DESTINATION = Set.of(
            "",
            "login",
            "logout",
            "register",
            "start",
            "forgot-password",
            "reset-password",
            "invitation",
            "verify-email",
            "confirm-email");

    private ReturnPath() {}

    /** The path as "/session/12?x=y", if it is safe to send a person to. */
    public static Optional<String> safe(String raw) {
        if (raw == null
                || raw.length() > 500
                || !raw.startsWith("/")
                || raw.startsWith("//")
                || raw.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String first = uri.getPath().substring(1).split("/", 2)[0];
            return NOT_A_DESTINATION.contains(first) ? Optional.empty() : Optional.of(raw);
        } catch (URISyntaxException notAPath) {
            return Optional.empty();
        }
    }

    /** The safe return path a page was opened with, if any. */
    public static Optional<String> from(Location location) {
        return location.getQueryParameters().getSingleParameter(PARAMETER).flatMap(ReturnPath::safe);
    }

    /** A location as a return path: "/session/12" for the location "session/12". */
    public static String of(Location location) {
        return "/" + location.getPathWithQueryParameters();
    }

    /** Query parameters that carry the path on to the next page (sign-in, registration). */
    public static QueryParameters carrying(String path) {
        return new QueryParameters(Map.of(PARAMETER, List.of(path)));
    }

    /** "login?continue=%2Fsession%2F12", for a plain link. */
    public static String signInHref(String path) {
        return "login?" + carrying(path).getQueryString();
    }

    /**
     * Keeps the path in this browser's session, so the email confirmation page (opened from the mail, usually in
     * the same browser) can lead back to it.
     */
    public static void remember(String path) {
        VaadinSession.getCurrent().setAttribute(REMEMBERED, path);
    }

    public static Optional<String> remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(REMEMBERED)).flatMap(ReturnPath::safe);
    }
}
