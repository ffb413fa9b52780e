package org.normbench.account;

/**
 * What a team member may do with the team's experiments, each role including the ones below it: a viewer reads
 * them, a member also submits experiments to the team and comments, an owner also manages the members and every
 * experiment of the team.
 */
public enum TeamRole {
    VIEWER, MEMBER, OWNER;

    public boolean atLeast(TeamRole role) {
        return compareTo(role) >= 0;
    }
}
