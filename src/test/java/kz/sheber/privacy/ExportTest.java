package kz.sheber.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.sheber.audit.AuditFilter;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingService;
import kz.sheber.privacy.export.DataExport;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SheberTest
class ExportTest {

    @Autowired
    PrivacyFixture fixture;

    @Autowired
    DataExport export;

    @Autowired
    BookingService bookings;

    @Autowired
    AuditService audit;

    @Autowired
    TestPeople people;

    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_residents_file_holds_every_kind_of_their_records_and_nothing_of_another_resident() throws IOException {
        PrivacyFixture.Resident dana = fixture.resident("kk");
        PrivacyFixture.Resident ivan = fixture.resident("ru");
        TestCatalogue.signIn(ivan.person());
        String ivansReference = bookings.myBookings().getFirst().reference();

        TestCatalogue.signIn(dana.person());
        String danasReference = bookings.myBookings().getFirst().reference();
        Map<String, String> files = unzip(out -> export.writeMine(out));

        assertThat(files).containsOnlyKeys("sheber-data.json", "sheber-data.html");
        JsonNode data = json.readTree(files.get("sheber-data.json"));
        for (String section : new String[] {
            "account", "bookings", "history", "attendance", "classMessages", "calendarFeed", "mail", "consents"
        }) {
            assertThat(data.get(section)).as(section).isNotNull();
            assertThat(data.get(section).size()).as(section + " records").isPositive();
        }
        assertThat(data.get("account").get(0).get("email").asString()).isEqualTo(dana.email());
        assertThat(data.get("account").get(0).get("phone").asString()).isEqualTo(dana.phone());
        assertThat(data.get("bookings").size()).isEqualTo(2);
        assertThat(data.get("attendance").get(0).get("seatsPresent").asInt()).isEqualTo(2);
        assertThat(data.get("classMessages").get(0).get("text").asString()).contains("Балшықты ұмытпаңыз");
        assertThat(data.get("calendarFeed").get(0).has("createdAt")).isTrue();
        for (String file : files.values()) {
            assertThat(file)
                    .contains(dana.name(), danasReference)
                    .doesNotContain(ivan.name(), ivan.email(), ivan.phone(), ivansReference);
        }
        assertThat(files.get("sheber-data.html")).contains("Жазылулар мен күту тізіміндегі орындар", "<table>");

        TestCatalogue.signIn(people.create(Roles.ADMIN));
        assertThat(audit.find(
                        new AuditFilter(
                                null, null, dana.person().personId(), "privacy.data_exported", null, null, null),
                        0,
                        10))
                .singleElement()
                .satisfies(line -> assertThat(line.entry().channel()).isEqualTo("ONLINE"));
    }

    @Test
    void staff_make_the_same_file_for_a_person_at_the_desk() throws IOException {
        PrivacyFixture.Resident dana = fixture.resident("en");
        TestCatalogue.signIn(people.create(Roles.ADMIN));

        Map<String, String> files = unzip(out -> export.writeFor(dana.person().personId(), out));

        assertThat(json.readTree(files.get("sheber-data.json")).get("bookings").size())
                .isEqualTo(2);
        assertThat(files.get("sheber-data.html")).contains("Bookings and waiting places", dana.email());
        assertThat(audit.find(
                        new AuditFilter(
                                null, null, dana.person().personId(), "privacy.data_exported", null, null, null),
                        0,
                        10))
                .singleElement()
                .satisfies(line -> assertThat(line.entry().channel()).isEqualTo("DESK"));
    }

    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    static Map<String, String> unzip(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writing.to(bytes);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
