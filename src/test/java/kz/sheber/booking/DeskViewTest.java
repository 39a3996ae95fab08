package kz.sheber.booking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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

    @Autowired TestSessions sessions;
    @Autowired TestPeople people;
    @Autowired JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void staff_add_a_resident_without_email_and_book_two_seats_for_them() {
        SessionCard session = sessions.session(8);
        login(people.create(Roles.ADMIN));
        open("admin/desk", Languages.RUSSIAN);
        String name = "Бибігүл " + TestPeople.uniqueEmail("desk").substring(5, 13);

        _setValue(_get(TextField.class, spec -> spec.withId("desk-new-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("desk-new-phone")), "8 701 555 44 33");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("desk-new-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("desk-chosen")).getText()).contains(name);

        ComboBox<SessionCard> sessionField = _get(ComboBox.class, spec -> spec.withId("desk-session"));
        _setValue(sessionField, sessionField.getListDataView().getItems()
                .filter(card -> card.id() == session.id()).findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("desk-seats")), 2);
        _click(_get(Button.class, spec -> spec.withId("desk-book")));

        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT phone FROM person WHERE full_name = ?").param(name).query(String.class).single())
                .isEqualTo("+7 701 555 44 33");
        String reference = jdbc.sql("SELECT b.reference FROM booking b JOIN person p ON p.id = b.person_id "
                + "WHERE p.full_name = ?").param(name).query(String.class).single();
        Grid<?> theirs = _get(Grid.class, spec -> spec.withId("desk-bookings"));
        assertThat(((Anchor) GridKt._getCellComponent(theirs, 0, "history")).getHref())
                .as("the booking's every step, from the desk").isEqualTo("admin/audit?booking=" + reference);
    }
}
