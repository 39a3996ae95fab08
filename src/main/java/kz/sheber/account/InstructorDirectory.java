package kz.sheber.account;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sheber.account.domain.Person;
import kz.sheber.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who teaches at the centre: people holding the instructor role, by id and name, for the catalogue and schedule. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class InstructorDirectory {

    private final EntityManager entityManager;

    InstructorDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Instructors whose accounts are enabled, by name. */
    public List<InstructorSummary> instructors() {
        return entityManager
                .createQuery("""
                        SELECT p FROM Person p JOIN p.roles r
                        WHERE r = :role AND p.enabled = true ORDER BY p.fullName""", Person.class)
                .setParameter("role", Roles.INSTRUCTOR)
                .getResultList()
                .stream()
                .map(InstructorDirectory::summary)
                .toList();
    }

    /** The person, if they hold the instructor role (enabled or not: old sessions still name them). */
    public Optional<InstructorSummary> instructor(long id) {
        return Optional.ofNullable(entityManager.find(Person.class, id))
                .filter(p -> p.getRoles().contains(Roles.INSTRUCTOR))
                .map(InstructorDirectory::summary);
    }

    /** Looks an instructor up by the email the caller already knows (the demo data, imports); answers no address. */
    public Optional<InstructorSummary> instructorByEmail(String email) {
        return entityManager
                .createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                .setParameter("email", email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(p -> p.getRoles().contains(Roles.INSTRUCTOR))
                .findFirst()
                .map(InstructorDirectory::summary);
    }

    private static InstructorSummary summary(Person p) {
        return new InstructorSummary(p.getId(), p.getFullName());
    }
}
