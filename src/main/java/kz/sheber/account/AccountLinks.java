package kz.sheber.account;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.sheber.account.domain.AccountToken;
import kz.sheber.account.domain.AccountTokenRepository;
import kz.sheber.account.domain.Person;
import kz.sheber.account.security.Tokens;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import kz.sheber.notification.MailOutbox;
import kz.sheber.notification.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Makes a single-use link for a person and queues the email that carries it, in their language. */
@Component
class AccountLinks {

    private final AccountTokenRepository tokens;
    private final MailOutbox outbox;
    private final SheberProperties settings;
    private final Clock clock;

    AccountLinks(AccountTokenRepository tokens, MailOutbox outbox, SheberProperties settings, Clock clock) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Retires older links of the same kind, so only the newest one works. */
    void send(
            Person person,
            AccountToken.Purpose purpose,
            Duration validity,
            String route,
            String template,
            String recipient,
            @Nullable String newEmail,
            Map<String, Object> extraValues) {
        String token = Tokens.newToken();
        tokens.retireUnused(person.getId(), purpose, clock.instant());
        tokens.save(new AccountToken(
                person.getId(),
                purpose,
                Tokens.hash(token),
                newEmail,
                clock.instant(),
                clock.instant().plus(validity)));
        HashMap<String, Object> values = new HashMap<>(extraValues);
        values.put("name", person.getFullName());
        values.put("link", settings.link(route + "?token=" + token));
        outbox.queue(OutgoingMail.of(recipient, person.getFullName(), language(person), template, values));
    }

    void notify(Person person, String recipient, String template, Map<String, Object> extraValues) {
        HashMap<String, Object> values = new HashMap<>(extraValues);
        values.put("name", person.getFullName());
        outbox.queue(OutgoingMail.of(recipient, person.getFullName(), language(person), template, values));
    }

    private static Locale language(Person person) {
        return Languages.of(person.getLanguage()).orElse(Languages.KAZAKH);
    }
}
