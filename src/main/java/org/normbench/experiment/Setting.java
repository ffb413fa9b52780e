package org.normbench.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A scheme with resolved hyperparameters (as stored on a run): what one leaderboard row stands for. */
public record Setting(String scheme, String parametersJson) {

    /** SHA-256 of scheme and parameters, hex: the short key of this setting in the aggregates. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scheme + '\n' + parametersJson).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
