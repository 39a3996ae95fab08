package kz.sheber.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails unexpectedly: a calm translated message and a reference the staff can find
 * in the log; the stack trace goes to the log only.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Opening {} failed (reference {})",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("sheber-page");
        add(
                new H1(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.text", reference)),
                new RouterLink(getTranslation("error.notfound.home"), HomeView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
