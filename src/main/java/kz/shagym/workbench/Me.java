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

    /** May ask for a decision: the API lets analysts and approvers, not auditors. */
    public boolean decides() {
        return analyst() || approver();
    }
}
