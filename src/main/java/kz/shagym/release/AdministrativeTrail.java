package kz.shagym.release;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrative trail: who uploaded, rejected, activated or rolled back what, and when. The
 * store writes an entry inside the transaction of the change it describes, so a change is never
 * committed without its entry, nor an entry without its change.
 */
final class AdministrativeTrail {

    // details are small maps of texts and numbers: the plain mapper writes them as Spring's would
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AdministrativeTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry; joins the caller's transaction.
     *
     * @param details anything worth keeping (reason, previous version, ...), stored as JSON with sorted keys
     */
    AdministrativeAction record(String actedBy, TrailAction action, String target, Map<String, ?> details,
            Instant at) {
        String text = details == null || details.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(details));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO admin_action (acted_by, acted_at, action, target, details)
                VALUES (:by, :at, :action, :target, :details)""")
                .param("by", actedBy)
                .param("at", StoreRows.timestamp(at))
                .param("action", action.name())
                .param("target", target)
                .param("details", text)
                .update(key, "id");
        return new AdministrativeAction(StoreRows.generatedId(key), actedBy, at, action.name(), target, text);
    }

    /** The latest review (rejection or return, with its reason) of each reviewed version, by version id. */
    Map<String, VersionReview> reviews() {
        Map<String, VersionReview> latest = new HashMap<>();
        jdbc.sql("SELECT * FROM admin_action WHERE action IN (:actions) ORDER BY id DESC")
                .param("actions", List.of(TrailAction.REJECTION.name(), TrailAction.RETURN.name()))
                .query(rs -> {
                    String target = rs.getString("target");
                    VersionState outcome = TrailAction.valueOf(rs.getString("action")) == TrailAction.REJECTION
                            ? VersionState.REJECTED : VersionState.RETURNED;
                    latest.putIfAbsent(target, new VersionReview(target, outcome, rs.getString("acted_by"),
                            StoreRows.instant(rs, "acted_at"), JSON.readTree(rs.getString("details")).path("reason").asString()));
                });
        return latest;
    }

    /** The latest entries, newest first. */
    List<AdministrativeAction> recent(int limit) {
        return jdbc.sql("SELECT * FROM admin_action ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new AdministrativeAction(rs.getLong("id"), rs.getString("acted_by"),
                        StoreRows.instant(rs, "acted_at"), rs.getString("action"), rs.getString("target"),
                        rs.getString("details")))
                .list();
    }
}
