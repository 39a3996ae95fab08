package kz.sheber.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.sheber.base.SheberProperties;
import kz.sheber.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens every page with each translation wrapped in ⟦ ⟧ and fails on any visible text outside the marks:
 * such text did not come from a bundle, so it would stay in one language whatever the reader chose.
 */
class NoHardCodedTextTest extends KaribuTest {

    private static final Pattern MARKED = Pattern.compile("⟦[^⟧]*⟧");
    private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}\\d·•«»]*");
    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "errorMessage", "title", "accessibleName");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");

    @Autowired
    TranslationProvider translations;

    @Autowired
    SheberProperties settings;

    @BeforeEach
    void markEveryTranslation() {
        translations.markTranslations(true);
    }

    @AfterEach
    void stopMarking() {
        translations.markTranslations(false);
    }

    @Test
    void every_page_shows_only_translated_text_in_every_language() {
        List<String> offenders = new ArrayList<>();
        for (Locale language : Languages.ALL) {
            for (String route : routesWithoutParameters()) {
                open(route, language);
                // The layout outlives navigation; rebuild it so it is drawn with marked translations too
                UI.getCurrent().refreshCurrentRoute(true);
                collectUntranslated("/" + route + " [" + language + "]", offenders);
            }
            open("no-such-page-anywhere", language);
            collectUntranslated("404 [" + language + "]", offenders);
        }
        assertThat(offenders).isEmpty();
    }

    private List<String> routesWithoutParameters() {
        List<String> routes = new ArrayList<>();
        for (Class<? extends Component> view : ROUTES.getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            // Views that need an id in their address are covered by their own feature's tests
            if (route != null && !route.value().contains(":")) {
                routes.add(route.value());
            }
        }
        assertThat(routes).as("the views this test walks").isNotEmpty();
        return routes;
    }

    private void collectUntranslated(String where, List<String> offenders) {
        List<Component> shown = UI.getCurrent().getChildren().toList();
        assertThat(shown).as("what " + where + " shows").isNotEmpty();
        shown.forEach(component -> collectUntranslated(component.getElement(), where, offenders));
        check(UI.getCurrent().getInternals().getTitle(), where + " title", offenders);
    }

    private void collectUntranslated(Element element, String where, List<String> offenders) {
        if (element.isTextNode()) {
            check(element.getText(), where, offenders);
            return;
        }
        if ("no".equals(element.getAttribute("translate"))) {
            return; // The catalogue's own names and formatted dates, marked as not for translation (HomeClasses)
        }
        TEXT_PROPERTIES.forEach(p -> Optional.ofNullable(element.getProperty(p))
                .ifPresent(v -> check(v, where + " " + element.getTag() + "." + p, offenders)));
        TEXT_ATTRIBUTES.forEach(a -> Optional.ofNullable(element.getAttribute(a))
                .ifPresent(v -> check(v, where + " " + element.getTag() + "@" + a, offenders)));
        element.getChildren().forEach(child -> collectUntranslated(child, where, offenders));
    }

    private void check(String text, String where, List<String> offenders) {
        String rest = MARKED.matcher(text).replaceAll("");
        for (String data : centreData()) {
            if (!data.isBlank()) {
                rest = rest.replace(data, "");
            }
        }
        if (!NOT_WORDS.matcher(rest).matches()) {
            offenders.add(where + ": \"" + text + "\"");
        }
    }

    /** The centre's own name and address come from its settings, not from the bundles. */
    private List<String> centreData() {
        SheberProperties.Centre centre = settings.centre();
        List<String> data = new ArrayList<>();
        for (Locale l : Languages.ALL) {
            data.add(centre.name().in(l));
            data.add(centre.address().in(l));
        }
        data.add(centre.phone());
        data.add(centre.email());
        return data;
    }
}
