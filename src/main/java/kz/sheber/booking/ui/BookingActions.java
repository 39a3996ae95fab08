package kz.sheber.booking.ui;

import com.vaadin.flow.component.Component;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.BookingService;
import kz.sheber.schedule.ui.SessionActions;

/** Puts the booking panel on every session's public page, with the services it needs. */
@org.springframework.stereotype.Component
class BookingActions implements SessionActions {

    private final BookingService bookings;
    private final ResidentDirectory residents;
    private final CentreTime time;

    BookingActions(BookingService bookings, ResidentDirectory residents, CentreTime time) {
        this.bookings = bookings;
        this.residents = residents;
        this.time = time;
    }

    @Override
    public Component create(long sessionId) {
        return new BookingPanel(bookings, residents, time, sessionId);
    }
}
