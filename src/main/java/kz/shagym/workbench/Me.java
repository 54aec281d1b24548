package kz.shagym.workbench;

import java.util.Set;
import kz.shagym.web.Role;

/** The signed-in user as the page's navigation sees them. */
record Me(String name, Set<Role> roles) {

    Me {
        roles = Set.copyOf(roles);
    }

    public boolean analyst() {
        return roles.contains(Role.ANALYST);
    }

    public boolean approver() {
        return roles.contains(Role.APPROVER);
    }

    public boolean auditor() {
        return roles.contains(Role.AUDITOR);
    }

    public boolean client() {
        return roles.contains(Role.CLIENT);
    }

    /** Watches the service (health, metrics); reads no rules and asks no decisions. */
    public boolean operator() {
        return roles.contains(Role.OPERATOR);
    }

    /** May ask for a decision: the API lets clients, analysts and approvers, not auditors. */
    public boolean decides() {
        return client() || analyst() || approver();
    }

    /** May read the versions and their tables; a client's people only try decisions. */
    public boolean readsVersions() {
        return analyst() || approver() || auditor();
    }
}
