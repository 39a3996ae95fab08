package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A resident books seats in Chromium; the confirmation arrives by email with an invite for the right time. */
class BookingJourneyIT {

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail();

    @Test
    void a_resident_books_and_the_emailed_invite_starts_when_the_session_does() throws Exception {
        JsonNode session = Journey.firstSessionWithFreeSeats(centre.app());
        Instant start = Instant.parse(session.get("start").asText());

        Page page = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(page, centre.app(), "asel@sheber.demo", "Sheber-Demo-2026");

        page.navigate(centre.url("session/" + session.get("id").asText()));
        Chromium.awaitVaadin(page);
        page.locator("#booking-seats input").fill("2");
        page.locator("#booking-book").click();
        page.locator("#booking-reference").waitFor();
        String reference = page.locator("#booking-reference").innerText().replaceAll(".*?([A-Z2-9]{6}).*", "$1");
        Chromium.assertAccessible(page);
        page.context().close();

        MimeMessage confirmation = Inbox.awaitContaining("asel@sheber.demo", reference);
        VEvent event = invite(confirmation).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("booking-" + reference + "@localhost");
    }

    private static Calendar invite(MimeMessage message) throws Exception {
        return findCalendar(message.getContent()).orElseThrow(() -> new AssertionError("no .ics attached"));
    }

    private static Optional<Calendar> findCalendar(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith("text/calendar")
                        || String.valueOf(part.getFileName()).endsWith(".ics")) {
                    try (InputStream in = part.getInputStream()) {
                        return Optional.of(new CalendarBuilder().build(in));
                    }
                }
                Optional<Calendar> nested = findCalendar(part.getContent());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
