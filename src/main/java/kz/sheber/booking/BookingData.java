package kz.sheber.booking;

import java.util.Arrays;
import java.util.List;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.CancelledBy;
import kz.sheber.schedule.TimetableService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every booking and waiting place of a person in their data export, cancelled ones too. */
@Component
class BookingData implements PersonalDataSection {

    private final BookingRepository bookings;
    private final TimetableService schedule;

    BookingData(BookingRepository bookings, TimetableService schedule) {
        this.bookings = bookings;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "bookings";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        List<String> columns = List.of(
                "reference",
                "workshop",
                "startsAt",
                "room",
                "seats",
                "status",
                "bookedAt",
                "confirmedAt",
                "cancelledAt",
                "cancelledBy",
                "late",
                "atDesk");
        return new Table(
                columns,
                bookings.ofPerson(subject.personId()).stream()
                        .map(b -> {
                            var card = schedule.card(b.getSessionId());
                            return Arrays.<Object>asList(
                                    b.getReference(),
                                    card.map(c -> c.workshopTitle()
                                                    .in(subject.language())
                                                    .text())
                                            .orElse(""),
                                    card.map(c -> c.startsAt()).orElse(null),
                                    card.map(c -> c.roomName()).orElse(""),
                                    b.getSeats(),
                                    b.getStatus().name(),
                                    b.getCreatedAt(),
                                    b.getConfirmedAt(),
                                    b.getCancelledAt(),
                                    b.getCancelledBy() == null
                                            ? null
                                            : b.getCancelledBy().name(),
                                    b.isLateCancel(),
                                    b.getBookedBy() != null || b.getCancelledBy() == CancelledBy.STAFF);
                        })
                        .toList());
    }
}
