package kz.sheber.base.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    @Test
    void trusted_proxies_match_the_peer_address_as_tomcat_writes_it_and_nothing_more() {
        Pattern trusted = Pattern.compile(
                new ForwardedHeaders(new HttpProperties(List.of("127.0.0.1", " ::1 "))).addressPattern());

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(trusted.matcher("127.0.0.10").matches()).isFalse();
        assertThat(trusted.matcher("127a0a0a1").matches())
                .as("dots are dots, not any character")
                .isFalse();
    }

    @Test
    void an_empty_setting_trusts_no_proxy() {
        assertThat(new HttpProperties(List.of("")).trustedProxies()).isEmpty();
    }
}
