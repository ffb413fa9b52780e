package org.normbench.leaderboard;

import java.util.List;
import java.util.stream.Stream;
import org.normbench.metric.Csv;

/**
 * A leaderboard page as CSV: one line per row, with every parameter of the setting as a column; then the unranked
 * reference rows of a pruning board (empty rank, their own metric, and the reference named in the last column).
 */
public final class LeaderboardCsv {

    private LeaderboardCsv() {
    }

    public static String of(Leaderboard board) {
        List<String> parameters = Stream.concat(board.rows().items().stream(), board.references().stream()
                .map(ReferenceRow::row)).flatMap(r -> r.parameters().keySet().stream()).distinct().sorted().toList();
        StringBuilder csv = new StringBuilder("rank,tied,scheme");
        parameters.forEach(p -> csv.append(',').append(Csv.quote(p)));
        csv.append(",metric,seeds,runs,mean,sd,ci_low,ci_high,best,best_run_id,worst,worst_run_id,setting,reference\n");
        for (LeaderboardRow row : board.rows().items()) {
            line(csv, row.rank() + "," + row.tied(), row, parameters, board.metric(), "");
        }
        for (ReferenceRow reference : board.references()) {
            line(csv, ",", reference.row(), parameters, reference.metric(), reference.reference());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String rank, LeaderboardRow row, List<String> parameters,
            String metric, String reference) {
        csv.append(rank).append(',').append(row.scheme());
        parameters.forEach(p -> csv.append(',').append(text(row.parameters().get(p))));
        csv.append(',').append(Csv.quote(metric)).append(',').append(row.seeds()).append(',').append(row.runs())
                .append(',').append(row.mean()).append(',').append(text(row.standardDeviation())).append(',')
                .append(text(row.intervalLow())).append(',').append(text(row.intervalHigh())).append(',')
                .append(row.best()).append(',').append(row.bestRunId()).append(',').append(row.worst())
                .append(',').append(row.worstRunId()).append(',').append(row.setting()).append(',').append(reference)
                .append('\n');
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }
}
