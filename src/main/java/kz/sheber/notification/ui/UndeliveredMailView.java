package kz.sheber.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.notification.UndeliveredMail;
import kz.sheber.notification.UndeliveredMailService;

/** Staff's list of mail that did not go out (failed, or retrying after a failure), newest first, with send again. */
@Route(UndeliveredMailView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class UndeliveredMailView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/mail";

    private final UndeliveredMailService service;
    private final CentreTime time;
    private final Paragraph failedCount = new Paragraph();
    private final Div list = new Div();

    UndeliveredMailView(UndeliveredMailService service, CentreTime time) {
        this.service = service;
        this.time = time;
        addClassName("sheber-page");
        failedCount.setId("failed-count");
        list.setId("mails");
        add(
                new H1(getTranslation("notification.undelivered.title")),
                new Paragraph(getTranslation("notification.undelivered.intro")),
                failedCount,
                list);
        refresh();
    }

    private void refresh() {
        failedCount.setText(getTranslation("notification.undelivered.failedCount", service.failedCount()));
        List<UndeliveredMail> mails = service.undelivered();
        list.removeAll();
        if (mails.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.undelivered.empty")));
        } else if (mails.size() == UndeliveredMailService.SHOWN) {
            list.add(new Paragraph(getTranslation("notification.undelivered.newestOnly", mails.size())));
        }
        mails.forEach(mail -> list.add(new MailCard(mail, time, this::sendAgain)));
    }

    private void sendAgain(long mailId) {
        try {
            service.sendAgain(mailId);
            Forms.success(this, "notification.undelivered.queuedAgain");
        } catch (InvalidInput problem) {
            Forms.error(this, problem.firstMessageKey());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.undelivered.title");
    }
}
