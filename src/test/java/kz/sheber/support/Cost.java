package kz.sheber.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a benchmark round's work went: this JVM's CPU time, the database server's CPU time (read from /proc when
 * the server runs on this Linux machine, as the embedded one does) and the statements it was sent. Benchmarks only.
 */
public record Cost(long jvmCpuNanos, long databaseCpuTicks, long statements) {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    public static Cost now(JdbcClient jdbc) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long statements = jdbc.sql("SHOW GLOBAL STATUS LIKE 'Questions'")
                .query((rs, n) -> rs.getLong(2))
                .single();
        return new Cost(jvm, databaseTicks(jdbc), statements);
    }

    /** Per attempt, since {@code before}; the statements include the two that read these counters. */
    public String since(Cost before, int attempts) {
        double jvmMs = (jvmCpuNanos - before.jvmCpuNanos) / 1e6 / attempts;
        String database = databaseCpuTicks < 0 || before.databaseCpuTicks < 0
                ? "n/a"
                : String.format(
                        Locale.ROOT,
                        "%.3f ms",
                        (databaseCpuTicks - before.databaseCpuTicks) * 1000.0 / TICKS_PER_SECOND / attempts);
        return String.format(
                Locale.ROOT,
                "app CPU %.3f ms, database CPU %s, %.1f statements",
                jvmMs,
                database,
                (statements - before.statements) / (double) attempts);
    }

    /** The machine's load average over the last minute, as /proc/loadavg says (the benchmarks share the cores). */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static long databaseTicks(JdbcClient jdbc) {
        try {
            String pidFile = jdbc.sql("SELECT @@pid_file").query(String.class).single();
            String pid = Files.readString(Path.of(pidFile)).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
