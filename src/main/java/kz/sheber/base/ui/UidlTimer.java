package kz.sheber.base.ui;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long the server takes to answer a Vaadin round trip (a click, a changed field: {@code ?v-r=uidl}), from the
 * request's arrival to its last byte, security and the wait for the UI's session lock included: what a person
 * waits for on top of the network. Spring's own {@code http.server.requests} cannot tell these from page loads,
 * since every one of them is a POST to the same address. As a histogram, so percentiles come out of Prometheus.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UidlTimer extends OncePerRequestFilter {

    private final Timer roundTrips;

    UidlTimer(MeterRegistry registry) {
        roundTrips = Timer.builder("sheber.vaadin.uidl")
                .description("Server time per Vaadin UI round trip (clicks and field changes)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The query string only: getParameter could read a form POST's body before the app does
        String query = request.getQueryString();
        return query == null || !query.contains("v-r=uidl");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            roundTrips.record(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
