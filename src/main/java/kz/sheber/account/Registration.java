package kz.sheber.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/**
 * What a resident fills in to register. The messages are translation keys. Without the privacy notice accepted
 * there is no account: the consent is the legal ground for keeping any of the rest.
 */
public record Registration(
        @PersonFields.FullName String fullName,

        @PersonFields.RequiredEmail String email,

        @Size(max = 40, message = "account.validation.phoneInvalid")
        String phone,

        @PersonFields.Language String language,

        @NotNull(message = "account.password.tooShort") String password,
        @AssertTrue(message = "privacy.consent.required") boolean acceptsPrivacyNotice) {

    public Registration {
        fullName = PlainText.line(fullName);
        email = PlainText.line(email);
        phone = PlainText.line(phone);
    }
}
