package kz.sheber.account;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules a person's details follow on every form that asks for them (registering, an invitation, the profile,
 * the desk), so they cannot drift apart; each reports its own translation key, as the plain constraints did.
 */
public final class PersonFields {

    private PersonFields() {}

    /** A full name: given, and no longer than the column holds. */
    @NotBlank(message = "account.validation.nameRequired")
    @Size(max = 120, message = "account.validation.nameTooLong")
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    public @interface FullName {
        String message() default "account.validation.nameRequired";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An email address that must be given: a valid one, no longer than the column holds. */
    @NotBlank(message = "account.validation.emailRequired")
    @Email(message = "account.validation.emailInvalid")
    @Size(max = 254, message = "account.validation.emailInvalid")
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    public @interface RequiredEmail {
        String message() default "account.validation.emailRequired";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The language mail and pages come in: one of the three the centre speaks. */
    @NotNull(message = "account.validation.languageRequired")
    @Pattern(regexp = "kk|ru|en", message = "account.validation.languageRequired")
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Language {
        String message() default "account.validation.languageRequired";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
