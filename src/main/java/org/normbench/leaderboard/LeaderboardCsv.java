package org.normbench.leaderboard;

import java.util.List;
import org.normbench.metric.Csv;

/** A leaderboard page as CSV: one line per row, with every parameter of the setting as a column. */
public final class LeaderboardCsv {

    private LeaderboardCsv() {
    }

    public static String of(Leaderboard board) {
        List<String> parameters = board.rows().items().stream().flatMap(r -> r.parameters().keySet().stream())
                .distinct().sorted().toList();
        StringBuilder csv = new StringBuilder("rank,tied,scheme");
        parameters.forEach(p -> csv.append(',').append(Csv.quote(p)));
        csv.append(",metric,seeds,runs,mean,sd,ci_low,ci_high,best,best_run_id,worst,worst_run_id,setting\n");
        for (LeaderboardRow row : board.rows().items()) {
            csv.append(row.rank()).append(',').append(row.tied()).append(',').append(row.scheme());
            parameters.forEach(p -> csv.append(',').append(text(row.parameters().get(p))));
            csv.append(',').append(board.metric()).append(',').append(row.seeds()).append(',').append(row.runs())
                    .append(',').append(row.mean()).append(',').append(text(row.standardDeviation())).append(',')
                    .append(text(row.intervalLow())).append(',').append(text(row.intervalHigh())).append(',')
                    .append(row.best()).append(',').append(row.bestRunId()).append(',').append(row.worst())
                    .append(',').append(row.worstRunId()).append(',').append(row.setting()).append('\n');
        }
        return csv.toString();
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }
}
