package org.normbench.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * One real KRaft broker for the whole test JVM (combined broker+controller), shared by every test
 * application start and closed when the JVM exits.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // A broker error (also one while the JVM shuts down) would halt the whole test JVM, which
            // surefire then reports as a failed fork: record it instead.
            Exit.setHaltProcedure((status, message) -> System.err.println("test broker halt " + status + ": "
                    + message));
            Exit.setExitProcedure((status, message) -> System.err.println("test broker exit " + status + ": "
                    + message));
            try {
                KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                cluster = started;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception e) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("normbench.kafka.bootstrap-servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by the whole suite: closed at JVM exit
    }
}
