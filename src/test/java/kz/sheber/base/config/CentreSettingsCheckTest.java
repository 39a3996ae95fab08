package kz.sheber.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class CentreSettingsCheckTest {

    @Test
    void without_config_the_log_names_each_missing_centre_setting_once(CapturedOutput output) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("sheber.centre.phone", "+7 7262 45 00 00")
                .withProperty("sheber.centre.address.ru", "   ");

        new CentreSettingsCheck(environment).warnOnce();

        assertThat(output.getOut())
                .containsOnlyOnce(
                        "The centre's sheber.centre.name, sheber.centre.address, sheber.centre.email are not set");
        assertThat(output.getOut()).doesNotContain("sheber.centre.phone");
    }

    @Test
    void a_text_given_in_one_language_counts_as_set_and_a_configured_centre_is_not_warned_about(CapturedOutput output) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("sheber.centre.name.en", "Taraz Crafts Centre")
                .withProperty("sheber.centre.address.kk", "Тараз қ., Төле би даңғылы, 45")
                .withProperty("sheber.centre.phone", "+7 7262 45 00 00")
                .withProperty("sheber.centre.email", "info@sheber.example.kz");

        new CentreSettingsCheck(environment).warnOnce();

        assertThat(output.getOut()).doesNotContain("The centre's");
    }
}
