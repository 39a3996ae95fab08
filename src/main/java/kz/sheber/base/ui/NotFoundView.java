package kz.sheber.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A translated "page not found" inside the usual frame, instead of Vaadin's developer page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("sheber-page");
        RouterLink home = new RouterLink(getTranslation("error.notfound.home"), HomeView.class);
        add(new H1(getTranslation("error.notfound.title")), new Paragraph(getTranslation("error.notfound.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
