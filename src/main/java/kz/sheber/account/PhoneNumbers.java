package kz.sheber.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Kazakhstan's numbers as people type them ("8 701 123 45 67", "+77011234567", "701-123-45-67") checked with
 * libphonenumber and written one way: {@code +7 701 123 45 67}.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The normalised number, or empty when it is not a valid Kazakh number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9+]", "");
        // The old trunk prefix: 8 701 ... is +7 701 ...
        if (digits.length() == 11 && digits.startsWith("8")) {
            digits = "+7" + digits.substring(1);
        }
        try {
            PhoneNumber number = UTIL.parse(digits, "KZ");
            if (!UTIL.isValidNumberForRegion(number, "KZ")) {
                return Optional.empty();
            }
            String national = String.valueOf(number.getNationalNumber());
            if (national.length() != 10) {
                return Optional.empty();
            }
            return Optional.of("+7 " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                    + national.substring(6, 8) + " " + national.substring(8));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
