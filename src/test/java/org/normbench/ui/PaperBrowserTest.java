package org.normbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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

    /**
     * A slope claim end to end: Theory III's two-parameter paths reproduced from the paper page (20 runs of a few
     * milliseconds to a second through Kafka and the test worker), both claims hold on the experiment, and the slope's
     * plot is one row — the fitted exponent with its interval — against the predicted band.
     */
    @Test
    void aReproducedSlopeClaimHoldsAndPlotsItsExponent() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn(root, "paper-reader");
        driver.get(root + "papers/theory-iii");
        // far down a long page: scrolled to and clicked by script
        WebElement reproduce = wait.until(ExpectedConditions.elementToBeClickable(
                By.id("reproduce-theory3-two-parameter-paths-cpu")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", reproduce);
        wait.until(ExpectedConditions.urlContains("/experiments/"));
        new WebDriverWait(driver, Duration.ofMinutes(3))
                .until(d -> count("#experiment-claims .verdict-holds") == 2);
        // the grid re-renders as verdicts refresh: open the slope's plot (click its badge) until the plot can be read;
        // a slope is one derived row — the exponent with its interval — not one row per group
        Object rows = wait.until(d -> {
            try {
                Object shown = driver.executeScript("const el = document.querySelector('#experiment-claims"
                        + " [_echarts_instance_]'); const chart = el && echarts.getInstanceByDom(el);"
                        + " return chart ? chart.getOption().yAxis[0].data.length : null;");
                if (shown == null) {
                    WebElement badge = driver.findElement(By.cssSelector("#experiment-claims .verdict-holds"));
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", badge);
                    badge.click();
                }
                return shown;
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
        assertEquals(1L, rows, "a slope is one derived row, not one row per group");
    }

    private static long count(String selector) {
        return (Long) driver.executeScript("return document.querySelectorAll(arguments[0]).length;", selector);
    }
}
