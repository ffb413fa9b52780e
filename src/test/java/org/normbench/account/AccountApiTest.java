package org.normbench.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.queue.RunEvent;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;

/** Sign-in, API tokens, teams and visibility through the REST API. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class AccountApiTest {

    @Inject
    AccountService accounts;

    @Test
    void theFirstStartCreatedAnAdministratorWithARandomPasswordInAnOwnerOnlyFile() throws Exception {
        Path file = Path.of("target/initial-admin-password");
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 20, "a long random password");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.byUsername("admin").orElseThrow().admin));
    }

    @Test
    void aTokenFromNameAndPasswordWorksUntilRevokedAndIsNeverListed() {
        TestAccounts.account("tk-user");
        String token = given().auth().preemptive().basic("tk-user", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "laptop")).post("/api/tokens").then().statusCode(201)
                .body("name", equalTo("laptop")).extract().path("token");
        assertTrue(token.startsWith("nb_"));
        given().auth().oauth2(token).get("/api/account").then().statusCode(200).body("username", equalTo("tk-user"));
        int id = given().auth().oauth2(token).get("/api/tokens").then().statusCode(200)
                .body(not(containsString(token))).body("[0].name", equalTo("laptop")).extract().path("[0].id");
        given().auth().oauth2(token).delete("/api/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/account").then().statusCode(401)
                .body("message", equalTo("the API token is unknown or revoked"));
        given().auth().oauth2("nb_made-up").get("/api/experiments").then().statusCode(401);
        given().auth().preemptive().basic("tk-user", TestAccounts.PASSWORD).get("/api/experiments").then()
                .statusCode(401).body("message", containsString("send an API token"));
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        String mine = TestAccounts.token("tk-owner");
        int id = given().auth().oauth2(mine).get("/api/tokens").then().extract().path("[0].id");
        given().auth().oauth2(TestAccounts.token("tk-thief")).delete("/api/tokens/" + id).then().statusCode(404);
        given().auth().oauth2(mine).get("/api/account").then().statusCode(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        TestAccounts.account("brute");
        for (int i = 0; i < 5; i++) {
            assertTrue(accounts.signIn("brute", "wrong password " + i, "10.0.0.7").isEmpty());
        }
        assertThrows(LoginThrottledException.class, () -> accounts.signIn("brute", TestAccounts.PASSWORD, "10.0.0.8"));
        given().auth().preemptive().basic("brute", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "x")).post("/api/tokens").then().statusCode(429)
                .header("Retry-After", not(equalTo(null))).body("message", containsString("too many failed sign-ins"));
    }

    @Test
    void administratorsCreateAndListAccountsAndNobodyElseDoes() {
        String notAdmin = TestAccounts.token("ad-plain");
        TestAccounts.account("ad-admin", true);
        String adminToken = TestAccounts.token("ad-admin");
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("username", "ad-new",
                "password", "long enough password", "admin", false)).post("/api/accounts").then().statusCode(201)
                .body("username", equalTo("ad-new")).body("admin", equalTo(false));
        assertTrue(accounts.signIn("ad-new", "long enough password", "10.0.0.9").isPresent());
        given().auth().oauth2(adminToken).get("/api/accounts").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.hasItems("ad-admin", "ad-new"))
                .body(not(containsString("passwordHash")));
        given().auth().oauth2(notAdmin).get("/api/accounts").then().statusCode(403);
        given().auth().oauth2(notAdmin).contentType(ContentType.JSON).body(Map.of("username", "ad-sneaky",
                "password", "long enough password", "admin", true)).post("/api/accounts").then().statusCode(403);
        given().get("/api/accounts").then().statusCode(401);
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("username", "x",
                "password", "short")).post("/api/accounts").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
    }

    @Test
    void badSignUpsNameEveryProblem() {
        InvalidQueryExceptionAssert.fields(() -> accounts.signUp("A b", "short"), "username", "password");
        TestAccounts.account("taken-name");
        InvalidQueryExceptionAssert.fields(() -> accounts.signUp("Taken-Name", "long enough password"), "username");
        InvalidQueryExceptionAssert.fields(() -> accounts.signUp("new-name", "x".repeat(73)), "password");
    }

    @Test
    void onlyTeamOwnersManageMembersAndATeamKeepsAnOwner() {
        String owner = TestAccounts.token("tm-owner");
        String member = TestAccounts.token("tm-member");
        TestAccounts.account("tm-newcomer");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("name", "tm-team")).post("/api/teams")
                .then().statusCode(201).body("members[0].role", equalTo("OWNER"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .put("/api/teams/tm-team/members/tm-member").then().statusCode(200);
        given().auth().oauth2(member).contentType(ContentType.JSON).body(Map.of("role", "OWNER"))
                .put("/api/teams/tm-team/members/tm-newcomer").then().statusCode(403);
        given().auth().oauth2(TestAccounts.token("tm-outsider")).get("/api/teams/tm-team").then().statusCode(404);
        given().auth().oauth2(owner).delete("/api/teams/tm-team/members/tm-owner").then().statusCode(400)
                .body("errors[0].message", containsString("needs at least one owner"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("name", "tm-team")).post("/api/teams")
                .then().statusCode(400).body("errors[0].message", containsString("taken"));
    }

    @Test
    void onlyPublicExperimentsFeedTheGlobalLeaderboardAndSharingRebuildsIt() {
        String benchmark = "morwani-ewn-xor-sparsity";
        long owner = TestAccounts.account("gl-owner").accountId();
        String token = TestAccounts.token("gl-owner");
        long experiment = SyntheticRuns.experiment(benchmark, "global visibility", Visibility.PRIVATE, owner, null);
        for (int seed = 0; seed < 2; seed++) {
            SyntheticRuns.finished(experiment, "ewn", "{\"width\":777.0}", seed,
                    Map.of("final_loss", 0.25 + seed, "converged", 1.0), List.of(new RunEvent.Point("loss", 0, 1.0)));
        }
        String global = "/api/leaderboards/" + benchmark + "/final_loss?param=width:777&limit=200";
        given().get(global).then().statusCode(200).body("rows.total", equalTo(0));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("visibility", "PUBLIC"))
                .put("/api/experiments/" + experiment + "/sharing").then().statusCode(200)
                .body("visibility", equalTo("PUBLIC"));
        given().get(global).then().statusCode(200).body("rows.total", equalTo(1)).body("rows.items[0].seeds",
                equalTo(2)).body("rows.items[0].mean", equalTo(0.75f));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("visibility", "PRIVATE"))
                .put("/api/experiments/" + experiment + "/sharing").then().statusCode(200);
        given().get(global).then().statusCode(200).body("rows.total", equalTo(0));
        String setting = given().auth().oauth2(token).get("/api/leaderboards/" + benchmark
                + "/final_loss?experiment=" + experiment).then().statusCode(200).body("rows.total", equalTo(1))
                .extract().path("rows.items[0].setting");
        // the experiment's own rows compare within it; globally the private runs are not there
        given().auth().oauth2(token).get("/api/comparisons/series?experiment=" + experiment + "&setting=" + setting)
                .then().statusCode(200).body("", equalTo(List.of("loss")));
        given().auth().oauth2(token).get("/api/comparisons/series?setting=" + setting).then().statusCode(200)
                .body("", equalTo(List.of()));
        given().get("/api/comparisons/series?experiment=" + experiment + "&setting=" + setting).then()
                .statusCode(200).body("", equalTo(List.of()));
    }

    @Test
    void theBrowserSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = given().get("/").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly")
                && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void responsesCarrySecurityHeadersAndNoInternals() {
        given().get("/api/experiments").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", containsString("frame-ancestors"));
        String body = given().auth().oauth2(TestAccounts.token("hd-user")).contentType(ContentType.JSON)
                .body("{\"body\": 5").post("/api/experiments/1/comments").then().statusCode(400).extract().asString();
        assertFalse(body.contains("Exception") || body.contains("at org."), body);
    }

    /** Asserts which fields an InvalidQueryException names. */
    private static final class InvalidQueryExceptionAssert {
        static void fields(Runnable action, String... fields) {
            var e = assertThrows(org.normbench.experiment.InvalidQueryException.class, action::run);
            assertEquals(List.of(fields), e.errors().stream().map(f -> f.field()).toList());
        }
    }
}
