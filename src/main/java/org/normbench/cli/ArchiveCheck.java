package org.normbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.normbench.artifact.Checksums;

/** Checks a downloaded archive against the SHA256SUMS inside it. */
final class ArchiveCheck {

    private ArchiveCheck() {
    }

    /** The number of files checked; a {@link CliException} naming the first file that does not match. */
    static int verify(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry sums = zip.getEntry("SHA256SUMS");
            if (sums == null) {
                throw new CliException(archive + " has no SHA256SUMS");
            }
            int checked = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(sums),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] parts = line.split("  ", 2);
                    ZipEntry entry = parts.length == 2 ? zip.getEntry(parts[1]) : null;
                    if (entry == null || !parts[0].equals(Checksums.sha256Hex(zip.getInputStream(entry)))) {
                        throw new CliException(archive + ": " + (parts.length == 2 ? parts[1] : line)
                                + " does not match its SHA-256 in SHA256SUMS");
                    }
                    checked++;
                }
            }
            return checked;
        } catch (IOException e) {
            throw new CliException(archive + " is not a readable zip: " + e.getMessage(), e);
        }
    }
}
