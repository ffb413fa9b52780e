package org.normbench.experiment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.normbench.metric.MetricPoint;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunEvent;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.RawRecords;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/** The portal's event ingestion: idempotent under redelivery, and not stopped by malformed records. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class RunEventIngestionTest {

    @ConfigProperty(name = "normbench.kafka.events-topic")
    String eventsTopic;

    @Test
    void redeliveredEventsAddNothingAndMalformedOnesAreSkipped() throws Exception {
        long runId = Api.submit(TestAccounts.token("tester"), Api.experiment("ingestion", List.of("wn"), 50)).get(0);
        Api.awaitFinal(runId, Duration.ofMinutes(2));
        String key = Long.toString(runId);
        String token = SyntheticRuns.token(runId);
        RunEvent probe = RunEvent.progress(runId, token, "test-worker", List.of(new RunEvent.Point("injected", 1, 0.5),
                new RunEvent.Point("injected", 2, 0.25)));
        String repeated = MessageCodec.encode(probe);
        RawRecords.send(eventsTopic, key,
                "{ not json",
                "{\"schemaVersion\":99,\"runId\":" + runId + ",\"type\":\"PROGRESS\",\"workerId\":\"w\",\"timeMillis\":1}",
                "{\"schemaVersion\":1,\"runId\":" + runId + ",\"type\":\"EXPLODED\",\"workerId\":\"w\",\"timeMillis\":1}",
                // a series name wider than its column would fail the insert on every retry
                MessageCodec.encode(RunEvent.progress(runId, token, "test-worker", List.of(new RunEvent.Point("injected",
                        9, 9.0), new RunEvent.Point("x".repeat(101), 9, 9.0)))),
                repeated, repeated,
                // a sender that was not given the run does not know its token: a forged one, or none (schema
                // version 1, from before tokens), is not accepted for a run that has one
                MessageCodec.encode(RunEvent.progress(runId, "0".repeat(64), "intruder", List.of(
                        new RunEvent.Point("injected", 7, 7.0)))),
                "{\"schemaVersion\":1,\"runId\":" + runId + ",\"type\":\"PROGRESS\",\"workerId\":\"intruder\","
                        + "\"timeMillis\":1,\"points\":[{\"series\":\"injected\",\"step\":8,\"value\":8.0}],"
                        + "\"summary\":{},\"error\":null}",
                MessageCodec.encode(RunEvent.progress(runId, token, "test-worker", List.of(
                        new RunEvent.Point("injected", 3, 0.125)))),
                repeated);
        await().atMost(Duration.ofSeconds(30)).until(() -> injected(runId).size() == 3);
        // the last record was the third copy of the first event: once it is consumed nothing may have changed
        Thread.sleep(1000);
        assertEquals(List.of(0.5, 0.25, 0.125), injected(runId).stream().map(p -> p.value).toList());
        assertEquals("SUCCEEDED", Api.run(runId).getString("state"), "a late PROGRESS never reopens a final run");
    }

    @Test
    void aFinishedEventForAFinishedRunChangesNothing() throws Exception {
        long runId = Api.submit(TestAccounts.token("tester"), Api.experiment("final twice", List.of("none"), 50)).get(0);
        double finalLoss = Api.awaitFinal(runId, Duration.ofMinutes(2)).getDouble("summary.final_loss");
        String token = SyntheticRuns.token(runId);
        RawRecords.send(eventsTopic, Long.toString(runId),
                MessageCodec.encode(RunEvent.failed(runId, token, "late-worker", List.of(), "late failure")),
                MessageCodec.encode(RunEvent.finished(runId, token, "late-worker", List.of(),
                        java.util.Map.of("final_loss", 123.0, "late_metric", 1.0))),
                MessageCodec.encode(RunEvent.progress(runId, token, "marker", List.of(
                        new RunEvent.Point("marker", 0, 1)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> MetricPoint.count("runId = ?1 and series = 'marker'", runId)) == 1);
        var run = Api.run(runId);
        assertEquals("SUCCEEDED", run.getString("state"));
        assertEquals(finalLoss, run.getDouble("summary.final_loss"), 0.0);
        assertNull(run.get("summary.late_metric"));
        assertNull(run.getString("error"));
    }

    private static List<MetricPoint> injected(long runId) {
        return QuarkusTransaction.requiringNew().call(
                () -> MetricPoint.list("runId = ?1 and series = 'injected' order by step", runId));
    }
}
