package kz.sheber.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kz.sheber.base.PlainText;

/** Staff inviting an instructor or another admin: they get a link to set their own password. */
public record Invitation(
        @PersonFields.FullName String fullName,

        @PersonFields.RequiredEmail String email,

        @NotNull(message = "account.validation.roleRequired")
        @Pattern(regexp = "INSTRUCTOR|ADMIN", message = "account.validation.roleRequired")
        String role,

        @PersonFields.Language String language) {

    public Invitation {
        fullName = PlainText.line(fullName);
        email = PlainText.line(email);
    }
}
