package org.normbench.pruning;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import org.normbench.experiment.StoredJson;

/**
 * A pruning job as the API and the UI show it: state, who asked, when, which worker, and once it succeeded how many
 * of the run's pruning summaries it reproduced exactly ({@code summaryCount − changedCount}) and what it replaced.
 */
public record PruningJobView(long id, long runId, PruningJobState state, String requestedBy, Instant createdAt,
        Instant finishedAt, String worker, String error, Integer summaryCount, Integer changedCount,
        ReplacedResults replaced) {

    static PruningJobView of(PruningJob job) {
        return new PruningJobView(job.id, job.run.id, job.state, job.requestedBy, job.createdAt, job.finishedAt,
                job.worker, job.error, job.summaryCount, job.changedCount,
                job.replacedJson == null ? null : StoredJson.read(job.replacedJson, new TypeReference<>() {
                }, "replaced results of pruning job " + job.id));
    }
}
