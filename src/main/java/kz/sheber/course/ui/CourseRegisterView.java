package kz.sheber.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.course.CourseRegister;
import kz.sheber.course.CourseService;
import kz.sheber.course.RegisterCsv;
import kz.sheber.schedule.SessionCard;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course's register for its instructor and staff: each participant against every date (present, absent,
 * missed by notice), printable and as CSV; staff can enrol someone from here, as at the desk. Someone else's or an
 * unknown course is "not found".
 */
@Route("course/:id/register")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class CourseRegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final StaffService staff;
    private final ResidentDirectory residents;
    private final CentreTime time;
    private long seriesId;
    private String title = "";

    CourseRegisterView(CourseService courses, StaffService staff, ResidentDirectory residents, CentreTime time) {
        this.courses = courses;
        this.staff = staff;
        this.residents = residents;
        this.time = time;
        addClassNames("sheber-page", "sheber-course-register");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seriesId = CoursePage.seriesId(event);
        show();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show() {
        CourseRegister register;
        try {
            register = courses.register(seriesId);
        } catch (InvalidInput | AccessDeniedException e) {
            throw new NotFoundException();
        }
        removeAll();
        title = getTranslation(
                "course.register.title",
                register.workshopTitle().in(getLocale()).text());
        add(new H1(title), toolbar(register), table(register));
        if (residents.signedInIsStaff()) {
            add(new DeskEnrolment(courses, staff, seriesId, this::show));
        }
    }

    private Toolbar toolbar(CourseRegister register) {
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv(register);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "course-" + seriesId + ".csv",
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("roster.csv"));
        csv.setId("register-csv");
        Button print = new Button(
                getTranslation("roster.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("register-print");
        Anchor page = new Anchor("course/" + seriesId, getTranslation("booking.course.open"));
        Toolbar bar = new Toolbar(csv, print, page);
        bar.addClassName("sheber-no-print");
        return bar;
    }

    private Div table(CourseRegister register) {
        NativeTable table = new NativeTable();
        table.setId("register");
        table.addClassName("sheber-register");
        NativeTableRow head = table.getHead().addRow();
        header(register).forEach(text -> head.addHeaderCell().setText(text));
        for (CourseRegister.Row row : register.rows()) {
            NativeTableRow line = table.getBody().addRow();
            line.setId("register-" + row.enrolmentId());
            line.addDataCell().setText(row.name());
            line.addDataCell().setText(String.valueOf(row.seats()));
            line.addDataCell().setText(word(row.state()));
            row.cells().forEach(cell -> line.addDataCell().setText(word(cell)));
        }
        // Eight or twelve dates are wider than a phone: the table scrolls sideways on its own
        Div scroll = new Div(table);
        scroll.getStyle().set("overflow-x", "auto");
        // Reachable by keyboard, so the dates past the screen's edge can be scrolled to without a mouse
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", title);
        return scroll;
    }

    private List<String> header(CourseRegister register) {
        List<String> header = new ArrayList<>(List.of(
                getTranslation("roster.csv.name"),
                getTranslation("roster.csv.seats"),
                getTranslation("roster.csv.state")));
        for (SessionCard date : register.dates()) {
            header.add(time.formatDate(date.startsAt(), getLocale()));
        }
        return header;
    }

    private byte[] csv(CourseRegister register) {
        return RegisterCsv.write(register, header(register), this::word);
    }

    private String word(Enum<?> value) {
        return getTranslation("course.register." + value.getClass().getSimpleName() + "." + value.name());
    }
}
