package kz.sheber.admin.domain;

/**
 * How a breakdown groups held sessions: the key as SQL over the session scope {@code s}, and the name shown in
 * each language (empty where the key says it all).
 */
public enum Grouping {
    TOTAL("'all'", "''", "''", "''"),
    WORKSHOP("s.workshop_id", "s.title_kk", "s.title_ru", "s.title_en"),
    INSTRUCTOR("s.instructor_id", "s.instructor_name", "s.instructor_name", "s.instructor_name"),
    CRAFT("s.craft_id", "s.craft_kk", "s.craft_ru", "s.craft_en"),
    DAY("DATE(s.local_start)", "''", "''", "''"),
    WEEK("DATE(s.local_start) - INTERVAL WEEKDAY(s.local_start) DAY", "''", "''", "''"),
    MONTH("DATE_FORMAT(s.local_start, '%Y-%m')", "''", "''", "''"),
    WEEKDAY_HOUR("CONCAT(WEEKDAY(s.local_start) + 1, '-', HOUR(s.local_start))", "''", "''", "''");

    final String key;
    final String kk;
    final String ru;
    final String en;

    Grouping(String key, String kk, String ru, String en) {
        this.key = key;
        this.kk = kk;
        this.ru = ru;
        this.en = en;
    }
}
