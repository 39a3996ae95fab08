package kz.sheber.account.security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds who is signing in by their email, whatever its letter case. Deliberately not a {@code UserDetailsService}
 * bean: Spring Security would build a second, unthrottled password check from one (see SecurityConfiguration).
 */
@Component
class PersonDetailsService {

    private final PersonRepository people;

    PersonDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Transactional(readOnly = true)
    public PersonDetails loadUserByUsername(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Person person = people.findByEmail(normalised)
                .filter(p -> p.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return PersonDetails.of(
                person.getId(),
                normalised,
                Objects.requireNonNull(person.getPasswordHash()),
                person.isEnabled(),
                List.copyOf(person.getRoles()));
    }
}
