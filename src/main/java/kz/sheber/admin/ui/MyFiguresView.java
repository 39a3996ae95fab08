package kz.sheber.admin.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kz.sheber.admin.FiguresService;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;

/** An instructor's own figures: the dashboard over the sessions they teach, without the instructor filter. */
@Route(MyFiguresView.ROUTE)
@RolesAllowed(Roles.INSTRUCTOR)
class MyFiguresView extends FiguresPage {

    static final String ROUTE = "my-figures";

    MyFiguresView(FiguresService figures, CatalogueService catalogue) {
        super(ROUTE, "admin.myFigures.title", figures, figures::mine, catalogue, List.of());
    }
}
