package kz.sheber.account.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    Optional<AccountToken> findFirstByTokenHash(String tokenHash);

    /** A newer link replaces older unused ones of the same kind. */
    @Modifying
    @Query(
            "UPDATE AccountToken t SET t.usedAt = :now WHERE t.personId = :personId AND t.purpose = :purpose AND t.usedAt IS NULL")
    void retireUnused(Long personId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("DELETE FROM AccountToken t WHERE t.personId = :personId")
    void deleteAllByPersonId(Long personId);
}
