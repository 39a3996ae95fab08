package kz.sheber.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.audit.AuditFilter;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingSummary;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    BookingService bookings;

    @Autowired
    AuditService audit;

    @Autowired
    CentreTime time;

    @Autowired
    I18NProvider translations;

    @Test
    void a_roster_link_opens_the_log_narrowed_to_that_booking_with_names_in_the_readers_language() {
        SessionCard session = sessions.session(4);
        PersonDetails resident = sessions.resident();
        signIn(resident);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        bookings.changeSeats(booked.id(), 2);
        login(people.create(Roles.ADMIN));

        open("admin/audit?booking=" + booked.reference(), Languages.RUSSIAN);

        List<Div> entries = _find(Div.class, spec -> spec.withClasses("sheber-audit-entry"));
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().getElement().getTextRecursively())
                .contains("Изменено число мест", "Онлайн", "Тұрғын", "Места: 1 → 2", "Запись " + booked.reference());
        assertThat(entries.get(1).getElement().getTextRecursively()).contains("Запись сделана");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-count")).getText())
                .isEqualTo("Записи 1–2 из 2");
    }

    @Test
    void the_csv_holds_the_filtered_rows_in_the_readers_language_and_reads_back() throws IOException {
        SessionCard session = sessions.session(4);
        BookingSummary booked = sessions.book(session, 3, false).booking();
        login(people.create(Roles.ADMIN));
        var filter = new AuditFilter(null, null, null, null, "BOOKING", booked.reference(), null);

        byte[] bytes = AuditCsv.write(
                audit.find(filter, 0, 100),
                key -> translations.getTranslation(key, Languages.KAZAKH),
                time,
                Languages.KAZAKH);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Әрекет")).isEqualTo("Жазылды");
            assertThat(row.get("Қайдан")).isEqualTo("Онлайн");
            assertThat(row.get("Кімге қатысты")).startsWith("Тұрғын");
            assertThat(row.get("Өзгерістер")).isEqualTo("Орын: — → 3");
        });
    }
}
