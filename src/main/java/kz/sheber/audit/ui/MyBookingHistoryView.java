package kz.sheber.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;

/** A resident's own booking, step by step: what they did and what the centre did (another's shows nothing). */
@Route("my-bookings/history/:reference([A-Za-z0-9-]{1,40})")
@RolesAllowed(Roles.RESIDENT)
class MyBookingHistoryView extends HistoryView implements BeforeEnterObserver {

    private final AuditService audit;

    MyBookingHistoryView(AuditService audit, CentreTime time) {
        super(time);
        this.audit = audit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        show("audit.history.booking", reference, audit.myBookingHistory(reference));
    }
}
