package kz.sheber.privacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.privacy.erasure.ErasureService;

/** Deleting one's own account: what it means, then the password to prove it is really them. */
class DeleteAccountDialog extends FormDialog {

    DeleteAccountDialog(ErasureService erasure) {
        setHeaderTitle(getTranslation("privacy.delete.title"));
        Paragraph what = new Paragraph(getTranslation("privacy.delete.what"));
        form.add(what);
        form.setColspan(what, 2);
        PasswordField password = field("password", new PasswordField(getTranslation("privacy.delete.password")));
        password.setId("delete-password");
        form.add(password);
        form.setColspan(password, 2);
        action(
                "privacy.delete.confirm",
                "confirm-delete",
                true,
                () -> erasure.eraseMe(password.getValue()),
                "privacy.delete.done",
                () -> getUI().ifPresent(ui -> ui.getPage().setLocation("/")));
    }
}
