package kz.sheber.base.config;

import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Run from a folder without {@code config/}, the centre has no name, address or contacts: the pages and mails leave
 * out what is missing, and this says once, at start-up, which settings to fill in.
 */
@Component
class CentreSettingsCheck {

    private static final Logger log = LoggerFactory.getLogger(CentreSettingsCheck.class);
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final Environment environment;

    CentreSettingsCheck(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOnce() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            log.warn(
                    "The centre's {} not set, so the home page and the mails leave them out (and the centre is "
                            + "called \"Шебер\" until it is named). Set them in config/application.properties.",
                    String.join(", ", missing) + (missing.size() == 1 ? " is" : " are"));
        }
    }

    List<String> missing() {
        return Stream.of("name", "address", "phone", "email")
                .filter(this::unset)
                .map(setting -> "sheber.centre." + setting)
                .toList();
    }

    /** A text given in no language counts as unset; phone and email are single values. */
    private boolean unset(String setting) {
        String key = "sheber.centre." + setting;
        Stream<String> keys = setting.equals("name") || setting.equals("address")
                ? LANGUAGES.stream().map(language -> key + "." + language)
                : Stream.of(key);
        return keys.map(k -> environment.getProperty(k, "")).allMatch(String::isBlank);
    }
}
