package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kz.sheber.base.InvalidInput;

/**
 * A dialog that edits something through a service: its fields are registered by the names the service uses in
 * {@link InvalidInput}, so each refusal shows beside its field; on success it says so, refreshes and closes.
 */
public class FormDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    protected final FormLayout form = new FormLayout();

    public FormDialog() {
        setWidth("min(40rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel);
    }

    /** Registers a field under the name the service reports problems with, and returns it. */
    protected <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        if (field instanceof Component component) {
            component.setId(name.replace('.', '-'));
        }
        return field;
    }

    protected Map<String, HasValidation> fields() {
        return fields;
    }

    /** A footer button that runs {@code work}; refusals show beside their fields, success closes the dialog. */
    protected Button action(
            String labelKey, String id, boolean primary, Runnable work, String successKey, Runnable afterSuccess) {
        Button button = new Button(getTranslation(labelKey));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(e -> {
            Forms.clear(fields);
            try {
                work.run();
                Forms.success(this, successKey);
                afterSuccess.run();
                close();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
                afterProblem();
            } catch (RuntimeException problem) {
                if (!explain(problem)) {
                    throw problem;
                }
            }
        });
        getFooter().add(button);
        return button;
    }

    /** Called after refusals are shown, e.g. to bring the tab with the first invalid field forward. */
    protected void afterProblem() {}

    /** A feature's own refusal (beyond {@link InvalidInput}) shown to the person; false to let it fail. */
    protected boolean explain(RuntimeException problem) {
        return false;
    }

    /** Shows a message beside a registered field. */
    protected void showBeside(String fieldName, String message) {
        HasValidation field = Objects.requireNonNull(fields.get(fieldName), fieldName);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
