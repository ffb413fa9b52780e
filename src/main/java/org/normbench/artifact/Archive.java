package org.normbench.artifact;

import java.io.IOException;
import java.io.OutputStream;

/** A zip of a run's or an experiment's files, written straight to a stream: never held whole in memory. */
public interface Archive {

    String fileName();

    void writeTo(OutputStream out) throws IOException;
}
