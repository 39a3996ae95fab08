package kz.sheber.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.sheber.account.StaffService;
import kz.sheber.base.Ids;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.privacy.export.DataExport;
import kz.sheber.privacy.retention.RetentionOutlook;

/**
 * Staff's page for one person's data: when they were last active and when retention will anonymise them, their
 * data file for someone who asks at the desk, and erasing them (with the reason) for someone who asks for that.
 */
@Route("admin/people/:personId(" + Ids.PATTERN + ")/data")
@RolesAllowed(Roles.ADMIN)
class PersonDataView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DataExport export;
    private final ErasureService erasure;
    private final RetentionOutlook outlook;
    private final StaffService staff;
    private final CentreTime time;

    PersonDataView(
            DataExport export, ErasureService erasure, RetentionOutlook outlook, StaffService staff, CentreTime time) {
        this.export = export;
        this.erasure = erasure;
        this.outlook = outlook;
        this.staff = staff;
        this.time = time;
        addClassNames("sheber-page", "sheber-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long personId = event.getRouteParameters().getLong("personId").orElse(0L);
        var seen = outlook.of(personId);
        if (seen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(personId, seen.get());
    }

    private void show(long personId, RetentionOutlook.Outlook seen) {
        removeAll();
        String name = staff.namesOf(List.of(personId)).getOrDefault(personId, "");
        add(new H1(name.isBlank() ? getTranslation("person.erased") : name));
        if (seen.erasedAt().isPresent()) {
            Paragraph erased = new Paragraph(getTranslation(
                    "privacy.person.erasedAt", day(seen.erasedAt().get())));
            erased.setId("erased-at");
            add(erased);
            erasure.erasureOf(personId)
                    .filter(e -> !e.reason().isBlank())
                    .ifPresent(e -> add(new Paragraph(getTranslation("privacy.person.reason", e.reason()))));
            add(new Anchor("admin/people", getTranslation("privacy.person.back")));
            return;
        }
        Paragraph lastActive = new Paragraph(getTranslation("privacy.person.lastActive", day(seen.lastActive())));
        lastActive.setId("last-active");
        Paragraph anonymised = new Paragraph(seen.anonymisedFrom()
                .map(at -> getTranslation("privacy.person.anonymisedFrom", day(at)))
                .orElseGet(() -> getTranslation("privacy.person.notAnonymised")));
        anonymised.setId("anonymised-from");
        var download = DataDownload.link(
                export,
                getTranslation("privacy.person.download"),
                "download-person-data",
                (files, out) -> files.writeFor(personId, out));
        Button erase = new Button(
                getTranslation("privacy.person.erase"),
                e -> new EraseDialog(
                                erasure,
                                personId,
                                () -> show(personId, outlook.of(personId).orElseThrow()))
                        .open());
        erase.setId("erase-person");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(
                lastActive,
                anonymised,
                new Paragraph(getTranslation("privacy.person.downloadHelp")),
                download,
                new Paragraph(getTranslation("privacy.person.eraseHelp")),
                erase,
                new Paragraph(new Anchor("admin/people", getTranslation("privacy.person.back"))));
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(time.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.person.title");
    }
}
