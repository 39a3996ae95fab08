package kz.sheber.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person's chosen language, if any. The accounts feature provides it; base only asks, so it
 * needs to know nothing about accounts.
 */
public interface UserLanguagePreference {

    Optional<Locale> currentUserLanguage();
}
