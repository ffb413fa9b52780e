package org.normbench.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A CSV file served through the browser session (not the cookie-less REST API), so it holds exactly what the
 * signed-in user may see; {@code csv} is computed when the link is followed.
 */
final class CsvDownload {

    private CsvDownload() {
    }

    static DownloadHandler of(String fileName, Supplier<String> csv) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        });
    }
}
