package kz.sheber.backup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.sheber.backup.Backup;
import kz.sheber.backup.BackupService;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;

/** The backups on disk, newest first (verified or not), the last failure, and "back up now". */
@Route(BackupsView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class BackupsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/backups";
    private static final int POLL_MS = 1_000;

    private final BackupService service;
    private final DateTimeFormatter shown;
    private final Button backUpNow;
    private final Paragraph failure = new Paragraph();
    private final Div list = new Div();
    private boolean watching;
    private Registration polling = () -> {};

    BackupsView(BackupService service, CentreTime time) {
        this.service = service;
        this.shown = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        addClassName("sheber-page");
        backUpNow = new Button(getTranslation("backup.now"), e -> backUpNow());
        backUpNow.setId("backup-now");
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        failure.setId("backup-failure");
        list.setId("backups");
        add(new H1(getTranslation("backup.title")));
        if (!service.isEmbedded()) {
            add(new Paragraph(getTranslation("backup.external")));
            return;
        }
        add(new Paragraph(getTranslation("backup.intro", service.directory())), backUpNow, failure, list);
        refresh();
    }

    private void backUpNow() {
        switch (service.startNow()) {
            case STARTED -> Forms.success(this, "backup.started");
            case ALREADY_RUNNING -> Forms.error(this, "backup.alreadyRunning");
            case EXTERNAL_DATABASE -> Forms.error(this, "backup.external");
        }
        watch();
        refresh();
    }

    /** Polls while a backup runs, so the new file and any failure appear without a reload. */
    private void watch() {
        watching = service.isRunning();
        getUI().ifPresent(ui -> ui.setPollInterval(watching ? POLL_MS : -1));
    }

    private void refresh() {
        backUpNow.setEnabled(!service.isRunning());
        backUpNow.setText(getTranslation(service.isRunning() ? "backup.running" : "backup.now"));
        failure.setVisible(service.lastFailure().isPresent());
        service.lastFailure()
                .ifPresent(f -> failure.setText(getTranslation("backup.failed", shown.format(f.at()), f.reason())));
        List<Backup> backups = service.backups();
        list.removeAll();
        if (backups.isEmpty()) {
            list.add(new Paragraph(getTranslation("backup.none")));
        }
        backups.forEach(b -> list.add(row(b)));
    }

    private Div row(Backup backup) {
        Span verified = new Span(getTranslation(backup.verified() ? "backup.verified" : "backup.unverified"));
        verified.addClassName(backup.verified() ? "backup-verified" : "backup-unverified");
        Div row = new Div(
                new Span(shown.format(backup.takenAt())),
                new Span(" · "),
                new Span(getTranslation("backup.size", backup.sizeBytes() / (1024.0 * 1024.0))),
                new Span(" · "),
                verified,
                new Span(" · " + backup.name()));
        row.addClassName("sheber-backup");
        return row;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            if (watching) {
                watch();
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
