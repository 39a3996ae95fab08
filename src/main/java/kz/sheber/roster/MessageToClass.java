package kz.sheber.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;

/** What an instructor writes to a class: sent as written, inside a frame in each recipient's language. */
public record MessageToClass(
        @NotBlank(message = "roster.message.subjectRequired")
        @Size(max = 200, message = "roster.message.subjectTooLong")
        String subject,

        @NotBlank(message = "roster.message.bodyRequired") @Size(max = 5000, message = "roster.message.bodyTooLong")
        String body,

        boolean includeWaiting) {

    public MessageToClass {
        subject = PlainText.line(subject);
        body = PlainText.lines(body);
    }
}
