package kz.sheber.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import kz.sheber.privacy.export.DataExport;

/** A link that streams a person's data file straight into the response, built while it is sent. */
final class DataDownload {

    private DataDownload() {}

    static Anchor link(DataExport export, String label, String id, BiConsumer<DataExport, OutputStream> write) {
        Anchor link = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName(export.fileName());
                    event.setContentType("application/zip");
                    try (OutputStream out = event.getOutputStream()) {
                        write.accept(export, out);
                    }
                },
                label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.addClassName("sheber-button-link");
        return link;
    }
}
