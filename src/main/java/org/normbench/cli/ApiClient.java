package org.normbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.normbench.api.ArtifactUploadRoute;
import org.normbench.artifact.Checksums;

/** The NormBench REST API as the command line uses it: JSON in and out, errors as one readable line. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** {@code text} as one segment or query value of a path. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    JsonNode get(String path) {
        return json(send(request(path).GET(), HttpResponse.BodyHandlers.ofString()));
    }

    JsonNode post(String path, Object body) {
        return json(send(request(path).POST(jsonBody(body)).header("Content-Type", "application/json"),
                HttpResponse.BodyHandlers.ofString()));
    }

    void delete(String path) {
        json(send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A POST authenticated by name and password (HTTP Basic): how the first token is made. */
    JsonNode postAs(String username, String password, String path, Object body) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization",
                "Basic " + basic).header("Content-Type", "application/json").POST(jsonBody(body));
        return json(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Streams a download into {@code target}, through a temporary file so a failed download leaves nothing; a file
     * served with its SHA-256 (run artifacts) is checked against it before it is kept.
     */
    void download(String path, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            HttpResponse<Path> response = send(request(path).GET().setHeader("Accept",
                    "application/zip, application/octet-stream, application/json"),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() / 100 != 2) {
                String body = Files.readString(partial);
                throw failure(response.statusCode(), body);
            }
            Optional<String> sha256 = response.headers().firstValue(ArtifactUploadRoute.CHECKSUM_HEADER);
            if (sha256.isPresent() && !sha256.get().equals(Checksums.sha256Hex(Files.newInputStream(partial)))) {
                throw new CliException("the download of " + path + " does not match its SHA-256 " + sha256.get()
                        + "; nothing was kept");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing useful to add to the failure already reported
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        return token == null || token.isBlank() ? request : request.header("Authorization", "Bearer " + token);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (ConnectException e) {
            throw new CliException("no NormBench portal at " + base + " (start one with bin/start, or set --url)", e);
        } catch (IOException e) {
            throw new CliException("request to " + base + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new CliException("the portal answered something that is not JSON: " + e.getMessage(), e);
        }
    }

    /** "HTTP 400: invalid experiment (schemes: choose at least one scheme …)" from the portal's error body. */
    private static CliException failure(int status, String body) {
        try {
            JsonNode error = JSON.readTree(body);
            StringBuilder message = new StringBuilder("HTTP " + status + ": " + error.path("message").asText());
            String fields = String.join("; ", StreamSupport.stream(error.path("errors").spliterator(), false)
                    .map(f -> f.path("field").asText() + ": " + f.path("message").asText()).toList());
            return new CliException(message + (fields.isEmpty() ? "" : " (" + fields + ")"));
        } catch (IOException | RuntimeException e) {
            return new CliException("HTTP " + status);
        }
    }

    private static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new CliException("cannot encode the request: " + e.getMessage(), e);
        }
    }
}
