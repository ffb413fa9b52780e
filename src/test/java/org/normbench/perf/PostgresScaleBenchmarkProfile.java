package org.normbench.perf;

import java.util.HashMap;
import java.util.Map;
import org.normbench.support.PostgresProfile;

/** The portal alone (no worker) on a fresh PostgreSQL server. */
public class PostgresScaleBenchmarkProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("normbench.roles", "portal");
        return overrides;
    }
}
