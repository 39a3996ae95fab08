package kz.sheber.base.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes forwarded headers from the trusted proxies only (Tomcat's RemoteIpValve, set from
 * {@code sheber.http.trusted-proxies} instead of Spring Boot's own, which trusts every private network).
 * A request through one then carries the client's address and scheme, so Tomcat marks the session cookie
 * Secure, Spring Security sends HSTS and redirects point to https.
 */
@Component
class ForwardedHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final HttpProperties settings;

    ForwardedHeaders(HttpProperties settings) {
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (settings.trustedProxies().isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // Only the listed proxies (no trustedProxies either): a proxy in front of them is not believed
        valve.setInternalProxies(addressPattern());
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    /** Tomcat matches the peer's address as text, and writes IPv6 in full ("0:0:0:0:0:0:0:1"). */
    String addressPattern() {
        return settings.trustedProxies().stream()
                .map(ForwardedHeaders::asTomcatWritesIt)
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static String asTomcatWritesIt(String address) {
        try {
            // A literal address: no name lookup happens
            return InetAddress.getByName(address.strip()).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("sheber.http.trusted-proxies: not an address: " + address, e);
        }
    }
}
