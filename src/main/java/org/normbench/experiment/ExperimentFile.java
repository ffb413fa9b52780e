package org.normbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Locale;

/** An experiment written to a file, as {@code bin/normbench submit} and {@code bin/run-local} read it. */
public final class ExperimentFile {

    private ExperimentFile() {
    }

    /** A reader for {@code file}: YAML when its name ends in .yaml or .yml, else JSON. */
    public static ObjectMapper mapperFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
    }
}
