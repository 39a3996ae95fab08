package kz.sheber.account.domain;

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
            WHERE :text = '' OR LOWER(p.fullName) LIKE CONCAT('%', LOWER(:text), '%')
               OR LOWER(p.email) LIKE CONCAT('%', LOWER(:text), '%') OR p.phone LIKE CONCAT('%', :text, '%')
            ORDER BY p.fullName""")
    List<Person> search(String text, Pageable page);
}
