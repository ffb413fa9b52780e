package org.normbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.queue.RunEvent;
import org.normbench.support.BrowserTest;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user opens a benchmark's leaderboard, switches metric and sees the ranking change, picks two rows into a
 * comparison with mean-and-band curves, and exports the chart and its data.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class LeaderboardBrowserTest extends BrowserTest {

    private static final String BENCHMARK = "dukler-wn-convergence";
    @TestHTTPResource("/")
    URL root;

    /** wn is faster to converge but slower per second than none, so the two metrics rank them oppositely. */
    private static long experiment() {
        long experiment = SyntheticRuns.experiment(BENCHMARK, "browser leaderboard");
        for (int seed = 0; seed < 3; seed++) {
            finish(experiment, "wn", "{\"width\":555.0,\"alpha\":1.0}", seed, 1.0 + seed, 50.0 + seed, 1.0);
            finish(experiment, "none", "{\"width\":555.0}", seed, 20.0 + seed, 5.0 + seed, 4.0);
        }
        return experiment;
    }

    private static void finish(long experiment, String scheme, String parameters, long seed, double finalLoss,
            double seconds, double factor) {
        List<RunEvent.Point> points = new ArrayList<>();
        for (int s = 0; s <= 50; s++) {
            points.add(new RunEvent.Point("loss", s, factor * (seed + 1) * Math.exp(-s / 5.0)));
        }
        SyntheticRuns.finished(experiment, scheme, parameters, seed,
                Map.of("final_loss", finalLoss, "seconds", seconds, "converged", 1.0), points);
    }

    @Test
    void aPruningBoardShowsItsRandomAndMagnitudeReferences() {
        String pruning = "morwani-ewn-mnist-pruning";
        String score = "pruned_90pct_accuracy_at_log_loss_-100";
        long experiment = SyntheticRuns.experiment(pruning, "browser pruning board");
        for (int seed = 0; seed < 2; seed++) {
            SyntheticRuns.finished(experiment, "ewn", "{\"width\":100.0}", seed, Map.of(score, 0.8,
                    "random_" + score, 0.3, "magnitude_" + score, 0.6, "converged", 1.0), List.of());
        }
        driver.get(root + "leaderboards/" + pruning + "?experiment=" + experiment + "&metric=" + score);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("leaderboard-references"), "magnitude pruning · ewn: 0.6000 [0.6000, 0.6000], 2 seeds"));
        assertTrue(driver.findElement(By.id("leaderboard-references")).getText()
                .contains("random pruning · ewn: 0.3000 [0.3000, 0.3000], 2 seeds"));
    }

    @Test
    void rankChangeWithTheMetricAndPickedRowsOpenAsBands() {
        long experiment = experiment();
        driver.get(root + "leaderboards/" + BENCHMARK + "?experiment=" + experiment + "&metric=final_loss");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> rows().size() == 2);
        assertTrue(driver.findElement(By.id("leaderboard-header")).getText().startsWith("final_loss — final value"));
        assertTrue(rows().get(0).contains("|wn|"), rows().toString());
        assertTrue(rows().get(0).contains("|1|"), "separated intervals: rank 1 without a tie " + rows());

        driver.findElement(By.id("family-run")).click();
        wait.until(d -> driver.findElement(By.id("leaderboard-header")).getText().startsWith("seconds"));
        wait.until(d -> rows().size() == 2 && rows().get(0).contains("|none|"));

        String csv = (String) driver.executeAsyncScript("const done = arguments[0];"
                + " fetch(document.getElementById('leaderboard-csv').getAttribute('href'))"
                + ".then(r => r.text()).then(done);");
        assertEquals(3, csv.split("\n").length, csv);
        assertTrue(csv.split("\n")[1].startsWith("1,false,none,"), csv);

        for (int row = 0; row < 2; row++) {
            driver.executeScript(cellsScript() + " const box = cells(rows[arguments[0]])[0]"
                    + ".querySelector('vaadin-checkbox'); box.click();", row);
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("compare"))).click();
        wait.until(ExpectedConditions.urlContains("/compare?"));
        wait.until(d -> Long.valueOf(2).equals(driver.executeScript(chartScript()
                + " return chart ? chart.getOption().series.filter(s => s.type === 'custom').length : null;")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("geometric mean"));
        String png = (String) driver.executeScript("return document.getElementById('comparison-chart')"
                + ".__imageUrl('png');");
        String svg = (String) driver.executeScript("return document.getElementById('comparison-chart')"
                + ".__imageUrl('svg');");
        assertTrue(png.startsWith("data:image/png;base64,") && png.length() > 1000, "PNG export");
        assertTrue(svg.startsWith("data:image/svg+xml"), "SVG export");
        String data = (String) driver.executeAsyncScript("const done = arguments[0];"
                + " fetch(document.getElementById('comparison-csv').getAttribute('href'))"
                + ".then(r => r.text()).then(done);");
        assertTrue(data.startsWith("curve,run_id,setting,series,step,value,low,high,n\n"), data);
        assertEquals(1 + 2 * 51, data.split("\n").length, "both groups, every step of these short runs");
    }

    /** Defines rows (the grid's rendered rows in order) and cells(row) (their cell contents). */
    private static String cellsScript() {
        return "const grid = document.getElementById('leaderboard');"
                + " const rows = !grid || !grid.shadowRoot ? [] : [...grid.shadowRoot.querySelectorAll('tbody#items tr')]"
                + ".filter(r => !r.hidden && r.index !== undefined).sort((a, b) => a.index - b.index);"
                + " const cells = r => [...r.querySelectorAll('td')].map(td => {"
                + " const slot = td.querySelector('slot'); return slot ? slot.assignedElements()[0] : null; });";
    }

    /** Each rendered row as "|cell|cell|…|". */
    @SuppressWarnings("unchecked")
    private static List<String> rows() {
        return (List<String>) driver.executeScript(cellsScript()
                + " return rows.map(r => '|' + cells(r).map(c => c ? c.textContent.trim() : '').join('|') + '|');");
    }

    private static String chartScript() {
        return "const el = document.getElementById('comparison-chart');"
                + " const chart = window.echarts && el && echarts.getInstanceByDom(el);";
    }
}
