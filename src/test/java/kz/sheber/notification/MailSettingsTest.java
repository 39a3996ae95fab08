package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class MailSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void the_defaults_send_every_ten_seconds_in_batches_of_twenty_trying_ten_times_and_keep_sent_mail_90_days() {
        runner.run(context -> {
            MailSettings settings = context.getBean(MailSettings.class);
            assertThat(settings.from()).isEqualTo("Sheber <no-reply@sheber.local>");
            assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.maxAttempts()).isEqualTo(10);
            assertThat(settings.batchSize()).isEqualTo(20);
            assertThat(settings.keepSent()).isEqualTo(Duration.ofDays(90));
        });
    }

    @Test
    void a_batch_size_of_zero_stops_start_up_naming_the_setting() {
        runner.withPropertyValues("sheber.mail.batch-size=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("batchSize");
        });
    }

    @Test
    void keeping_sent_mail_less_than_a_day_stops_start_up_naming_the_setting() {
        runner.withPropertyValues("sheber.mail.keep-sent=1h").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("keepSent");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailSettings.class)
    static class Settings {}
}
