package kz.sheber.privacy.export;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.base.time.CentreTime;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** Writes the export's two files: JSON with stable keys and ISO times, and a page to read in the person's language. */
@Component
class ExportFiles {

    /** One section of the file, named as its feature named it. */
    record Part(String name, PersonalDataSection.Table table) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final JsonMapper json;
    private final I18NProvider translations;
    private final CentreTime time;

    ExportFiles(JsonMapper json, I18NProvider translations, CentreTime time) {
        this.json = json;
        this.translations = translations;
        this.time = time;
    }

    void json(long personId, Instant at, List<Part> parts, OutputStream out) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("exportedAt", at.toString());
        file.put("personId", personId);
        for (Part part : parts) {
            file.put(
                    part.name(),
                    part.table().rows().stream()
                            .map(row -> {
                                Map<String, Object> record = new LinkedHashMap<>();
                                for (int i = 0; i < part.table().columns().size(); i++) {
                                    Object value = row.get(i);
                                    record.put(
                                            part.table().columns().get(i),
                                            value instanceof Number || value instanceof Boolean || value == null
                                                    ? value
                                                    : value.toString());
                                }
                                return record;
                            })
                            .toList());
        }
        // The stream belongs to the ZIP: written through, never closed here
        json.writerWithDefaultPrettyPrinter().writeValue(new NotClosing(out), file);
    }

    void html(Instant at, List<Part> parts, Locale language, OutputStream out) {
        try {
            Writer page = new OutputStreamWriter(new NotClosing(out), StandardCharsets.UTF_8);
            page.write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width\"><title>"
                    + t("privacy.export.title", language)
                    + "</title><style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;"
                    + "margin-bottom:1.5rem}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left;"
                    + "vertical-align:top}</style></head><body>");
            page.write("<h1>" + t("privacy.export.title", language) + "</h1><p>"
                    + t("privacy.export.madeAt", language, when(at)) + "</p>");
            for (Part part : parts) {
                page.write("<h2>" + t("privacy.export." + part.name(), language) + "</h2>");
                if (part.table().rows().isEmpty()) {
                    page.write("<p>" + t("privacy.export.none", language) + "</p>");
                    continue;
                }
                page.write("<table><tr>");
                for (String column : part.table().columns()) {
                    page.write("<th>" + t("privacy.export." + part.name() + "." + column, language) + "</th>");
                }
                page.write("</tr>");
                for (List<Object> row : part.table().rows()) {
                    page.write("<tr>");
                    for (Object value : row) {
                        page.write("<td>"
                                + HtmlUtils.htmlEscape(shown(value, language)).replace("\n", "<br>") + "</td>");
                    }
                    page.write("</tr>");
                }
                page.write("</table>");
            }
            page.write("</body></html>");
            page.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shown(Object value, Locale language) {
        return switch (value) {
            case null -> "";
            case Instant instant -> when(instant);
            case Boolean yes -> t(yes ? "privacy.export.yes" : "privacy.export.no", language);
            default -> value.toString();
        };
    }

    /** As people in Kazakhstan write it, in the centre's zone. */
    private String when(Instant instant) {
        return WHEN.format(instant.atZone(time.zone()));
    }

    private String t(String key, Locale language, Object... values) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, language, values));
    }

    /** Lets a writer flush into the ZIP entry without closing the whole ZIP. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
