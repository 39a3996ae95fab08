package kz.sheber.admin.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.admin.FiguresService;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;

/** Staff's view of the whole centre: every session, narrowed by the filters they choose. */
@Route(DashboardView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class DashboardView extends FiguresPage {

    static final String ROUTE = "admin/dashboard";

    DashboardView(FiguresService figures, CatalogueService catalogue, InstructorDirectory instructors) {
        super(ROUTE, "admin.dashboard.title", figures, figures::centre, catalogue, instructors.instructors());
        RouterLink report = new RouterLink(getTranslation("admin.report.open"), QuarterReportView.class);
        report.setId("open-report");
        report.addClassName("sheber-no-print");
        addComponentAtIndex(1, report);
    }
}
