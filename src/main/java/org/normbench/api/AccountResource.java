package org.normbench.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.normbench.account.Caller;

/** Who the API takes the caller to be: a quick check of a token. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final RequestCaller caller;

    public AccountResource(RequestCaller caller) {
        this.caller = caller;
    }

    @GET
    public Caller whoAmI() {
        return caller.get().requireSignedIn("see your account");
    }
}
