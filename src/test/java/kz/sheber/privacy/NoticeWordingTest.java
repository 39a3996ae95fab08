package kz.sheber.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.SheberProperties.LocalizedText;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The notice says what the settings say, and its version follows its text: any change, a new version. */
class NoticeWordingTest {

    private static final LocalizedText NONE = new LocalizedText("", "", "");
    private static final SheberProperties CENTRE = new SheberProperties(
            new SheberProperties.Centre(
                    new LocalizedText("Тараз қолөнер орталығы", "Таразский центр ремёсел", "Taraz Crafts Centre"),
                    new LocalizedText("Тараз қ.", "г. Тараз", "Taraz"),
                    "",
                    "info@sheber.example.kz"),
            ZoneId.of("Asia/Almaty"),
            "kk",
            Path.of("."),
            URI.create("http://localhost:8080"));

    @Test
    void the_shipped_text_names_the_operator_its_bin_and_the_retention_settings_in_force() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("sheber.mail.keep-sent", "30d")
                .withProperty("sheber.audit.keep", "2y")
                .withProperty("sheber.privacy.anonymise-inactive-after", "48m");
        String english = text(new ConsentSettings(NONE, "123456789012", NONE, "dpo@taraz.kz", ""), environment);

        assertThat(english)
                .contains("Taraz Crafts Centre, BIN 123456789012, Taraz, is the operator")
                .contains("Write to dpo@taraz.kz")
                .contains("deleted 30 days after")
                .contains("kept 24 months")
                .contains("for 48 months")
                .contains("after 12 months");
    }

    @Test
    void the_same_settings_give_the_same_version_and_any_change_a_new_one() {
        ConsentSettings settings = new ConsentSettings(NONE, "", NONE, "", "");
        String before = version(settings, new MockEnvironment());

        assertThat(version(settings, new MockEnvironment())).isEqualTo(before);
        assertThat(version(new ConsentSettings(NONE, "123456789012", NONE, "", ""), new MockEnvironment()))
                .isNotEqualTo(before);
        assertThat(version(settings, new MockEnvironment().withProperty("sheber.audit.keep", "36m")))
                .isNotEqualTo(before);
    }

    @Test
    void a_centre_without_an_address_or_email_configured_gets_no_blank_in_its_notice() {
        SheberProperties bare = new SheberProperties(
                new SheberProperties.Centre(new LocalizedText("Шебер", "Шебер", "Sheber"), NONE, "", ""),
                ZoneId.of("Asia/Almaty"),
                "kk",
                Path.of("."),
                URI.create("http://localhost:8080"));
        for (var language : Languages.ALL) {
            String text = NoticeWording.written(new NoticeWording(
                            new TranslationProvider(),
                            new ConsentSettings(NONE, "", NONE, "", ""),
                            bare,
                            new MockEnvironment())
                    .in(language));
            assertThat(text)
                    .as(language.getLanguage())
                    .doesNotContain(", ,")
                    .doesNotContain(" , ")
                    .doesNotContain("{")
                    .doesNotContainPattern("(на|to|) \\.");
        }
        String english = NoticeWording.written(new NoticeWording(
                        new TranslationProvider(),
                        new ConsentSettings(NONE, "", NONE, "", ""),
                        bare,
                        new MockEnvironment())
                .in(Languages.ENGLISH));
        assertThat(english)
                .contains("Sheber is the operator")
                .contains("Ask at the centre")
                .contains("in your profile or at the desk.");
    }

    @Test
    void a_centre_can_ship_its_own_text_one_file_a_language(@TempDir Path folder) throws IOException {
        for (String language : new String[] {"kk", "ru", "en"}) {
            Files.writeString(
                    folder.resolve("privacy-notice_" + language + ".txt"),
                    "# Heading " + language + "\n\nFirst paragraph.\nStill the first.\n\n\nSecond " + language + ".\n");
        }
        NoticeWording wording =
                wording(new ConsentSettings(NONE, "", NONE, "", folder.toString()), new MockEnvironment());

        assertThat(wording.in(Languages.RUSSIAN))
                .containsExactly(
                        new NoticeBlock(true, "Heading ru"),
                        new NoticeBlock(false, "First paragraph.\nStill the first."),
                        new NoticeBlock(false, "Second ru."));
        assertThat(NoticeWording.read(NoticeWording.written(wording.in(Languages.KAZAKH))))
                .as("the stored text reads back as shown")
                .isEqualTo(wording.in(Languages.KAZAKH));
    }

    @Test
    void a_missing_file_or_a_bad_bin_stops_the_start_with_the_setting_named(@TempDir Path empty) {
        assertThatThrownBy(
                        () -> wording(new ConsentSettings(NONE, "", NONE, "", empty.toString()), new MockEnvironment()))
                .hasMessageContaining("sheber.privacy.notice.text-directory")
                .hasMessageContaining("privacy-notice_kk.txt");
        assertThatThrownBy(() -> new ConsentSettings(NONE, "12345", NONE, "", ""))
                .hasMessageContaining("sheber.privacy.notice.bin");
    }

    private static NoticeWording wording(ConsentSettings settings, MockEnvironment environment) {
        return new NoticeWording(new TranslationProvider(), settings, CENTRE, environment);
    }

    private static String text(ConsentSettings settings, MockEnvironment environment) {
        return NoticeWording.written(wording(settings, environment).in(Languages.ENGLISH));
    }

    private static String version(ConsentSettings settings, MockEnvironment environment) {
        NoticeWording wording = wording(settings, environment);
        return NoticeVersions.hash(
                NoticeWording.written(wording.in(Languages.KAZAKH)),
                NoticeWording.written(wording.in(Languages.RUSSIAN)),
                NoticeWording.written(wording.in(Languages.ENGLISH)));
    }
}
