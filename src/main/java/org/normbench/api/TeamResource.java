package org.normbench.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.normbench.account.TeamRole;
import org.normbench.account.TeamService;
import org.normbench.account.TeamService.TeamDetails;

/** Teams: create one (you own it), list yours, and — as an owner — add, change and remove members. */
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    public record NewTeam(String name) {
    }

    public record Membership(TeamRole role) {
    }

    private final TeamService teams;
    private final RequestCaller caller;

    public TeamResource(TeamService teams, RequestCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @POST
    public Response create(NewTeam team) {
        return Response.status(Response.Status.CREATED)
                .entity(teams.create(caller.get(), team == null ? null : team.name())).build();
    }

    @GET
    public List<TeamDetails> list() {
        return teams.teams(caller.get());
    }

    @GET
    @Path("{team}")
    public TeamDetails get(@PathParam("team") String team) {
        return teams.team(caller.get(), team).orElseThrow(() -> notFound(team));
    }

    @PUT
    @Path("{team}/members/{username}")
    public TeamDetails setMember(@PathParam("team") String team, @PathParam("username") String username,
            Membership membership) {
        return teams.setMember(caller.get(), team, username, membership == null ? null : membership.role())
                .orElseThrow(() -> notFound(team));
    }

    @DELETE
    @Path("{team}/members/{username}")
    public TeamDetails removeMember(@PathParam("team") String team, @PathParam("username") String username) {
        return teams.removeMember(caller.get(), team, username).orElseThrow(() -> notFound(team));
    }

    private static NotFoundException notFound(String team) {
        return new NotFoundException("you are in no team '" + team + "'");
    }
}
