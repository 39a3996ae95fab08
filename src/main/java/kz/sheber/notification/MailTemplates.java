package kz.sheber.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.IcuMessages;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import org.springframework.stereotype.Component;

/**
 * Fills a template ({@code mail/<template>_<language>.properties}: ICU messages {@code subject}, {@code greeting},
 * {@code body}, optional {@code action} and {@code note}, and {@code footer.reason}) and lays it out as text and
 * HTML with the centre's name and address. A template is plain text; only the layout writes HTML.
 */
@Component
class MailTemplates {

    static final String FOLDER = "mail/";
    static final String FRAME = "frame";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern FACT_LINE = Pattern.compile("[^{}]+:[ \\t]*\\{(\\w+)\\}[ \\t]*");

    private final SheberProperties settings;
    private final CentreTime time;
    private final Map<String, Properties> loaded = new ConcurrentHashMap<>();
    /** The arguments each message pattern needs, by language and pattern. */
    private static final Map<String, List<String>> ARGUMENTS = new ConcurrentHashMap<>();

    MailTemplates(SheberProperties settings, CentreTime time) {
        this.settings = settings;
        this.time = time;
    }

    RenderedMail render(OutgoingMail mail) {
        Locale language = Languages.of(mail.language().toLanguageTag()).orElse(Languages.ENGLISH);
        Properties template = load(mail.template(), language);
        Properties frame = load(FRAME, language);
        Map<String, Object> values = shown(mail, language);
        String centre = settings.centre().name().in(language);
        String link = String.valueOf(values.getOrDefault("link", ""));
        MailContent content = new MailContent(
                language,
                fill(template, "subject", values, language),
                fill(template, "greeting", values, language),
                Arrays.stream(fill(template, "body", values, language).split("\\n\\s*\\n"))
                        .map(String::strip)
                        .toList(),
                link.isBlank() ? "" : fill(template, "action", values, language),
                link,
                fill(frame, "link.fallback", values, language),
                template.containsKey("note") ? fill(template, "note", values, language) : "",
                fill(frame, "sign-off", Map.of("centre", centre), language),
                centre,
                settings.centre().address().in(language),
                fill(template, "footer.reason", values, language));
        return new RenderedMail(language, content.subject(), MailLayout.text(content), MailLayout.html(content));
    }

    /** The values as the reader sees them: times in the centre's zone and the reader's language, zone named. */
    private Map<String, Object> shown(OutgoingMail mail, Locale language) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (mail.recipientName() != null) {
            shown.put("name", mail.recipientName());
        }
        mail.values()
                .forEach((key, value) -> shown.put(
                        key,
                        value instanceof Instant instant
                                ? time.formatDateTime(instant, language) + ", " + time.zoneLabel()
                                : value));
        if (shown.get("link") instanceof Object link
                && !LINK.matcher(link.toString()).matches()) {
            throw new IllegalArgumentException("A mail's link must be an absolute http(s) address");
        }
        return shown;
    }

    private static String fill(Properties messages, String key, Map<String, Object> values, Locale language) {
        String template = messages.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("The mail template has no '" + key + "' message in " + language);
        }
        String pattern = withoutEmptyFacts(template, values);
        List<String> arguments = ARGUMENTS.computeIfAbsent(
                language.toLanguageTag() + "\u0000" + pattern,
                k -> List.copyOf(IcuMessages.parsed(pattern, language).getArgumentNames()));
        List<String> missing =
                arguments.stream().filter(n -> values.get(n) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The mail message '" + key + "' needs the values " + missing);
        }
        return IcuMessages.format(pattern, language, values);
    }

    /**
     * Drops a line that is only "Label: {value}" when the value is blank (an installation without an address gets
     * no empty "Address:" line).
     */
    static String withoutEmptyFacts(String pattern, Map<String, Object> values) {
        if (!pattern.contains("\n")) {
            return pattern;
        }
        return Arrays.stream(pattern.split("\n", -1))
                .filter(line -> {
                    Matcher fact = FACT_LINE.matcher(line);
                    return !fact.matches()
                            || values.get(fact.group(1)) == null
                            || !String.valueOf(values.get(fact.group(1))).isBlank();
                })
                .collect(Collectors.joining("\n"));
    }

    private Properties load(String template, Locale language) {
        if (!NAME.matcher(template).matches()) {
            throw new IllegalArgumentException(
                    "A mail template name is lowercase letters, digits and '-': " + template);
        }
        String path = FOLDER + template + "_" + language.getLanguage() + ".properties";
        return loaded.computeIfAbsent(path, MailTemplates::read);
    }

    static Properties read(String path) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No mail template " + path);
            }
            Properties messages = new Properties();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
