package org.normbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The JSON kept in experiment and run columns (requests, resolved parameters). */
public final class StoredJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ENVIRONMENT = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Double>> PARAMETERS = new TypeReference<>() {
    };

    private StoredJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A run's environment record, empty when its worker sent none. */
    public static Map<String, String> environment(Run run) {
        return run.environmentJson == null ? Map.of() : read(run.environmentJson, ENVIRONMENT, "run " + run.id);
    }

    public static Map<String, Double> parameters(Run run) {
        return parameters(run.parametersJson, "run " + run.id);
    }

    /** Resolved parameters as stored; {@code owner} names where they come from in an error. */
    public static Map<String, Double> parameters(String json, String owner) {
        return read(json, PARAMETERS, "parameters of " + owner);
    }

    public static ExperimentSpec spec(Experiment experiment) {
        return read(experiment.requestJson, new TypeReference<>() {
        }, "request of experiment " + experiment.id);
    }

    /** Stored JSON read back; {@code what} names it in the error when it is unreadable. */
    public static <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + what + " is unreadable", e);
        }
    }
}
