package kz.sheber.privacy;

import kz.sheber.base.Sha256;
import kz.sheber.support.TestCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A notice text the centre used a year ago, which the person accepted, and nothing since: as after a change. */
public final class OlderNotice {

    private OlderNotice() {}

    public static void onlyAcceptedBy(JdbcClient jdbc, long personId) {
        jdbc.sql("DELETE FROM consent WHERE person_id = ?").param(personId).update();
        String hash = Sha256.hex("older text " + TestCatalogue.unique());
        jdbc.sql("INSERT INTO privacy_notice (text_hash, text_kk, text_ru, text_en, published_at) "
                        + "VALUES (?, 'ескі', 'старый', 'old', UTC_TIMESTAMP(6) - INTERVAL 1 YEAR)")
                .param(hash)
                .update();
        long older = jdbc.sql("SELECT id FROM privacy_notice WHERE text_hash = ?")
                .param(hash)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO consent (person_id, notice_version, language, given_at, channel) "
                        + "VALUES (?, ?, 'en', UTC_TIMESTAMP(6) - INTERVAL 1 YEAR, 'ONLINE')")
                .params(personId, older)
                .update();
    }
}
