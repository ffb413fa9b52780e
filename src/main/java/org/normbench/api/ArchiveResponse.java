package org.normbench.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.normbench.artifact.Archive;

/** An archive as a streamed zip download (a multi-GB experiment never sits in memory). */
final class ArchiveResponse {

    static final String ZIP = "application/zip";

    private ArchiveResponse() {
    }

    static Response of(Archive archive) {
        StreamingOutput body = archive::writeTo;
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"").build();
    }
}
