package kz.sheber.booking;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class BookingServiceTest {

    @Autowired
    BookingService bookings;

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_verified_resident_books_seats_and_gets_a_readable_reference() {
        SessionCard session = sessions.session(8);
        signIn(sessions.resident());

        BookingSummary booked = bookings.book(BookingRequest.shown(session.id(), 3, false, session.version()));

        assertThat(booked.state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(booked.seats()).isEqualTo(3);
        assertThat(booked.reference()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(3);
    }

    @Test
    void seats_below_one_or_above_the_limit_are_refused_and_nothing_is_booked() {
        SessionCard session = sessions.session(8);
        signIn(sessions.resident());

        for (int seats : new int[] {0, -1, 5}) {
            assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), seats, true)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("seats", "booking.seats.range"));
        }
        assertThat(sessions.bookedSeats(session.id())).isZero();
    }

    @Test
    void booking_twice_is_refused_with_a_message_and_the_first_booking_stays() {
        SessionCard session = sessions.session(8);
        signIn(sessions.resident());
        bookings.book(BookingRequest.asItStands(session.id(), 2, false));

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.already"));
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
    }

    @Test
    void a_full_session_is_refused_unless_the_resident_chooses_the_waiting_list() {
        SessionCard session = sessions.session(2);
        sessions.book(session, 2, false);
        signIn(sessions.resident());

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("seats", "booking.full"));
        BookingSummary waiting = bookings.book(BookingRequest.asItStands(session.id(), 1, true));
        assertThat(waiting.state()).isEqualTo(BookingState.WAITING);
        assertThat(waiting.placeInLine()).isEqualTo(1);
    }

    @Test
    void a_session_changed_while_the_page_was_open_is_not_booked_blind() {
        SessionCard session = sessions.session(8);
        signIn(sessions.resident());

        assertThatThrownBy(() -> bookings.book(BookingRequest.shown(session.id(), 1, false, session.version() + 1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.formMessageKey()).isEqualTo("booking.session.changedMeanwhile"));
    }

    @Test
    void booking_opens_thirty_days_before_and_closes_an_hour_before_the_start() {
        SessionCard tooEarly = sessions.session(8, Duration.ofDays(31));
        SessionCard tooLate = sessions.session(8, Duration.ofMinutes(50));
        SessionCard justOpen = sessions.session(8, Duration.ofMinutes(90));
        signIn(sessions.resident());

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(tooEarly.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.notYetOpen"));
        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(tooLate.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.closed"));
        assertThat(bookings.book(BookingRequest.asItStands(justOpen.id(), 1, false))
                        .state())
                .isEqualTo(BookingState.CONFIRMED);
    }

    @Test
    void a_past_session_cannot_be_booked() {
        SessionCard session = sessions.session(8);
        sessions.moveStart(session.id(), Duration.ofDays(-1));
        signIn(sessions.resident());

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.closed"));
    }

    @Test
    void a_resident_whose_email_is_not_verified_cannot_book() {
        SessionCard session = sessions.session(8);
        signIn(people.create(Roles.RESIDENT, "Ерлан", "kk", false));

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.verifyFirst"));
    }

    @Test
    void a_visitor_cannot_book_and_a_resident_cannot_cancel_someone_elses_booking() {
        SessionCard session = sessions.session(8);
        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOfAny(
                        AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        signIn(sessions.resident());
        BookingSummary dana = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        signIn(sessions.resident());

        assertThatThrownBy(() -> bookings.cancel(dana.id())).isInstanceOf(InvalidInput.class);
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(1);
    }

    @Test
    void a_resident_reaches_another_residents_booking_through_no_path() {
        SessionCard session = sessions.session(8);
        PersonDetails dana = sessions.resident();
        signIn(dana);
        BookingSummary hers = bookings.book(BookingRequest.asItStands(session.id(), 2, false));
        signIn(sessions.resident());

        // Someone else's booking looks like one that does not exist, on every path that changes a booking
        assertThatThrownBy(() -> bookings.cancel(hers.id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.gone"));
        assertThatThrownBy(() -> bookings.changeSeats(hers.id(), 1))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.gone"));
        assertThatThrownBy(() -> bookings.cancelUpcomingOf(dana.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancelAtDesk(hers.id())).isInstanceOf(AccessDeniedException.class);

        signIn(dana);
        assertThat(bookings.myBookings()).singleElement().satisfies(mine -> {
            assertThat(mine.state()).isEqualTo(BookingState.CONFIRMED);
            assertThat(mine.seats()).isEqualTo(2);
        });
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
    }

    @Test
    void changing_seats_adds_only_what_fits_and_giving_seats_back_promotes_the_waiting_list() {
        SessionCard session = sessions.session(4);
        signIn(sessions.resident());
        BookingSummary mine = bookings.book(BookingRequest.asItStands(session.id(), 2, false));
        PersonDetails other = sessions.resident();
        signIn(other);
        bookings.book(BookingRequest.asItStands(session.id(), 2, false));
        PersonDetails waiting = sessions.resident();
        signIn(waiting);
        bookings.book(BookingRequest.asItStands(session.id(), 1, true));

        signIn(sessions.resident());
        assertThatThrownBy(() -> bookings.changeSeats(mine.id(), 3)).isInstanceOf(InvalidInput.class);
        signIn(other);
        BookingSummary fewer =
                bookings.changeSeats(bookings.myBookings().getFirst().id(), 1);

        assertThat(fewer.seats()).isEqualTo(1);
        signIn(waiting);
        assertThat(bookings.myBookings().getFirst().state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(4).isEqualTo(sessions.confirmedSeats(session.id()));
    }

    @Test
    void cancelling_after_the_cut_off_is_allowed_but_marked_late() {
        SessionCard soon = sessions.session(8, Duration.ofHours(5));
        SessionCard later = sessions.session(8, Duration.ofDays(3));
        signIn(sessions.resident());
        BookingSummary lateOne = bookings.book(BookingRequest.asItStands(soon.id(), 1, false));
        BookingSummary onTime = bookings.book(BookingRequest.asItStands(later.id(), 1, false));

        assertThat(bookings.cancel(lateOne.id()).late()).isTrue();
        assertThat(bookings.cancel(onTime.id()).late()).isFalse();
        assertThat(sessions.bookedSeats(soon.id())).isZero();
    }

    @Test
    void freed_seats_go_to_the_earliest_entries_that_fit_and_a_group_that_does_not_fit_keeps_its_place() {
        SessionCard session = sessions.session(3);
        PersonDetails holder = sessions.resident();
        signIn(holder);
        BookingSummary held = bookings.book(BookingRequest.asItStands(session.id(), 3, false));
        PersonDetails group = sessions.resident();
        signIn(group);
        bookings.book(BookingRequest.asItStands(session.id(), 4, true));
        PersonDetails single = sessions.resident();
        signIn(single);
        bookings.book(BookingRequest.asItStands(session.id(), 1, true));
        PersonDetails pair = sessions.resident();
        signIn(pair);
        bookings.book(BookingRequest.asItStands(session.id(), 2, true));

        signIn(holder);
        bookings.cancel(held.id());

        signIn(group);
        BookingSummary stillWaiting = bookings.myBookings().getFirst();
        assertThat(stillWaiting.state()).isEqualTo(BookingState.WAITING);
        assertThat(stillWaiting.placeInLine()).isEqualTo(1);
        signIn(single);
        assertThat(bookings.myBookings().getFirst().state()).isEqualTo(BookingState.CONFIRMED);
        signIn(pair);
        assertThat(bookings.myBookings().getFirst().state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(3);
    }

    @Test
    void leaving_the_waiting_list_moves_everyone_behind_up_one_place() {
        SessionCard session = sessions.session(1);
        signIn(sessions.resident());
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        List<PersonDetails> line = sessions.residents(3);
        for (PersonDetails p : line) {
            signIn(p);
            bookings.book(BookingRequest.asItStands(session.id(), 1, true));
        }
        signIn(line.get(0));
        bookings.cancel(bookings.myBookings().getFirst().id());

        signIn(line.get(2));
        assertThat(bookings.myBookings().getFirst().placeInLine()).isEqualTo(2);
        assertThat(bookings.offer(session.id()).mine().orElseThrow().placeInLine())
                .isEqualTo(2);
    }
}
