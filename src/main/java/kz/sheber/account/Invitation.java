package kz.sheber.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/** Staff inviting an instructor or another admin: they get a link to set their own password. */
public record Invitation(
        @NotBlank(message = "account.validation.nameRequired")
        @Size(max = 120, message = "account.validation.nameTooLong")
        String fullName,

        @NotBlank(message = "account.validation.emailRequired")
        @Email(message = "account.validation.emailInvalid")
        @Size(max = 254, message = "account.validation.emailInvalid")
        String email,

        @NotNull(message = "account.validation.roleRequired")
        @Pattern(regexp = "INSTRUCTOR|ADMIN", message = "account.validation.roleRequired")
        String role,

        @NotNull(message = "account.validation.languageRequired")
        @Pattern(regexp = "kk|ru|en", message = "account.validation.languageRequired")
        String language) {

    public Invitation {
        fullName = PlainText.line(fullName);
        email = PlainText.line(email);
    }
}
