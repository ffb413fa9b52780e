package org.normbench.claim;

/** What the measurements say about a claim. */
public enum Verdict {
    /** The measured quantity's interval lies inside the prediction. */
    HOLDS,
    /** The measured quantity's interval lies outside the prediction. */
    VIOLATED,
    /** Not enough runs or seeds, runs that did not converge, or an interval that straddles the prediction. */
    INCONCLUSIVE
}
