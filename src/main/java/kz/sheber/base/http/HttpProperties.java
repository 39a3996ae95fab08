package kz.sheber.base.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the app's HTTP side ({@code sheber.http.*}). {@code trustedProxies}: the addresses of the reverse
 * proxies whose X-Forwarded-For/-Proto/-Host/-Port headers are believed; anyone else's are ignored.
 */
@Validated
@ConfigurationProperties("sheber.http")
public record HttpProperties(
        @NotNull @DefaultValue({"127.0.0.1", "::1"})
        List<
                        @Pattern(
                                regexp = "[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*",
                                message = "must be a plain IPv4 or IPv6 address (no host names, no ranges)")
                        String>
                trustedProxies) {

    public HttpProperties {
        // "sheber.http.trusted-proxies=" (empty) means none, not one blank address
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .toList();
    }
}
