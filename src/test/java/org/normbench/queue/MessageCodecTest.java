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
                "ab12", List.of(10L, 1000L), 150L);
        assertEquals(request, MessageCodec.decodeRequest(MessageCodec.encode(request)));
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
    }

    @Test
    void unsupportedVersionsAndOversizedNamesAreRefused() {
        InvalidMessageException version = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeEvent(
                "{\"schemaVersion\":3,\"runId\":3,\"type\":\"PROGRESS\",\"workerId\":\"w\",\"timeMillis\":1,"
                        + "\"points\":[],\"summary\":{},\"error\":null}"));
        assertTrue(version.getMessage().contains("schema version 3 is not supported"), version.getMessage());
        InvalidMessageException environment = assertThrows(InvalidMessageException.class, () -> MessageCodec
                .decodeEvent(MessageCodec.encode(RunEvent.started(3, "t", "w", Map.of("cpu", "x".repeat(501))))));
        assertTrue(environment.getMessage().contains("environment entries"), environment.getMessage());
        InvalidMessageException cancellation = assertThrows(InvalidMessageException.class,
                () -> MessageCodec.decodeCancellation("{\"schemaVersion\":2,\"runId\":4,\"runToken\":\"t\"}"));
        assertTrue(cancellation.getMessage().contains("schema version 2 is not supported"), cancellation.getMessage());
        assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeCancellation("{\"runId\": \"x\"}"));
        InvalidMessageException step = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(3, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(5L, 0L), null))));
        assertTrue(step.getMessage().contains("snapshot step 0 is not a positive whole number"), step.getMessage());
        InvalidMessageException request = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(4, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(), null))));
        assertTrue(request.getMessage().contains("schema version 4 is not supported (expected 1 to 3)"),
                request.getMessage());
        InvalidMessageException limit = assertThrows(InvalidMessageException.class, () -> MessageCodec.decodeRequest(
                MessageCodec.encode(new RunRequest(3, 4, "b", 1, "wn", Map.of(), 0, "t", List.of(), -5L))));
        assertTrue(limit.getMessage().contains("time limit -5 s is not positive"), limit.getMessage());
    }
}
