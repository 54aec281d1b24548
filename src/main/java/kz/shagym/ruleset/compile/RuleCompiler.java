package kz.shagym.ruleset.compile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.inforce.LawInForceBy;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.tables.CourtExceptionTable;
import kz.shagym.ruleset.tables.ProblemKind;
import kz.shagym.ruleset.tables.RoutingTable;
import kz.shagym.ruleset.tables.SheetReader;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.ruleset.tables.TableSet;
import kz.shagym.ruleset.tables.TimeLimitTable;
import kz.shagym.rules.ComplaintFacts;
import org.drools.template.ObjectDataCompiler;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Turns the checked tables into rules through the templates in {@code rules/}, compiles them with
 * the DRL files into a fresh KieBase of its own, and maps every compile error back to the
 * sheet row (or DRL line) that caused it.
 *
 * <p>Only row numbers, enum codes, numbers (a period's dates as yyyymmdd) and checked service codes are
 * handed to a template; every text a lawyer wrote stays out of the generated code.
 */
public final class RuleCompiler {

    private static final String RESOURCES = "kz/shagym/rules/";
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    /** A rule's header in a hand-written DRL file: its name in double or single quotes, or bare. */
    private static final Pattern DRL_RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([\\w.$-]+))");
    private static final Pattern ROW_META = Pattern.compile("@row\\(\\s*(\\d+)\\s*\\)");
    /** A position such as "Line 19:4" that the DRL parser puts into its messages. */
    private static final Pattern GENERATED_POSITION = Pattern.compile("\\s*\\b[Ll]ine \\d+(?::\\d+)?");
    /** Table rules fire before the DRL rules that reason on what they insert. */
    private static final int TABLE_SALIENCE = 100_000;

    public record Compiled(KieBase kieBase, Map<String, RowOrigin> origins, Map<String, String> drlFileOfRule) {
    }

    public Compiled compile(RuleSetSource source, TableSet tables, List<TableProblem> problems) {
        Map<String, String> drlFiles = new TreeMap<>();
        for (var entry : source.files().entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith(RuleSetSource.RULES_DIR)) {
                continue;
            }
            String name = path.substring(RuleSetSource.RULES_DIR.length());
            if (name.endsWith(".drl")) {
                drlFiles.put(name, new String(entry.getValue(), StandardCharsets.UTF_8));
            } else if (!name.endsWith(".drt") && !name.equalsIgnoreCase("README.md")) {
                problems.add(ProblemKind.UNKNOWN_FILE.at(path, null, null, name, "*.drl, *.drt"));
            }
        }
        Map<String, GeneratedTable> generated = generateAll(source, tables, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return build(drlFiles, generated, problems);
    }

    /**
     * The DRL the templates make from each rule table, by table file name: the text {@link #compile} builds, for
     * engineers and auditors. Made again from the tables when asked, since a version does not keep it.
     */
    public Map<String, String> generatedDrl(RuleSetSource source, TableSet tables, List<TableProblem> problems) {
        Map<String, String> drl = new LinkedHashMap<>();
        generateAll(source, tables, problems).values().forEach(g -> drl.put(g.kind().fileName(), g.drl()));
        return drl;
    }

    private Map<String, GeneratedTable> generateAll(RuleSetSource source, TableSet tables, List<TableProblem> problems) {
        Map<String, GeneratedTable> generated = new LinkedHashMap<>();
        generate(TableKind.ROUTING, tables.routing(), tables.lawInForceBy(), source, problems, generated, r -> {
            Map<String, Object> m = base(r.parsed().row(), routingSalience(r));
            m.put("respondent", name(r.respondent()));
            m.put("subject", name(r.subject()));
            m.put("receivedBy", name(r.receivedBy()));
            m.put("serviceCode", r.serviceCode() == null ? "" : r.serviceCode());
            return new Generated(m, r.origin());
        });
        generate(TableKind.TIME_LIMITS, tables.timeLimits(), tables.lawInForceBy(), source, problems, generated, r -> {
            Map<String, Object> m = base(r.parsed().row(), timeLimitSalience(r));
            m.put("receivedBy", name(r.receivedBy()));
            m.put("serviceCode", r.serviceCode() == null ? "" : r.serviceCode());
            return new Generated(m, r.origin());
        });
        generate(TableKind.COURT_EXCEPTIONS, tables.courtExceptions(), tables.lawInForceBy(), source, problems, generated, r -> {
            Map<String, Object> m = base(r.parsed().row(), courtExceptionSalience(r));
            m.put("serviceCode", r.access().serviceCode());
            return new Generated(m, r.origin());
        });
        return generated;
    }

    // The saliences below decide which matching row of a table fires first (the templates let only the
    // first one fire); TableMatcher ranks rows with the same numbers, so the trace names the same row.

    /** A row for the complaint's service outranks the general rows; then the top-most matching row wins. */
    static int routingSalience(RoutingTable.Row r) {
        return serviceFirst(r.serviceCode(), r.parsed().row());
    }

    /** A service-specific row outranks the general row of the same addressee; then the top-most wins. */
    static int timeLimitSalience(TimeLimitTable.Row r) {
        return serviceFirst(r.serviceCode(), r.parsed().row());
    }

    private static int serviceFirst(String serviceCode, int row) {
        return TABLE_SALIENCE + (serviceCode == null ? 0 : SheetReader.MAX_ROWS * 2) - row;
    }

    static int courtExceptionSalience(CourtExceptionTable.Row r) {
        return TABLE_SALIENCE - r.parsed().row();
    }

    private record Generated(Map<String, Object> values, RowOrigin origin) {
    }

    /** The DRL made from one table, and which table row each of its lines belongs to. */
    private record GeneratedTable(TableKind kind, String drl, Map<Integer, RowOrigin> originByRow,
            TreeMap<Integer, Integer> rowByLine, Map<String, Integer> rowByRuleName) {
    }

    private static Map<String, Object> base(int row, int salience) {
        Map<String, Object> m = new HashMap<>();
        m.put("row", row);
        m.put("salience", salience);
        return m;
    }

    /** A row's period as the template compares it: the complaint's law date with numbers yyyymmdd; blank = open. */
    private static void inForce(Map<String, Object> values, Period period, LawInForceBy lawInForceBy) {
        values.put("lawDay", lawInForceBy.factInRules());
        values.put("validFrom", period.validFrom() == null ? "" : ComplaintFacts.dateNumber(period.validFrom()));
        values.put("validTo", period.validTo() == null ? "" : ComplaintFacts.dateNumber(period.validTo()));
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private <R> void generate(TableKind kind, List<R> rows, LawInForceBy lawInForceBy, RuleSetSource source,
            List<TableProblem> problems, Map<String, GeneratedTable> into, Function<R, Generated> toValues) {
        if (rows == null) {
            return;
        }
        byte[] template = source.files().get(RuleSetSource.RULES_DIR + kind.template());
        if (template == null) {
            problems.add(ProblemKind.TEMPLATE_MISSING.at(RuleSetSource.RULES_DIR + kind.template(), null, null,
                    kind.template(), kind.fileName()));
            return;
        }
        List<Map<String, Object>> data = new ArrayList<>();
        Map<Integer, RowOrigin> origins = new HashMap<>();
        for (R row : rows) {
            Generated g = toValues.apply(row);
            inForce(g.values(), g.origin().inForce(), lawInForceBy);
            data.add(g.values());
            origins.put(g.origin().row(), g.origin());
        }
        String drl = data.isEmpty() ? "package kz.shagym.rules;\n"
                : new ObjectDataCompiler().compile(data, new ByteArrayInputStream(template));
        TreeMap<Integer, Integer> rowByLine = new TreeMap<>();
        Map<String, Integer> rowByRule = new HashMap<>();
        String[] lines = drl.split("\n", -1);
        String currentRule = null;
        int headerLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher header = RULE_HEADER.matcher(lines[i]);
            if (header.find()) {
                currentRule = header.group(1);
                headerLine = i + 1;
            }
            Matcher meta = ROW_META.matcher(lines[i]);
            if (meta.find() && currentRule != null) {
                // Lines from this rule's header on belong to this row.
                int row = Integer.parseInt(meta.group(1));
                rowByRule.put(currentRule, row);
                rowByLine.put(headerLine, row);
            }
        }
        into.put(kind.template(), new GeneratedTable(kind, drl, origins, rowByLine, rowByRule));
    }

    /**
     * One KnowledgeBuilder on this thread, and a KieBase from its packages: no kjar, container or
     * repository, which kept the builder (every rule's parsed form) alive beside the rules, a quarter of
     * the heap of a 20,000-row version. Drools would build the rules of a big table on every core; one
     * is left to the decisions being answered meanwhile.
     */
    private Compiled build(Map<String, String> drlFiles, Map<String, GeneratedTable> generated,
            List<TableProblem> problems) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
                RuleCompiler.class.getClassLoader());
        conf.setProperty(ParallelRulesBuildThresholdOption.PROPERTY_NAME, "-1");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        drlFiles.forEach((name, text) -> batch.add(drl(name, text), ResourceType.DRL));
        generated.forEach((template, g) -> batch.add(drl(generatedName(template), g.drl()), ResourceType.DRL));
        batch.build();
        if (builder.hasErrors()) {
            builder.getErrors().forEach(error -> problems.add(mapError(error, generated)));
            return null;
        }
        KieBase kieBase = builder.newKieBase();
        InvokerClassBytes.release(kieBase);
        Map<String, RowOrigin> origins = new HashMap<>();
        for (GeneratedTable g : generated.values()) {
            g.rowByRuleName().forEach((rule, row) -> origins.put(rule, g.originByRow().get(row)));
        }
        return new Compiled(kieBase, Map.copyOf(origins), drlFiles(kieBase, drlFiles));
    }

    private static Resource drl(String name, String text) {
        return ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(RESOURCES + name);
    }

    /**
     * Which file of rules/ each hand-written rule comes from, so an explanation can point at it. Read
     * from the files' own rule headers: Drools' public API does not say where a rule was written.
     */
    private static Map<String, String> drlFiles(KieBase kieBase, Map<String, String> drlTexts) {
        Map<String, String> declaredIn = new HashMap<>();
        drlTexts.forEach((name, text) -> text.lines().forEach(line -> {
            Matcher header = DRL_RULE_HEADER.matcher(line);
            if (header.find()) {
                String rule = header.group(1) != null ? header.group(1)
                        : header.group(2) != null ? header.group(2) : header.group(3);
                declaredIn.putIfAbsent(rule, RuleSetSource.RULES_DIR + name);
            }
        }));
        Map<String, String> files = new HashMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            String file = declaredIn.get(rule.getName());
            if (file != null) {
                files.put(rule.getName(), file);
            }
        }));
        return Map.copyOf(files);
    }

    private static TableProblem mapError(KnowledgeBuilderResult error, Map<String, GeneratedTable> generated) {
        String path = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                : error.getResource().getSourcePath();
        int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
        String text = firstLine(error.getMessage());
        for (var entry : generated.entrySet()) {
            GeneratedTable g = entry.getValue();
            if (path.endsWith(generatedName(entry.getKey()))) {
                var floor = g.rowByLine().floorEntry(Math.max(line, 1));
                if (floor != null) {
                    RowOrigin origin = g.originByRow().get(floor.getValue());
                    // A position in the generated DRL means nothing to the reader of the table.
                    String withoutLine = GENERATED_POSITION.matcher(text).replaceAll("").strip();
                    return ProblemKind.RULE_COMPILE.at(origin.file(), origin.sheet(), "A" + origin.row(), withoutLine);
                }
                return ProblemKind.DRL_COMPILE.atLine(RuleSetSource.RULES_DIR + entry.getKey(), null, text);
            }
        }
        String file = RuleSetSource.RULES_DIR + path.substring(path.lastIndexOf('/') + 1);
        return ProblemKind.DRL_COMPILE.atLine(file, line > 0 ? line : null, text);
    }

    /** Generated files get a name no DRL file in rules/ can have. */
    private static String generatedName(String template) {
        return "generated-from-" + template.replace(".drt", ".drl");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().split("\n")[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
