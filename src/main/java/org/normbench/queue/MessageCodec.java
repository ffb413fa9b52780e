package org.normbench.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON encoding of queue messages, with the checks every consumer needs before trusting a record. */
public final class MessageCodec {

    /**
     * Widths of the columns that metric and worker names are stored in (V1__schema.sql): a longer name would fail
     * its insert on every retry, so such an event is refused here instead.
     */
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_WORKER_ID_LENGTH = 200;
    /** The environment record of a run is a handful of short lines (worker.WorkerEnvironment). */
    static final int MAX_ENVIRONMENT_ENTRIES = 50;
    static final int MAX_ENVIRONMENT_VALUE_LENGTH = 500;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    private MessageCodec() {
    }

    public static String encode(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    public static RunRequest decodeRequest(String json) throws InvalidMessageException {
        RunRequest request = parse(withAbsent(json, "runToken", "snapshotSteps", "timeLimitSeconds", "pruning"),
                RunRequest.class);
        require(request.schemaVersion() >= 1 && request.schemaVersion() <= RunRequest.SCHEMA_VERSION,
                "schema version " + request.schemaVersion() + " is not supported (expected 1 to "
                        + RunRequest.SCHEMA_VERSION + ")");
        require(request.benchmark() != null && !request.benchmark().isBlank(), "benchmark is missing");
        require(request.scheme() != null && !request.scheme().isBlank(), "scheme is missing");
        require(request.parameters() != null, "parameters are missing");
        for (Map.Entry<String, Double> parameter : request.parameters().entrySet()) {
            require(parameter.getValue() != null && Double.isFinite(parameter.getValue()),
                    "parameter '" + parameter.getKey() + "' is not a finite number");
        }
        for (Long step : request.snapshotSteps()) {
            require(step != null && step > 0, "snapshot step " + step + " is not a positive whole number");
        }
        require(request.timeLimitSeconds() == null || request.timeLimitSeconds() > 0,
                "time limit " + request.timeLimitSeconds() + " s is not positive");
        if (request.pruning() != null) {
            require(request.pruning().jobId() > 0, "pruning job id " + request.pruning().jobId() + " is not positive");
            require(request.runToken() != null, "a pruning order needs the run token its files are fetched with");
            for (RunRequest.RunFile file : request.pruning().files()) {
                require(file != null && file.name() != null && !file.name().isBlank() && file.sizeBytes() >= 0
                        && file.sha256() != null && SHA256.matcher(file.sha256()).matches(),
                        "a file of the pruning order lacks its name, size or SHA-256");
            }
        }
        return request;
    }

    public static RunCancellation decodeCancellation(String json) throws InvalidMessageException {
        RunCancellation cancellation = parse(withAbsent(json, "runToken"), RunCancellation.class);
        require(cancellation.schemaVersion() == RunCancellation.SCHEMA_VERSION, "schema version "
                + cancellation.schemaVersion() + " is not supported (expected " + RunCancellation.SCHEMA_VERSION + ")");
        return cancellation;
    }

    public static RunEvent decodeEvent(String json) throws InvalidMessageException {
        RunEvent event = parse(withAbsent(json, "environment", "runToken", "pruningJob"), RunEvent.class);
        require(event.schemaVersion() >= 1 && event.schemaVersion() <= RunEvent.SCHEMA_VERSION, "schema version "
                + event.schemaVersion() + " is not supported (expected 1 to " + RunEvent.SCHEMA_VERSION + ")");
        require(event.type() != null, "type is missing");
        require(event.type().ofPruningJob() == (event.pruningJob() != null), event.type().ofPruningJob()
                ? "a " + event.type() + " event needs its pruningJob" : "only pruning job events name a pruningJob");
        require(event.workerId() != null && !event.workerId().isBlank(), "workerId is missing");
        require(event.workerId().length() <= MAX_WORKER_ID_LENGTH, "workerId is longer than " + MAX_WORKER_ID_LENGTH);
        if (event.points() != null) {
            for (RunEvent.Point point : event.points()) {
                require(point != null && point.series() != null && !point.series().isBlank(),
                        "a metric point has no series name");
                require(point.series().length() <= MAX_NAME_LENGTH, "a series name is longer than " + MAX_NAME_LENGTH);
                require(point.step() >= 0, "metric point step " + point.step() + " is negative");
            }
        }
        if (event.summary() != null) {
            for (String name : event.summary().keySet()) {
                require(name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH,
                        "summary metric names are 1 to " + MAX_NAME_LENGTH + " characters");
            }
        }
        require((event.type() != RunEvent.Type.FAILED && event.type() != RunEvent.Type.PRUNING_FAILED)
                || event.error() != null, "a " + event.type() + " event needs an error");
        if (event.environment() != null) {
            require(event.environment().size() <= MAX_ENVIRONMENT_ENTRIES, "more than " + MAX_ENVIRONMENT_ENTRIES
                    + " environment entries");
            for (Map.Entry<String, String> entry : event.environment().entrySet()) {
                require(entry.getKey().length() <= MAX_NAME_LENGTH && entry.getValue() != null
                        && entry.getValue().length() <= MAX_ENVIRONMENT_VALUE_LENGTH, "environment entries are names"
                        + " of at most " + MAX_NAME_LENGTH + " and values of at most " + MAX_ENVIRONMENT_VALUE_LENGTH
                        + " characters");
            }
        }
        return event;
    }

    /** Older records lack fields added since: they are read as absent rather than refused as missing. */
    private static String withAbsent(String json, String... fields) throws InvalidMessageException {
        if (json == null) {
            throw new InvalidMessageException("empty record");
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (!(tree instanceof ObjectNode object)) {
                return json;
            }
            for (String field : fields) {
                if (!object.has(field)) {
                    object.putNull(field);
                }
            }
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T parse(String json, Class<T> type) throws InvalidMessageException {
        if (json == null) {
            throw new InvalidMessageException("empty record");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void require(boolean condition, String message) throws InvalidMessageException {
        if (!condition) {
            throw new InvalidMessageException(message);
        }
    }
}
