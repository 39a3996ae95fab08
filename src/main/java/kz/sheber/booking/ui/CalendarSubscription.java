package kz.sheber.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.booking.BookingCalendar;

/**
 * The resident's private calendar address. Only its hash is stored, so it is shown once, right after it is made;
 * afterwards the page says when it was made and offers a new one.
 */
class CalendarSubscription extends Div {

    private final BookingCalendar calendar;
    private final CentreTime time;
    private final Paragraph status = new Paragraph();
    private final TextField address = new TextField();
    private final Button make = new Button();

    CalendarSubscription(BookingCalendar calendar, CentreTime time) {
        this.calendar = calendar;
        this.time = time;
        setId("calendar-subscription");
        status.setId("calendar-status");
        address.setId("calendar-address");
        address.setLabel(getTranslation("mybookings.calendar.address"));
        address.setHelperText(getTranslation("mybookings.calendar.copyNow"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        make.setId("calendar-make");
        make.addClickListener(e -> {
            boolean replacing = calendar.myCalendarAddressMadeAt().isPresent();
            address.setValue(calendar.makeMyCalendarAddress());
            address.setVisible(true);
            Forms.success(this, replacing ? "mybookings.calendar.wasReset" : "mybookings.calendar.made");
            showStatus();
        });
        add(
                new H2(getTranslation("mybookings.calendar.title")),
                new Paragraph(getTranslation("mybookings.calendar.text")),
                status,
                address,
                make);
        showStatus();
    }

    private void showStatus() {
        Optional<Instant> made = calendar.myCalendarAddressMadeAt();
        status.setText(made.map(at -> getTranslation("mybookings.calendar.since", time.formatDate(at, getLocale())))
                .orElseGet(() -> getTranslation("mybookings.calendar.none")));
        make.setText(getTranslation(made.isPresent() ? "mybookings.calendar.makeNew" : "mybookings.calendar.make"));
    }
}
