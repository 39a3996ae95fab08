package kz.sheber.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class SettingsValidationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void the_defaults_describe_a_centre_in_almaty_time_speaking_kazakh() {
        runner.run(context -> {
            SheberProperties properties = context.getBean(SheberProperties.class);
            assertThat(properties.timeZone().getId()).isEqualTo("Asia/Almaty");
            assertThat(properties.defaultLanguage()).isEqualTo("kk");
            assertThat(properties.centre().name().in(java.util.Locale.ENGLISH)).isEqualTo("Sheber");
        });
    }

    @Test
    void an_unknown_default_language_stops_start_up_naming_the_setting() {
        runner.withPropertyValues("sheber.default-language=de").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure()))
                    .contains("sheber")
                    .contains("defaultLanguage")
                    .contains("must be one of kk, ru, en");
        });
    }

    @Test
    void an_unknown_time_zone_stops_start_up_naming_the_setting() {
        runner.withPropertyValues("sheber.time-zone=Mars/Olympus").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("sheber.time-zone");
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SheberProperties.class)
    static class Settings {}
}
