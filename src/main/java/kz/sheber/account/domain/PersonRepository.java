package kz.sheber.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("SELECT COUNT(p) > 0 FROM Person p JOIN p.roles r WHERE r = :role")
    boolean existsWithRole(String role);

    @Query("""
            SELECT p FROM Person p
            WHERE p.erasedAt IS NULL AND (:text = '' OR LOWER(p.fullName) LIKE CONCAT('%', LOWER(:text), '%')
               OR LOWER(p.email) LIKE CONCAT('%', LOWER(:text), '%') OR p.phone LIKE CONCAT('%', :text, '%'))
            ORDER BY p.fullName""")
    List<Person> search(String text, Pageable page);

    /** On its own short transaction: sign-in runs outside any. */
    @org.springframework.transaction.annotation.Transactional
    @org.springframework.data.jpa.repository.Modifying
    @Query("UPDATE Person p SET p.lastSignedInAt = :at WHERE p.id = :id")
    void signedIn(long id, Instant at);

    /**
     * Residents (and nothing else) not erased, who have not signed in since {@code cutoff} (never signed in counts
     * from registration), oldest first: candidates for retention, which then checks their bookings.
     */
    @Query("""
            SELECT p.id FROM Person p JOIN p.roles r
            WHERE p.erasedAt IS NULL AND r = 'RESIDENT' AND SIZE(p.roles) = 1
              AND COALESCE(p.lastSignedInAt, p.createdAt) < :cutoff AND p.id > :after
            ORDER BY p.id""")
    List<Long> dormantResidents(Instant cutoff, long after, Pageable page);
}
