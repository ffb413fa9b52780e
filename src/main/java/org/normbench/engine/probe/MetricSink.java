package org.normbench.engine.probe;

/** Where probes write metric points; the worker forwards them to the portal. */
@FunctionalInterface
public interface MetricSink {

    void point(String series, long step, double value);
}
