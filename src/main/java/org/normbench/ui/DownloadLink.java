package org.normbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import org.normbench.artifact.Archive;
import org.normbench.artifact.ArtifactService;

/** Links that stream a download through the browser session (so visibility is the signed-in person's). */
final class DownloadLink {

    private DownloadLink() {
    }

    /** A run's or an experiment's zip. */
    static Anchor archive(String text, String id, Archive archive) {
        return link(text, id, event -> {
            event.setFileName(archive.fileName());
            event.setContentType("application/zip");
            archive.writeTo(event.getOutputStream());
        });
    }

    /** One uploaded file, checked against its SHA-256 as it streams (a damaged file breaks off the download). */
    static Anchor artifact(String text, String id, ArtifactService artifacts, ArtifactService.StoredArtifact file) {
        return link(text, id, event -> {
            event.setFileName(file.name());
            event.setContentType("application/octet-stream");
            try (InputStream in = artifacts.open(file)) {
                in.transferTo(event.getOutputStream());
            }
        });
    }

    private static Anchor link(String text, String id, DownloadHandler handler) {
        Anchor link = new Anchor(handler, text);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
