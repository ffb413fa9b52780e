package org.normbench.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;

/** Teams and their members. Whoever creates a team owns it; owners add, change and remove members. */
@ApplicationScoped
public class TeamService {

    public record Member(String username, TeamRole role) {
    }

    /** A team as its members see it. */
    public record TeamDetails(long id, String name, TeamRole yourRole, List<Member> members) {
    }

    @Transactional
    public TeamDetails create(Caller caller, String name) {
        caller.requireSignedIn("create a team");
        String teamName = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!AccountService.NAME.matcher(teamName).matches()) {
            throw invalid("name", "3 to 32 characters: letters, digits, '.', '_' or '-'");
        }
        if (Team.byName(teamName).isPresent()) {
            throw invalid("name", "'" + teamName + "' is taken");
        }
        Team team = new Team();
        team.name = teamName;
        team.createdAt = Instant.now();
        team.persist();
        TeamMember owner = new TeamMember();
        owner.team = team;
        owner.account = Account.findById(caller.accountId());
        owner.role = TeamRole.OWNER;
        owner.persist();
        return details(team, TeamRole.OWNER);
    }

    /** The caller's teams (every team for an administrator). */
    @Transactional
    public List<TeamDetails> teams(Caller caller) {
        caller.requireSignedIn("list teams");
        List<Team> teams = caller.admin() ? Team.listAll()
                : TeamMember.<TeamMember>list("account.id", caller.accountId()).stream().map(m -> m.team).toList();
        return teams.stream().sorted(Comparator.comparing(t -> t.name))
                .map(t -> details(t, caller.roleIn(t).orElse(null))).toList();
    }

    /** A team the caller belongs to (any team for an administrator); empty for everyone else. */
    @Transactional
    public Optional<TeamDetails> team(Caller caller, String name) {
        return visible(caller, name).map(t -> details(t, caller.roleIn(t).orElse(null)));
    }

    /** Adds a member or changes a member's role; only the team's owners (and administrators) may. */
    @Transactional
    public Optional<TeamDetails> setMember(Caller caller, String teamName, String username, TeamRole role) {
        caller.requireSignedIn("manage a team");
        Optional<Team> found = visible(caller, teamName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Team team = requireOwner(caller, found.get());
        if (role == null) {
            throw invalid("role", "choose one of VIEWER, MEMBER, OWNER");
        }
        Account account = Account.byUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> invalid("username", "there is no account '" + username + "'"));
        TeamMember member = TeamMember.<TeamMember>find("team.id = ?1 and account.id = ?2", team.id, account.id)
                .firstResultOptional().orElseGet(() -> {
                    TeamMember m = new TeamMember();
                    m.team = team;
                    m.account = account;
                    return m;
                });
        if (member.role == TeamRole.OWNER && role != TeamRole.OWNER) {
            keepAnOwner(team);
        }
        member.role = role;
        member.persist();
        return Optional.of(details(team, caller.is(account) ? role : caller.roleIn(team).orElse(null)));
    }

    @Transactional
    public Optional<TeamDetails> removeMember(Caller caller, String teamName, String username) {
        caller.requireSignedIn("manage a team");
        Optional<Team> found = visible(caller, teamName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Team team = requireOwner(caller, found.get());
        TeamMember member = TeamMember.<TeamMember>find("team.id = ?1 and account.username = ?2", team.id,
                username == null ? "" : username.strip().toLowerCase(Locale.ROOT)).firstResultOptional()
                .orElseThrow(() -> invalid("username", "'" + username + "' is not in team " + team.name));
        if (member.role == TeamRole.OWNER) {
            keepAnOwner(team);
        }
        member.delete();
        return Optional.of(details(team, caller.is(member.account) ? null : caller.roleIn(team).orElse(null)));
    }

    private static Optional<Team> visible(Caller caller, String name) {
        return Team.byName(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                .filter(t -> caller.admin() || caller.roleIn(t).isPresent());
    }

    private static Team requireOwner(Caller caller, Team team) {
        if (!caller.admin() && caller.roleIn(team).filter(r -> r == TeamRole.OWNER).isEmpty()) {
            throw new AccessDeniedException("only owners of team " + team.name + " manage its members");
        }
        return team;
    }

    private static void keepAnOwner(Team team) {
        if (TeamMember.count("team.id = ?1 and role = ?2", team.id, TeamRole.OWNER) <= 1) {
            throw invalid("role", "team " + team.name + " needs at least one owner");
        }
    }

    private static TeamDetails details(Team team, TeamRole yourRole) {
        List<Member> members = TeamMember.<TeamMember>list("team.id = ?1 order by account.username", team.id)
                .stream().map(m -> new Member(m.account.username, m.role)).toList();
        return new TeamDetails(team.id, team.name, yourRole, members);
    }

    private static InvalidQueryException invalid(String field, String message) {
        return new InvalidQueryException(List.of(new FieldError(field, message)));
    }
}
