package kz.sheber.account;

import java.time.Clock;
import java.util.List;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.base.Roles;
import kz.sheber.base.demo.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo centre's people; their passwords are listed in the README. Only under the demo profile. */
@Component
@Profile("demo")
class DemoAccounts implements DemoSeeder {

    static final String STAFF_PASSWORD = "Sheber-Admin-2026";
    static final String INSTRUCTOR_PASSWORD = "Sheber-Master-2026";
    static final String RESIDENT_PASSWORD = "Sheber-Demo-2026";

    private record Demo(
            String email, String name, @Nullable String phone, String language, String password, String role) {}

    private static final List<Demo> PEOPLE = List.of(
            new Demo("admin@sheber.demo", "Гүлнар Оспанова", "+7 701 100 00 01", "kk", STAFF_PASSWORD, Roles.ADMIN),
            new Demo(
                    "aigerim@sheber.demo",
                    "Әйгерім Сейітова",
                    "+7 702 200 00 02",
                    "kk",
                    INSTRUCTOR_PASSWORD,
                    Roles.INSTRUCTOR),
            new Demo(
                    "nurlan@sheber.demo",
                    "Нұрлан Жұмабаев",
                    "+7 705 300 00 03",
                    "ru",
                    INSTRUCTOR_PASSWORD,
                    Roles.INSTRUCTOR),
            new Demo("dana@sheber.demo", "Дана Әбенова", "+7 707 400 00 04", "kk", RESIDENT_PASSWORD, Roles.RESIDENT),
            new Demo("ivan@sheber.demo", "Иван Петров", "+7 747 500 00 05", "ru", RESIDENT_PASSWORD, Roles.RESIDENT),
            new Demo("asel@sheber.demo", "Әсел Қасымова", null, "en", RESIDENT_PASSWORD, Roles.RESIDENT));

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoAccounts(PersonRepository people, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        for (Demo demo : PEOPLE) {
            if (people.existsByEmail(demo.email())) {
                continue;
            }
            Person person = new Person(demo.email(), demo.name(), demo.language(), clock.instant());
            person.setPhone(demo.phone());
            person.setPasswordHash(encoder.encode(demo.password()));
            person.setEmailVerified(true);
            person.getRoles().add(demo.role());
            people.save(person);
            // As if each had ticked the box when registering, so the demo opens without a consent prompt
            events.publishEvent(new NoticeAccepted(person.getId(), demo.language(), NoticeAccepted.How.ONLINE, null));
        }
    }
}
