package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.SheberProperties.LocalizedText;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final Path FOLDER = Path.of("src/main/resources", MailTemplates.FOLDER);
    private static final SheberProperties SETTINGS = new SheberProperties(
            new SheberProperties.Centre(
                    new LocalizedText("Тараз қолөнер орталығы", "Центр", "Centre"),
                    new LocalizedText("Тараз қ., Төле би, 45", "Тараз", "Taraz"),
                    "",
                    ""),
            ZoneId.of("Asia/Almaty"),
            "kk",
            Path.of("data"),
            URI.create("https://sheber.example.kz"));
    private final MailTemplates templates = new MailTemplates(
            SETTINGS, new CentreTime(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC), SETTINGS));

    @Test
    void every_template_exists_in_every_language_with_the_same_valid_messages() throws IOException {
        for (String template : templateNames()) {
            Properties english = MailTemplates.read(MailTemplates.FOLDER + template + "_en.properties");
            for (Locale language : Languages.ALL) {
                Properties messages = MailTemplates.read(
                        MailTemplates.FOLDER + template + "_" + language.getLanguage() + ".properties");
                assertThat(messages.stringPropertyNames())
                        .as(template + " in " + language)
                        .isEqualTo(english.stringPropertyNames());
                messages.stringPropertyNames()
                        .forEach(key -> new MessageFormat(messages.getProperty(key), ULocale.forLocale(language)));
            }
        }
    }

    @Test
    void kazakh_templates_are_written_in_kazakh_and_russian_ones_in_russian() throws IOException {
        for (String template : templateNames()) {
            assertThat(text(template, "kk")).as(template).containsPattern("[әғқңөұүһі]");
            assertThat(text(template, "ru"))
                    .as(template)
                    .containsPattern("[а-яё]")
                    .doesNotContainPattern("[әғқңөұүһі]");
        }
    }

    @Test
    void the_accounts_features_templates_are_all_there() throws IOException {
        assertThat(templateNames())
                .contains("verify-email", "password-reset", "invitation", "email-changed", "email-change-verify");
    }

    @Test
    void a_time_is_shown_in_the_centres_zone_and_the_readers_language_with_the_zone_named() {
        RenderedMail mail = templates.render(OutgoingMail.of(
                "a@sheber.test",
                "Әлия",
                Languages.KAZAKH,
                "test-reminder",
                Map.of("start", Instant.parse("2026-11-26T09:00:00Z"))));

        assertThat(mail.text()).contains("14:00").contains("Asia/Almaty (UTC+05:00)");
    }

    @Test
    void plurals_follow_the_readers_language() {
        Map<String, Object> values = Map.of("link", "https://sheber.example.kz/reset/x", "validHours", 24);
        assertThat(templates
                        .render(OutgoingMail.of("a@sheber.test", "Ия", Languages.RUSSIAN, "password-reset", values))
                        .text())
                .contains("24 часа");
        assertThat(templates
                        .render(OutgoingMail.of(
                                "a@sheber.test",
                                "Ия",
                                Languages.ENGLISH,
                                "password-reset",
                                Map.of("link", "https://sheber.example.kz/reset/x", "validHours", 1)))
                        .text())
                .contains("1 hour,");
    }

    @Test
    void a_mail_without_a_link_has_no_button() {
        RenderedMail mail = templates.render(OutgoingMail.of(
                "old@sheber.test", "Ерлан", Languages.RUSSIAN, "email-changed", Map.of("newEmail", "new@sheber.test")));

        assertThat(mail.subject()).isEqualTo("Адрес электронной почты изменён");
        assertThat(mail.text()).contains("new@sheber.test");
        assertThat(mail.html()).doesNotContain("href=");
    }

    @Test
    void a_value_the_template_needs_but_was_not_given_is_refused_when_queuing() {
        assertThatThrownBy(() -> templates.render(OutgoingMail.of(
                        "a@sheber.test",
                        "Ия",
                        Languages.KAZAKH,
                        "password-reset",
                        Map.of("link", "https://sheber.example.kz/r"))))
                .hasMessageContaining("validHours");
    }

    @Test
    void an_unknown_template_or_a_link_that_is_not_http_is_refused() {
        assertThatThrownBy(() -> templates.render(
                        OutgoingMail.of("a@sheber.test", "Ия", Languages.KAZAKH, "no-such-mail", Map.of())))
                .hasMessageContaining("no-such-mail_kk");
        assertThatThrownBy(() -> templates.render(OutgoingMail.of(
                        "a@sheber.test",
                        "Ия",
                        Languages.KAZAKH,
                        "verify-email",
                        Map.of("link", "javascript:alert(1)"))))
                .hasMessageContaining("http");
    }

    @Test
    void an_unsupported_language_gets_english() {
        assertThat(templates
                        .render(OutgoingMail.of(
                                "a@sheber.test",
                                "Ия",
                                Locale.GERMAN,
                                "verify-email",
                                Map.of("link", "https://sheber.example.kz/v")))
                        .subject())
                .isEqualTo("Confirm your email address");
    }

    private static List<String> templateNames() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith("_en.properties"))
                    .map(f -> f.substring(0, f.length() - "_en.properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static String text(String template, String language) throws IOException {
        return Files.readString(FOLDER.resolve(template + "_" + language + ".properties"))
                .lines()
                .filter(l -> !l.startsWith("#"))
                .reduce("", String::concat)
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void a_centre_without_an_address_sends_no_empty_address_line_in_the_body_or_the_footer() {
        SheberProperties unconfigured = new SheberProperties(
                new SheberProperties.Centre(null, new LocalizedText("", "", ""), "", ""),
                ZoneId.of("Asia/Almaty"),
                "kk",
                Path.of("data"),
                URI.create("https://sheber.example.kz"));
        MailTemplates bare = new MailTemplates(
                unconfigured,
                new CentreTime(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC), unconfigured));

        RenderedMail mail = bare.render(OutgoingMail.of(
                "a@sheber.test",
                "Әлия",
                Languages.RUSSIAN,
                "booking-confirmed",
                Map.of(
                        "reference",
                        "K7Q2MX",
                        "workshop",
                        "Валяние",
                        "start",
                        Instant.parse("2026-11-26T09:00:00Z"),
                        "room",
                        "Зал 2",
                        "address",
                        "",
                        "seats",
                        2,
                        "link",
                        "https://sheber.example.kz/my-bookings")));

        assertThat(mail.text()).contains("Зал: Зал 2\nМест: 2").doesNotContain("Адрес");
        assertThat(mail.text()).contains("-- \nШебер\nВы получили это письмо");
        assertThat(mail.html()).doesNotContain("Адрес").doesNotContain("</strong><br></p>");
    }
}
