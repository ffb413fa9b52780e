package org.normbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.account.Team;
import org.normbench.account.TeamRole;
import org.normbench.account.TeamService;
import org.normbench.experiment.Visibility;
import org.normbench.queue.RunEvent;
import org.normbench.support.BrowserTest;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in different teams: each sees their own private experiment and the public one, never the other's
 * private one (not in the list, and "not found" at its address); a team mate sees the team's experiment; API
 * tokens are created on the account page and shown once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class SharingBrowserTest extends BrowserTest {

    private static final String BENCHMARK = "morwani-ewn-xor-sparsity";

    @TestHTTPResource("/")
    URL root;

    @Inject
    TeamService teams;

    @Test
    void privateExperimentsStayPrivateAcrossTeams() {
        long ann = TestAccounts.account("sh-ann").accountId();
        long ben = TestAccounts.account("sh-ben").accountId();
        TestAccounts.account("sh-cat");
        teams.create(TestAccounts.account("sh-ann"), "sh-team-a");
        teams.create(TestAccounts.account("sh-ben"), "sh-team-b");
        teams.setMember(TestAccounts.account("sh-ann"), "sh-team-a", "sh-cat", TeamRole.VIEWER);
        long teamA = QuarkusTransaction.requiringNew().call(() -> Team.byName("sh-team-a").orElseThrow().id);
        long annPrivate = experiment("ann private", Visibility.PRIVATE, ann, null);
        long annTeam = experiment("ann team", Visibility.TEAM, ann, teamA);
        long benPrivate = experiment("ben private", Visibility.PRIVATE, ben, null);
        long shared = experiment("everyone's", Visibility.PUBLIC, ben, null);

        signIn(root, "sh-ann");
        assertEquals(List.of(true, true, false, true), listed(annPrivate, annTeam, benPrivate, shared));
        assertNotFound(benPrivate);

        signIn(root, "sh-ben");
        assertEquals(List.of(false, false, true, true), listed(annPrivate, annTeam, benPrivate, shared));
        assertNotFound(annPrivate);

        signIn(root, "sh-cat");
        assertEquals(List.of(false, true, false, true), listed(annPrivate, annTeam, benPrivate, shared));

        signOut(root);
        assertEquals(List.of(false, false, false, true), listed(annPrivate, annTeam, benPrivate, shared));
        assertNotFound(annTeam);
    }

    @Test
    void aTokenIsShownOnceAndListedByNameOnly() {
        signIn(root, "sh-token-user");
        driver.get(root + "account");
        WebElement name = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#token-name input")));
        name.sendKeys("ci script", Keys.TAB);
        driver.findElement(By.id("create-token")).click();
        WebElement token = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-token input")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> token.getAttribute("value").startsWith("nb_"));
        String secret = token.getAttribute("value");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[text()='ci script']")));
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[text()='ci script']")));
        assertFalse(driver.getPageSource().contains(secret), "the token is not shown again");
        io.restassured.RestAssured.given().auth().oauth2(secret).get("/api/account").then().statusCode(200);
    }

    @Test
    void aCommentOnARunShowsOnTheRunAndOnItsExperimentAndThePrivateRunDownloads() {
        long owner = TestAccounts.account("sh-writer").accountId();
        long experiment = SyntheticRuns.experiment(BENCHMARK, "commented", Visibility.PRIVATE, owner, null);
        long run = SyntheticRuns.finished(experiment, "ewn", "{\"width\":4.0}", 0, Map.of("final_loss", 1.0),
                List.of(new RunEvent.Point("loss", 0, 1.0)));
        byte[] log = "2026-12-01T10:00:00Z run started\n".getBytes(StandardCharsets.UTF_8);
        io.restassured.RestAssured.given().header("X-NormBench-Run-Token", SyntheticRuns.token(run))
                .header("X-Checksum-SHA256", HexFormat.of().formatHex(sha256(log))).body(log)
                .put("/api/runs/" + run + "/artifacts/log.txt").then().statusCode(201);
        signIn(root, "sh-writer");
        driver.get(root + "runs/" + run);
        WebElement text = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-comment textarea")));
        text.sendKeys("seed 0 diverged late", Keys.TAB);
        driver.findElement(By.id("post-comment")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("comments"), "sh-writer"));
        assertTrue(driver.findElement(By.id("comments")).getText().contains(": seed 0 diverged late"));
        // the run's archive streams through the session: a zip even though the run is private
        String magic = (String) driver.executeAsyncScript("const done = arguments[0];"
                + " fetch(document.getElementById('run-archive').getAttribute('href'))"
                + ".then(r => r.arrayBuffer()).then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))));");
        assertEquals("PK", magic);
        // so does each uploaded file, listed under Files
        assertTrue(driver.findElement(By.id("run-files")).getText().contains("log.txt — 33 bytes"),
                driver.findElement(By.id("run-files")).getText());
        String file = (String) driver.executeAsyncScript("const done = arguments[0];"
                + " fetch(document.getElementById('artifact-log.txt').getAttribute('href'))"
                + ".then(r => r.text()).then(done);");
        assertEquals(new String(log, StandardCharsets.UTF_8), file);
        driver.get(root + "experiments/" + experiment);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("comments"), "run #" + run + ": seed 0 diverged late"));
        signOut(root);
        driver.get(root + "runs/" + run);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("not-found")));
    }

    private static byte[] sha256(byte[] content) {
        return org.normbench.artifact.Checksums.sha256().digest(content);
    }

    private static long experiment(String name, Visibility visibility, long owner, Long team) {
        long id = SyntheticRuns.experiment(BENCHMARK, name, visibility, owner, team);
        SyntheticRuns.finished(id, "ewn", "{\"width\":3.0}", 0, Map.of("final_loss", 1.0),
                List.of(new RunEvent.Point("loss", 0, 1.0)));
        return id;
    }

    /** Whether each experiment is in the experiment list as the browser's session sees it. */
    private List<Boolean> listed(long... ids) {
        driver.get(root + "experiments");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content//a[starts-with(text(),'#')]")));
        String page = driver.getPageSource();
        return java.util.Arrays.stream(ids).mapToObj(id -> page.contains(">#" + id + " ")).toList();
    }

    private void assertNotFound(long experiment) {
        driver.get(root + "experiments/" + experiment);
        WebElement reason = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertTrue(reason.getText().contains("not found"), reason.getText());
    }
}
