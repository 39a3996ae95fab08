package kz.sheber.privacy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The notice's text as it stood from {@code publishedAt}, in each language; its id is the version people accept. */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String textHash;
    private String textKk;
    private String textRu;
    private String textEn;
    private Instant publishedAt;

    protected PrivacyNotice() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public PrivacyNotice(String textHash, String textKk, String textRu, String textEn, Instant publishedAt) {
        this.textHash = textHash;
        this.textKk = textKk;
        this.textRu = textRu;
        this.textEn = textEn;
        this.publishedAt = publishedAt;
    }

    public long getId() {
        return id;
    }

    public String getTextHash() {
        return textHash;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String textIn(String language) {
        return switch (language) {
            case "kk" -> textKk;
            case "ru" -> textRu;
            default -> textEn;
        };
    }
}
