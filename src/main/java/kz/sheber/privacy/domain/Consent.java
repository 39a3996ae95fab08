package kz.sheber.privacy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.sheber.privacy.ConsentChannel;
import org.jspecify.annotations.Nullable;

/** One person's consent to one version of the notice; written once, never changed. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private long noticeVersion;
    private String language;
    private Instant givenAt;

    @Enumerated(EnumType.STRING)
    private ConsentChannel channel;

    private @Nullable Long staffId;

    protected Consent() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public Consent(
            long personId,
            long noticeVersion,
            String language,
            Instant givenAt,
            ConsentChannel channel,
            @Nullable Long staffId) {
        this.personId = personId;
        this.noticeVersion = noticeVersion;
        this.language = language;
        this.givenAt = givenAt;
        this.channel = channel;
        this.staffId = staffId;
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getNoticeVersion() {
        return noticeVersion;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public ConsentChannel getChannel() {
        return channel;
    }

    public @Nullable Long getStaffId() {
        return staffId;
    }
}
