package org.normbench.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which parts this process runs ({@code normbench.roles}): the portal, a worker, or both. */
@ApplicationScoped
public class Roles {

    public static final String PORTAL = "portal";
    public static final String WORKER = "worker";

    private final Set<String> roles;

    public Roles(@ConfigProperty(name = "normbench.roles") Set<String> roles) {
        for (String role : roles) {
            if (!role.equals(PORTAL) && !role.equals(WORKER)) {
                throw new IllegalArgumentException("normbench.roles: unknown role '" + role + "' (use portal, worker or both)");
            }
        }
        this.roles = Set.copyOf(roles);
    }

    public boolean portal() {
        return roles.contains(PORTAL);
    }

    public boolean worker() {
        return roles.contains(WORKER);
    }
}
