package kz.sheber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import kz.sheber.admin.PastCentre;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report for the second quarter of 2021: felt in April and May, needlework in June. */
class QuarterReportViewTest extends KaribuTest {

    @Autowired
    PastCentre past;

    @Autowired
    TestPeople people;

    private static WorkshopDetails felt, needlework;

    @BeforeEach
    void buildTheQuarter() {
        synchronized (QuarterReportViewTest.class) {
            if (felt != null) {
                return;
            }
            felt = past.workshop(5);
            needlework = past.workshop(1);
            long room = past.room();
            past.confirmed(
                    past.session(felt, room, LocalDateTime.of(2021, 4, 6, 10, 0), 6, false),
                    past.resident(),
                    3,
                    LocalDateTime.of(2021, 4, 1, 9, 0));
            past.confirmed(
                    past.session(felt, room, LocalDateTime.of(2021, 5, 11, 10, 0), 6, false),
                    past.resident(),
                    2,
                    LocalDateTime.of(2021, 5, 1, 9, 0));
            past.confirmed(
                    past.session(needlework, room, LocalDateTime.of(2021, 6, 30, 23, 30), 4, false),
                    past.resident(),
                    4,
                    LocalDateTime.of(2021, 6, 1, 9, 0));
        }
    }

    @Test
    void the_quarter_reads_by_craft_and_by_month_with_the_centres_name_and_period_in_russian() throws Exception {
        login(people.create(Roles.ADMIN));
        open("admin/report?year=2021&quarter=2", Languages.RUSSIAN);

        String report =
                _get(Div.class, spec -> spec.withId("report")).getElement().getTextRecursively();
        assertThat(report).contains("2-й квартал 2021 года: 01.04.2021 – 30.06.2021");
        String byCraft = _get(NativeTable.class, spec -> spec.withId("report-by-craft"))
                .getElement()
                .getTextRecursively();
        assertThat(byCraft)
                .contains(felt.craft().name().ru())
                .contains(needlework.craft().name().ru());
        String byMonth = _get(NativeTable.class, spec -> spec.withId("report-by-month"))
                .getElement()
                .getTextRecursively();
        assertThat(byMonth).contains("апрель 2021").contains("май 2021").contains("июнь 2021");

        List<CSVRecord> csv = CSVFormat.EXCEL
                .parse(new StringReader(
                        new String(_get(QuarterReportView.class).csv(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(csv.getFirst().get(0)).isEqualTo("Ремесло или месяц");
        assertThat(csv)
                .extracting(r -> r.get(0), r -> r.get(1), r -> r.get(3))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Весь квартал", "3", "9"),
                        org.assertj.core.groups.Tuple.tuple(felt.craft().name().ru(), "2", "5"),
                        org.assertj.core.groups.Tuple.tuple("июнь 2021", "1", "4"));
    }

    @Test
    void choosing_another_quarter_shows_its_figures() {
        login(people.create(Roles.ADMIN));
        open("admin/report?year=2021&quarter=2", Languages.ENGLISH);
        _setValue(_get(Select.class, spec -> spec.withId("quarter")), 3);
        String figures = _get(NativeTable.class, spec -> spec.withId("report-figures"))
                .getElement()
                .getTextRecursively();
        assertThat(figures).startsWith("Sessions held0");
    }
}
