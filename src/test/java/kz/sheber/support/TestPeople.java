package kz.sheber.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import kz.sheber.account.NoticeAccepted;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.account.security.PersonDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Makes people for tests, each with a unique email, so tests never trip over each other's data. */
@Component
public class TestPeople {

    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    TestPeople(PersonRepository people, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.events = events;
    }

    @Transactional
    public PersonDetails create(String role) {
        return create(role, "Тест " + role, "en", true);
    }

    @Transactional
    public PersonDetails create(String role, String name, String language, boolean verified) {
        Person person = new Person(uniqueEmail(role), name, language, Instant.now());
        person.setPasswordHash(encoder.encode(PASSWORD));
        person.setEmailVerified(verified);
        person.getRoles().add(role);
        people.save(person);
        // Everyone made here registered with the notice in force accepted, as every real path into the centre asks
        events.publishEvent(new NoticeAccepted(person.getId(), language, NoticeAccepted.How.ONLINE, null));
        return new PersonDetails(
                person.getId(), person.getEmail(), person.getPasswordHash(), true, Set.copyOf(person.getRoles()));
    }

    public static String uniqueEmail(String prefix) {
        return prefix.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.sheber.kz";
    }
}
