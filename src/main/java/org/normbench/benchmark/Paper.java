package org.normbench.benchmark;

import java.util.List;

/** One of the papers NormBench reproduces: its benchmarks, in reading order. */
public record Paper(String key, String title, String authors, String spec, String summary,
        List<String> benchmarks) {
}
