package kz.sheber.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/**
 * What a resident fills in to register. The messages are translation keys. Without the privacy notice accepted
 * there is no account: the consent is the legal ground for keeping any of the rest.
 */
public record Registration(
        @NotBlank(message = "account.validation.nameRequired")
        @Size(max = 120, message = "account.validation.nameTooLong")
        String fullName,

        @NotBlank(message = "account.validation.emailRequired")
        @Email(message = "account.validation.emailInvalid")
        @Size(max = 254, message = "account.validation.emailInvalid")
        String email,

        @Size(max = 40, message = "account.validation.phoneInvalid")
        String phone,

        @NotNull(message = "account.validation.languageRequired")
        @Pattern(regexp = "kk|ru|en", message = "account.validation.languageRequired")
        String language,

        @NotNull(message = "account.password.tooShort") String password,
        @AssertTrue(message = "privacy.consent.required") boolean acceptsPrivacyNotice) {

    public Registration {
        fullName = PlainText.line(fullName);
        email = PlainText.line(email);
        phone = PlainText.line(phone);
    }
}
