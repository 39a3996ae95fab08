package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftForm;
import kz.sheber.catalogue.CraftSummary;
import org.jspecify.annotations.Nullable;

/** Staff's list of crafts, with their names in each language; staff may add more. */
@Route("admin/crafts")
@RolesAllowed(Roles.ADMIN)
class CraftsView extends AdminList<CraftSummary> {

    CraftsView(CatalogueService catalogue) {
        super("catalogue.crafts.title", catalogue::crafts);
        for (String language : MultilingualFields.LANGUAGES) {
            grid.addColumn(c -> c.name().get(language)).setHeader(getTranslation("language." + language));
        }
        addButton("catalogue.crafts.add", () -> new CraftDialog(catalogue, null, this::refresh).open());
        onEdit(craft -> new CraftDialog(catalogue, craft, this::refresh).open());
        refresh();
    }

    /** Adds a craft or renames one. */
    static class CraftDialog extends FormDialog {

        CraftDialog(CatalogueService catalogue, @Nullable CraftSummary craft, Runnable afterSave) {
            setHeaderTitle(getTranslation(craft == null ? "catalogue.crafts.add" : "catalogue.crafts.edit"));
            MultilingualFields<TextField> name = new MultilingualFields<>(() -> LengthLimit.of(new TextField(), 100));
            for (String language : MultilingualFields.LANGUAGES) {
                name.field(language).setLabel(getTranslation("language." + language));
                form.add(field("name." + language, name.field(language)));
            }
            if (craft != null) {
                name.setValue(craft.name());
            }
            action(
                    "action.save",
                    "save",
                    true,
                    () -> catalogue.saveCraft(new CraftForm(
                            craft == null ? null : craft.id(), craft == null ? 0 : craft.version(), name.value())),
                    "catalogue.saved",
                    afterSave);
        }
    }
}
