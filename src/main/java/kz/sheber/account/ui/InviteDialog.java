package kz.sheber.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import kz.sheber.account.Invitation;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.Submit;

/** Invite an instructor or an admin by email: they receive a link to set their own password. */
class InviteDialog extends Dialog {

    InviteDialog(StaffService staff, Runnable afterInvite) {
        setHeaderTitle(getTranslation("account.invite.title"));
        TextField fullName = new TextField(getTranslation("account.field.fullName"));
        fullName.setId("invite-name");
        LengthLimit.of(fullName, 120);
        EmailField email = new EmailField(getTranslation("account.field.email"));
        email.setId("invite-email");
        Select<String> role = new Select<>();
        role.setId("invite-role");
        role.setLabel(getTranslation("account.invite.role"));
        role.setItems(List.of(Roles.INSTRUCTOR, Roles.ADMIN));
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(Roles.INSTRUCTOR);
        Select<String> language = AccountFields.languageSelect(this);
        language.setValue(getLocale().getLanguage());
        Map<String, HasValidation> fields =
                Map.of("fullName", fullName, "email", email, "role", role, "language", language);
        Button send = new Button(getTranslation("account.invite.send"));
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Submit.onClick(send, () -> {
            try {
                staff.invite(
                        new Invitation(fullName.getValue(), email.getValue(), role.getValue(), language.getValue()));
                Forms.success(this, "account.invite.sent", email.getValue().strip());
                afterInvite.run();
                close();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        FormLayout form = new FormLayout(fullName, email, role, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), send);
    }
}
