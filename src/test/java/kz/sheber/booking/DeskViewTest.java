package kz.sheber.booking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import kz.sheber.account.PersonSummary;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff at the desk book for a resident who walked in without an email address. */
class DeskViewTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void staff_add_a_resident_without_email_and_book_two_seats_for_them() {
        SessionCard session = sessions.session(8);
        login(people.create(Roles.ADMIN));
        open("admin/desk", Languages.RUSSIAN);
        String name = TestPeople.uniqueName("Бибігүл");

        _setValue(_get(TextField.class, spec -> spec.withId("desk-new-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("desk-new-phone")), "8 701 555 44 33");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("desk-new-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("desk-chosen")).getText())
                .contains(name);

        ComboBox<SessionCard> sessionField = _get(ComboBox.class, spec -> spec.withId("desk-session"));
        _setValue(
                sessionField,
                sessionField
                        .getListDataView()
                        .getItems()
                        .filter(card -> card.id() == session.id())
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("desk-seats")), 2);
        _click(_get(Button.class, spec -> spec.withId("desk-book")));

        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT phone FROM person WHERE full_name = ?")
                        .param(name)
                        .query(String.class)
                        .single())
                .isEqualTo("+7 701 555 44 33");
        String reference = jdbc.sql("SELECT b.reference FROM booking b JOIN person p ON p.id = b.person_id "
                        + "WHERE p.full_name = ?")
                .param(name)
                .query(String.class)
                .single();
        Grid<?> theirs = _get(Grid.class, spec -> spec.withId("desk-bookings"));
        assertThat(((Anchor) GridKt._getCellComponent(theirs, 0, "history")).getHref())
                .as("the booking's every step, from the desk")
                .isEqualTo("admin/audit?booking=" + reference);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_book_button_works_again_after_a_booking_and_after_a_refusal_so_staff_book_people_in_a_row() {
        SessionCard first = sessions.session(8);
        SessionCard second = sessions.session(8);
        SessionCard third = sessions.session(8);
        long resident = sessions.resident().personId();
        chooseAtTheDesk(resident, "Бекзат");
        ComboBox<SessionCard> sessionField = _get(ComboBox.class, spec -> spec.withId("desk-session"));
        Button book = _get(Button.class, spec -> spec.withId("desk-book"));

        choose(sessionField, first);
        _click(book);
        choose(sessionField, second);
        _click(book); // Karibu refuses to click a disabled button, as the browser does
        assertThat(sessions.bookedSeats(first.id())).isEqualTo(1);
        assertThat(sessions.bookedSeats(second.id())).isEqualTo(1);

        choose(sessionField, third);
        _setValue(_get(IntegerField.class, spec -> spec.withId("desk-seats")), 99);
        _click(book);
        assertThat(book.isEnabled()).as("enabled again after a refusal").isTrue();
        _setValue(_get(IntegerField.class, spec -> spec.withId("desk-seats")), 2);
        _click(book);
        assertThat(sessions.bookedSeats(third.id())).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void asking_for_more_seats_than_are_left_at_the_desk_says_how_many_are_left() {
        SessionCard session = sessions.session(3);
        long resident = sessions.resident().personId();
        chooseAtTheDesk(resident, "Айгерім");
        choose(_get(ComboBox.class, spec -> spec.withId("desk-session")), session);
        _setValue(_get(IntegerField.class, spec -> spec.withId("desk-seats")), 4);

        _click(_get(Button.class, spec -> spec.withId("desk-book")));

        expectNotifications("Only 3 seats are left, and 4 were asked for. Book 3 seats, or tick the waiting list to "
                + "wait for all 4.");
        assertThat(sessions.bookedSeats(session.id())).isZero();
    }

    /**
     * Staff open the desk in English, find the resident by name and choose them. The resident gets a name of their
     * own first: the suite's many test residents share theirs, and the desk shows only the first few matches.
     */
    @SuppressWarnings("unchecked")
    private void chooseAtTheDesk(long resident, String givenName) {
        String name = TestPeople.uniqueName(givenName);
        jdbc.sql("UPDATE person SET full_name = ? WHERE id = ?")
                .params(name, resident)
                .update();
        login(people.create(Roles.ADMIN));
        open("admin/desk", Languages.ENGLISH);
        Grid<PersonSummary> found = _get(Grid.class, spec -> spec.withId("desk-people"));
        _setValue(_get(TextField.class, spec -> spec.withId("desk-search")), name);
        found.select(found.getListDataView()
                .getItems()
                .filter(p -> p.id() == resident)
                .findFirst()
                .orElseThrow());
    }

    private static void choose(ComboBox<SessionCard> field, SessionCard session) {
        _setValue(
                field,
                field.getListDataView()
                        .getItems()
                        .filter(card -> card.id() == session.id())
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void a_name_longer_than_the_limit_at_the_desk_says_so_in_russian() {
        login(people.create(Roles.ADMIN));
        open("admin/desk", Languages.RUSSIAN);
        TextField name = _get(TextField.class, spec -> spec.withId("desk-new-name"));

        _setValue(name, "Бибігүл ".repeat(20));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Слишком длинно: 160 символов, допустимо не больше 120.");
    }
}
