package kz.sheber.notification.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/** One email in the outbox, rendered when it was queued (written by {@link OutboxInserts}), and how its sending goes. */
@Entity
@Table(name = "outbox_mail")
@DynamicUpdate // claims and results change a few columns; without it every change rewrote the bodies too
public class OutboxMail {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String template;
    private String recipient;
    private String recipientName;
    private String language;
    private String subject;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMail() {}

    /** Counts a failed attempt: tries again after a growing pause, or gives up after the last allowed one. */
    public void failed(Instant now, String error, int maxAttempts) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.QUEUED;
            nextAttemptAt = now.plus(retryDelay(attempts));
        }
    }

    /** 30 s after the first failure, doubling each time, never more than an hour. */
    static Duration retryDelay(int attempts) {
        int doublings = Math.min(attempts - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String template() {
        return template;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public MailStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public List<OutboxAttachment> attachments() {
        return attachments;
    }
}
