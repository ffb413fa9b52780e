package org.normbench.queue.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/**
 * Entry point of the embedded broker's child JVM: formats the KRaft storage on first start, then runs a
 * combined broker+controller. It exits when its standard input closes, so a parent killed with -9 never
 * leaves an orphan broker holding the ports.
 *
 * <p>Arguments: the server properties file and the log directory.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        String properties = args[0];
        Path logDir = Path.of(args[1]);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int rc = kafka.tools.StorageTool.execute(new String[] {"format", "--cluster-id",
                    Uuid.randomUuid().toString(), "--config", properties, "--ignore-formatted"}, System.out);
            if (rc != 0) {
                System.err.println("formatting the Kafka storage in " + logDir + " failed with exit code " + rc);
                System.exit(rc);
            }
        }
        Thread watchdog = new Thread(KafkaBrokerMain::exitWhenParentGone, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(new String[] {properties});
    }

    private static void exitWhenParentGone() {
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // the parent never writes; reading only detects the end of the pipe
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone too
        }
        System.exit(0); // runs Kafka's shutdown hook: a clean stop
    }
}
