package kz.sheber.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A resident staff add at the desk: a name, and an email or phone if they have one. Staff confirm the person
 * agreed to the privacy notice (read out or handed over); the consent is recorded with the staff member's name.
 */
public record DeskResident(
        @PersonFields.FullName String fullName,

        @Size(max = 254, message = "account.validation.emailInvalid")
        @jakarta.validation.constraints.Email(message = "account.validation.emailInvalid")
        @Nullable
        String email,

        @Nullable String phone,
        @NotBlank @Pattern(regexp = "kk|ru|en") String language,

        @AssertTrue(message = "privacy.consent.deskRequired")
        boolean personAgreedToPrivacyNotice) {

    public DeskResident {
        fullName = PlainText.line(fullName);
        email = PlainText.line(email);
        phone = PlainText.line(phone);
    }
}
