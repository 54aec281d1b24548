package kz.shagym.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code the service can answer with, found where it is written: the features' catalogues
 * (enums of {@link ProblemType}, with the status of their category) and every code written out in the main
 * sources (the web layer's own, the table cells' and the scenarios'). A published code carries its status
 * in its name ({@code SHG-RULESET-409-UNUSABLE}); a cell's code ({@code SHG-TBL-024}) has none, as it is
 * listed inside a 422.
 */
final class ProblemCodes {

    private static final Pattern LITERAL = Pattern.compile("\"(SHG-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"");
    private static final Pattern STATUS = Pattern.compile("-(\\d{3})(?:-|$)");
    private static final Set<String> CELL_PREFIXES = Set.of("SHG-TBL-", "SHG-DRL-", "SHG-SCN-");

    private ProblemCodes() {
    }

    /** Code → HTTP status, for every code that is a whole answer. */
    static Map<String, Integer> answered() throws IOException {
        Map<String, Integer> codes = new TreeMap<>();
        for (String code : literals()) {
            Matcher status = STATUS.matcher(code);
            if (!isCellCode(code) && status.find()) {
                codes.put(code, Integer.parseInt(status.group(1)));
            }
        }
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym")) {
            if (type.isEnum() && type.isAssignableTo(ProblemType.class)) {
                for (ProblemType entry : (ProblemType[]) type.reflect().getEnumConstants()) {
                    int status = ProblemStatus.of(entry.category()).value();
                    if (codes.containsKey(entry.code()) && codes.get(entry.code()) != status) {
                        throw new AssertionError(entry.code() + " names status " + codes.get(entry.code())
                                + " but its category answers " + status);
                    }
                    codes.put(entry.code(), status);
                }
            }
        }
        return codes;
    }

    /** The codes of one cell's problem, listed in a 422's errors. */
    static Set<String> ofCells() throws IOException {
        Set<String> codes = new TreeSet<>();
        literals().stream().filter(ProblemCodes::isCellCode).forEach(codes::add);
        return codes;
    }

    /** Every {@code "SHG-…"} string of the main sources. */
    static Set<String> literals() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static boolean isCellCode(String code) {
        return CELL_PREFIXES.stream().anyMatch(code::startsWith);
    }
}
