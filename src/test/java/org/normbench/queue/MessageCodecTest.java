package org.normbench.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message formats: round trips, records of the previous schema version, and refusals. */
class MessageCodecTest {

    @Test
    void eventsRoundTripWithTokenAndEnvironment() throws Exception {
        RunEvent started = RunEvent.started(4, "ab12", "w", Map.of("pytorch", "2.5.1"));
        assertEquals(started, MessageCodec.decodeEvent(MessageCodec.encode(started)));
        RunRequest request = new RunRequest(RunRequest.SCHEMA_VERSION, 4, "b", 1, "wn", Map.of("width", 8.0), 0,
                "ab12", List.of(10L, 1000L), 150L, null);
        assertEquals(request, MessageCodec.decodeRequest(MessageCodec.encode(request)));
        RunRequest prune = request.toPrune(new RunRequest.PruningOrder(7, List.of(
                new RunRequest.RunFile("snapshot-init.npz", 1234, "ab".repeat(32)))));
        assertEquals(prune, MessageCodec.decodeRequest(MessageCodec.encode(prune)));
        RunEvent pruned = RunEvent.pruned(4, "ab12", "w", 7, List.of(new RunEvent.Point("pruning_curve", 90, 0.8)),
                Map.of("pruning_auc", 0.7));
        assertEquals(pruned, MessageCodec.decodeEvent(MessageCodec.encode(pruned)));
        RunEvent failed = RunEvent.pruningFailed(4, "ab12", "w", 7, "no init snapshot");
        assertEquals(failed, MessageCodec.decodeEvent(MessageCodec.encode(failed)));
        RunCancellation cancellation = RunCancellation.of(4, "ab12");
        assertEquals(cancellation, MessageCodec.decodeCancellation(MessageCodec.encode(cancellation)));
        assertNull(MessageCodec.decodeCancellation("{\"schemaVersion\":1,\"runId\":4}").runToken());
    }

    @Test
    void version1RecordsAreReadWithoutTheFieldsAddedSince() throws Exception {
        RunEvent event = MessageCodec.decodeEvent("{\"schemaVersion\":1,\"runId\":3,\"type\":\"PROGRESS\","
                + "\"workerId\":\"w\",\"timeMillis\":1,\"points\":[{\"series\":\"loss\",\"step\":0,\"value\":2.0}],"
                + "\"summary\":{},\"error\":null}");
        assertNull(event.runToken());
        assertNull(event.environment());
        assertEquals(List.of(new RunEvent.Point("loss", 0, 2.0)), event.points());
        RunRequest request = MessageCodec.decodeRequest("{\"schemaVersion\":1,\"runId\":3,\"benchmark\":\"b\","
                + "\"benchmarkVersion\":1,\"scheme\":\"wn\",\"parameters\":{},\"seed\":0}");
        assertNull(request.runToken());
        assertEquals(List.of(), request.snapshotSteps());
        RunRequest version2 = MessageCodec.decodeRequest("{\"schemaVersion\":2,\"runId\":3,\"benchmark\":\"b\","
                + "\"benchmarkVersion\":1,\"scheme\":\"wn\",\"parameters\":{},\"seed\":0,\"runToken\":\"t\"}");
        assertEquals(List.of(), version2.snapshotSteps());
        assertNull(version2.timeLimitSeconds());
        assertNull(version2.pruning(), "a request without a pruning order trains");
        assertNull(MessageCodec.decodeEvent(MessageCodec.encode(RunEvent.progress(3, "t", "w", List.of())))
                .pruningJob());
    }

    @Test
    void unsupportedVersionsAndOversizedNamesAreRefused() {
        InvalidMessageException version = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeEvent(
                "{\"schemaVersion\":4,\"runId\":3,\"type\":\"PROGRESS\",\"workerId\":\"w\",\"timeMillis\":1,"
                        + "\"points\":[],\"summary\":{},\"error\":null}"));
        assertTrue(version.getMessage().contains("schema version 4 is not supported"), version.getMessage());
        InvalidMessageException environment = assertThrows(InvalidMessageException.class, () -> MessageCodec
                .decodeEvent(MessageCodec.encode(RunEvent.started(3, "t", "w", Map.of("cpu", "x".repeat(501))))));
        assertTrue(environment.getMessage().contains("environment entries"), environment.getMessage());
        InvalidMessageException cancellation = assertThrows(InvalidMessageException.class,
                () -> MessageCodec.decodeCancellation("{\"schemaVersion\":2,\"runId\":4,\"runToken\":\"t\"}"));
        assertTrue(cancellation.getMessage().contains("schema version 2 is not supported"), cancellation.getMessage());
        assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeCancellation("{\"runId\": \"x\"}"));
        InvalidMessageException step = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(3, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(5L, 0L), null, null))));
        assertTrue(step.getMessage().contains("snapshot step 0 is not a positive whole number"), step.getMessage());
        InvalidMessageException request = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(5, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(), null, null))));
        assertTrue(request.getMessage().contains("schema version 5 is not supported (expected 1 to 4)"),
                request.getMessage());
        InvalidMessageException limit = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(3, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(), -5L, null))));
        assertTrue(limit.getMessage().contains("time limit -5 s is not positive"), limit.getMessage());
    }

    @Test
    void pruningOrdersAndJobEventsAreCheckedBeforeTheyAreTrusted() {
        RunRequest run = new RunRequest(4, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(), null, null);
        InvalidMessageException checksum = assertThrows(InvalidMessageException.class, () -> MessageCodec
                .decodeRequest(MessageCodec.encode(run.toPrune(new RunRequest.PruningOrder(7, List.of(
                        new RunRequest.RunFile("snapshot-init.npz", 10, "not-hex")))))));
        assertTrue(checksum.getMessage().contains("lacks its name, size or SHA-256"), checksum.getMessage());
        InvalidMessageException job = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(run.toPrune(new RunRequest.PruningOrder(0, List.of())))));
        assertTrue(job.getMessage().contains("pruning job id 0 is not positive"), job.getMessage());
        InvalidMessageException noJob = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeEvent(
                "{\"schemaVersion\":3,\"runId\":3,\"runToken\":\"t\",\"type\":\"PRUNED\",\"workerId\":\"w\","
                        + "\"timeMillis\":1,\"points\":[],\"summary\":{},\"error\":null}"));
        assertTrue(noJob.getMessage().contains("a PRUNED event needs its pruningJob"), noJob.getMessage());
        InvalidMessageException stray = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeEvent(
                "{\"schemaVersion\":3,\"runId\":3,\"runToken\":\"t\",\"type\":\"FINISHED\",\"workerId\":\"w\","
                        + "\"timeMillis\":1,\"points\":[],\"summary\":{},\"error\":null,\"pruningJob\":7}"));
        assertTrue(stray.getMessage().contains("only pruning job events name a pruningJob"), stray.getMessage());
        InvalidMessageException error = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeEvent(
                "{\"schemaVersion\":3,\"runId\":3,\"runToken\":\"t\",\"type\":\"PRUNING_FAILED\",\"workerId\":"
                        + "\"w\",\"timeMillis\":1,\"points\":[],\"summary\":{},\"error\":null,\"pruningJob\":7}"));
        assertTrue(error.getMessage().contains("a PRUNING_FAILED event needs an error"), error.getMessage());
    }
}
