package org.normbench.account;

import java.util.Map;
import java.util.Optional;

/**
 * Who performs an operation, as authorization sees it: an account (with its admin flag and team roles, read when
 * the request arrived) or nobody signed in. Every query and command that touches experiments takes one.
 */
public record Caller(Long accountId, String username, boolean admin, Map<Long, TeamRole> teams) {

    public static final Caller ANONYMOUS = new Caller(null, null, false, Map.of());

    public Caller {
        teams = Map.copyOf(teams);
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean is(Account account) {
        return account != null && account.id.equals(accountId);
    }

    public Optional<TeamRole> roleIn(Team team) {
        return team == null ? Optional.empty() : Optional.ofNullable(teams.get(team.id));
    }

    /** The caller, or a {@link NotSignedInException} saying what signing in is needed for. */
    public Caller requireSignedIn(String toDo) {
        if (!signedIn()) {
            throw new NotSignedInException("sign in (or send an API token) to " + toDo);
        }
        return this;
    }
}
