package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.sheber.support.ListeningSockets;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator's monitoring meets on the packaged jar, and what an outsider does not. */
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningApp app;
    private static ReplyLosingSmtpRelay smtp;

    @BeforeAll
    static void start() {
        // The demo centre's own booking mails go out through a relay that loses the server's reply to the first
        smtp = new ReplyLosingSmtpRelay(TestMail.host(), TestMail.port());
        app = RunningApp.start(
                "--spring.profiles.active=demo",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port(),
                "--sheber.mail.poll-interval=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
        smtp.close();
    }

    /** Issue 10: at-least-once delivery, but a resend is recognisably the same mail for providers that dedupe. */
    @Test
    void a_mail_sent_again_after_the_servers_reply_was_lost_carries_the_same_message_id() {
        await().atMost(Duration.ofSeconds(150))
                .until(() -> smtp.lostMessageId() != null && copiesOf(smtp.lostMessageId()) >= 2);

        assertThat(smtp.lostMessageId()).matches("<outbox\\.\\d+\\.\\d+@localhost>");
        assertThat(copiesOf(smtp.lostMessageId())).isEqualTo(2);
    }

    private static long copiesOf(String messageId) {
        return TestMail.allMessages().stream()
                .filter(m -> {
                    try {
                        return messageId.equals(m.getMessageID());
                    } catch (MessagingException unreadable) {
                        return false;
                    }
                })
                .count();
    }

    @Test
    void the_public_port_serves_no_actuator_endpoint() throws Exception {
        for (String path : new String[] {"actuator", "actuator/health", "actuator/prometheus", "actuator/env"}) {
            HttpResponse<String> response = get(app.url(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .doesNotContain("json")
                    .doesNotContain("openmetrics");
            assertThat(response.body()).as(path).doesNotContain("\"status\"").doesNotContain("# HELP");
        }
    }

    @Test
    void health_and_metrics_listen_on_loopback_only() {
        assertThat(ListeningSockets.addressesListeningOn(app.managementPort()))
                .isNotEmpty()
                .allMatch(InetAddress::isLoopbackAddress);
    }

    @Test
    void liveness_and_readiness_say_up_and_nothing_more() throws Exception {
        for (String probe : new String[] {"actuator/health/liveness", "actuator/health/readiness"}) {
            HttpResponse<String> response = get(app.managementUrl(probe));
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(get(app.managementUrl("actuator/env")).statusCode()).isEqualTo(404);
        assertThat(get(app.managementUrl("actuator/beans")).statusCode()).isEqualTo(404);
    }

    @Test
    void prometheus_sees_bookings_the_outbox_the_pool_and_open_pages() throws Exception {
        HttpResponse<String> response = get(app.managementUrl("actuator/prometheus"));
        assertThat(response.statusCode()).isEqualTo(200);
        String metrics = response.body();
        // The demo centre booked seats through the booking rules at start-up: each booking was counted once
        assertThat(counter(metrics, "sheber_booking_steps_total{application=\"sheber\",step=\"booked\"}"))
                .isPositive();
        assertThat(metrics)
                .contains("sheber_outbox_mails{application=\"sheber\",status=\"queued\"}")
                .contains("sheber_outbox_oldest_waiting_seconds")
                .contains("hikaricp_connections_active")
                .contains("sheber_vaadin_uis");
        // The demo centre's booking mails go out at start-up; each send to the SMTP server is timed
        await().atMost(Duration.ofSeconds(60))
                .until(() -> counter(
                                get(app.managementUrl("actuator/prometheus")).body(),
                                "sheber_mail_send_seconds_count{application=\"sheber\",outcome=\"sent\"}")
                        > 0);
    }

    private static double counter(String metrics, String series) {
        return metrics.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line ->
                        Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + " not in\n" + metrics));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
