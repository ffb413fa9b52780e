package org.normbench.experiment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.metric.MetricPoint;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunEvent;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.PostgresProfile;
import org.normbench.support.RawRecords;
import org.normbench.support.LargeValueMerge;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/** The schema migrations and the event ingestion on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@QuarkusTestResource(KafkaTestBroker.class)
class PostgresIngestionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsAreStoredInPostgresqlAndRedeliveryAddsNothing() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        }
        long runId = Api.submit(TestAccounts.token("tester"), Api.experiment("on postgres", List.of("none", "wn"), 200)).get(1);
        var run = Api.awaitFinal(runId, Duration.ofMinutes(3));
        assertEquals("SUCCEEDED", run.getString("state"), run.getString("error"));
        List<Double> losses = given().get("/api/runs/" + runId + "/metrics").then().statusCode(200).extract()
                .jsonPath().getList("series.loss.values", Double.class);
        assertTrue(losses.get(0) / losses.get(losses.size() - 1) >= 1e6);

        String token = SyntheticRuns.token(runId);
        String event = MessageCodec.encode(RunEvent.progress(runId, token, "w", List.of(
                new RunEvent.Point("loss", 0, -1))));
        RawRecords.send("pg.run-events", Long.toString(runId), event, "garbage",
                MessageCodec.encode(RunEvent.progress(runId, token, "w", List.of(new RunEvent.Point("marker", 0, 1)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> MetricPoint.count("runId = ?1 and series = 'marker'", runId)) == 1);
        List<Double> after = given().get("/api/runs/" + runId + "/metrics").then().extract().jsonPath()
                .getList("series.loss.values", Double.class);
        assertEquals(losses, after, "a repeated point for a stored step changes nothing");
    }

    @Test
    void leaderboardsMergeExperimentsExactlyInPostgresql() {
        LargeValueMerge.assertExact();
    }
}
