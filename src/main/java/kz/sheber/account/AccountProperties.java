package kz.sheber.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the accounts feature ({@code sheber.accounts.*}). */
@Validated
@ConfigurationProperties("sheber.accounts")
public record AccountProperties(
        @Email @DefaultValue("") String firstAdminEmail,
        @DefaultValue("48h") Duration verificationLinkValidity,
        @DefaultValue("7d") Duration invitationLinkValidity,
        @Min(1) @DefaultValue("3") int requestedMailsPerHour) {

    /** Fixed by policy rather than a setting: a reset link is a key to the account. */
    public static final Duration RESET_LINK_VALIDITY = Duration.ofHours(1);
}
