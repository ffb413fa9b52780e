package org.normbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.normbench.support.BrowserTest;
import org.normbench.support.KafkaTestBroker;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A paper's page from the browser: reproduce the Simple-Traj CPU preset with one click, watch the experiment's
 * claims get their verdicts as the worker finishes its runs, and find them on the paper's page with a plot.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class PaperBrowserTest extends BrowserTest {

    private static final String GRID = "claims-morwani-ewn-simple-traj";

    @TestHTTPResource("/")
    URL root;

    @Test
    void reproducingAPresetFillsTheClaimsWithVerdicts() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signOut(root);
        driver.get(root + "papers/morwani-ramaswamy");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reproduce-morwani-ewn-simple-traj-cpu"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn(root, "paper-reader");
        driver.get(root + "papers/morwani-ramaswamy");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paper-title"), "Inductive Bias"));
        wait.until(d -> count("#" + GRID + " [class^='verdict-']") == 4);
        driver.findElement(By.id("reproduce-morwani-ewn-simple-traj-cpu")).click();
        wait.until(ExpectedConditions.urlContains("/experiments/"));

        // 18 short runs through Kafka and the test worker; the experiment's own claims fill in as they finish
        new WebDriverWait(driver, Duration.ofMinutes(3))
                .until(d -> count("#experiment-claims .verdict-holds") == 4);

        driver.get(root + "papers/morwani-ramaswamy");
        wait.until(d -> count("#" + GRID + " .verdict-holds") == 4);
        driver.findElement(By.cssSelector("#" + GRID + " .verdict-holds")).click();
        wait.until(d -> count("#" + GRID + " [_echarts_instance_]") == 1);
        String png = (String) driver.executeScript("return document.querySelector('#" + GRID
                + " [_echarts_instance_]').__imageUrl('png');");
        assertTrue(png.startsWith("data:image/png;base64,") && png.length() > 1000, "PNG export of the claim plot");
    }

    private static long count(String selector) {
        return (Long) driver.executeScript("return document.querySelectorAll(arguments[0]).length;", selector);
    }
}
