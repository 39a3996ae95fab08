package kz.sheber.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sheber.base.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** At least 10 characters, not a well-known password, and not the person's own email or name. */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt"), StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws an {@link kz.sheber.base.InvalidInput} for the given field when the password is too weak. */
    public void check(@Nullable String password, String field, @Nullable String email, String fullName) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInput.field(field, "account.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInput.field(field, "account.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || isOneRepeatedCharacter(lower)) {
            throw InvalidInput.field(field, "account.password.common");
        }
        if ((email != null && lower.equals(email.toLowerCase(Locale.ROOT)))
                || (fullName != null && lower.equals(fullName.toLowerCase(Locale.ROOT)))) {
            throw InvalidInput.field(field, "account.password.personal");
        }
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.chars().distinct().count() <= 2;
    }
}
