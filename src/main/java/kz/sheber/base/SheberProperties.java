package kz.sheber.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The installation's own settings ({@code sheber.*}), validated at start-up so a typo stops the app with a
 * message that names the setting instead of surfacing later as odd behaviour.
 */
@Validated
@ConfigurationProperties("sheber")
public record SheberProperties(
        @Valid @NotNull @DefaultValue Centre centre,
        @NotNull @DefaultValue("Asia/Almaty") ZoneId timeZone,

        @NotNull @Pattern(regexp = "kk|ru|en", message = "must be one of kk, ru, en") @DefaultValue("kk")
        String defaultLanguage,

        @NotNull @DefaultValue("./data") Path dataDirectory,
        @NotNull @DefaultValue("http://localhost:8080") URI publicUrl) {

    /** An absolute link into the app, for emails and calendar files: {@code link("verify/abc")}. */
    public String link(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path);
    }

    public Locale defaultLocale() {
        return Locale.of(defaultLanguage);
    }

    /** The centre as residents see it: its name and address in each language, and how to reach it. */
    public record Centre(
            @NotNull @DefaultValue LocalizedText name,
            @NotNull @DefaultValue LocalizedText address,
            @DefaultValue("") String phone,
            @DefaultValue("") String email) {

        public Centre {
            if (name == null || !name.isAnyGiven()) {
                // An installation that has not named itself yet still shows a sensible title
                name = new LocalizedText("Шебер", "Шебер", "Sheber");
            }
        }
    }

    /** A text given in each of the centre's languages; a missing one falls back to another. */
    public record LocalizedText(
            @DefaultValue("") String kk,
            @DefaultValue("") String ru,
            @DefaultValue("") String en) {

        public String in(Locale locale) {
            String wanted = switch (locale.getLanguage()) {
                case "kk" -> kk;
                case "ru" -> ru;
                default -> en;
            };
            if (!wanted.isBlank()) {
                return wanted;
            }
            return !kk.isBlank() ? kk : !ru.isBlank() ? ru : en;
        }

        boolean isAnyGiven() {
            return !(kk.isBlank() && ru.isBlank() && en.isBlank());
        }
    }
}
