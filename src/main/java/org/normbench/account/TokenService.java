package org.normbench.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;

/**
 * Personal API tokens for the REST API and the command line: created (and shown) once, listed without their
 * secret, revoked at once. A token is 32 random bytes; the database holds only its SHA-256, looked up on every
 * request, so a revoked token fails on the next call.
 */
@ApplicationScoped
public class TokenService {

    /** Marks NormBench tokens, so secret scanners and people recognise a leaked one. */
    public static final String PREFIX = "nb_";
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_NAME_LENGTH = 100;

    /** A token as listed: never its secret. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant revokedAt) {
        static TokenInfo of(ApiToken token) {
            return new TokenInfo(token.id, token.name, token.createdAt, token.revokedAt);
        }
    }

    /** A token just created: the only time its secret is shown. */
    public record CreatedToken(long id, String name, Instant createdAt, String token) {
    }

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public CreatedToken create(Caller caller, String name) {
        caller.requireSignedIn("create an API token");
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            throw new InvalidQueryException(List.of(new FieldError("name",
                    "name the token (1 to " + MAX_NAME_LENGTH + " characters), e.g. 'laptop CLI'")));
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.account = Account.findById(caller.accountId());
        token.name = label;
        token.tokenHash = hash(secret);
        token.createdAt = Instant.now();
        token.persist();
        return new CreatedToken(token.id, token.name, token.createdAt, secret);
    }

    @Transactional
    public List<TokenInfo> list(Caller caller) {
        caller.requireSignedIn("list API tokens");
        return ApiToken.<ApiToken>list("account.id = ?1 order by id", caller.accountId()).stream()
                .map(TokenInfo::of).toList();
    }

    /** Revokes one of the caller's tokens; false when the caller has no such token. */
    @Transactional
    public boolean revoke(Caller caller, long id) {
        caller.requireSignedIn("revoke an API token");
        ApiToken token = ApiToken.findById(id);
        if (token == null || !caller.is(token.account)) {
            return false;
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
        return true;
    }

    /** The caller a token stands for, or empty when it is unknown or revoked. */
    @Transactional
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return ApiToken.<ApiToken>find("tokenHash", hash(secret)).firstResultOptional()
                .filter(t -> t.revokedAt == null).map(t -> AccountService.callerOf(t.account));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
