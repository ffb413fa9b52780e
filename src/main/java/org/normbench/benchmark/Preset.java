package org.normbench.benchmark;

import java.util.List;
import java.util.Map;

/**
 * A ready-made experiment on a benchmark: {@value #CPU} is sized to finish on a 2-core machine and covers every
 * group its claims need; {@value #PAPER} has the paper's sizes, for GPU or many-core workers.
 *
 * @param cost what a run of the whole preset costs, as measured (docs/benchmarks.md)
 */
public record Preset(String name, String title, String description, List<String> schemes,
        Map<String, List<Double>> grid, List<Long> seeds, String cost) {

    public static final String CPU = "cpu";
    public static final String PAPER = "paper";
}
