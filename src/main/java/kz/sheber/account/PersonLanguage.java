package kz.sheber.account;

import java.util.Locale;
import java.util.Optional;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.i18n.UserLanguagePreference;
import org.springframework.stereotype.Component;

/** Tells the language switcher and new pages the signed-in person's own language. */
@Component
class PersonLanguage implements UserLanguagePreference {

    private final AccountService accounts;

    PersonLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> currentUserLanguage() {
        return accounts.myLanguage().flatMap(Languages::of);
    }
}
