package org.normbench.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.support.Api;
import org.normbench.support.BrowserTest;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A user fills the experiment form in a real browser and watches the runs finish without reloading. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class ExperimentFormBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void submittedExperimentReachesSucceededLive() {
        openForm();
        type("#name input", "browser experiment");
        type("#param-width input", "300");
        type("#snapshot-steps input", "20");
        click(By.id("submit"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/experiments/\\d+$"));
        String pageMarker = (String) driver.executeScript("return window.__marker = 'same page';");
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("run-counts"), "2 runs: 2 SUCCEEDED"));
        assertEquals(pageMarker, driver.executeScript("return window.__marker;"), "the page was not reloaded");
        assertEquals(2, driver.findElements(By.xpath("//vaadin-grid-cell-content[text()='SUCCEEDED']")).size());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Long.valueOf(2).equals(seriesIn("experiment-loss-chart")));

        click(By.xpath("//vaadin-grid-cell-content//a[starts-with(text(),'#')]"));
        WebElement state = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("run-state")));
        assertTrue(state.getText().contains("SUCCEEDED"), state.getText());
        // the form's snapshot step reached the worker, whose file the run page offers
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("artifact-snapshot-step_20.npz")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[text()='final_loss']")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Long.valueOf(1).equals(seriesIn("loss-chart")));

        click(By.linkText("Experiments"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content//a[contains(text(),'browser experiment')]")));
    }

    /**
     * Spec 000 Fig. 5 on the run page: the paper's curve at each checkpoint reached, then the two references; pruned
     * again by a pruning job (from the run's page, then for every run from the experiment's), the run reproduces every
     * pruning summary.
     */
    @Test
    void aPruningRunShowsItsPruningCurves() {
        long runId = Api.submit(TestAccounts.token("tester"), Map.of("name", "pruning", "visibility", "PUBLIC",
                "benchmark", "morwani-ewn-mnist-pruning", "schemes", List.of("ewn"), "grid", Map.of(
                        "trainExamples", List.of(200), "testExamples", List.of(300), "width", List.of(16),
                        "batchSize", List.of(50), "logLossLevel", List.of(-10)), "seeds", List.of(1))).get(0);
        assertEquals("SUCCEEDED", Api.awaitFinal(runId, Duration.ofMinutes(2)).getString("state"));
        signIn(root, "tester");
        driver.get(root + "runs/" + runId);
        // e^−5 and e^−10, then random and magnitude pruning at e^−10
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Long.valueOf(4).equals(seriesIn("pruning-chart")));

        // the owner prunes it again from its snapshots; the job's outcome shows live
        click(By.id("prune-again"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pruning-message"), "queued"));
        WebElement job = new WebDriverWait(driver, Duration.ofMinutes(1)).until(ExpectedConditions
                .presenceOfElementLocated(By.xpath("//*[@id='pruning-jobs']/p[contains(text(), 'SUCCEEDED')]")));
        assertTrue(job.getText().matches(".*— (\\d+) of \\1 summaries reproduced exactly$"), job.getText());

        // and prunes every run of the experiment again from its page
        driver.get(root + "experiments/" + Api.run(runId).getLong("experimentId"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("prune-experiment")));
        click(By.id("prune-experiment"));
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> given().get("/api/runs/" + runId
                + "/pruning-jobs").jsonPath().getList("findAll { it.state == 'SUCCEEDED' }").size() == 2);
    }

    /** Spec 003 Fig. 2 on the run page: ρ against a logarithmic time axis (the balanced flow needs no training). */
    @Test
    void aRhoSeriesIsDrawnAgainstLogTime() {
        long runId = Api.submit(TestAccounts.token("tester"), Map.of("name", "balanced flow", "visibility", "PUBLIC",
                "benchmark", "theory3-balanced-flow", "schemes", List.of("none"), "grid", Map.of("depth",
                        List.of(4)), "seeds", List.of(1))).get(0);
        assertEquals("SUCCEEDED", Api.awaitFinal(runId, Duration.ofMinutes(2)).getString("state"));
        driver.get(root + "runs/" + runId);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Long.valueOf(1).equals(seriesIn("rho-chart")));
        assertEquals("log", driver.executeScript("const chart = echarts.getInstanceByDom("
                + "document.getElementById('rho-chart')); return chart.getOption().xAxis[0].type;"));
    }

    @Test
    void invalidValuesAreShownNextToTheirFields() {
        openForm();
        type("#name input", "bad widths");
        type("#param-width input", "-3");
        type("#param-learningRate input", "fast");
        type("#snapshot-steps input", "5, 2.5");
        click(By.id("submit"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> errorOf("param-learningRate").contains(
                "'fast' is not a number") && errorOf("snapshot-steps").contains(
                "'2.5' is not a whole number"));
        type("#param-learningRate input", "0.25");
        type("#snapshot-steps input", "5, 5");
        type("#time-limit input", "0");
        click(By.id("submit"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> errorOf("param-width").contains(
                "Width m must be at least 1") && errorOf("snapshot-steps").contains("step 5 is listed twice")
                && errorOf("time-limit").contains("a time limit must be at least 1 second, got 0"));
        assertNotNull(driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("experiments/new"), "stayed on the form");
    }

    @Test
    void aMissingExperimentSaysSo() {
        driver.get(root + "experiments/987654321");
        WebElement reason = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertEquals("Experiment 987654321 not found.", reason.getText());
    }

    /** Opens the form anonymously: the sign-in page comes first and then brings the user back to it. */
    private void openForm() {
        signOut(root);
        driver.get(root + "experiments/new?benchmark=dukler-wn-convergence");
        TestAccounts.account("form-user");
        fillSignInForm("form-user");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#param-width input")));
    }

    private static void type(String css, String text) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Clicks like a user who first scrolls the element into view. */
    private static void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** How many series the ECharts chart in element {@code id} plots (null before it is drawn). */
    private static Object seriesIn(String id) {
        return driver.executeScript("const el = document.getElementById(arguments[0]);"
                + " const chart = window.echarts && el && echarts.getInstanceByDom(el);"
                + " return chart ? chart.getOption().series.length : null;", id);
    }

    /** The error message set on a field (its text in the DOM: Selenium's visible text misses some of them). */
    private static String errorOf(String id) {
        return driver.findElement(By.cssSelector("#" + id + " [slot='error-message']")).getAttribute("textContent");
    }
}
