package kz.sheber.privacy.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.NarrowScreens;
import kz.sheber.base.ui.SearchField;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.privacy.ConsentRecord;
import kz.sheber.privacy.ConsentService;
import kz.sheber.privacy.PersonConsent;

/**
 * Staff's view of consent: the version in force, how many accepted it, and per person their latest consent, so
 * they can see (and follow up) who has not accepted the current version.
 */
@Route("admin/consents")
@RolesAllowed(Roles.ADMIN)
class ConsentsView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 200;

    private final ConsentService consents;
    private final CentreTime time;
    private final Grid<PersonConsent> grid = new Grid<>();
    private final TextField search;
    private final Checkbox onlyOutdated = new Checkbox();
    private final Paragraph summary = new Paragraph();

    ConsentsView(ConsentService consents, CentreTime time) {
        this.consents = consents;
        this.time = time;
        addClassName("sheber-page");
        search = SearchField.create(this, "account.people.search", this::refresh);
        onlyOutdated.setId("only-outdated");
        onlyOutdated.setLabel(getTranslation("privacy.consents.onlyOutdated"));
        onlyOutdated.addValueChangeListener(e -> refresh());
        Toolbar toolbar = new Toolbar(search, onlyOutdated);
        summary.setId("consents-summary");

        grid.addColumn(PersonConsent::fullName)
                .setHeader(getTranslation("account.field.fullName"))
                .setFlexGrow(2);
        var email = grid.addColumn(p -> p.email() == null ? "" : p.email())
                .setHeader(getTranslation("account.field.email"))
                .setFlexGrow(2);
        grid.addColumn(this::status)
                .setHeader(getTranslation("privacy.consents.status"))
                .setFlexGrow(3);
        NarrowScreens.hideOnPhones(this, email);
        grid.setId("consents");
        // A click opens the person's every consent: what staff show when asked on what ground data is kept
        grid.setItemDetailsRenderer(new ComponentRenderer<>(
                person -> ConsentHistory.of(this, consents.consentsOf(person.personId()), time)));
        add(new H1(getTranslation("privacy.consents.title")), summary, toolbar, grid);
        refresh();
    }

    private void refresh() {
        summary.setText(
                getTranslation("privacy.consents.summary", consents.currentVersion(), consents.acceptedCurrent()));
        grid.setItems(consents.people(search.getValue(), onlyOutdated.getValue(), SHOWN));
    }

    /** "Version 2, 01.12.2026, online · Қазақша", or "Not the current version: …", or "No consent recorded". */
    private String status(PersonConsent person) {
        ConsentRecord last = person.latest();
        if (last == null) {
            return getTranslation("privacy.consents.none");
        }
        String given = ConsentHistory.line(this, last, time);
        return person.current() ? given : getTranslation("privacy.consents.outdated", given);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.consents.title");
    }
}
