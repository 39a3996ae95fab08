package kz.sheber.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Ids;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import org.springframework.security.access.AccessDeniedException;

/** A session's history: its planning and changes and every booking step; staff, or the instructor who teaches it. */
@Route("history/session/:sessionId(" + Ids.PATTERN + ")")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
class SessionHistoryView extends HistoryView implements BeforeEnterObserver {

    private final AuditService audit;

    SessionHistoryView(AuditService audit, CentreTime time) {
        super(time);
        this.audit = audit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId =
                Long.parseLong(event.getRouteParameters().get("sessionId").orElseThrow());
        try {
            show("audit.history.session", sessionId, audit.sessionHistory(sessionId));
        } catch (AccessDeniedException notTheirs) {
            // Another instructor's session looks the same as one that does not exist
            throw new NotFoundException();
        }
    }
}
