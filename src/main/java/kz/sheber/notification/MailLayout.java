package kz.sheber.notification;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The frame every mail shares, as plain text and as HTML: greeting, paragraphs, the button (with the address
 * written out for readers whose client hides buttons), the sign-off, and a footer with the centre's name and
 * address and why the reader got the mail. Inline styles only, since mail clients drop style sheets; colours keep
 * WCAG AA contrast.
 */
final class MailLayout {

    private static final String BRAND = "#8a3b1f";

    private MailLayout() {}

    static String text(MailContent mail) {
        StringBuilder text = new StringBuilder(mail.greeting()).append("\n\n");
        mail.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        if (mail.hasLink()) {
            text.append(mail.action()).append(":\n").append(mail.link()).append("\n\n");
        }
        if (!mail.note().isBlank()) {
            text.append(mail.note()).append("\n\n");
        }
        return text.append(mail.signOff())
                .append("\n\n-- \n")
                .append(mail.centreName())
                .append('\n')
                .append(mail.centreAddress().isBlank() ? "" : mail.centreAddress() + "\n")
                .append(mail.reason())
                .append('\n')
                .toString();
    }

    static String html(MailContent mail) {
        StringBuilder body = new StringBuilder();
        body.append(paragraph(mail.greeting()));
        mail.paragraphs().forEach(p -> body.append(paragraph(p)));
        if (mail.hasLink()) {
            body.append(button(mail.action(), mail.link()));
            body.append("<p style=\"margin:0 0 16px;font-size:13px;color:#555555\">")
                    .append(e(mail.linkFallback()))
                    .append("<br><a href=\"")
                    .append(e(mail.link()))
                    .append("\" style=\"color:")
                    .append(BRAND)
                    .append(";word-break:break-all\">")
                    .append(e(mail.link()))
                    .append("</a></p>\n");
        }
        if (!mail.note().isBlank()) {
            body.append(paragraph(mail.note()));
        }
        body.append(paragraph(mail.signOff()));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
                <title>%s</title></head>
                <body style="margin:0;padding:0;background:#f6f1ec">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f6f1ec">
                <tr><td align="center" style="padding:24px 12px">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" \
                style="max-width:600px;background:#ffffff;border-radius:8px;\
                font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f">
                <tr><td style="padding:20px 32px;background:%s;border-radius:8px 8px 0 0;color:#ffffff;\
                font-size:20px;font-weight:bold">%s</td></tr>
                <tr><td style="padding:28px 32px 12px">
                <main>
                %s</main>
                </td></tr>
                <tr><td style="padding:16px 32px 24px;border-top:1px solid #e5ddd5;font-size:13px;color:#555555">
                <footer><p style="margin:0 0 4px"><strong>%s</strong>%s</p>
                <p style="margin:0">%s</p></footer>
                </td></tr>
                </table>
                </td></tr>
                </table>
                </body>
                </html>
                """.formatted(
                        e(mail.language().getLanguage()),
                        e(mail.subject()),
                        BRAND,
                        e(mail.centreName()),
                        body,
                        e(mail.centreName()),
                        mail.centreAddress().isBlank() ? "" : "<br>" + e(mail.centreAddress()),
                        e(mail.reason()));
    }

    private static String paragraph(String text) {
        return "<p style=\"margin:0 0 16px\">" + e(text).replace("\n", "<br>") + "</p>\n";
    }

    private static String button(String label, String link) {
        return "<p style=\"margin:8px 0 24px\"><a href=\"" + e(link) + "\" style=\"display:inline-block;"
                + "padding:12px 24px;background:" + BRAND + ";color:#ffffff;text-decoration:none;"
                + "border-radius:6px;font-weight:bold\">" + e(label) + "</a></p>\n";
    }

    /** Escapes the five characters HTML treats specially; Kazakh and Russian letters stay as they are. */
    private static String e(String text) {
        return htmlEscape(text, "UTF-8");
    }
}
