package kz.sheber.account;

import java.time.Clock;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin of a new installation: email from {@code sheber.accounts.first-admin-email}, password from
 * the {@code SHEBER_ADMIN_PASSWORD} environment variable, to be changed at first sign-in. Only while no admin
 * exists, so it never overrides what staff later decide.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    static final String PASSWORD_VARIABLE = "SHEBER_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final AccountProperties settings;
    private final Clock clock;

    FirstAdmin(PersonRepository people, PasswordEncoder encoder, AccountProperties settings, Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.existsWithRole(Roles.ADMIN)) {
            return;
        }
        String email = settings.firstAdminEmail();
        String password = System.getenv(PASSWORD_VARIABLE);
        if (email.isBlank() || password == null || password.isBlank()) {
            log.warn(
                    "No admin yet: set sheber.accounts.first-admin-email and the {} environment variable to create one",
                    PASSWORD_VARIABLE);
            return;
        }
        Person admin = new Person(AccountService.normaliseEmail(email), "Admin", "kk", clock.instant());
        admin.setPasswordHash(encoder.encode(password));
        admin.setEmailVerified(true);
        admin.setMustChangePassword(true);
        admin.getRoles().add(Roles.ADMIN);
        people.save(admin);
        log.info("Created the first admin, {}; the password must be changed at first sign-in", admin.getEmail());
    }
}
