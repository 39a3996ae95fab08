package kz.sheber.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/** What a person may change about themselves on their profile page. */
public record ProfileChange(
        @NotBlank(message = "account.validation.nameRequired")
        @Size(max = 120, message = "account.validation.nameTooLong")
        String fullName,

        @Size(max = 40, message = "account.validation.phoneInvalid")
        String phone,

        @NotNull(message = "account.validation.languageRequired")
        @Pattern(regexp = "kk|ru|en", message = "account.validation.languageRequired")
        String language,

        boolean remindersEnabled) {

    public ProfileChange {
        fullName = PlainText.line(fullName);
        phone = PlainText.line(phone);
    }
}
