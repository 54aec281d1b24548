package kz.shagym.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.compile.RuleCompiler;
import kz.shagym.ruleset.compile.TableMatcher;
import kz.shagym.ruleset.tables.TableSet;
import kz.shagym.ruleset.tables.TableSetReader;
import kz.shagym.rules.DirectCourtAccess;
import kz.shagym.rules.Route;
import kz.shagym.rules.TableRows;
import kz.shagym.rules.TimeLimit;

/**
 * The one way in for rule sets, whatever their origin (folders at start-up, an upload, a watched
 * edit, the command line): read and check every table, then compile. A set with any problem is
 * rejected whole, with all of its problems, so a bad table never replaces a good one.
 *
 * <p>Building is slow (a second or more) and must run off the request path.
 */
public final class RuleSetBuilder {

    public BuildResult build(RuleSetSource source) {
        List<TableProblem> problems = new ArrayList<>();
        TableSet tables = new TableSetReader().read(source, problems);
        if (!problems.isEmpty()) {
            return new BuildResult.Rejected(source.versionId(), problems);
        }
        RuleCompiler.Compiled compiled = new RuleCompiler().compile(source, tables, problems);
        if (compiled == null || !problems.isEmpty()) {
            return new BuildResult.Rejected(source.versionId(), problems);
        }
        return new BuildResult.Built(new CompiledRuleSet(source, compiled.kieBase(), tables.calendar(),
                rows(tables), compiled.origins(), compiled.drlFileOfRule(), tables.scenarios(),
                TableMatcher.of(tables, compiled.origins())));
    }

    private static TableRows rows(TableSet tables) {
        Map<Integer, Route> routes = new HashMap<>();
        tables.routing().forEach(r -> routes.put(r.parsed().row(), r.route()));
        Map<Integer, TimeLimit> limits = new HashMap<>();
        tables.timeLimits().forEach(r -> limits.put(r.parsed().row(), r.limit()));
        Map<Integer, DirectCourtAccess> court = new HashMap<>();
        tables.courtExceptions().forEach(r -> court.put(r.parsed().row(), r.access()));
        return new RowLookup(Map.copyOf(routes), Map.copyOf(limits), Map.copyOf(court));
    }

    private record RowLookup(Map<Integer, Route> routes, Map<Integer, TimeLimit> limits,
            Map<Integer, DirectCourtAccess> court) implements TableRows {

        @Override
        public Route route(int row) {
            return require(routes.get(row), row);
        }

        @Override
        public TimeLimit timeLimit(int row) {
            return require(limits.get(row), row);
        }

        @Override
        public DirectCourtAccess directCourtAccess(int row) {
            return require(court.get(row), row);
        }

        private static <T> T require(T value, int row) {
            if (value == null) {
                throw new IllegalStateException("no table row " + row);
            }
            return value;
        }
    }
}
