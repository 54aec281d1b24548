package kz.shagym.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import kz.shagym.ruleset.RuleSetSource;

/** A lawyer's working copy: the repository's {@code rules/} and {@code decision-tables/} copied to a temporary folder. */
final class RuleFolders implements AutoCloseable {

    private final Path root;

    private RuleFolders(Path root) {
        this.root = root;
    }

    static RuleFolders copyOfShipped() {
        try {
            Path root = Files.createTempDirectory("shagym-rules-");
            RuleFolders folders = new RuleFolders(root);
            copy(ShippedTables.RULES, folders.rulesDir());
            copy(ShippedTables.TABLES, folders.tablesDir());
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path rulesDir() {
        return root.resolve("rules");
    }

    Path tablesDir() {
        return root.resolve("decision-tables");
    }

    /** The version id the folders hash to now. */
    String versionId() {
        return RuleSetSource.fromFolders(rulesDir(), tablesDir()).versionId();
    }

    /** Saves the time-limits table with row {@code rowId}'s review period changed, as Excel would: over the old file. */
    void saveReviewDays(String rowId, int days) {
        Path file = tablesDir().resolve(ShippedTables.TIME_LIMITS);
        try {
            Files.write(file, ShippedTables.withReviewDays(Files.readAllBytes(file), rowId, days));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("shagym.rules.rules-dir", rulesDir().toString());
        properties.put("shagym.rules.tables-dir", tablesDir().toString());
        return properties;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
