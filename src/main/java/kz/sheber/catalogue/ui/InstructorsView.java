package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.catalogue.BioForm;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.InstructorDetails;

/** Instructors (people with the instructor role) and their short bios in each language. */
@Route("admin/instructors")
@RolesAllowed(Roles.ADMIN)
class InstructorsView extends AdminList<InstructorDetails> {

    InstructorsView(CatalogueService catalogue) {
        super("catalogue.instructors.title", catalogue::instructors);
        grid.addColumn(InstructorDetails::fullName)
                .setHeader(getTranslation("account.field.fullName"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.bio().in(getLocale()).text())
                .setHeader(getTranslation("catalogue.instructors.bio"))
                .setFlexGrow(3);
        onEdit(instructor -> new BioDialog(catalogue, instructor, this::refresh).open());
        refresh();
    }

    static class BioDialog extends FormDialog {

        BioDialog(CatalogueService catalogue, InstructorDetails instructor, Runnable afterSave) {
            setHeaderTitle(getTranslation("catalogue.instructors.bioOf", instructor.fullName()));
            MultilingualFields<TextArea> bio = new MultilingualFields<>(TextArea::new);
            for (String language : MultilingualFields.LANGUAGES) {
                bio.field(language).setLabel(getTranslation("language." + language));
                form.add(field("bio." + language, bio.field(language)), 2);
            }
            bio.setValue(instructor.bio());
            action(
                    "action.save",
                    "save",
                    true,
                    () -> catalogue.saveBio(new BioForm(instructor.personId(), instructor.version(), bio.value())),
                    "catalogue.saved",
                    afterSave);
        }
    }
}
