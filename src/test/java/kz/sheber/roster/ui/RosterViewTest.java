package kz.sheber.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static kz.sheber.booking.TestSessions.instructorOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.ui.NotFoundView;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RosterViewTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    Clock clock;

    private static boolean showsNotFound() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(NotFoundView.class::isInstance);
    }

    @Test
    void at_the_door_the_instructor_marks_two_of_three_seats_present_and_undoes_it_in_kazakh() {
        SessionCard session = sessions.session(4, Duration.ofHours(2));
        long booking = sessions.book(session, 3, false).booking().id();
        ((TestClock) clock)
                .advance(Duration.between(clock.instant(), session.startsAt().minus(Duration.ofMinutes(10))));
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.KAZAKH);

        assertThat(_get(H1.class).getText()).isEqualTo("Қатысушылар тізімі");
        _setValue(_get(IntegerField.class, spec -> spec.withId("came-" + booking)), 2);
        _click(_get(Button.class, spec -> spec.withId("present-" + booking)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mark-" + booking)).getText())
                .isEqualTo("Келді: 2");
        assertThat(_get(IntegerField.class, spec -> spec.withId("came-" + booking))
                        .getValue())
                .isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withId("undo-" + booking)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mark-" + booking)).getText())
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("all-present")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mark-" + booking)).getText())
                .isEqualTo("Келді: 3");
    }

    @Test
    void before_the_window_there_are_no_attendance_buttons_and_the_csv_is_in_russian_with_a_bom() {
        SessionCard session = sessions.session(4);
        long booking = sessions.book(session, 1, false).booking().id();
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.RUSSIAN);

        _assertNone(Button.class, spec -> spec.withId("all-present"));
        _assertNone(Button.class, spec -> spec.withId("present-" + booking));
        assertThat(_get(Anchor.class, spec -> spec.withId("roster-csv")).getText())
                .isEqualTo("Скачать CSV");
        byte[] csv = _get(RosterView.class).csv();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("Имя,Мест,Телефон")
                .contains("Тұрғын")
                .contains("Записан");
    }

    @Test
    void the_printed_roster_is_one_table_row_per_person_with_how_they_came() {
        SessionCard session = sessions.session(4, Duration.ofHours(2));
        long came = sessions.book(session, 2, false).booking().id();
        long missed = sessions.book(session, 1, false).booking().id();
        ((TestClock) clock)
                .advance(Duration.between(clock.instant(), session.startsAt().minus(Duration.ofMinutes(5))));
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("present-" + came)));
        _click(_get(Button.class, spec -> spec.withId("no-show-" + missed)));

        NativeTable printed = _get(NativeTable.class, spec -> spec.withId("participants-printed"));
        assertThat(printed.getHead().getRows().getFirst().getElement().getTextRecursively())
                .isEqualTo("No.NameSeatsPhoneEmailAttendance");
        assertThat(printed.getBody().getRows())
                .extracting(row -> row.getDataCells().stream()
                        .map(cell -> cell.getElement().getTextRecursively())
                        .toList())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("1").contains("2", "Came: 2"),
                        second -> assertThat(second).startsWith("2").contains("1", "Did not come"));
        _assertNone(NativeTable.class, spec -> spec.withId("waiting-printed"));
    }

    @Test
    void a_half_written_message_stays_while_people_are_marked_and_the_walk_in_form_empties_for_the_next_person() {
        SessionCard session = sessions.session(4, Duration.ofHours(2));
        long booking = sessions.book(session, 1, false).booking().id();
        ((TestClock) clock)
                .advance(Duration.between(clock.instant(), session.startsAt().minus(Duration.ofMinutes(10))));
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.ENGLISH);

        _setValue(_get(TextField.class, spec -> spec.withId("message-subject")), "Aprons");
        _click(_get(Button.class, spec -> spec.withId("present-" + booking)));
        _setValue(_get(TextField.class, spec -> spec.withId("walkin-name")), "Door Walker");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("walkin-add")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("mark-" + booking)).getText())
                .isNotEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("participants"))
                        .getElement()
                        .getTextRecursively())
                .contains("Door Walker");
        assertThat(_get(TextField.class, spec -> spec.withId("message-subject")).getValue())
                .isEqualTo("Aprons");
        assertThat(_get(TextField.class, spec -> spec.withId("walkin-name")).getValue())
                .isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withId("consent")).getValue())
                .isFalse();
    }

    @Test
    void the_instructor_writes_to_the_class_and_the_copy_is_listed_on_the_roster() {
        SessionCard session = sessions.session(4);
        sessions.book(session, 1, false);
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.ENGLISH);

        _setValue(_get(TextField.class, spec -> spec.withId("message-subject")), "Aprons");
        _setValue(_get(TextArea.class, spec -> spec.withId("message-body")), "Bring an apron, please.");
        _click(_get(Button.class, spec -> spec.withId("message-send")));

        assertThat(_get(Div.class, spec -> spec.withId("messages")).getElement().getTextRecursively())
                .contains("Aprons")
                .contains("Bring an apron, please.")
                .contains("recipients: 1");
        assertThat(_get(TextField.class, spec -> spec.withId("message-subject")).getValue())
                .isEmpty();
    }

    @Test
    void staff_see_each_residents_last_90_days_on_the_roster_and_the_instructor_does_not() {
        SessionCard session = sessions.session(4);
        long booking = sessions.book(session, 1, false).booking().id();
        login(instructorOf(session));
        open("roster/" + session.id(), Languages.ENGLISH);
        assertThat(_get(Div.class, spec -> spec.withId("booking-" + booking))
                        .getElement()
                        .getTextRecursively())
                .contains("Seats: 1")
                .doesNotContain("Last 90 days");

        login(people.create(Roles.ADMIN));
        open("roster/" + session.id(), Languages.ENGLISH);
        assertThat(_get(Div.class, spec -> spec.withId("booking-" + booking))
                        .getElement()
                        .getTextRecursively())
                .contains("Last 90 days: booked 0, came 0, missed 0");
    }

    @Test
    void another_instructor_and_an_unknown_session_get_the_not_found_page() {
        SessionCard session = sessions.session(4);
        login(people.create(Roles.INSTRUCTOR));
        open("roster/" + session.id(), Languages.ENGLISH);
        assertThat(showsNotFound()).isTrue();
        _assertNone(RosterView.class);

        open("roster/99999999999", Languages.ENGLISH);
        assertThat(showsNotFound()).isTrue();
        open("roster/abc", Languages.ENGLISH);
        assertThat(showsNotFound()).isTrue();
    }

    @Test
    void a_resident_is_kept_out_of_rosters_and_the_instructors_home() {
        SessionCard session = sessions.session(4);
        login(sessions.resident());
        open("roster/" + session.id(), Languages.ENGLISH);
        _assertNone(RosterView.class);
        open("my-sessions", Languages.ENGLISH);
        _assertNone(MySessionsView.class);
    }

    @Test
    void the_instructors_home_lists_their_class_with_its_counts_and_opens_the_roster() {
        SessionCard session = sessions.session(4);
        sessions.book(session, 2, false);
        login(instructorOf(session));
        open("my-sessions", Languages.ENGLISH);

        assertThat(_get(Div.class, spec -> spec.withId("session-" + session.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Booked: 2 of 4 · Waiting: 0");
        com.vaadin.flow.router.RouterLink link =
                _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("open-" + session.id()));
        assertThat(link.getHref()).isEqualTo("roster/" + session.id());
        open(link.getHref(), Languages.ENGLISH);
        assertThat(_get(RosterView.class)).isNotNull();
    }
}
