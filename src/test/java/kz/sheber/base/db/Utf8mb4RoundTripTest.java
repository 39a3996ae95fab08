package kz.sheber.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SheberTest
class Utf8mb4RoundTripTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kazakh_letters_and_emoji_survive_a_round_trip_through_mariadb() {
        String text = "Әсем Қанатқызы: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І — кесте 🧶🏺";
        jdbc.sql("INSERT INTO demo_seed (name, seeded_at) VALUES (?, UTC_TIMESTAMP(6))")
                .param(text)
                .update();

        String read = jdbc.sql("SELECT name FROM demo_seed WHERE name = ?")
                .param(text)
                .query(String.class)
                .single();

        assertThat(read).isEqualTo(text);
        jdbc.sql("DELETE FROM demo_seed WHERE name = ?").param(text).update();
    }

    @Test
    void every_table_and_text_column_is_utf8mb4() {
        List<String> notUtf8mb4 = jdbc.sql("""
                        SELECT CONCAT(table_name, '.', column_name, ' ', character_set_name)
                        FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL
                          AND character_set_name <> 'utf8mb4'
                        """).query(String.class).list();
        assertThat(notUtf8mb4).isEmpty();
    }
}
