package org.normbench.artifact;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;

/** Chooses the artifact store from {@code normbench.artifacts.store} and tidies it at start. */
@ApplicationScoped
class ArtifactStores {

    @Produces
    @ApplicationScoped
    ArtifactStore store(ArtifactConfig config) {
        return switch (config.store()) {
            case DIRECTORY -> new DirectoryArtifactStore(config.directory());
            case S3 -> new S3ArtifactStore(config.s3());
        };
    }

    void removeLeftovers(@Observes StartupEvent event, ArtifactStore store) throws IOException {
        store.removeLeftovers();
    }

    void close(@Disposes ArtifactStore store) throws IOException {
        store.close();
    }
}
