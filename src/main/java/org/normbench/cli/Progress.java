package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** How far an experiment is, from its runs' states: counts and a bar. */
record Progress(int runs, Map<String, Integer> byState) {

    private static final int BAR_WIDTH = 30;
    private static final java.util.Set<String> FINAL = java.util.Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    static Progress of(JsonNode experiment) {
        Map<String, Integer> byState = new TreeMap<>();
        experiment.path("runs").forEach(r -> byState.merge(r.path("state").asText(), 1, Integer::sum));
        return new Progress(experiment.path("runs").size(), byState);
    }

    int finished() {
        return byState.entrySet().stream().filter(e -> FINAL.contains(e.getKey())).mapToInt(Map.Entry::getValue)
                .sum();
    }

    boolean done() {
        return finished() == runs;
    }

    boolean allSucceeded() {
        return byState.getOrDefault("SUCCEEDED", 0) == runs;
    }

    /** "[##########--------------------]  4/12 finished · 4 SUCCEEDED, 2 RUNNING, 6 QUEUED" */
    String line() {
        int filled = runs == 0 ? BAR_WIDTH : BAR_WIDTH * finished() / runs;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + finished() + "/" + runs
                + " finished · " + String.join(", ", byState.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).toList());
    }
}
