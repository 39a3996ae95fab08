package kz.sheber.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.StaffService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.NarrowScreens;
import kz.sheber.base.ui.SearchField;
import kz.sheber.base.ui.Toolbar;

/** Staff's list of people: search, invite instructors and admins, change roles, disable and re-enable. */
@Route("admin/people")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends Main implements HasDynamicTitle {

    private final StaffService staff;
    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField search;

    PeopleView(StaffService staff) {
        this.staff = staff;
        addClassName("sheber-page");
        search = SearchField.create(this, "account.people.search", this::refresh);
        Button invite = new Button(
                getTranslation("account.invite.open"),
                VaadinIcon.ENVELOPE.create(),
                e -> new InviteDialog(staff, this::refresh).open());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Toolbar toolbar = new Toolbar(search, invite);

        // Long names, addresses and Kazakh headers wrap rather than end in "…" on a 1280-px screen
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PersonSummary::fullName)
                .setHeader(getTranslation("account.field.fullName"))
                .setWidth("9rem")
                .setFlexGrow(3);
        var email = grid.addColumn(p -> p.email() == null ? "" : p.email())
                .setHeader(getTranslation("account.field.email"))
                .setWidth("11rem")
                .setFlexGrow(3);
        var phone = grid.addColumn(p -> p.phone() == null ? "" : p.phone())
                .setHeader(getTranslation("account.field.phone"))
                .setWidth("10rem")
                .setFlexGrow(0);
        var roles = grid.addColumn(p -> p.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.people.roles"))
                .setFlexGrow(2);
        var status = grid.addColumn(this::status)
                .setHeader(getTranslation("account.people.status"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        // On a phone: the name and what can be done; the roles dialog shows the rest
        NarrowScreens.hideOnPhones(this, email, phone, roles, status);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("account.people.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        add(new H1(getTranslation("account.people.title")), toolbar, grid);
        refresh();
    }

    private String status(PersonSummary p) {
        if (!p.enabled()) {
            return getTranslation("account.people.disabled");
        }
        if (p.invitationPending()) {
            return getTranslation("account.people.invited");
        }
        return getTranslation(p.emailVerified() ? "account.people.active" : "account.people.unverified");
    }

    private FlexLayout actions(PersonSummary person) {
        Button roles = new Button(
                getTranslation("account.people.editRoles"), e -> new RolesDialog(staff, person, this::refresh).open());
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        roles.setId("roles-" + person.id());
        Button toggle =
                new Button(getTranslation(person.enabled() ? "account.people.disable" : "account.people.enable"));
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL, person.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.addClickListener(e -> {
            try {
                staff.setEnabled(person.id(), !person.enabled());
                refresh();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of());
            }
        });
        toggle.setId("toggle-" + person.id());
        Anchor history = new Anchor("admin/audit?person=" + person.id(), getTranslation("account.people.history"));
        history.setId("history-" + person.id());
        // The person's data (their file, last activity, erasure) is the privacy feature's page
        Anchor data = new Anchor("admin/people/" + person.id() + "/data", getTranslation("privacy.person.open"));
        data.setId("data-" + person.id());
        FlexLayout actions = new FlexLayout(roles, toggle, history, data);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    void refresh() {
        grid.setItems(staff.findPeople(search.getValue(), 200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.people.title");
    }
}
