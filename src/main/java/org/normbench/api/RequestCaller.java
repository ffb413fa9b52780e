package org.normbench.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.normbench.account.AccountService;
import org.normbench.account.Caller;
import org.normbench.account.NotSignedInException;
import org.normbench.account.TokenService;

/**
 * Who sent this API request: the account of its {@code Authorization: Bearer} API token, or nobody. A bad or
 * revoked token is refused (401), never treated as anonymous. The API takes no cookies, so a browser session
 * cannot be ridden by another site (no CSRF); name and password are accepted only to create a token.
 */
@RequestScoped
public class RequestCaller {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private final HttpServerRequest request;
    private final TokenService tokens;
    private final AccountService accounts;
    private Caller caller;

    public RequestCaller(HttpServerRequest request, TokenService tokens, AccountService accounts) {
        this.request = request;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /**
     * The caller of a token, or of HTTP Basic name and password (how the command line gets its first token);
     * sign-ins by password are throttled like the UI's.
     */
    public Caller byTokenOrPassword() {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return get();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotSignedInException("the Basic credentials are not base64 of name:password");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new NotSignedInException("the Basic credentials are not base64 of name:password");
        }
        return accounts.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress())
                .orElseThrow(() -> new NotSignedInException("wrong name or password"));
    }

    private Caller resolve() {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotSignedInException("send an API token as 'Authorization: Bearer nb_...' (POST /api/tokens"
                    + " with your name and password as HTTP Basic creates one)");
        }
        return tokens.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> new NotSignedInException("the API token is unknown or revoked"));
    }

    private String clientAddress() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
