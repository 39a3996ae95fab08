package kz.sheber.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import kz.sheber.audit.AuditLine;
import kz.sheber.base.time.CentreTime;

/** A history page: a title, a line saying whose history it is, and its entries oldest first. */
abstract class HistoryView extends Main implements HasDynamicTitle {

    private final CentreTime time;
    private final Paragraph intro = new Paragraph();
    private final Div list = new Div();

    HistoryView(CentreTime time) {
        this.time = time;
        addClassName("sheber-page");
        list.setId("audit-entries");
        add(new H1(getPageTitle()), intro, list);
    }

    void show(String introKey, Object what, List<AuditLine> lines) {
        intro.setText(getTranslation(introKey, what));
        list.removeAll();
        if (lines.isEmpty()) {
            list.add(new Paragraph(getTranslation("audit.empty")));
        }
        lines.forEach(line -> list.add(new AuditCard(line, time)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.history.title");
    }
}
