package kz.shagym.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set, by path ({@code rules/decision.drl}, {@code decision-tables/routing.drl.xlsx}).
 * Its {@link #versionId()} is a SHA-256 over every path and content, so identical content always has
 * the identical id and any change to a rule, a table or the calendar gives a new one.
 */
public final class RuleSetSource {

    public static final String RULES_DIR = "rules/";
    public static final String TABLES_DIR = "decision-tables/";

    private final SortedMap<String, byte[]> files;
    private final String versionId;

    public RuleSetSource(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        this.files = Collections.unmodifiableSortedMap(copy);
        this.versionId = hash(copy);
    }

    /** Reads every regular file directly inside the two folders (lock files of office programs excluded). */
    public static RuleSetSource fromFolders(Path rulesDir, Path tablesDir) {
        Map<String, byte[]> files = new TreeMap<>();
        readFolder(rulesDir, RULES_DIR, files);
        readFolder(tablesDir, TABLES_DIR, files);
        return new RuleSetSource(files);
    }

    private static void readFolder(Path dir, String prefix, Map<String, byte[]> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !isScratchFile(name)) {
                    into.put(prefix + name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** Files that editors leave beside the real ones while a table is open. */
    public static boolean isScratchFile(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock") || name.startsWith(".") || name.endsWith("~");
    }

    public String versionId() {
        return versionId;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public byte[] file(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : bytes.clone();
    }

    /** A new set with one file replaced or added: how a single uploaded table enters a version. */
    public RuleSetSource with(String path, byte[] content) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, content);
        return new RuleSetSource(copy);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((path, bytes) -> manifest.append(path).append('\0').append(sha256(bytes)).append('\n'));
        return sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }
}
