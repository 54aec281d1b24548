package kz.shagym.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import kz.shagym.ruleset.RuleSetSource;

/**
 * A folder on disk as a rule set. Either a repository-like root with {@code rules/} and
 * {@code decision-tables/} (as shipped and as the service reads it), or, for a set a lawyer unpacked
 * into one folder, the files side by side: {@code .drl}/{@code .drt} are rules, everything else a
 * table (so a stray file is reported as an unknown table rather than ignored).
 */
record RuleSetFolder(Path path, boolean flat, RuleSetSource source) {

    static final String RULES = "rules";
    static final String TABLES = "decision-tables";

    static RuleSetFolder read(Path folder) throws CliArguments.UsageError {
        Path path = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new CliArguments.UsageError("папка не найдена: " + path + " / folder not found");
        }
        try {
            if (Files.isDirectory(path.resolve(RULES)) || Files.isDirectory(path.resolve(TABLES))) {
                return new RuleSetFolder(path, false, RuleSetSource.fromFolders(path.resolve(RULES), path.resolve(TABLES)));
            }
            return new RuleSetFolder(path, true, sideBySide(path));
        } catch (UncheckedIOException e) {
            throw new CliArguments.UsageError("папка не читается: " + path + " / folder cannot be read: "
                    + e.getCause().getMessage());
        }
    }

    private static RuleSetSource sideBySide(Path path) {
        // Read the folder once as each kind, then keep every file under the one prefix it belongs to.
        Map<String, byte[]> files = new TreeMap<>();
        RuleSetSource.fromFolders(path, path).files().forEach((name, bytes) -> {
            String file = name.substring(name.indexOf('/') + 1);
            boolean rule = file.endsWith(".drl") || file.endsWith(".drt") || file.equalsIgnoreCase("README.md");
            if (name.startsWith(RuleSetSource.RULES_DIR) == rule) {
                files.put(name, bytes);
            }
        });
        return new RuleSetSource(files);
    }

    String describe() {
        return path + (flat ? "  (файлы рядом / files side by side)" : "  (" + RULES + "/ + " + TABLES + "/)");
    }
}
