package kz.sheber.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void an_id_of_up_to_eighteen_digits_is_read() {
        assertThat(Ids.parse("42")).contains(42L);
        assertThat(Ids.parse("999999999999999999")).contains(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "+1", " 1", "1.0", "1e3", "9999999999999999999", "٣"})
    void anything_else_is_no_id(String text) {
        assertThat(Ids.parse(text)).isEmpty();
    }

    @Test
    void no_text_is_no_id() {
        assertThat(Ids.parse(null)).isEmpty();
    }
}
