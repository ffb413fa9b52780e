package org.normbench.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.normbench.account.AccountService;
import org.normbench.account.AccountService.AccountInfo;
import org.normbench.account.Caller;

/** Who the API takes the caller to be; and, for administrators, every account and new ones. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** An account an administrator creates. */
    public record NewAccount(String username, String password, boolean admin) {
    }

    private final RequestCaller caller;
    private final AccountService accounts;

    public AccountResource(RequestCaller caller, AccountService accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    @GET
    @Path("account")
    public Caller whoAmI() {
        return caller.get().requireSignedIn("see your account");
    }

    @GET
    @Path("accounts")
    public List<AccountInfo> accounts() {
        return accounts.accounts(caller.get());
    }

    /** Creates an account (also while self-service sign-up is switched off); administrators only. */
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account) {
        NewAccount asked = account == null ? new NewAccount(null, null, false) : account;
        return Response.status(Response.Status.CREATED).entity(accounts.createAsAdmin(caller.get(),
                asked.username(), asked.password(), asked.admin())).build();
    }
}
