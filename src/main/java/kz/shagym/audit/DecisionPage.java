package kz.shagym.audit;

import java.util.List;

/** One page of found decisions, newest first, and how many were found in all. */
public record DecisionPage(List<AuditRecord> items, int page, int size, long total) {

    public DecisionPage {
        items = List.copyOf(items);
    }
}
