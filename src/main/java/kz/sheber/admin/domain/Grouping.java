package kz.sheber.admin.domain;

/**
 * How a breakdown groups held sessions: the key as SQL over the summed sessions {@code s}, and the name shown in
 * each language (empty where the key says it all), from the table {@code g} joined for it.
 */
public enum Grouping {
    TOTAL("'all'"),
    WORKSHOP("s.workshop_id", "g.title_kk", "g.title_ru", "g.title_en", "JOIN workshop g ON g.id = s.workshop_id"),
    INSTRUCTOR(
            "s.instructor_id", "g.full_name", "g.full_name", "g.full_name", "JOIN person g ON g.id = s.instructor_id"),
    CRAFT("s.craft_id", "g.name_kk", "g.name_ru", "g.name_en", "JOIN craft g ON g.id = s.craft_id"),
    DAY("DATE(s.local_start)"),
    WEEK("DATE(s.local_start) - INTERVAL WEEKDAY(s.local_start) DAY"),
    MONTH("DATE_FORMAT(s.local_start, '%Y-%m')"),
    WEEKDAY_HOUR("CONCAT(WEEKDAY(s.local_start) + 1, '-', HOUR(s.local_start))");

    final String key;
    final String kk;
    final String ru;
    final String en;
    /** The join that brings the names, made once per group's sessions after they are summed. */
    final String names;

    Grouping(String key) {
        this(key, "''", "''", "''", "");
    }

    Grouping(String key, String kk, String ru, String en, String names) {
        this.key = key;
        this.kk = kk;
        this.ru = ru;
        this.en = en;
        this.names = names;
    }
}
