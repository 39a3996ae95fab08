package kz.sheber.account;

import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/** What a person may change about themselves on their profile page. */
public record ProfileChange(
        @PersonFields.FullName String fullName,

        @Size(max = 40, message = "account.validation.phoneInvalid")
        String phone,

        @PersonFields.Language String language,

        boolean remindersEnabled) {

    public ProfileChange {
        fullName = PlainText.line(fullName);
        phone = PlainText.line(phone);
    }
}
