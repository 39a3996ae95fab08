package kz.sheber.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every action the trail can record has a name in every language: a new action without one would show its key
 * to staff in the log and in the CSV. (The bundles test checks the three files agree, not that a key exists.)
 */
class AuditWordsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "_kk", "_ru"})
    void every_recorded_action_has_a_name_in_the_language(String suffix) throws IOException {
        Properties words = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(AuditService.ACTIONS)
                .isNotEmpty()
                .allSatisfy(action -> assertThat(words.getProperty("audit.action." + action))
                        .as(action)
                        .isNotBlank());
    }
}
