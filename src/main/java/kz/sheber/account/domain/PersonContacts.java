package kz.sheber.account.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How to reach an enabled person, in one indexed read: every booking, reminder and class message asks for it, and
 * loading the whole {@link Person} (password hash, roles collection, then dirty-checked at every flush of the
 * caller's transaction) cost the booking path more than the answer is worth.
 */
@Component
public class PersonContacts {

    /** One enabled person's contact details; {@code hasRole} says whether they hold the role asked about. */
    public record Row(
            long id,
            String fullName,
            String email,
            boolean emailVerified,
            String phone,
            String language,
            boolean remindersEnabled,
            boolean hasRole) {}

    private final JdbcClient jdbc;

    PersonContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> enabled(long personId, String role) {
        return jdbc.sql("""
                        SELECT p.id, p.full_name, p.email, p.email_verified, p.phone, p.language, p.reminders_enabled,
                               EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = ?) AS has_role
                        FROM person p WHERE p.id = ? AND p.enabled""")
                .params(role, personId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getBoolean("email_verified"),
                        rs.getString("phone"),
                        rs.getString("language"),
                        rs.getBoolean("reminders_enabled"),
                        rs.getBoolean("has_role")))
                .optional();
    }
}
