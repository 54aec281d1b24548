package kz.shagym;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.shagym.release.Releases;
import kz.shagym.rules.RuleStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The architecture, pinned: each rule fails the build when a change crosses it.
 *
 * <p>The core (the rules' vocabulary, the calendar, the rule set, decisions, scenarios, problems, the
 * database's quirks, the rows' periods of force, the streamed row count of a workbook) knows nothing of the features built on it (release, audit, workbench, command
 * line) nor of HTTP. Features form no cycle. Each feature is reached through its entry: the rule set
 * through {@code kz.shagym.ruleset}'s own types and the few sub-package types listed in
 * {@link #RULESET_EXPOSED}; the release through {@link Releases} and the values it takes and gives.
 */
class ArchitectureTest {

    private static final String[] CORE = {"kz.shagym.problem..", "kz.shagym.rules..", "kz.shagym.ruleset..",
            "kz.shagym.calendar..", "kz.shagym.decision..", "kz.shagym.scenario..", "kz.shagym.database..",
            "kz.shagym.inforce..", "kz.shagym.xlsx.."};

    private static final String[] ABOVE_THE_CORE = {"kz.shagym.release..", "kz.shagym.audit..",
            "kz.shagym.workbench..", "kz.shagym.printout..", "kz.shagym.cli..", "kz.shagym.web.."};

    /**
     * The rule set's sub-package types other features may use: the tables' schema (labels, templates,
     * the row-count guard of the grid), a checked row (what scenarios read), and the diff between versions.
     */
    static final Set<String> RULESET_EXPOSED = Set.of("kz.shagym.ruleset.tables.TableKind",
            "kz.shagym.ruleset.tables.SheetSchema", "kz.shagym.ruleset.tables.Column",
            "kz.shagym.ruleset.tables.ColumnType", "kz.shagym.ruleset.tables.SheetRowLimit",
            "kz.shagym.ruleset.tables.ParsedRow", "kz.shagym.ruleset.diff.RuleSetDiff",
            "kz.shagym.ruleset.diff.RuleSetComparison");

    static final Path MAIN_SOURCES = Path.of("src/main/java");
    static final int MAX_FILE_LINES = 300;
    static final double MAX_SHARE_OF_ONE_PACKAGE = 0.2;

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym");
    }

    // --- the core stands alone ---

    @Test
    void coreShouldNotDependOnTheFeaturesBuiltOnIt() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_THE_CORE)
                .because("release, audit, workbench, command line and web are built on the core, not the other way")
                .check(main);
    }

    @Test
    void coreClassesOtherThanControllersShouldNotUseSpringsHttpTypes() {
        noClasses().that().resideInAnyPackage(CORE).and().areNotAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.http..")
                .because("a problem's HTTP status is mapped at the edge (web.ProblemStatus)")
                .check(main);
    }

    @Test
    void problemsShouldNotDependOnSpringAtAll() {
        noClasses().that().resideInAPackage("kz.shagym.problem..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(main);
    }

    // --- no cycles ---

    /**
     * One edge is allowed by name: a calendar day carries the same {@link RuleStatus} as a table row. The rules
     * already read the calendar (their DRL imports its types) and the DRL names {@code RuleStatus} as a type of
     * its own package, so neither can move without changing the rule files, and with them every version id.
     */
    @Test
    void featuresShouldBeFreeOfCycles() {
        slices().matching("kz.shagym.(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("kz.shagym.calendar.."),
                        JavaClass.Predicates.equivalentTo(RuleStatus.class))
                .check(main);
    }

    @Test
    void theRuleSetsSubPackagesShouldBeFreeOfCycles() {
        // tables at the bottom; compile and diff read tables; none reads another's answer back.
        slices().matching("kz.shagym.ruleset.(*)..").should().beFreeOfCycles().check(main);
    }

    // --- entries ---

    @Test
    void otherFeaturesShouldUseTheRuleSetThroughItsTopLevelTypesAndTheExposedOnes() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe(
                "inside a sub-package of kz.shagym.ruleset and not exposed", c -> {
                    JavaClass type = c.getBaseComponentType();
                    String outer = type.getName().replaceFirst("\\$.*", "");
                    return type.getPackageName().startsWith("kz.shagym.ruleset.") && !RULESET_EXPOSED.contains(outer);
                });
        noClasses().that().resideOutsideOfPackage("kz.shagym.ruleset..")
                .should().dependOnClassesThat(internal)
                .check(main);
    }

    /** What other features may use of the release: the entry and the values it takes and gives. */
    private static final DescribedPredicate<JavaClass> RELEASE_ENTRY_OR_VALUE = DescribedPredicate.describe(
            "the entry or a value (record, enum, exception)", c -> c.isEquivalentTo(Releases.class) || c.isRecord()
                    || c.isEnum() || c.isAssignableTo(RuntimeException.class));

    private static final DescribedPredicate<JavaClass> IN_THE_RELEASE = DescribedPredicate.describe(
            "in the release", c -> c.getPackageName().equals("kz.shagym.release"));

    @Test
    void otherFeaturesShouldReachTheReleaseOnlyThroughItsEntry() {
        noClasses().that().resideOutsideOfPackage("kz.shagym.release")
                .should().dependOnClassesThat(IN_THE_RELEASE.and(DescribedPredicate.not(RELEASE_ENTRY_OR_VALUE)))
                .check(main);
    }

    @Test
    void theReleaseShouldHaveNoPublicClassWithBehaviourButItsEntry() {
        classes().that().resideInAPackage("kz.shagym.release").and().arePublic()
                .and(DescribedPredicate.not(RELEASE_ENTRY_OR_VALUE)).should().notBePublic().allowEmptyShould(true)
                .check(main);
    }

    @Test
    void theWorkbenchShouldNotReachTheVersionStore() {
        noClasses().that().resideInAPackage("kz.shagym.workbench..")
                .should().dependOnClassesThat().areAssignableTo("kz.shagym.release.RuleSetVersionStore")
                .check(main);
    }

    @Test
    void theAuditShouldNotDependOnTheRelease() {
        noClasses().that().resideInAPackage("kz.shagym.audit..")
                .should().dependOnClassesThat().resideInAPackage("kz.shagym.release..")
                .check(main);
    }

    // --- sizes: read in one sitting, no feature that holds the house ---

    @Test
    void noMainSourceFileShouldExceed300Lines() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        linesByFile().forEach((file, lines) -> {
            if (lines > MAX_FILE_LINES) {
                tooLong.put(file.toString(), lines);
            }
        });
        assertThat(tooLong).as("main source files over %d lines", MAX_FILE_LINES).isEmpty();
    }

    @Test
    void noTopLevelPackageFolderShouldHoldMoreThanAFifthOfTheMainCode() throws IOException {
        Path root = MAIN_SOURCES.resolve("kz/shagym");
        Map<Path, Integer> lines = linesByFile();
        int total = lines.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> byFolder = lines.entrySet().stream()
                .filter(e -> root.relativize(e.getKey()).getNameCount() > 1)
                .collect(Collectors.groupingBy(e -> root.relativize(e.getKey()).getName(0).toString(), TreeMap::new,
                        Collectors.summingInt(Map.Entry::getValue)));
        assertThat(byFolder).as("main code: %d lines", total).containsKeys("ruleset", "audit");
        Map<String, Integer> tooBig = new TreeMap<>(byFolder);
        tooBig.values().removeIf(n -> n <= total * MAX_SHARE_OF_ONE_PACKAGE);
        assertThat(tooBig).as("folders (with their sub-packages) over a fifth of %d lines", total).isEmpty();
    }

    private static Map<Path, Integer> linesByFile() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            Map<Path, Integer> lines = new TreeMap<>();
            for (Path p : java) {
                lines.put(p, Files.readAllLines(p).size());
            }
            return lines;
        }
    }
}
