package org.normbench.experiment;

import java.util.HashMap;
import java.util.Map;
import org.normbench.account.Caller;
import org.normbench.account.TeamRole;

/**
 * Who may do what with an experiment (and so with its runs, results and comments). Administrators may do
 * everything. Otherwise: reading needs the experiment to be public, the caller to own it, or — when it is shared
 * with a team — any role in that team; commenting needs a signed-in reader who is not only a team viewer;
 * managing (visibility, and later cancel, rerun, delete) needs the owner or an owner of its team.
 */
public final class ExperimentAccess {

    /** A JPQL condition on an experiment alias and its parameters; an empty condition admits every experiment. */
    public record Filter(String condition, Map<String, Object> parameters) {

        /** {@code " and (condition)"}, or nothing when every experiment is admitted. */
        public String and() {
            return condition.isEmpty() ? "" : " and (" + condition + ")";
        }
    }

    private ExperimentAccess() {
    }

    public static boolean canRead(Caller caller, Experiment experiment) {
        return caller.admin() || experiment.visibility == Visibility.PUBLIC || caller.is(experiment.owner)
                || (experiment.visibility == Visibility.TEAM && caller.roleIn(experiment.team).isPresent());
    }

    public static boolean canComment(Caller caller, Experiment experiment) {
        return caller.signedIn() && canRead(caller, experiment) && (caller.admin() || caller.is(experiment.owner)
                || experiment.visibility == Visibility.PUBLIC
                || caller.roleIn(experiment.team).filter(r -> r.atLeast(TeamRole.MEMBER)).isPresent());
    }

    public static boolean canManage(Caller caller, Experiment experiment) {
        return caller.admin() || caller.is(experiment.owner) || (experiment.visibility != Visibility.PRIVATE
                && caller.roleIn(experiment.team).filter(r -> r == TeamRole.OWNER).isPresent());
    }

    /** The experiments under {@code alias} the caller may read, as a query condition. */
    public static Filter readable(Caller caller, String alias) {
        if (caller.admin()) {
            return new Filter("", Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("publicVisibility", Visibility.PUBLIC);
        StringBuilder condition = new StringBuilder(alias + ".visibility = :publicVisibility");
        if (caller.signedIn()) {
            condition.append(" or ").append(alias).append(".owner.id = :callerId");
            parameters.put("callerId", caller.accountId());
        }
        if (!caller.teams().isEmpty()) {
            condition.append(" or (").append(alias).append(".visibility = :teamVisibility and ").append(alias)
                    .append(".team.id in :callerTeams)");
            parameters.put("teamVisibility", Visibility.TEAM);
            parameters.put("callerTeams", caller.teams().keySet());
        }
        return new Filter(condition.toString(), parameters);
    }
}
