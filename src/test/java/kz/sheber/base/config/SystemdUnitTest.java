package kz.sheber.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit operators copy from docs/deploy, read by systemd's own checker: a misspelt key or a wrong value
 * would only show on the operator's server, where systemd skips it with a warning. Needs systemd-analyze (Debian's
 * systemd package); the test is skipped where there is none.
 */
class SystemdUnitTest {

    private static final Path UNIT = Path.of("docs", "deploy", "sheber.service");

    @TempDir
    static Path dir;

    private static Path copy;

    @BeforeAll
    static void copyUnit() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed");
        copy = Files.copy(UNIT, dir.resolve("sheber.service"));
    }

    @Test
    void systemd_accepts_every_line_of_the_unit() throws Exception {
        Result verify = run("systemd-analyze", "verify", copy.toString());

        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).as("warnings about the unit").isBlank();
    }

    @Test
    void the_unit_is_rated_well_confined_by_systemds_own_security_review() throws Exception {
        Result security = run("systemd-analyze", "security", "--offline=yes", copy.toString());

        Matcher exposure = Pattern.compile("Overall exposure level for sheber.service: (\\d+\\.\\d)")
                .matcher(security.output());
        assertThat(exposure.find()).as(security.output()).isTrue();
        // 0 is fully confined, 10 not at all; systemd calls below 4 "OK", a plain unit rates 9.6
        assertThat(Double.parseDouble(exposure.group(1))).isLessThan(4.0);
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws Exception {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
