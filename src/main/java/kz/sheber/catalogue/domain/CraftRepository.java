package kz.sheber.catalogue.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CraftRepository extends JpaRepository<Craft, Long> {

    Optional<Craft> findByCode(String code);
}
