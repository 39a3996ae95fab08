package kz.sheber.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged jar, started as a newcomer would start it, on a free port. */
final class RunningApp implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = Long.getLong("sheber.app.start-timeout", 240);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path data;
    private final Path log;
    private final Duration startUp;

    private RunningApp(Process process, int port, int managementPort, Path data, Path log, Duration startUp) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.data = data;
        this.log = log;
        this.startUp = startUp;
    }

    /** Starts the jar; with no datasource arguments it runs its embedded MariaDB in a fresh data directory. */
    static RunningApp start(String... extraArguments) {
        return start(java.util.Map.of(), extraArguments);
    }

    /** The same, with environment variables an operator would set (secrets such as the first admin's password). */
    static RunningApp start(java.util.Map<String, String> environment, String... extraArguments) {
        return startOn(freshDataDirectory(), environment, extraArguments);
    }

    /** A new, empty data directory under target/browser-runs. */
    static Path freshDataDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "browser-runs")), "data")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar the build made: sheber.jar, or with {@code sheber.jar.classifier} set, that one (external-db). */
    static Path jar() {
        Path main = Path.of(System.getProperty("sheber.jar", "target/sheber.jar"));
        String classifier = System.getProperty("sheber.jar.classifier", "");
        return classifier.isEmpty()
                ? main
                : main.resolveSibling(main.getFileName().toString().replace(".jar", "-" + classifier + ".jar"));
    }

    /** Starts the jar on a given data directory, as a restart after a stop or a crash does. */
    static RunningApp startOn(Path data, java.util.Map<String, String> environment, String... extraArguments) {
        return startOn(jar(), data, environment, extraArguments);
    }

    /** Starts the given jar (the external-db one, say) on a data directory. */
    static RunningApp startOn(
            Path jar, Path data, java.util.Map<String, String> environment, String... extraArguments) {
        try {
            Path log = data.resolveSibling(data.getFileName() + "-" + System.nanoTime() + ".log");
            int port = freePort();
            int managementPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--management.server.port=" + managementPort,
                    "--sheber.data-directory=" + data.toAbsolutePath()));
            command.addAll(List.of(extraArguments));
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            RunningApp app = new RunningApp(process, port, managementPort, data, log, null);
            try {
                app.awaitReady();
            } catch (RuntimeException notReady) {
                // A jar that never answered must not live on beside the next test with its database
                app.close();
                throw notReady;
            }
            return new RunningApp(
                    process, port, managementPort, data, log, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** An address on the operators' port (health and metrics), which only this machine reaches. */
    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + "/" + path;
    }

    int managementPort() {
        return managementPort;
    }

    int port() {
        return port;
    }

    Duration startUp() {
        return startUp;
    }

    Path dataDirectory() {
        return data;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** kill -9: no shutdown hook, no clean stop of anything the app started. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // -Dsheber.app.start-timeout=600 on a machine shared by several builds, where 240 s is not always enough
        long deadline =
                System.nanoTime() + Duration.ofSeconds(START_TIMEOUT_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting:\n" + log());
            }
            try {
                // Ready as an operator's balancer sees it: start-up work (the demo centre's seeding) has finished
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(managementUrl("actuator/health/readiness")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(
                "The app did not become ready within " + START_TIMEOUT_SECONDS + " s:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
