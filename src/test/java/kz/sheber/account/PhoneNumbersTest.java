package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "'+7 701 123 45 67', +7 701 123 45 67",
        "'87011234567', +7 701 123 45 67",
        "'8 (701) 123-45-67', +7 701 123 45 67",
        "'+77011234567', +7 701 123 45 67",
        "'7011234567', +7 701 123 45 67",
        "'+7 747 500 00 05', +7 747 500 00 05"
    })
    void kazakh_numbers_typed_any_way_are_written_one_way(String typed, String expected) {
        assertThat(PhoneNumbers.normalise(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12345", "+1 212 555 0100", "+7 999 123 45 67", "call me", "+7 701 123 45 678"})
    void numbers_that_are_not_kazakh_are_refused(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }
}
