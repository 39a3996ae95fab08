package kz.sheber.account;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the accounts feature put in the outbox for one address, read straight from the outbox table. */
record SentMail(String subject, String text, String language) {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    static List<SentMail> to(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT subject, text_body, language FROM outbox_mail WHERE recipient = ? ORDER BY id")
                .param(recipient)
                .query((rs, n) -> new SentMail(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    String token() {
        Matcher m = TOKEN.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link in: " + text);
        }
        return m.group(1);
    }
}
