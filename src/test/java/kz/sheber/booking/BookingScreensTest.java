package kz.sheber.booking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.ui.BookingPanel;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BookingScreensTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    BookingService bookings;

    @Autowired
    ResidentDirectory residents;

    @Autowired
    CentreTime time;

    private BookingPanel panelFor(SessionCard session) {
        BookingPanel panel = new BookingPanel(bookings, residents, time, session.id());
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void a_resident_books_two_seats_on_the_panel_and_sees_the_reference() {
        SessionCard session = sessions.session(8);
        login(sessions.resident());
        open("", Languages.ENGLISH);
        panelFor(session);

        _setValue(_get(IntegerField.class, spec -> spec.withId("booking-seats")), 2);
        _click(_get(Button.class, spec -> spec.withId("booking-book")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-message")).getText())
                .startsWith("Booked.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-reference"))
                        .getText())
                .startsWith("Booking reference: ");
        assertThat(_get(Button.class, spec -> spec.withId("booking-cancel")).isVisible())
                .isTrue();
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
    }

    @Test
    void on_a_full_session_the_panel_offers_the_waiting_list_and_shows_the_place_in_russian() {
        SessionCard session = sessions.session(1);
        PersonDetails first = sessions.resident();
        kz.sheber.support.TestCatalogue.signIn(first);
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        login(sessions.resident());
        open("", Languages.RUSSIAN);
        panelFor(session);

        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("booking-book"));
        _click(_get(Button.class, spec -> spec.withId("booking-join")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-status")).getText())
                .contains("1-й в листе ожидания");
        _click(_get(Button.class, spec -> spec.withId("booking-leave")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-message")).getText())
                .isEqualTo("Вы вышли из листа ожидания.");
    }

    @Test
    void seats_above_the_limit_give_a_clear_message_and_book_nothing() {
        SessionCard session = sessions.session(8);
        login(sessions.resident());
        open("", Languages.ENGLISH);
        panelFor(session);

        _setValue(_get(IntegerField.class, spec -> spec.withId("booking-seats")), 7);
        _click(_get(Button.class, spec -> spec.withId("booking-book")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-message")).getText())
                .isEqualTo("Choose from 1 to 4 seats.");
        assertThat(sessions.bookedSeats(session.id())).isZero();
    }

    @Test
    void my_bookings_lists_an_upcoming_booking_cancels_it_and_shows_a_private_calendar_address() {
        SessionCard session = sessions.session(8);
        PersonDetails dana = sessions.resident();
        kz.sheber.support.TestCatalogue.signIn(dana);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        login(dana);
        open("my-bookings", Languages.KAZAKH);

        _click(_get(Button.class, spec -> spec.withId("cancel-" + booked.reference())));
        assertThat(sessions.bookedSeats(session.id())).isZero();

        _assertNone(TextField.class, spec -> spec.withId("calendar-address"));
        _click(_get(Button.class, spec -> spec.withId("calendar-make")));
        String address =
                _get(TextField.class, spec -> spec.withId("calendar-address")).getValue();
        assertThat(address).matches("http://localhost:8080/calendar/[0-9a-f]{32}\\.ics");
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-status")).getText())
                .as("says when it was made")
                .containsPattern("\\d{4}")
                .contains("жасалды");
        _click(_get(Button.class, spec -> spec.withId("calendar-make")));
        assertThat(_get(TextField.class, spec -> spec.withId("calendar-address"))
                        .getValue())
                .isNotEqualTo(address);

        open("my-bookings", Languages.KAZAKH);
        _assertNone(TextField.class, spec -> spec.withId("calendar-address")); // shown only when it is made
    }

    @Test
    void cancelling_from_my_bookings_after_the_cut_off_says_it_is_marked_late_as_the_session_page_does() {
        SessionCard soon = sessions.session(8, Duration.ofHours(5));
        PersonDetails dana = sessions.resident();
        kz.sheber.support.TestCatalogue.signIn(dana);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(soon.id(), 1, false));
        login(dana);
        open("my-bookings", Languages.RUSSIAN);

        _click(_get(Button.class, spec -> spec.withId("cancel-" + booked.reference())));

        expectNotifications("Запись отменена позже срока и отмечена как поздняя.");
    }

    @Test
    void asking_for_more_seats_than_are_left_says_how_many_are_and_offers_to_book_those_now() {
        SessionCard session = sessions.session(3);
        kz.sheber.support.TestCatalogue.signIn(sessions.resident());
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        login(sessions.resident());
        open("", Languages.ENGLISH);
        panelFor(session);

        _setValue(_get(IntegerField.class, spec -> spec.withId("booking-seats")), 3);

        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-shortage"))
                        .getText())
                .startsWith("Only 2 seats are left, and you asked for 3.")
                .contains("keeps its place")
                .contains("smaller groups behind you may be booked first");
        assertThat(_get(Button.class, spec -> spec.withId("booking-join")).getText())
                .isEqualTo("Wait for all 3 seats");
        _assertNone(Button.class, spec -> spec.withId("booking-book"));
        _click(_get(Button.class, spec -> spec.withId("booking-book-left")));

        assertThat(sessions.bookedSeats(session.id())).isEqualTo(3);
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-message")).getText())
                .startsWith("Booked.");
        _assertNone(Paragraph.class, spec -> spec.withId("booking-shortage"));
    }
}
