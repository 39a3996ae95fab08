package kz.sheber.base.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache headers for the look and the client code. Vaadin's bundle ({@code /VAADIN/build/}) has the content's hash
 * in every file name, so a browser may keep it for a year without asking again; Vaadin itself says an hour. Our
 * stylesheets, scripts and icons keep the time Vaadin gives them (a year when the page links them with their
 * {@code ?v-c=} hash, an hour otherwise). On all of these Spring Security's "never cache" headers ({@code Pragma},
 * {@code Expires}), meant for pages, are left out, so they do not contradict the Cache-Control. Pages and round
 * trips keep Spring Security's {@code no-store}: they carry the session's tokens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticResourceCaching extends OncePerRequestFilter {

    static final String HASHED = "/VAADIN/build/";
    static final String A_YEAR = "public, max-age=31536000, immutable";
    private static final List<String> STATIC =
            List.of(HASHED, "/lumo/", "/styles/", "/scripts/", "/icons/", "/images/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || STATIC.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hashed = request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(HASHED);
        if (hashed) {
            response.setHeader("Cache-Control", A_YEAR);
        }
        chain.doFilter(request, new StaticResponse(response, hashed));
    }

    /** Drops the page-only headers, and for the hashed bundle any shorter Cache-Control set after ours. */
    private static final class StaticResponse extends HttpServletResponseWrapper {

        private final boolean hashed;

        StaticResponse(HttpServletResponse response, boolean hashed) {
            super(response);
            this.hashed = hashed;
        }

        // A file not (or no longer) in this build must not be remembered as missing for a year
        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            notKeptIfFailed(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            notKeptIfFailed(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            notKeptIfFailed(status);
            super.sendError(status, message);
        }

        private void notKeptIfFailed(int status) {
            if (hashed && status >= 400) {
                super.setHeader("Cache-Control", "no-store");
            }
        }

        private boolean dropped(String name) {
            return "Pragma".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || hashed && "Cache-Control".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!dropped(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!dropped(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!dropped(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!dropped(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!dropped(name)) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!dropped(name)) {
                super.addIntHeader(name, value);
            }
        }
    }
}
