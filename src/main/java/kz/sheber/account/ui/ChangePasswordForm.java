package kz.sheber.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import kz.sheber.account.AccountService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.Forms;

/** Current password, new password, save: on the profile and on the forced first-sign-in page. */
class ChangePasswordForm extends Section {

    ChangePasswordForm(AccountService accounts, boolean thenGoHome) {
        PasswordField current = new PasswordField(getTranslation("account.field.currentPassword"));
        current.setId("currentPassword");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField(getTranslation("account.field.newPassword"));
        next.setId("newPassword");
        next.setHelperText(getTranslation("account.password.help"));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("account.password.change"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next);
        save.addClickListener(click -> {
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                Forms.clear(fields);
                current.clear();
                next.clear();
                Forms.success(this, "account.password.changed");
                if (thenGoHome) {
                    // Where signing in would have taken them, had the password not needed changing first
                    getUI().ifPresent(ui -> ui.navigate("start"));
                }
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        FormLayout form = new FormLayout(current, next, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("account.password.change")), form);
    }
}
