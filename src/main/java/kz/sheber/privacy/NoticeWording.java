package kz.sheber.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Writes the privacy notice in a language: the centre's own text files when {@code sheber.privacy.notice.text-directory}
 * is set, otherwise the shipped text with the operator's details and the retention settings filled in, so the notice
 * always says what the installation actually does.
 */
@Component
class NoticeWording {

    private static final List<String> SECTIONS =
            List.of("operator", "collected", "purpose", "where", "retention", "rights", "changes");

    private final I18NProvider translations;
    private final ConsentSettings settings;
    private final SheberProperties.Centre centre;
    private final Map<String, List<NoticeBlock>> ownText = new HashMap<>();
    private final Retention retention;

    NoticeWording(
            I18NProvider translations, ConsentSettings settings, SheberProperties properties, Environment environment) {
        this.translations = translations;
        this.settings = settings;
        this.centre = properties.centre();
        this.retention = Retention.of(Binder.get(environment));
        if (!settings.textDirectory().isBlank()) {
            for (Locale language : Languages.ALL) {
                ownText.put(language.getLanguage(), readOwn(Path.of(settings.textDirectory()), language.getLanguage()));
            }
        }
    }

    List<NoticeBlock> in(Locale language) {
        List<NoticeBlock> own = ownText.get(language.getLanguage());
        if (own != null) {
            return own;
        }
        String operator = settings.operator().in(language).isBlank()
                ? centre.name().in(language)
                : settings.operator().in(language);
        String withBin = settings.bin().isBlank()
                ? operator
                : translations.getTranslation("privacy.notice.bin", language, operator, settings.bin());
        String address = settings.address().in(language).isBlank()
                ? centre.address().in(language)
                : settings.address().in(language);
        String email = settings.email().isBlank() ? centre.email() : settings.email();
        Object[] params = {
            withBin,
            address,
            email,
            retention.inactiveMonths,
            retention.messageMonths,
            retention.sentMailDays,
            retention.auditMonths
        };
        return SECTIONS.stream()
                .flatMap(section -> Stream.of(
                        new NoticeBlock(
                                true, translations.getTranslation("privacy.notice." + section + ".title", language)),
                        new NoticeBlock(
                                false,
                                translations.getTranslation(
                                        "privacy.notice." + section + ".text" + without(section, address, email),
                                        language,
                                        params))))
                .toList();
    }

    /** Which wording leaves out the contact details nobody configured, rather than printing blanks. */
    private static String without(String section, String address, String email) {
        boolean noAddress = address.isBlank();
        boolean noEmail = email == null || email.isBlank();
        return switch (section) {
            case "operator" -> noAddress && noEmail ? "NoContact" : noAddress ? "NoAddress" : noEmail ? "NoEmail" : "";
            case "rights" -> noEmail ? "NoEmail" : "";
            default -> "";
        };
    }

    /** The text as stored with its version: one block a paragraph, blank lines between. */
    static String written(List<NoticeBlock> blocks) {
        return String.join("\n\n", blocks.stream().map(NoticeBlock::written).toList());
    }

    static List<NoticeBlock> read(String written) {
        return Arrays.stream(written.replace("\r\n", "\n").split("\n\\s*\n"))
                .filter(block -> !block.isBlank())
                .map(NoticeBlock::read)
                .toList();
    }

    private static List<NoticeBlock> readOwn(Path directory, String language) {
        Path file = directory.resolve("privacy-notice_" + language + ".txt");
        try {
            List<NoticeBlock> blocks = read(Files.readString(file, StandardCharsets.UTF_8));
            if (blocks.isEmpty()) {
                throw new IllegalStateException("sheber.privacy.notice.text-directory: " + file + " is empty");
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "sheber.privacy.notice.text-directory: cannot read " + file
                            + " (one file per language: privacy-notice_kk.txt, _ru.txt, _en.txt)",
                    e);
        }
    }

    /**
     * How long each kind of data is kept, read from the settings of the features that keep it (their defaults when
     * unset), so the notice cannot promise one period while a job applies another.
     */
    private record Retention(long inactiveMonths, long messageMonths, long sentMailDays, long auditMonths) {

        static Retention of(Binder binder) {
            return new Retention(
                    months(binder, "sheber.privacy.anonymise-inactive-after", Period.ofMonths(36)),
                    months(binder, "sheber.privacy.class-message-text-kept", Period.ofMonths(12)),
                    binder.bind("sheber.mail.keep-sent", Duration.class)
                            .orElse(Duration.ofDays(90))
                            .toDays(),
                    months(binder, "sheber.audit.keep", Period.ofMonths(24)));
        }

        private static long months(Binder binder, String setting, Period fallback) {
            Period period = binder.bind(setting, Period.class).orElse(fallback).normalized();
            return period.toTotalMonths() + Math.round(period.getDays() / 30.0);
        }
    }
}
