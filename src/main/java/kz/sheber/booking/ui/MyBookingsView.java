package kz.sheber.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Submit;
import kz.sheber.booking.BookingCalendar;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.BookingSummary;
import kz.sheber.booking.MyCourses;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A resident's bookings: upcoming, waiting and past, each with its reference; change seats, cancel or leave the
 * list, download the invite; and the private calendar address.
 */
@Route("my-bookings")
@RolesAllowed(Roles.RESIDENT)
class MyBookingsView extends Main implements HasDynamicTitle {

    private final BookingService bookings;
    private final BookingCalendar calendar;
    private final CentreTime time;
    private final Clock clock;
    private final Div lists = new Div();

    private final boolean coursesShownApart;

    MyBookingsView(
            BookingService bookings,
            BookingCalendar calendar,
            CentreTime time,
            Clock clock,
            ObjectProvider<MyCourses> courses) {
        this.bookings = bookings;
        this.calendar = calendar;
        this.time = time;
        this.clock = clock;
        addClassName("sheber-page");
        MyCourses myCourses = courses.getIfAvailable();
        coursesShownApart = myCourses != null;
        add(new H1(getTranslation("mybookings.title")));
        if (myCourses != null) {
            add(myCourses.section());
        }
        add(lists, new CalendarSubscription(calendar, time));
        refresh();
    }

    private void refresh() {
        lists.removeAll();
        // A course's dates show once, inside the course's item
        List<BookingSummary> all = bookings.myBookings().stream()
                .filter(b -> !coursesShownApart || !b.partOfCourse())
                .toList();
        section("mybookings.upcoming", "upcoming", all, b -> b.state() == BookingState.CONFIRMED && !past(b));
        section("mybookings.waiting", "waiting", all, b -> b.state() == BookingState.WAITING && !past(b));
        section("mybookings.past", "past", all, b -> b.state() == BookingState.CANCELLED || past(b));
    }

    private boolean past(BookingSummary b) {
        return b.isPast(clock.instant());
    }

    private void section(String titleKey, String id, List<BookingSummary> all, Predicate<BookingSummary> which) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        List<BookingSummary> shown = all.stream().filter(which).toList();
        if (shown.isEmpty()) {
            section.add(new Paragraph(getTranslation("mybookings.empty")));
        }
        shown.forEach(b -> section.add(card(b)));
        lists.add(section);
    }

    private Div card(BookingSummary b) {
        Div card = new Div();
        card.addClassName("sheber-booking-card");
        card.setId("booking-" + b.reference());
        card.add(new H3(getTranslation(
                "booking.line",
                b.workshopTitle().in(getLocale()).text(),
                time.formatDateTime(b.startsAt(), getLocale()))));
        card.add(new Paragraph(
                getTranslation("booking.line", b.roomName(), getTranslation("booking.reference", b.reference()))));
        card.add(new Paragraph(state(b)));
        Anchor history = new Anchor("my-bookings/history/" + b.reference(), getTranslation("mybookings.history"));
        history.setId("history-" + b.reference());
        card.add(new Div(history));
        if (b.state() == BookingState.CANCELLED || past(b)) {
            return card;
        }
        IntegerField seats = new IntegerField(getTranslation("booking.seats.label"));
        seats.setValue(b.seats());
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        seats.setWidth("9em");
        Button change = Submit.onClick(
                new Button(getTranslation("booking.changeSeats")),
                () -> act(
                        seats,
                        () -> bookings.changeSeats(b.id(), seats.getValue() == null ? 0 : seats.getValue()),
                        "booking.done.changed"));
        boolean waiting = b.state() == BookingState.WAITING;
        Button cancel = Submit.onClick(
                new Button(getTranslation(waiting ? "booking.leaveWaitlist" : "booking.cancelBooking")),
                () -> act(
                        seats,
                        () -> bookings.cancel(b.id()),
                        waiting ? "booking.done.left" : "booking.done.cancelled"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("cancel-" + b.reference());
        FlexLayout actions = new FlexLayout(seats, change, cancel);
        if (!waiting) {
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] ics = calendar.invite(b.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(ics),
                                "sheber-" + b.reference() + ".ics",
                                "text/calendar",
                                ics.length);
                    }),
                    getTranslation("mybookings.download"));
            download.setId("download-" + b.reference());
            actions.add(download);
        }
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        card.add(actions);
        return card;
    }

    private String state(BookingSummary b) {
        if (b.state() == BookingState.CANCELLED) {
            return getTranslation(
                    b.cancelledByCentre()
                            ? "mybookings.state.byCentre"
                            : b.late() ? "mybookings.state.late" : "mybookings.state.cancelled");
        }
        if (past(b)) {
            return getTranslation("mybookings.state.past");
        }
        return b.state() == BookingState.WAITING
                ? getTranslation("booking.place", b.placeInLine(), b.seats())
                : getTranslation("booking.yours", b.seats());
    }

    private void act(IntegerField seats, Supplier<BookingSummary> change, String doneKey) {
        try {
            BookingSummary done = change.get();
            // The same words as the session page: a cancellation after the cut-off is marked late
            Forms.success(this, doneKey, done.late() ? "late" : "on-time");
        } catch (InvalidInput problem) {
            String key = problem.firstMessageKey();
            Forms.error(this, key);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mybookings.title");
    }
}
