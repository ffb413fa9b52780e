package org.normbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.normbench.artifact.Archive;

/** A link that streams an archive through the browser session (so visibility is the signed-in person's). */
final class ArchiveDownload {

    private ArchiveDownload() {
    }

    static Anchor link(String text, String id, Archive archive) {
        DownloadHandler handler = event -> {
            event.setFileName(archive.fileName());
            event.setContentType("application/zip");
            archive.writeTo(event.getOutputStream());
        };
        Anchor link = new Anchor(handler, text);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
