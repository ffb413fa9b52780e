package org.normbench.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from Debian's {@code postgresql} package: a fresh cluster in a temporary
 * directory, listening on 127.0.0.1 only at a free port, removed afterwards. As root, the server runs as
 * the {@code postgres} user (PostgreSQL refuses to run as root).
 */
public class PostgresTestServer implements QuarkusTestResourceLifecycleManager {

    private static final String USER = "normbench";
    private static final Path INSTALL = Path.of("/usr/lib/postgresql");

    private Path dataDir;
    private Path bin;

    @Override
    public Map<String, String> start() {
        try {
            bin = serverBinaries();
            dataDir = Files.createTempDirectory("normbench-pg");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (isRoot()) {
                exec(List.of("chown", "postgres:postgres", dataDir.toString()), false);
            }
            exec(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                    "--no-sync", "-E", "UTF8"), true);
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-l",
                    dataDir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "quarkus.datasource.username", USER, "quarkus.datasource.password", "");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not start a test PostgreSQL server", e);
        }
    }

    @Override
    public void stop() {
        if (dataDir == null) {
            return;
        }
        try {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), true);
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not stop the test PostgreSQL server in " + dataDir, e);
        }
    }

    private static Path serverBinaries() throws IOException {
        if (Files.isDirectory(INSTALL)) {
            try (Stream<Path> versions = Files.list(INSTALL)) {
                var newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("the PostgreSQL test needs Debian's postgresql package: apt-get install postgresql");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void exec(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser && isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }
}
