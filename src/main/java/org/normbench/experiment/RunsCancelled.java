package org.normbench.experiment;

import java.util.List;
import org.normbench.queue.RunCancellation;

/** Runs were cancelled: a worker that has (or gets) one of them should stop training it, or skip it. */
public record RunsCancelled(List<RunCancellation> runs) {
}
