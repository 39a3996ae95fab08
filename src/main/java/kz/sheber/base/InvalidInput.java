package kz.sheber.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Input a person can correct. Carries translation keys, per form field where the problem belongs to one
 * field, so the form shows each message beside its field in the reader's language.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;
    private final @Nullable String formMessageKey;

    private InvalidInput(Map<String, String> fieldMessageKeys, @Nullable String formMessageKey) {
        super(formMessageKey != null ? formMessageKey : fieldMessageKeys.toString());
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
        this.formMessageKey = formMessageKey;
    }

    public static InvalidInput field(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey), null);
    }

    public static InvalidInput form(String messageKey) {
        return new InvalidInput(Map.of(), messageKey);
    }

    /** Runs Bean Validation on a form; its annotations' messages are translation keys. */
    public static void check(Validator validator, Object form) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            Map<String, String> keys = new LinkedHashMap<>();
            violations.forEach(v -> keys.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInput(keys, null);
        }
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }

    /** The message to show when there is room for one only: the form's, else the first field's. */
    public String firstMessageKey() {
        return formMessageKey != null
                ? formMessageKey
                : fieldMessageKeys.values().iterator().next();
    }

    /** A message about the whole form, or null. */
    public @Nullable String formMessageKey() {
        return formMessageKey;
    }
}
