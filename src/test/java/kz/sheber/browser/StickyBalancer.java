package kz.sheber.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's HAProxy in front of several app instances, as docs/SCALING.md configures it: sticky sessions by a
 * cookie it sets itself, health checks on each instance's readiness, and the next instance when one is down.
 */
final class StickyBalancer implements AutoCloseable {

    private final Process process;
    private final int port;

    private StickyBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StickyBalancer start(List<RunningApp> instances) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            StringBuilder config = new StringBuilder("""
                    global
                        maxconn 2000
                    defaults
                        mode http
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s
                        option redispatch
                        retries 2
                    frontend web
                        bind 127.0.0.1:%d
                        default_backend sheber
                    backend sheber
                        balance roundrobin
                        cookie SHEBER_INSTANCE insert indirect nocache httponly
                        option httpchk GET /actuator/health/readiness
                    """.formatted(port));
            for (int i = 0; i < instances.size(); i++) {
                RunningApp app = instances.get(i);
                config.append("    server app%d 127.0.0.1:%d cookie app%d check port %d inter 1s fall 2 rise 2%n"
                        .formatted(i + 1, app.port(), i + 1, app.managementPort()));
            }
            Path file =
                    Files.createDirectories(Path.of("target", "browser-runs")).resolve("haproxy-" + port + ".cfg");
            Files.writeString(file, config);
            Process process = new ProcessBuilder(
                            "haproxy", "-db", "-f", file.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            file.resolveSibling("haproxy-" + port + ".log").toFile())
                    .start();
            return new StickyBalancer(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
