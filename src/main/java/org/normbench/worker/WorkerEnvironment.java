package org.normbench.worker;

import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a run was computed with, recorded with every run so a result can be reproduced or explained: NormBench
 * version and commit, Java, DJL and PyTorch versions, device, CPU and threads, read on the training thread once the
 * engine is loaded; and per run the dtype it trains in.
 */
final class WorkerEnvironment {

    private static final String BUILD_PROPERTIES = "/META-INF/normbench-build.properties";
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private WorkerEnvironment() {
    }

    static Map<String, String> describe(String workerId, int threads) {
        Engine engine = Engine.getEngine("PyTorch");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("normbench", ConfigProvider.getConfig().getOptionalValue("quarkus.application.version",
                String.class).orElse("unknown"));
        environment.put("commit", buildCommit());
        environment.put("worker", workerId);
        environment.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        environment.put("cpu", cpuModel() + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
        environment.put("djl", Engine.getDjlVersion());
        environment.put("pytorch", engine.getVersion());
        environment.put("device", engine.defaultDevice().toString());
        environment.put("threads", threads + " intra-op, " + threads + " inter-op");
        return environment;
    }

    /** The worker's environment with the dtype one run trains in (its probes' sums are float64 either way). */
    static Map<String, String> forRun(Map<String, String> worker, DataType dataType) {
        Map<String, String> run = new LinkedHashMap<>(worker);
        run.put("dtype", dataType.name().toLowerCase(Locale.ROOT));
        return run;
    }

    private static String buildCommit() {
        try (InputStream in = WorkerEnvironment.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("commit", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(CPU_INFO).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
