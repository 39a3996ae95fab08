package kz.sheber.catalogue.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A craft the centre teaches: sculpture, felt... The seeded ones carry a code; staff may add more. */
@Entity
@Table(name = "craft")
public class Craft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable String code;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "name_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private Texts name;

    @Version
    private long version;

    protected Craft() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public Craft(Texts name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public @Nullable String getCode() {
        return code;
    }

    public Texts getName() {
        return name;
    }

    public void setName(Texts name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }
}
