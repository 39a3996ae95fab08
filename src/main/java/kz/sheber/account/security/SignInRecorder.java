package kz.sheber.account.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.sheber.account.SignInAttempted;
import kz.sheber.account.SignInAttempted.Outcome;
import kz.sheber.account.domain.PersonRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the app how each sign-in went: a counter per outcome for operators (a rising "throttled"
 * is someone guessing), and an event naming the account for its audit trail.
 */
@Component
class SignInRecorder {

    private final PersonDetailsService people;
    private final PersonRepository persons;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    SignInRecorder(
            PersonDetailsService people,
            PersonRepository persons,
            ApplicationEventPublisher events,
            MeterRegistry registry,
            Clock clock) {
        this.people = people;
        this.persons = persons;
        this.clock = clock;
        this.events = events;
        for (Outcome outcome : Outcome.values()) {
            counters.put(
                    outcome,
                    Counter.builder("sheber.signin.attempts")
                            .description("Sign-in attempts by outcome")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    void succeeded(PersonDetails person, String address) {
        Objects.requireNonNull(counters.get(Outcome.SUCCEEDED)).increment(); // one counter per outcome
        // When they were last seen: retention anonymises residents who have not been for years
        persons.signedIn(person.personId(), clock.instant());
        events.publishEvent(new SignInAttempted(person.personId(), Outcome.SUCCEEDED, address));
    }

    void refused(String email, Outcome outcome, String address) {
        Objects.requireNonNull(counters.get(outcome)).increment();
        events.publishEvent(new SignInAttempted(accountOf(email), outcome, address));
    }

    private @Nullable Long accountOf(String email) {
        try {
            return people.loadUserByUsername(email).personId();
        } catch (UsernameNotFoundException nobody) {
            return null;
        }
    }
}
