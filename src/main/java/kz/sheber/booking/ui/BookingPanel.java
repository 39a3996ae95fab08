package kz.sheber.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.ReturnPath;
import kz.sheber.base.ui.Submit;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.BookingSummary;
import kz.sheber.booking.SeatOffer;
import kz.sheber.booking.SeatOffer.Availability;

/**
 * Booking for one session, to place on its page: a seat count, then Book or Join the waiting list; once booked,
 * the reference and Change seats / Cancel; once waiting, the place in line and Leave the list. Every button
 * disables itself on click, so a double click sends one request, and the panel redraws from the server after
 * each answer, so what it shows is what was stored.
 */
public class BookingPanel extends Div {

    private final BookingService bookings;
    private final ResidentDirectory residents;
    private final CentreTime time;
    private final long sessionId;
    private final IntegerField seats = new IntegerField();
    private final Paragraph status = new Paragraph();
    private final Paragraph reference = new Paragraph();
    private final Paragraph seatsLeft = new Paragraph();
    /** The answer to the last click, kept on screen (role=status, so screen readers announce it). */
    private final Paragraph message = new Paragraph();
    /** To the course page, for a date whose seats come with the course. */
    private final Anchor courseLink = new Anchor();

    private final Button book = new Button();
    private final Button join = new Button();
    private final Button change = new Button();
    private final Button cancel = new Button();
    private final Button leave = new Button();
    private final Anchor signIn = new Anchor();
    private final Paragraph shortage = new Paragraph();
    private final Button bookLeft = new Button();
    /** The seat count, then the buttons that apply now, in this order; the others are not on the page at all. */
    private final FlexLayout actions = new FlexLayout(seats);

    private final List<Button> buttonOrder = List.of(book, bookLeft, join, change, cancel, leave);
    private SeatOffer offer;

    @SuppressWarnings("NullAway.Init") // refresh() at the end of the constructor reads the offer
    public BookingPanel(BookingService bookings, ResidentDirectory residents, CentreTime time, long sessionId) {
        this.bookings = bookings;
        this.residents = residents;
        this.time = time;
        this.sessionId = sessionId;
        setId("booking-panel");
        addClassName("sheber-booking-panel");
        seats.setId("booking-seats");
        seats.setStepButtonsVisible(true);
        seats.setMin(1);
        seats.setValue(1);
        seats.setWidth("10em");
        seats.addValueChangeListener(e -> showButtons());
        setUp(book, "booking-book", ButtonVariant.LUMO_PRIMARY, () -> request(false));
        setUp(join, "booking-join", ButtonVariant.LUMO_PRIMARY, () -> request(true));
        setUp(bookLeft, "booking-book-left", ButtonVariant.LUMO_PRIMARY, this::bookWhatIsLeft);
        shortage.setId("booking-shortage");
        setUp(change, "booking-change", ButtonVariant.LUMO_CONTRAST, this::changeSeats);
        setUp(cancel, "booking-cancel", ButtonVariant.LUMO_ERROR, this::cancel);
        setUp(leave, "booking-leave", ButtonVariant.LUMO_ERROR, this::cancel);
        status.setId("booking-status");
        reference.setId("booking-reference");
        seatsLeft.setId("booking-seats-left");
        message.setId("booking-message");
        message.getElement().setAttribute("role", "status");
        signIn.setId("booking-sign-in");
        // Back to this session after signing in, or after registering and confirming the email
        signIn.setHref(ReturnPath.signInHref("/session/" + sessionId));
        courseLink.setId("booking-course");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(
                new H2(getTranslation("booking.panel.title")),
                seatsLeft,
                status,
                reference,
                actions,
                shortage,
                message,
                signIn,
                courseLink);
        refresh();
    }

    /** Reads the session and the reader's booking again and redraws. */
    public void refresh() {
        offer = bookings.offer(sessionId);
        seats.setMax(offer.maxSeats());
        seats.setHelperText(getTranslation("booking.seats.helper", offer.maxSeats()));
        seats.setLabel(getTranslation("booking.seats.label"));
        book.setText(getTranslation("booking.book"));
        join.setText(getTranslation("booking.joinWaitlist"));
        change.setText(getTranslation("booking.changeSeats"));
        cancel.setText(getTranslation("booking.cancelBooking"));
        leave.setText(getTranslation("booking.leaveWaitlist"));
        signIn.setText(getTranslation("booking.signIn"));
        seatsLeft.setText(getTranslation("booking.seatsLeft", offer.seatsLeft()));
        BookingSummary mine = offer.mine().orElse(null);
        Long course = mine != null && mine.partOfCourse() ? mine.seriesId() : offer.courseSeriesId();
        courseLink.setVisible(course != null);
        courseLink.setHref(course == null ? "" : "course/" + course);
        courseLink.setText(getTranslation("booking.course.open"));
        reference.setVisible(mine != null);
        if (mine != null) {
            reference.setText(getTranslation("booking.reference", mine.reference()));
            seats.setValue(mine.seats());
            status.setText(
                    mine.state() == BookingState.WAITING
                            ? getTranslation("booking.place", mine.placeInLine(), mine.seats())
                            : getTranslation("booking.yours", mine.seats()));
        } else {
            status.setText(closedReason());
        }
        showButtons();
    }

    private String closedReason() {
        return switch (offer.availability()) {
            case OPEN -> offer.seatsLeft() == 0 ? getTranslation("booking.fullHint") : "";
            case NOT_YET_OPEN ->
                getTranslation(
                        "booking.state.notYetOpen",
                        time.formatDateTime(Objects.requireNonNull(offer.opensAt()), getLocale()));
            case CLOSED -> getTranslation("booking.state.closed");
            case CANCELLED -> getTranslation("booking.state.cancelled");
            case GONE -> getTranslation("booking.state.gone");
            case COURSE_ONLY -> getTranslation("booking.state.courseOnly");
        };
    }

    private void showButtons() {
        boolean signedIn = residents.signedInId().isPresent();
        boolean open = offer.availability() == Availability.OPEN;
        BookingSummary mine = offer.mine().orElse(null);
        int wanted = seats.getValue() == null ? 1 : seats.getValue();
        boolean fits = wanted <= offer.seatsLeft();
        signIn.setVisible(!signedIn && open);
        seats.setVisible(signedIn && open);
        status.setVisible(!status.getText().isBlank());
        boolean shortOfSeats =
                signedIn && open && mine == null && !fits && offer.seatsLeft() > 0 && wanted <= offer.maxSeats();
        explainShortage(shortOfSeats, wanted);
        place(book, signedIn && open && mine == null && fits);
        place(bookLeft, shortOfSeats);
        place(join, signedIn && open && mine == null && !fits);
        place(change, signedIn && open && mine != null && !mine.partOfCourse());
        place(cancel, signedIn && mine != null && mine.state() == BookingState.CONFIRMED && !mine.partOfCourse());
        place(leave, signedIn && mine != null && mine.state() == BookingState.WAITING);
    }

    /**
     * Puts a button on the page or takes it off, rather than hiding it: a button disables itself on click and is
     * enabled again by a script call, and Vaadin holds a call to a hidden element until it shows again, then asks
     * the browser to report back, a second round trip after the click that changed nothing for the person. Calls
     * to an element that is off the page are dropped, and one put back is drawn afresh, enabled.
     */
    private void place(Button button, boolean shown) {
        boolean there = button.getParent().isPresent();
        if (there && !shown) {
            actions.remove(button);
        } else if (!there && shown) {
            int index = 1; // after the seat count
            for (Button before : buttonOrder.subList(0, buttonOrder.indexOf(button))) {
                index += before.getParent().isPresent() ? 1 : 0;
            }
            actions.addComponentAtIndex(index, button);
        }
    }

    /**
     * More seats asked for than are left: say how many are, offer those now, and say what waiting for all of them
     * means (the group keeps its place; smaller groups behind it may be booked first, see Seats.promote).
     */
    private void explainShortage(boolean shown, int wanted) {
        shortage.setVisible(shown);
        join.setText(shown ? getTranslation("booking.shortage.wait", wanted) : getTranslation("booking.joinWaitlist"));
        if (shown) {
            shortage.setText(getTranslation("booking.shortage", offer.seatsLeft(), wanted));
            bookLeft.setText(getTranslation("booking.shortage.bookLeft", offer.seatsLeft()));
        }
    }

    private void bookWhatIsLeft() {
        seats.setValue(offer.seatsLeft());
        request(false);
    }

    private void request(boolean waitingList) {
        attempt(() -> {
            BookingSummary done =
                    bookings.book(BookingRequest.shown(sessionId, valueOrZero(), waitingList, offer.sessionVersion()));
            return done.state() == BookingState.WAITING
                    ? getTranslation("booking.done.waiting", done.placeInLine())
                    : getTranslation("booking.done.booked", done.reference());
        });
    }

    private void changeSeats() {
        offer.mine()
                .ifPresent(mine -> attempt(() -> {
                    bookings.changeSeats(mine.id(), valueOrZero());
                    return getTranslation("booking.done.changed");
                }));
    }

    private void cancel() {
        offer.mine()
                .ifPresent(mine -> attempt(() -> {
                    BookingSummary done = bookings.cancel(mine.id());
                    return mine.state() == BookingState.WAITING
                            ? getTranslation("booking.done.left")
                            : getTranslation("booking.done.cancelled", done.late() ? "late" : "on-time");
                }));
    }

    private void attempt(Supplier<String> action) {
        try {
            message.setText(action.get());
            message.getElement().setAttribute("theme", "success");
            seats.setInvalid(false);
        } catch (InvalidInput problem) {
            String key = problem.firstMessageKey();
            seats.setErrorMessage(getTranslation(key, offer.maxSeats()));
            seats.setInvalid(problem.formMessageKey() == null);
            message.setText(getTranslation(key, offer.maxSeats()));
            message.getElement().setAttribute("theme", "error");
        } finally {
            refresh();
        }
    }

    private int valueOrZero() {
        return seats.getValue() == null ? 0 : seats.getValue();
    }

    private void setUp(Button button, String id, ButtonVariant variant, Runnable action) {
        button.setId(id);
        button.addThemeVariants(variant);
        Submit.onClick(button, action);
    }
}
