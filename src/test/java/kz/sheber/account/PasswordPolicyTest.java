package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import kz.sheber.base.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which passwords are refused, and with which message beside the field. */
class PasswordPolicyTest {

    private static final String EMAIL = "dana.nurlanqyzy@example.kz";
    private static final String NAME = "Дана Нұрланқызы";
    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"ою-өрнек тоқимыз", "tenletters", "Felt slippers at nine", "ш1ш2ш3ш4ш5"})
    void a_sentence_or_any_ten_characters_not_well_known_are_accepted(String password) {
        assertThatCode(() -> policy.check(password, "password", EMAIL, NAME)).doesNotThrowAnyException();
    }

    @Test
    void nine_characters_are_too_short_and_ten_are_enough() {
        assertThat(refusal("ninechars")).isEqualTo("account.password.tooShort");
        assertThatCode(() -> policy.check("ninechars!", "password", EMAIL, NAME))
                .doesNotThrowAnyException();
        assertThat(refusal("")).isEqualTo("account.password.tooShort");
        assertThat(refusal(null)).isEqualTo("account.password.tooShort");
    }

    @Test
    void more_than_128_characters_are_too_long() {
        assertThatCode(() -> policy.check("a sentence ".repeat(10) + "ok ok ok", "password", EMAIL, NAME))
                .doesNotThrowAnyException();
        assertThat(refusal("x1".repeat(64) + "y")).isEqualTo("account.password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "QWERTYUIOP", "1q2w3e4r5t", "aaaaaaaaaaaa", "abababababab", "ЖЖЖЖЖЖЖЖЖЖЖ"})
    void well_known_and_one_or_two_repeated_characters_are_refused_whatever_the_case(String password) {
        assertThat(refusal(password)).isEqualTo("account.password.common");
    }

    @Test
    void the_persons_own_email_or_name_is_refused_whatever_the_case() {
        assertThat(refusal("Dana.Nurlanqyzy@Example.kz")).isEqualTo("account.password.personal");
        assertThat(refusal("дана нұрланқызы")).isEqualTo("account.password.personal");
        assertThatCode(() -> policy.check("Дана Нұрланқызы", "password", null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void the_message_is_given_for_the_field_that_was_typed() {
        InvalidInput refused =
                catchThrowableOfType(InvalidInput.class, () -> policy.check("short", "newPassword", EMAIL, NAME));
        assertThat(refused.fieldMessageKeys()).containsExactly(Map.entry("newPassword", "account.password.tooShort"));
    }

    @Test
    void every_message_reads_in_kazakh_russian_and_english_and_names_the_limits() throws IOException {
        for (String suffix : new String[] {"", "_kk", "_ru"}) {
            Properties bundle = bundle(suffix);
            for (String key : Set.of("tooShort", "tooLong", "common", "personal")) {
                assertThat(bundle.getProperty("account.password." + key))
                        .as(suffix + " " + key)
                        .isNotBlank();
            }
            assertThat(bundle.getProperty("account.password.tooShort"))
                    .contains(String.valueOf(PasswordPolicy.MIN_LENGTH));
            assertThat(bundle.getProperty("account.password.tooLong"))
                    .contains(String.valueOf(PasswordPolicy.MAX_LENGTH));
        }
    }

    private String refusal(String password) {
        InvalidInput refused =
                catchThrowableOfType(InvalidInput.class, () -> policy.check(password, "password", EMAIL, NAME));
        assertThat(refused).as("refused: " + password).isNotNull();
        return refused.fieldMessageKeys().get("password");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                PasswordPolicyTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
