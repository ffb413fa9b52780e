package org.normbench.worker;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normbench.support.Api;
import org.normbench.support.KafkaTestBroker;

/**
 * The packaged application as separate processes — a portal and a worker on a real broker — and the worker
 * killed with SIGKILL in the middle of a run: a restarted worker with the same id must finish the run, with
 * every metric point stored exactly once, and its files (log, parameter snapshots) uploaded once.
 */
class WorkerCrashIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String WORKER_ID = "it-worker";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static Path dir;
    private static String portalUrl;

    @BeforeAll
    static void startPortal() throws Exception {
        assertTrue(Files.exists(JAR), "run after 'mvn package': " + JAR + " is missing");
        dir = Files.createTempDirectory("normbench-it");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        portalUrl = "http://localhost:" + port;
        start("portal", Map.of("NORMBENCH_ROLES", "portal", "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + dir.resolve("db/normbench"),
                "NORMBENCH_ACCOUNT_ADMIN_PASSWORD", ADMIN_PASSWORD));
        RestAssured.port = port;
        await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @AfterAll
    static void stopAll() {
        PROCESSES.forEach(Process::destroy);
        RestAssured.reset();
    }

    @Test
    void aKilledWorkersRunIsRedeliveredAndFinishedWithoutDuplicatePoints() throws Exception {
        Process worker = startWorker("worker-1");
        // the packaged portal's first start created the administrator with the configured password
        String token = given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("name", "crash test")).post("/api/tokens").then().statusCode(201).extract()
                .path("token");
        long runId = Api.submit(token, Map.of("name", "crash", "visibility", "PUBLIC", "benchmark",
                "dukler-wn-convergence", "schemes", List.of("wn"),
                "grid", Map.of("width", List.of(2000), "alpha", List.of(10), "maxSteps", List.of(4000)),
                "seeds", List.of(0))).get(0);
        await().atMost(Duration.ofMinutes(2)).until(() -> lossSteps(runId).size() >= 300);
        worker.destroyForcibly().waitFor(); // SIGKILL: no goodbye, no offset commit
        int pointsAtKill = lossSteps(runId).size();
        assertEquals("RUNNING", Api.run(runId).getString("state"));
        assertTrue(pointsAtKill < 4001, "killed mid-run, at " + pointsAtKill + " points");

        startWorker("worker-2");
        JsonPath run = Api.awaitFinal(runId, Duration.ofMinutes(4));
        assertEquals("SUCCEEDED", run.getString("state"), run.getString("error"));
        assertEquals(WORKER_ID, run.getString("worker"));
        assertEquals(4000.0, run.getDouble("summary.steps"), 0.0);
        List<Long> steps = lossSteps(runId);
        assertEquals(4001, steps.size(), "one point per step 0..4000, none twice");
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i, steps.get(i).longValue());
        }
        // the second worker uploaded the files of its own attempt; the first attempt's were dropped at restart
        List<String> artifacts = run.getList("artifacts.name");
        assertTrue(artifacts.containsAll(List.of("log.txt", "snapshot-init.npz", "snapshot-final.npz")),
                artifacts.toString());
        String log = given().get("/api/runs/" + runId + "/artifacts/log.txt").then().statusCode(200).extract()
                .asString();
        assertEquals(1, log.lines().filter(line -> line.contains(" run " + runId + ": ")).count(), log);
        assertTrue(log.contains("snapshot final at step 4000"), log);
        try (var spool = Files.list(dir.resolve("data/worker-spool"))) {
            assertEquals(List.of(), spool.toList(), "nothing left to upload");
        }
    }

    private static List<Long> lossSteps(long runId) {
        List<Long> steps = given().get("/api/runs/" + runId + "/metrics").then().statusCode(200).extract()
                .jsonPath().getList("series.loss.steps", Long.class);
        return steps == null ? List.of() : steps;
    }

    private static Process startWorker(String logName) throws IOException {
        return start(logName, Map.of("NORMBENCH_ROLES", "worker", "NORMBENCH_WORKER_ID", WORKER_ID,
                "NORMBENCH_WORKER_PORTAL_URL", portalUrl, "QUARKUS_HTTP_PORT", "0",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:mem:worker"));
    }

    private static Process start(String name, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-jar",
                JAR.toAbsolutePath().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("OPT_OUT_TRACKING", "true");
        builder.environment().put("NORMBENCH_KAFKA_BOOTSTRAP_SERVERS", KafkaTestBroker.bootstrapServers());
        Process process = builder.start();
        PROCESSES.add(process);
        return process;
    }
}
