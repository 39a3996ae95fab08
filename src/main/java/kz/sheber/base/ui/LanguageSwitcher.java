package kz.sheber.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import kz.sheber.base.i18n.LanguageSwitch;
import kz.sheber.base.i18n.Languages;

/** Қазақша · Русский · English: each language named in itself, with a short form on narrow screens. */
class LanguageSwitcher extends Nav {

    LanguageSwitcher(LanguageSwitch languageSwitch) {
        addClassName("sheber-languages");
        getElement().setAttribute("aria-label", getTranslation("language.switcher"));
        for (Locale language : Languages.ALL) {
            String code = language.getLanguage();
            Span full = new Span(getTranslation("language." + code));
            full.addClassName("sheber-language-full");
            Span shortName = new Span(getTranslation("language." + code + ".short"));
            shortName.addClassName("sheber-language-short");
            shortName.getElement().setAttribute("aria-hidden", "true");
            Button button = new Button();
            button.getElement().appendChild(full.getElement(), shortName.getElement());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("language-" + code);
            button.getElement().setAttribute("lang", code);
            button.getElement().setAttribute("aria-label", getTranslation("language." + code));
            boolean current = code.equals(getLocale().getLanguage());
            button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
            if (current) {
                button.addClassName("sheber-language-current");
            }
            button.addClickListener(click -> languageSwitch.switchTo(UI.getCurrent(), language));
            add(button);
        }
    }
}
