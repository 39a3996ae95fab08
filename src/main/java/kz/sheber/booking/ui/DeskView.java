package kz.sheber.booking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sheber.account.DeskResident;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.ConsentCheckbox;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.Submit;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.BookingSummary;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import org.jspecify.annotations.Nullable;

/** Staff book for residents who phone or walk in: find the resident (or add one, email optional), then book. */
@Route("admin/desk")
@RolesAllowed(Roles.ADMIN)
class DeskView extends Main implements HasDynamicTitle {

    private final BookingService bookings;
    private final StaffService staff;
    private final CentreTime time;
    private final Grid<PersonSummary> people = new Grid<>();
    private final Grid<BookingSummary> theirBookings = new Grid<>();
    private final Paragraph chosenLabel = new Paragraph();
    private final ComboBox<SessionCard> session = new ComboBox<>();
    private final IntegerField seats = new IntegerField();
    private final Checkbox waitlist = new Checkbox();
    private @Nullable PersonSummary chosen;

    DeskView(
            BookingService bookings,
            StaffService staff,
            ResidentDirectory residents,
            TimetableService schedule,
            CentreTime time) {
        this.bookings = bookings;
        this.staff = staff;
        this.time = time;
        addClassName("sheber-page");
        TextField search = new TextField(getTranslation("desk.search"));
        search.setId("desk-search");
        search.setPlaceholder(getTranslation("desk.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> people.setItems(staff.findPeople(e.getValue(), 20)));
        people.setId("desk-people");
        people.addColumn(PersonSummary::fullName).setHeader(getTranslation("desk.column.name"));
        people.addColumn(p -> p.email() != null ? p.email() : p.phone() == null ? "" : p.phone())
                .setHeader(getTranslation("desk.column.contact"));
        people.setAllRowsVisible(true);
        people.addSelectionListener(e -> choose(e.getFirstSelectedItem().orElse(null)));

        session.setId("desk-session");
        session.setLabel(getTranslation("desk.session"));
        session.setWidthFull();
        session.setItems(schedule.upcoming(TimetableFilter.upcoming(), 0, 200));
        session.setItemLabelGenerator(s -> getTranslation(
                "booking.line",
                time.formatDateTime(s.startsAt(), getLocale()),
                s.workshopTitle().in(getLocale()).text()));
        seats.setId("desk-seats");
        seats.setLabel(getTranslation("booking.seats.label"));
        seats.setValue(1);
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        waitlist.setId("desk-waitlist");
        waitlist.setLabel(getTranslation("desk.waitlist"));
        Button book = Submit.onClick(new Button(getTranslation("desk.book")), this::book);
        book.setId("desk-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        chosenLabel.setId("desk-chosen");
        chosenLabel.setText(getTranslation("desk.none"));
        theirBookings.setId("desk-bookings");
        theirBookings.addColumn(b -> b.reference()).setHeader(getTranslation("desk.bookings"));
        theirBookings.addColumn(b -> getTranslation(
                "booking.line",
                time.formatDateTime(b.startsAt(), getLocale()),
                b.workshopTitle().in(getLocale()).text()));
        theirBookings.addColumn(b -> b.state() == BookingState.WAITING
                ? getTranslation("booking.place", b.placeInLine(), b.seats())
                : b.state() == BookingState.CANCELLED
                        ? getTranslation("mybookings.state.cancelled")
                        : getTranslation("booking.yours", b.seats()));
        theirBookings.addComponentColumn(b -> {
            Button cancel = new Button(getTranslation("desk.cancel"), e -> cancel(b));
            cancel.setVisible(b.state() != BookingState.CANCELLED);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return cancel;
        });
        // "I booked and my seat vanished": every step of this booking, from the audit log
        theirBookings
                .addComponentColumn(
                        b -> new Anchor("admin/audit?booking=" + b.reference(), getTranslation("desk.history")))
                .setKey("history");
        theirBookings.setAllRowsVisible(true);

        add(
                new H1(getTranslation("desk.title")),
                search,
                people,
                newResidentForm(residents),
                chosenLabel,
                new FormLayout(session, seats, waitlist),
                book,
                new H2(getTranslation("desk.bookings")),
                theirBookings);
    }

    private Details newResidentForm(ResidentDirectory residents) {
        TextField name = new TextField(getTranslation("desk.new.name"));
        name.setId("desk-new-name");
        LengthLimit.of(name, 120);
        TextField email = new TextField(getTranslation("desk.new.email"));
        email.setId("desk-new-email");
        TextField phone = new TextField(getTranslation("desk.new.phone"));
        phone.setId("desk-new-phone");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("desk.new.language"));
        language.setItems("kk", "ru", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("kk");
        Checkbox consent = ConsentCheckbox.onBehalf(this);
        Map<String, HasValidation> fields =
                Map.of("fullName", name, "email", email, "phone", phone, "personAgreedToPrivacyNotice", consent);
        Button create = new Button(getTranslation("desk.new.create"), e -> {
            try {
                long id = residents.registerAtDesk(new DeskResident(
                        name.getValue(), email.getValue(), phone.getValue(), language.getValue(), consent.getValue()));
                Forms.clear(fields);
                consent.clear();
                Forms.success(this, "desk.new.created", name.getValue());
                choose(new PersonSummary(
                        id,
                        name.getValue().strip(),
                        email.getValue(),
                        phone.getValue(),
                        Set.of(Roles.RESIDENT),
                        true,
                        false,
                        false));
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        create.setId("desk-new-create");
        Details details = new Details(
                getTranslation("desk.new.title"), new FormLayout(name, email, phone, language, consent, create));
        details.setId("desk-new");
        return details;
    }

    private void choose(@Nullable PersonSummary person) {
        chosen = person;
        chosenLabel.setText(
                person == null ? getTranslation("desk.none") : getTranslation("desk.chosen", person.fullName()));
        theirBookings.setItems(person == null ? List.of() : bookings.bookingsOf(person.id()));
    }

    private void book() {
        if (chosen == null || session.getValue() == null) {
            Forms.error(this, "desk.none");
            return;
        }
        long sessionId = session.getValue().id();
        int wanted = seats.getValue() == null ? 0 : seats.getValue();
        try {
            BookingSummary done =
                    bookings.bookAtDesk(chosen.id(), BookingRequest.asItStands(sessionId, wanted, waitlist.getValue()));
            Forms.success(
                    this, done.state() == BookingState.WAITING ? "desk.waiting" : "desk.booked", done.reference());
        } catch (InvalidInput problem) {
            String key = problem.firstMessageKey();
            // Say how many are left, as the resident's own booking panel does, read now: seats may have moved since
            int left = "booking.notEnoughSeats".equals(key)
                    ? bookings.offer(sessionId).seatsLeft()
                    : -1;
            if (left > 0 && left < wanted) {
                Forms.error(this, "desk.notEnoughSeats", left, wanted);
            } else {
                Forms.error(this, left == 0 ? "booking.full" : key);
            }
        }
        choose(chosen);
    }

    private void cancel(BookingSummary booking) {
        try {
            bookings.cancelAtDesk(booking.id());
            Forms.success(this, "desk.cancelled");
        } catch (InvalidInput problem) {
            Forms.error(this, problem.formMessageKey() != null ? problem.formMessageKey() : "booking.gone");
        }
        choose(chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
