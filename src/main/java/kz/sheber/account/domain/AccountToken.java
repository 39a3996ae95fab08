package kz.sheber.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A single-use link sent by email. Only the token's hash is stored, so a database leak opens no accounts. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD,
        INVITATION,
        CHANGE_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private @Nullable String newEmail;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected AccountToken() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public AccountToken(
            Long personId,
            Purpose purpose,
            String tokenHash,
            @Nullable String newEmail,
            Instant createdAt,
            Instant expiresAt) {
        this.personId = personId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void useAt(Instant now) {
        this.usedAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public @Nullable String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
