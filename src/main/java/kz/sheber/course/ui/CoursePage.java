package kz.sheber.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Ids;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.course.CourseDateState;
import kz.sheber.course.CourseDateState.Status;
import kz.sheber.course.CourseOffer;
import kz.sheber.course.CourseService;
import kz.sheber.course.EnrolmentState;
import kz.sheber.course.MyEnrolment;
import org.jspecify.annotations.Nullable;

/**
 * A course as residents see it: all its dates, places left and until when enrolling is open; enrol for every
 * remaining date, join the waiting list, mark "I will miss this one" on a date, or leave the course.
 */
@Route("course/:id")
@AnonymousAllowed
class CoursePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final ResidentDirectory residents;
    private final CentreTime time;
    private final Clock clock;
    private final Paragraph message = new Paragraph();
    private long seriesId;
    private String title = "";

    CoursePage(CourseService courses, ResidentDirectory residents, CentreTime time, Clock clock) {
        this.courses = courses;
        this.residents = residents;
        this.time = time;
        this.clock = clock;
        addClassNames("sheber-page", "sheber-course");
        message.setId("course-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seriesId = seriesId(event);
        message.setText("");
        show();
    }

    /** The numeric course id in the address; anything else is a page that does not exist. */
    static long seriesId(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").flatMap(Ids::parse).orElseThrow(NotFoundException::new);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show() {
        CourseOffer offer = courses.offer(seriesId).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        removeAll();
        title = offer.workshopTitle().in(locale).text();
        add(new Anchor("timetable", getTranslation("course.back")));
        add(new H1(title));
        Paragraph summary = new Paragraph(CourseText.summary(offer, locale, time));
        summary.setId("course-summary");
        Span seats = new Span(CourseText.seatsLeft(offer));
        seats.setId("course-seats");
        seats.addClassName("sheber-seats");
        add(summary, new Paragraph(seats));
        if (offer.availability() == CourseOffer.Availability.OPEN) {
            add(hint(getTranslation("course.enrolUntil", time.formatDateTime(offer.enrolUntil(), locale))));
        }
        if (offer.dropIn()) {
            add(hint(getTranslation("course.dropIn")));
        }
        add(hint(getTranslation("session.zone", time.zoneLabel())));
        if (residents.signedInId().isPresent() && residents.signedInIsSelfOrStaff(offer.instructorId())) {
            Anchor register = new Anchor("course/" + seriesId + "/register", getTranslation("course.register.link"));
            register.setId("course-register");
            add(new Paragraph(register));
        }
        MyEnrolment mine = offer.mine().filter(MyEnrolment::live).orElse(null);
        add(actions(offer, mine), message, dates(offer, mine));
    }

    private Div actions(CourseOffer offer, @Nullable MyEnrolment mine) {
        Div box = new Div();
        box.addClassName("sheber-book");
        Paragraph status = new Paragraph();
        status.setId("course-status");
        box.add(status);
        if (mine != null) {
            status.setText(
                    mine.state() == EnrolmentState.WAITING
                            ? getTranslation("course.place", mine.placeInLine(), mine.seats())
                            : getTranslation("course.yours", mine.seats()));
            Button leave = button(
                    mine.state() == EnrolmentState.WAITING ? "course.leaveWaiting" : "course.leave",
                    "leave",
                    ButtonVariant.LUMO_ERROR,
                    () -> {
                        courses.leave(mine.enrolmentId());
                        return getTranslation("course.done.left");
                    });
            box.add(leave);
            return box;
        }
        if (offer.availability() != CourseOffer.Availability.OPEN) {
            return box;
        }
        if (residents.signedInId().isEmpty()) {
            Anchor signIn = new Anchor("login", getTranslation("course.signIn"));
            signIn.setId("sign-in");
            box.add(signIn);
            return box;
        }
        IntegerField seats = new IntegerField(getTranslation("booking.seats.label"));
        seats.setId("seats");
        seats.setValue(1);
        seats.setMin(1);
        seats.setMax(offer.maxSeats());
        seats.setStepButtonsVisible(true);
        seats.setWidth("9em");
        boolean full = offer.seatsLeft() == 0;
        if (full) {
            status.setText(getTranslation("course.full.hint"));
        }
        Button enrol = button(
                full ? "course.join" : "course.enrol", full ? "join" : "enrol", ButtonVariant.LUMO_PRIMARY, () -> {
                    MyEnrolment done = courses.enrol(seriesId, seats.getValue() == null ? 0 : seats.getValue(), full);
                    return done.state() == EnrolmentState.WAITING
                            ? getTranslation("course.done.waiting", done.placeInLine())
                            : getTranslation("course.done.enrolled");
                });
        box.add(new Toolbar(seats, enrol));
        return box;
    }

    private Div dates(CourseOffer offer, @Nullable MyEnrolment mine) {
        Div section = new Div(new H2(getTranslation("course.dates")));
        UnorderedList list = new UnorderedList();
        list.setId("course-dates");
        list.addClassName("sheber-course-dates");
        var shown = mine != null
                ? mine.dates()
                : offer.dates().stream()
                        .map(d -> new CourseDateState(
                                d.id(),
                                d.startsAt(),
                                d.endsAt(),
                                d.roomName(),
                                d.cancelled() ? Status.CANCELLED : Status.NOT_BOOKED))
                        .toList();
        for (CourseDateState date : shown) {
            ListItem item = new ListItem(new Span(CourseText.date(date, getLocale(), time)));
            item.setId("date-" + date.sessionId());
            if (mine != null || date.status() == Status.CANCELLED) {
                Span status = new Span(" · " + CourseText.status(date));
                status.addClassName("sheber-course-date-status");
                item.add(status);
            }
            if (mine != null && date.status() == Status.HELD && date.startsAt().isAfter(clock.instant())) {
                item.add(button("course.miss", "miss-" + date.sessionId(), ButtonVariant.LUMO_TERTIARY, () -> {
                    courses.miss(mine.enrolmentId(), date.sessionId());
                    return getTranslation("course.done.missed", time.formatDate(date.startsAt(), getLocale()));
                }));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Button button(String labelKey, String id, ButtonVariant variant, Supplier<String> action) {
        Button button = new Button(getTranslation(labelKey));
        button.setId(id);
        button.addThemeVariants(variant);
        button.setDisableOnClick(true);
        button.addClickListener(e -> attempt(action));
        return button;
    }

    private void attempt(Supplier<String> action) {
        String text;
        String theme;
        try {
            text = action.get();
            theme = "success";
        } catch (InvalidInput problem) {
            text = getTranslation(
                    problem.firstMessageKey(),
                    courses.offer(seriesId).map(CourseOffer::maxSeats).orElse(4));
            theme = "error";
        }
        show();
        message.setText(text);
        message.getElement().setAttribute("theme", theme);
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("sheber-hint");
        return hint;
    }
}
