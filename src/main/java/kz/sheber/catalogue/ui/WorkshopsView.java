package kz.sheber.catalogue.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.WorkshopDetails;

/** Staff's list of workshops; a row opens the workshop's form with a tab per language. */
@Route("admin/workshops")
@RolesAllowed(Roles.ADMIN)
class WorkshopsView extends AdminList<WorkshopDetails> {

    WorkshopsView(CatalogueService catalogue, InstructorDirectory instructors) {
        super("catalogue.workshops.title", catalogue::workshops);
        grid.addColumn(w -> shown(w.title()))
                .setHeader(getTranslation("catalogue.workshop.title"))
                .setFlexGrow(3);
        grid.addColumn(w -> w.craft() == null ? "" : shown(w.craft().name()))
                .setHeader(getTranslation("catalogue.workshop.craft"));
        grid.addColumn(w -> getTranslation("catalogue.level." + w.level()))
                .setHeader(getTranslation("catalogue.workshop.level"));
        grid.addColumn(w -> w.instructors().stream()
                        .map(InstructorSummary::fullName)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("catalogue.workshop.instructors"))
                .setFlexGrow(2);
        addButton(
                "catalogue.workshops.add",
                () -> new WorkshopDialog(catalogue, instructors.instructors(), null, this::refresh).open());
        onEdit(w -> new WorkshopDialog(catalogue, instructors.instructors(), w, this::refresh).open());
        refresh();
    }

    /** The text in the reader's language, or another one marked as such: "Гончарство (in Russian)". */
    private String shown(Multilingual text) {
        Multilingual.Shown shown = text.in(getLocale());
        return shown.fallback() ? shown.text() + " " + getTranslation("language.in." + shown.language()) : shown.text();
    }
}
