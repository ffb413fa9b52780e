package org.normbench.experiment;

/**
 * Who may see an experiment, its runs and their results: its owner only, its team too, or everyone. Only public
 * experiments feed the global leaderboards.
 */
public enum Visibility {
    PRIVATE, TEAM, PUBLIC
}
