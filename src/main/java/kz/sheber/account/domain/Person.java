package kz.sheber.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Someone the centre knows: a resident, an instructor, a member of staff, or several of these. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable String email;
    private boolean emailVerified;
    private String fullName;
    private @Nullable String phone;
    private String language;
    private @Nullable String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled = true;
    private boolean remindersEnabled = true;
    private Instant createdAt;
    private @Nullable Instant erasedAt;
    private @Nullable Instant lastSignedInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Person() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public Person(@Nullable String email, String fullName, String language, Instant createdAt) {
        this.email = email;
        this.fullName = fullName;
        this.language = language;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public @Nullable Instant getErasedAt() {
        return erasedAt;
    }

    public @Nullable Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    /**
     * Empties every personal field for good. The row stays so bookings and attendance keep counting; the name is
     * empty (screens show "Erased person"), the email is free for a new account, and nobody can sign in.
     */
    public void erase(Instant now) {
        email = null;
        emailVerified = false;
        fullName = "";
        phone = null;
        passwordHash = null;
        mustChangePassword = false;
        enabled = false;
        remindersEnabled = false;
        roles.clear();
        erasedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
