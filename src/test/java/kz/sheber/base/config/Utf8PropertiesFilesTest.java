package kz.sheber.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.env.StandardEnvironment;

class Utf8PropertiesFilesTest {

    @Test
    void kazakh_written_as_utf8_in_a_properties_file_reads_back_as_written() {
        String written = "Тараз қолөнер орталығы: ә ғ қ ң ө ұ ү һ і 🧶";
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new OriginTrackedMapPropertySource(
                        "Config resource 'file [config/application.properties]'",
                        Map.of("sheber.centre.name.kk", OriginTrackedValue.of(asSpringBootReadsIt(written)))));

        new Utf8PropertiesFiles().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("sheber.centre.name.kk")).isEqualTo(written);
    }

    @Test
    void plain_ascii_escapes_and_genuine_latin1_are_left_alone() {
        assertThat(Utf8PropertiesFiles.asUtf8("Asia/Almaty")).isEmpty();
        assertThat(Utf8PropertiesFiles.asUtf8("\u0422\u0430\u0440\u0430\u0437")).isEmpty();
        assertThat(Utf8PropertiesFiles.asUtf8("café")).isEmpty();
    }

    private static String asSpringBootReadsIt(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
