package kz.sheber.booking.ui;

import com.vaadin.flow.component.Component;
import kz.sheber.schedule.ui.SessionActions;

/** Puts the booking panel on every session's public page. */
@org.springframework.stereotype.Component
class BookingActions implements SessionActions {

    @Override
    public Component create(long sessionId) {
        return new BookingPanel(sessionId);
    }
}
