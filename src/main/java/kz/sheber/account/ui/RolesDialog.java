package kz.sheber.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.Forms;

/** Tick the roles a person holds. */
class RolesDialog extends Dialog {

    RolesDialog(StaffService staff, PersonSummary person, Runnable afterSave) {
        setHeaderTitle(getTranslation("account.people.editRolesOf", person.fullName()));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("account.people.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setValue(person.roles());
        add(roles);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                staff.setRoles(person.id(), roles.getValue());
                afterSave.run();
                close();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
    }
}
