package kz.sheber.catalogue.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An instructor's short bio per language, keyed by the person's id in the account feature. */
@Entity
@Table(name = "instructor_bio")
public class InstructorBio {

    @Id
    private Long personId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "bio_kk", columnDefinition = "TEXT"))
    @AttributeOverride(name = "ru", column = @Column(name = "bio_ru", columnDefinition = "TEXT"))
    @AttributeOverride(name = "en", column = @Column(name = "bio_en", columnDefinition = "TEXT"))
    private Texts bio;

    @Version
    private @Nullable Long version;

    protected InstructorBio() {}

    public InstructorBio(long personId, Texts bio) {
        this.personId = personId;
        this.bio = bio;
    }

    public Long getPersonId() {
        return personId;
    }

    public Texts getBio() {
        return bio;
    }

    public void setBio(Texts bio) {
        this.bio = bio;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
