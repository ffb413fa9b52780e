package org.normbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The API token 'login' saves, in a file only its owner can read. */
final class TokenStore {

    private static final String FILE = "token";

    private TokenStore() {
    }

    static String read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Path write(Path dir, String token) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new CliException("cannot save the token to " + file + ": " + e.getMessage(), e);
        }
    }
}
