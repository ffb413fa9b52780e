package org.normbench.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.normbench.account.TokenService;
import org.normbench.account.TokenService.CreatedToken;
import org.normbench.account.TokenService.TokenInfo;

/**
 * The caller's personal API tokens. {@code POST} accepts HTTP Basic name and password as well as a token, so a
 * script or the command line can get its first token; the token is in that response only.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    public record NewToken(String name) {
    }

    private final TokenService tokens;
    private final RequestCaller caller;

    public TokenResource(TokenService tokens, RequestCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken request) {
        CreatedToken created = tokens.create(caller.byTokenOrPassword(), request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public List<TokenInfo> list() {
        return tokens.list(caller.get());
    }

    /** Revokes the token at once: the next request with it is refused. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revoke(caller.get(), id)) {
            throw new NotFoundException("you have no API token " + id);
        }
        return Response.noContent().build();
    }
}
