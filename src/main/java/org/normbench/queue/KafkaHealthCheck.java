package org.normbench.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the Kafka cluster answers: without it no run is queued, trained or reported. */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    private static final String NAME = "Kafka";
    private static final int TIMEOUT_MILLIS = 3000;

    private final KafkaClients clients;

    public KafkaHealthCheck(KafkaClients clients) {
        this.clients = clients;
    }

    @Override
    public HealthCheckResponse call() {
        var properties = clients.adminProperties();
        properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(TIMEOUT_MILLIS));
        try (Admin admin = Admin.create(properties)) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).status(brokers > 0).withData("bootstrap", clients.bootstrapServers())
                    .withData("brokers", brokers).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named(NAME).down().withData("bootstrap", clients.bootstrapServers())
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
