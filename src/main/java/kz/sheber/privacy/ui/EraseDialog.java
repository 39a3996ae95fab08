package kz.sheber.privacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.privacy.erasure.ErasureService;

/** Staff erase a person who asked at the desk or by letter; the reason is kept with the erasure. */
class EraseDialog extends FormDialog {

    EraseDialog(ErasureService erasure, long personId, Runnable afterErasure) {
        setHeaderTitle(getTranslation("privacy.erase.title"));
        Paragraph what = new Paragraph(getTranslation("privacy.erase.what"));
        form.add(what);
        form.setColspan(what, 2);
        TextArea reason = field("reason", new TextArea(getTranslation("privacy.erase.reason")));
        reason.setId("erase-reason");
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("privacy.erase.reasonHelp"));
        form.add(reason);
        form.setColspan(reason, 2);
        action(
                "privacy.erase.confirm",
                "confirm-erase",
                true,
                () -> erasure.eraseByStaff(personId, reason.getValue()),
                "privacy.erase.done",
                afterErasure);
    }
}
