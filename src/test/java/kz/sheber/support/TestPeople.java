package kz.sheber.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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

    private static final AtomicLong MADE = new AtomicLong();

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

    /**
     * An address no other call returns: a count, unique in this JVM, and a whole random UUID for other JVMs and earlier
     * runs on the same database (eight hex digits of one drew the same twice in a benchmark of thousands). With a
     * prefix of a word, the part before the @ stays well within the 64 characters an address allows there.
     */
    public static String uniqueEmail(String prefix) {
        return prefix.toLowerCase() + "-" + uniqueTag() + "@test.sheber.kz";
    }

    /** A name no other call returns, for a search that must find only this person: the given name and a tag. */
    public static String uniqueName(String given) {
        return given + " " + uniqueTag();
    }

    private static String uniqueTag() {
        return MADE.incrementAndGet() + "-" + UUID.randomUUID().toString().replace("-", "");
    }
}
