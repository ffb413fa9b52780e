package org.normbench.claim;

import java.util.List;

/**
 * A claim's verdict with its evidence: the measured quantity (a mean, difference or ratio) with its interval
 * against the predicted range, in one unit, so that a plot can draw both; and each group's numbers.
 *
 * @param measured       null when a group has no runs
 * @param predictedLow   lower end of the prediction for the measured quantity (null: unbounded)
 */
public record ClaimResult(Claim claim, String prediction, Verdict verdict, String reason, Double measured,
        Double measuredLow, Double measuredHigh, Double predictedLow, Double predictedHigh,
        List<GroupEvidence> evidence) {
}
