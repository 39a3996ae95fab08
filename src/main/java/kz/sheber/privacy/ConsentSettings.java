package kz.sheber.privacy;

import jakarta.validation.constraints.NotNull;
import kz.sheber.base.SheberProperties.LocalizedText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sheber.privacy.notice.*}: who the operator of the personal data is, for the privacy notice. Blank ones
 * fall back to the centre's own name, address and email. {@code textDirectory}, when set, holds the centre's own
 * text ({@code privacy-notice_kk.txt}, {@code _ru}, {@code _en}) in place of the shipped one.
 */
@Validated
@ConfigurationProperties("sheber.privacy.notice")
record ConsentSettings(
        @NotNull @DefaultValue LocalizedText operator,
        @DefaultValue("") String bin,
        @NotNull @DefaultValue LocalizedText address,
        @DefaultValue("") String email,
        @DefaultValue("") String textDirectory) {

    ConsentSettings {
        if (!bin.isBlank() && !bin.strip().matches("\\d{12}")) {
            throw new IllegalArgumentException(
                    "sheber.privacy.notice.bin must be the operator's 12-digit BIN (business identification number)");
        }
        bin = bin.strip();
    }
}
