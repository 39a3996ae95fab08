package kz.sheber.base.demo;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One part of the demo centre (accounts, catalogue, sessions, bookings...), contributed by the feature that
 * owns the data. Each part runs once per database: {@link DemoData} records what has been seeded.
 */
public interface DemoSeeder {

    /** A stable name; renaming it seeds the part again. */
    String name();

    /** Parts run in this order, so bookings can find the sessions seeded before them. */
    int order();

    void seed();

    /**
     * Runs {@code seeding} as staff, for the parts that plan, book or mark attendance through the services: the
     * start-up thread has nobody signed in, and those services are for admins.
     */
    static void asStaff(Runnable seeding) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo-data", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            seeding.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
