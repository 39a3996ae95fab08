package kz.sheber.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second line behind the CSRF token: a sign-in posted by another site's page (the browser says so in
 * {@code Sec-Fetch-Site} or {@code Origin}) is refused with 403 before any password is looked at.
 */
final class CrossSiteSignInFilter extends OncePerRequestFilter {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final RequestMatcher signIn;
    private final String publicOrigin;

    CrossSiteSignInFilter(String loginPath, URI publicUrl) {
        this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        this.publicOrigin = origin(publicUrl.getScheme(), publicUrl.getHost(), publicUrl.getPort());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean foreignSite = site != null && !OWN_SITE.contains(site);
        boolean foreignOrigin = origin != null
                && !origin.equalsIgnoreCase(publicOrigin)
                && !origin.equalsIgnoreCase(
                        origin(request.getScheme(), request.getServerName(), request.getServerPort()));
        if (foreignSite || foreignOrigin) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** An origin as a browser writes it: the port only where it is not the scheme's default. */
    static String origin(String scheme, String host, int port) {
        boolean defaultPort = port == -1
                || ("http".equalsIgnoreCase(scheme) && port == 80)
                || ("https".equalsIgnoreCase(scheme) && port == 443);
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme.toLowerCase(Locale.ROOT) + "://" + hostPart + (defaultPort ? "" : ":" + port);
    }
}
