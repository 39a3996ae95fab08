package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.RoomForm;
import org.jspecify.annotations.Nullable;

/** Staff's list of rooms: seats, equipment, and how to get in. */
@Route("admin/rooms")
@RolesAllowed(Roles.ADMIN)
class RoomsView extends AdminList<RoomDetails> {

    RoomsView(CatalogueService catalogue) {
        super("catalogue.rooms.title", catalogue::rooms);
        grid.addColumn(RoomDetails::name)
                .setHeader(getTranslation("catalogue.room.name"))
                .setFlexGrow(2);
        grid.addColumn(RoomDetails::seats).setHeader(getTranslation("catalogue.room.seats"));
        grid.addColumn(r -> getTranslation(r.stepFree() ? "catalogue.yes" : "catalogue.no"))
                .setHeader(getTranslation("catalogue.room.stepFree"));
        addButton("catalogue.rooms.add", () -> new RoomDialog(catalogue, null, this::refresh).open());
        onEdit(room -> new RoomDialog(catalogue, room, this::refresh).open());
        refresh();
    }

    static class RoomDialog extends FormDialog {

        RoomDialog(CatalogueService catalogue, @Nullable RoomDetails room, Runnable afterSave) {
            setHeaderTitle(getTranslation(room == null ? "catalogue.rooms.add" : "catalogue.rooms.edit"));
            TextField name = field("name", new TextField(getTranslation("catalogue.room.name")));
            LengthLimit.of(name, 100);
            IntegerField seats = field("seats", new IntegerField(getTranslation("catalogue.room.seats")));
            seats.setStepButtonsVisible(true);
            TextArea equipment = field("equipment", new TextArea(getTranslation("catalogue.room.equipment")));
            TextArea access = field("accessNotes", new TextArea(getTranslation("catalogue.room.accessNotes")));
            Checkbox stepFree = new Checkbox(getTranslation("catalogue.room.stepFree"));
            stepFree.setId("stepFree");
            form.add(name, seats, equipment, access, stepFree);
            if (room != null) {
                name.setValue(room.name());
                seats.setValue(room.seats());
                equipment.setValue(room.equipment());
                access.setValue(room.accessNotes());
                stepFree.setValue(room.stepFree());
            }
            action(
                    "action.save",
                    "save",
                    true,
                    () -> catalogue.saveRoom(new RoomForm(
                            room == null ? null : room.id(),
                            room == null ? 0 : room.version(),
                            name.getValue(),
                            seats.getValue(),
                            equipment.getValue(),
                            access.getValue(),
                            stepFree.getValue())),
                    "catalogue.saved",
                    afterSave);
        }
    }
}
