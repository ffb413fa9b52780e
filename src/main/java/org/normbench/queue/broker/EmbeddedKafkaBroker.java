package org.normbench.queue.broker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;
import org.normbench.queue.QueueConfig;

/**
 * The embedded default: when no external Kafka is configured, a real KRaft broker runs in a child JVM with
 * its data under {@code normbench.kafka.embedded.data-dir}. A child rather than in-process because a
 * broker's fatal error halts its JVM, and its jars would clash with the application's.
 */
@ApplicationScoped
public class EmbeddedKafkaBroker {

    /** Before every Kafka client of the application. */
    public static final int START_PRIORITY = 1;
    /** After every Kafka client of the application has closed. */
    static final int STOP_PRIORITY = 100_000;

    private static final Logger LOG = Logger.getLogger(EmbeddedKafkaBroker.class);
    private static final long READY_POLL_MILLIS = 250;

    private final QueueConfig config;
    private Process process;
    private OutputStream lifeline;

    public EmbeddedKafkaBroker(QueueConfig config) {
        this.config = config;
    }

    /** Whether this application runs its own broker (no {@code normbench.kafka.bootstrap-servers}). */
    public boolean enabled() {
        return config.bootstrapServers().isEmpty();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + config.embedded().port();
    }

    void start(@Observes @Priority(START_PRIORITY) StartupEvent event) throws IOException, InterruptedException {
        if (!enabled()) {
            return;
        }
        QueueConfig.Embedded embedded = config.embedded();
        Path dataDir = embedded.dataDir().toAbsolutePath();
        Path logDir = dataDir.resolve("logs");
        Files.createDirectories(logDir);
        Path properties = dataDir.resolve("server.properties");
        writeServerProperties(properties, logDir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + embedded.heap(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", brokerClasspath(embedded.libDir()), KafkaBrokerMain.class.getName(),
                properties.toString(), logDir.toString());
        Path log = dataDir.resolve("broker.log");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        lifeline = process.getOutputStream();
        awaitReady(embedded, log);
        LOG.infof("embedded Kafka broker ready at %s (data in %s)", bootstrapServers(), dataDir);
    }

    void stop(@Observes @Priority(STOP_PRIORITY) ShutdownEvent event) throws InterruptedException {
        if (process == null) {
            return;
        }
        try {
            lifeline.close(); // the child's watchdog sees the pipe close and shuts the broker down cleanly
        } catch (IOException e) {
            LOG.debug("broker pipe already closed", e);
        }
        if (!process.waitFor(config.embedded().startTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("embedded Kafka broker did not stop in time; killing it");
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    private void writeServerProperties(Path file, Path logDir) throws IOException {
        int port = config.embedded().port();
        int controllerPort = config.embedded().controllerPort();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // an unclean restart (after kill -9) recovers in seconds instead of waiting out the defaults
        p.setProperty("broker.session.timeout.ms", "3000");
        p.setProperty("broker.heartbeat.interval.ms", "1000");
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "written by NormBench at every start of the embedded broker");
        }
    }

    private static String brokerClasspath(Path libDir) throws IOException {
        Path dir = libDir.toAbsolutePath();
        if (!containsBrokerJar(dir)) {
            throw new IllegalStateException("The embedded Kafka broker's jars are missing from " + dir
                    + ": build the project with 'mvn package', or point normbench.kafka.embedded.lib-dir at them,"
                    + " or use an external cluster with normbench.kafka.bootstrap-servers");
        }
        return dir + File.separator + "*" + File.pathSeparator + classpathRoot(KafkaBrokerMain.class);
    }

    private static boolean containsBrokerJar(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_2.13-"));
        }
    }

    /** The directory or jar that holds {@code type}, in dev/test (classes directory) and packaged (jar) layouts. */
    private static String classpathRoot(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("cannot locate " + resource);
        }
        try {
            String external = url.toExternalForm();
            if (external.startsWith("jar:")) {
                return Path.of(new URL(external.substring(4, external.indexOf("!/"))).toURI()).toString();
            }
            Path classFile = Path.of(url.toURI());
            Path root = classFile;
            for (int i = 0; i < type.getName().split("\\.").length; i++) {
                root = root.getParent();
            }
            return root.toString();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot locate the classpath root of " + type.getName() + " from " + url, e);
        }
    }

    private void awaitReady(QueueConfig.Embedded embedded, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + embedded.startTimeout().toNanos();
        Properties adminConfig = new Properties();
        adminConfig.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminConfig.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        adminConfig.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(adminConfig)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the embedded Kafka broker exited with code " + process.exitValue()
                            + "; see " + log);
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(READY_POLL_MILLIS);
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the embedded Kafka broker was not ready after " + embedded.startTimeout()
                + "; see " + log);
    }
}
