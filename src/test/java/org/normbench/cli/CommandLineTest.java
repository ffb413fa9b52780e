package org.normbench.cli;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.TestAccounts;

/** The command-line client end to end against the running test portal, over HTTP. */
@QuarkusTest
@QuarkusTestResource(KafkaTestBroker.class)
class CommandLineTest {

    @TestHTTPResource("/")
    URL root;

    @TempDir
    Path dir;

    /** What one command line printed and returned. */
    private record Result(int status, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = root.toString();
        all[2] = "--config-dir";
        all[3] = dir.resolve("config").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        int status = NormBenchCli.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), all);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void loginSubmitWatchStatusLeaderboardDownloadAndExport() throws IOException {
        TestAccounts.account("cli-user");
        Result login = run(TestAccounts.PASSWORD + "\n", "login", "cli-user", "--password-stdin");
        assertEquals(0, login.status(), "OUT " + login.out() + " ERR " + login.err());
        Path token = dir.resolve("config/token");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));

        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, """
                name: from the command line
                benchmark: dukler-wn-convergence
                schemes: [none]
                grid: {width: [60], learningRate: [0.25], maxSteps: [300]}
                seeds: [0, 1]
                """);
        Result submit = run("", "submit", file.toString(), "--watch", "--interval", "PT0.5S", "--timeout", "PT3M");
        assertEquals(0, submit.status(), submit.out() + submit.err());
        assertTrue(submit.out().contains("2 runs queued"), submit.out());
        assertTrue(submit.out().contains("[" + "#".repeat(30) + "] 2/2 finished · 2 SUCCEEDED"), submit.out());
        long id = Long.parseLong(submit.out().replaceAll("(?s)^experiment (\\d+):.*", "$1"));

        Result status = run("", "status", Long.toString(id));
        assertEquals(0, status.status(), status.err());
        assertTrue(status.out().contains("owner cli-user · PRIVATE"), status.out());
        assertEquals(2, status.out().lines().filter(l -> l.contains(" none ") && l.contains("SUCCEEDED")).count(),
                status.out());

        Result board = run("", "leaderboard", "dukler-wn-convergence", "final_loss", "--experiment",
                Long.toString(id));
        assertEquals(0, board.status(), board.err());
        assertTrue(board.out().lines().anyMatch(l -> l.startsWith("1     none ") && l.trim().endsWith(" 2")),
                board.out());
        Result mine = run("", "leaderboard", "dukler-wn-convergence", "final_loss", "--owner", "cli-user",
                "--scheme", "none", "--from", "2000-01-01");
        assertEquals(0, mine.status(), mine.err());
        assertTrue(mine.out().contains("you may read, owned by cli-user"), mine.out());
        assertTrue(mine.out().lines().anyMatch(l -> l.startsWith("1     none ")), mine.out());
        assertTrue(mine.out().lines().noneMatch(l -> l.contains(" wn ")), "--scheme none: " + mine.out());

        // every run's four files (run.json, summary.json, metrics.csv, metrics.arrow), each run's uploaded files,
        // experiment.json, manifest.json
        String owner = TestAccounts.token("cli-user");
        List<Long> runIds = given().auth().oauth2(owner).get("/api/experiments/" + id).then().statusCode(200)
                .extract().jsonPath().getList("runs.id", Long.class);
        int uploaded = 0;
        for (long runId : runIds) {
            uploaded += given().auth().oauth2(owner).get("/api/runs/" + runId).then().extract().jsonPath()
                    .getList("artifacts").size();
        }
        assertTrue(uploaded >= 2 * 3, "log and two snapshots per run: " + uploaded);
        Path zip = dir.resolve("all.zip");
        Result download = run("", "download", "experiment", Long.toString(id), "-o", zip.toString());
        assertEquals(0, download.status(), download.err());
        assertTrue(download.out().contains(zip + ": " + (10 + uploaded) + " files, SHA-256 verified"), download.out());
        Path log = dir.resolve("run.log");
        Result one = run("", "download", "run", runIds.get(0).toString(), "--file", "log.txt", "-o", log.toString());
        assertEquals(0, one.status(), one.err());
        assertTrue(one.out().contains(log + ": SHA-256 verified"), one.out());
        assertTrue(Files.readString(log).contains("stopped: CONVERGED"), Files.readString(log));

        Result export = run("", "export", dir.resolve("export").toString(), "--mine");
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.exists(dir.resolve("export/experiment-" + id + ".zip")));
        assertTrue(export.out().contains("1 experiments exported"), export.out());

        Result cancel = run("", "cancel", Long.toString(id));
        assertEquals(0, cancel.status(), cancel.err());
        assertTrue(cancel.out().contains("2/2 finished · 2 SUCCEEDED"), "nothing left to cancel: " + cancel.out());
        assertEquals(2, run("", "delete", Long.toString(id)).status(), "deleting needs --yes");
        Result delete = run("", "delete", Long.toString(id), "--yes");
        assertEquals(0, delete.status(), delete.err());
        Result gone = run("", "status", Long.toString(id));
        assertEquals(2, gone.status());
        assertTrue(gone.err().contains("HTTP 404: experiment " + id + " not found"), gone.err());
    }

    @Test
    void aPresetIsReproducedAndItsClaimsJudged() {
        String token = TestAccounts.token("cli-reproducer");
        Result reproduce = run("", "--token", token, "reproduce", "morwani-ewn-simple-traj", "--visibility", "PRIVATE",
                "--watch", "--interval", "PT0.5S", "--timeout", "PT3M");
        assertEquals(0, reproduce.status(), reproduce.out() + reproduce.err());
        assertTrue(reproduce.out().contains("18 runs queued"), reproduce.out());
        assertTrue(reproduce.out().lines().anyMatch(l -> l.startsWith("holds        ewn-axis-limit-w2init-1")),
                reproduce.out());
        long id = Long.parseLong(reproduce.out().replaceAll("(?s)^experiment (\\d+):.*", "$1"));
        Result claims = run("", "--token", token, "claims", "morwani-ewn-simple-traj", "--experiment",
                Long.toString(id));
        assertEquals(0, claims.status(), claims.err());
        assertEquals(4, claims.out().lines().filter(l -> l.startsWith("holds ")).count(), claims.out());
        Result unknown = run("", "--token", token, "reproduce", "morwani-ewn-simple-traj", "--preset", "huge");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("HTTP 404: benchmark morwani-ewn-simple-traj has no preset 'huge'"),
                unknown.err());
    }

    @Test
    void refusalsAreOneClearLineAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"benchmark\": \"dukler-wn-convergence\", \"schemes\": [\"bn\"],"
                + " \"seeds\": [0]}");
        Result anonymous = run("", "submit", bad.toString());
        assertEquals(2, anonymous.status());
        assertTrue(anonymous.err().contains("HTTP 401: sign in (or send an API token) to submit experiments"),
                anonymous.err());
        Result invalid = run("", "--token", TestAccounts.token("cli-other"), "submit", bad.toString());
        assertEquals(2, invalid.status());
        assertTrue(invalid.err().contains("HTTP 400: invalid experiment (schemes[0]:"), invalid.err());
        Result wrongPassword = run("not the password\n", "login", "cli-other", "--password-stdin");
        assertEquals(2, wrongPassword.status());
        assertTrue(wrongPassword.err().contains("HTTP 401: wrong name or password"), wrongPassword.err());
        Result missing = run("", "download", "run", "987654321", "-o", dir.resolve("x.zip").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("HTTP 404: run 987654321 not found"), missing.err());
        assertTrue(Files.notExists(dir.resolve("x.zip")) && Files.notExists(dir.resolve("x.zip.part")));
        Result noFile = run("", "download", "run", "987654321", "--file", "log.txt", "-o", dir.resolve("y").toString());
        assertEquals(2, noFile.status());
        assertTrue(noFile.err().contains("HTTP 404: run 987654321 has no artifact 'log.txt'"), noFile.err());
        Result notARun = run("", "download", "experiment", "1", "--file", "log.txt");
        assertEquals(2, notARun.status());
        assertTrue(notARun.err().contains("--file names a file of a run"), notARun.err());
        StringWriter err = new StringWriter();
        int unreachable = NormBenchCli.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "--url", "http://127.0.0.1:9", "status", "1");
        assertEquals(2, unreachable);
        assertTrue(err.toString().contains("no NormBench portal at http://127.0.0.1:9"), err.toString());
        assertEquals(2, run("", "status").status(), "a missing argument is a usage error");
    }

    @Test
    void aTamperedArchiveFailsVerification() throws IOException {
        Path zip = dir.resolve("tampered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            write(out, "metrics.csv", "series,step,value\nloss,0,0.5\n");
            write(out, "SHA256SUMS", "0".repeat(64) + "  metrics.csv\n");
        }
        CliException e = assertThrows(CliException.class, () -> ArchiveCheck.verify(zip));
        assertTrue(e.getMessage().contains("metrics.csv does not match its SHA-256"), e.getMessage());
    }

    private static void write(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream entry = zip;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
