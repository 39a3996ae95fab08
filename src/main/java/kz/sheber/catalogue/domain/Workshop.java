package kz.sheber.catalogue.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.sheber.catalogue.Level;
import org.jspecify.annotations.Nullable;

/** A kind of class the centre offers; sessions of the schedule feature are its dates. */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long craftId;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "title_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private Texts title;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "description_kk", columnDefinition = "TEXT"))
    @AttributeOverride(name = "ru", column = @Column(name = "description_ru", columnDefinition = "TEXT"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", columnDefinition = "TEXT"))
    private Texts description;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "provided_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "provided_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "provided_en"))
    private Texts provided;

    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "to_bring_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "to_bring_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "to_bring_en"))
    private Texts toBring;

    @Enumerated(EnumType.STRING)
    private Level level;

    private int minimumAge;
    private int durationMinutes;
    private int defaultCapacity;
    private @Nullable Integer priceTenge;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_instructor", joinColumns = @JoinColumn(name = "workshop_id"))
    @Column(name = "person_id")
    private Set<Long> instructorIds = new LinkedHashSet<>();

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getCraftId() {
        return craftId;
    }

    public void setCraftId(long craftId) {
        this.craftId = craftId;
    }

    public Texts getTitle() {
        return title;
    }

    public void setTitle(Texts title) {
        this.title = title;
    }

    public Texts getDescription() {
        return description;
    }

    public void setDescription(Texts description) {
        this.description = description;
    }

    public Texts getProvided() {
        return provided;
    }

    public void setProvided(Texts provided) {
        this.provided = provided;
    }

    public Texts getToBring() {
        return toBring;
    }

    public void setToBring(Texts toBring) {
        this.toBring = toBring;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(int minimumAge) {
        this.minimumAge = minimumAge;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public int getDefaultCapacity() {
        return defaultCapacity;
    }

    public void setDefaultCapacity(int defaultCapacity) {
        this.defaultCapacity = defaultCapacity;
    }

    public @Nullable Integer getPriceTenge() {
        return priceTenge;
    }

    public void setPriceTenge(@Nullable Integer priceTenge) {
        this.priceTenge = priceTenge;
    }

    public Set<Long> getInstructorIds() {
        return instructorIds;
    }

    public long getVersion() {
        return version;
    }
}
