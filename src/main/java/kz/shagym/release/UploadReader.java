package kz.shagym.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.shagym.ruleset.RuleSetSource;

/**
 * Turns an upload into a rule set: one table replaces the file of the same name in the active set; a
 * zip is a whole set. Code never arrives this way: a rule file or template is refused, and so is a zip
 * whose {@code rules/} differ from the active set's, before anything is read as a table or compiled.
 * So are macros and a zip that names one file twice. Names are checked so that nothing lands outside
 * the two folders.
 */
final class UploadReader {

    private static final int MAX_ENTRIES = 200;
    private static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    private UploadReader() {
    }

    static RuleSetSource read(String fileName, byte[] bytes, RuleSetSource active) {
        String name = baseName(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            Map<String, byte[]> files = unzip(bytes);
            refuseChangedRules(files, active);
            files.forEach(UploadReader::refuseMacros);
            return new RuleSetSource(files);
        }
        String path = pathFor(name);
        if (path.startsWith(RuleSetSource.RULES_DIR)) {
            throw new InvalidUpload(UploadRefusal.RULE_FILE,
                    Map.of("files", List.of(Map.of("path", path, "change", "UPLOADED"))), name);
        }
        refuseMacros(path, bytes);
        return active.with(path, bytes);
    }

    /** Where a file of this name belongs in a set; rule files go to {@code rules/}, to be refused or compared. */
    static String pathFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}")) {
            throw new InvalidUpload(UploadRefusal.BAD_NAME, name);
        }
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm") || lower.endsWith(".xlam")) {
            throw new InvalidUpload(UploadRefusal.MACRO, Map.of("file", name), name);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return RuleSetSource.TABLES_DIR + name;
        }
        if (lower.endsWith(".drl") || lower.endsWith(".drt")) {
            return RuleSetSource.RULES_DIR + name;
        }
        throw new InvalidUpload(UploadRefusal.UNSUPPORTED_TYPE, name);
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidUpload(UploadRefusal.NO_NAME);
        }
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /**
     * A zip carries the rules only so that a downloaded set can be uploaded again as it is: they must
     * be byte for byte the active set's, none added, none missing.
     */
    private static void refuseChangedRules(Map<String, byte[]> files, RuleSetSource active) {
        SortedMap<String, byte[]> uploaded = rules(files);
        SortedMap<String, byte[]> serving = rules(active.files());
        Map<String, String> changes = new LinkedHashMap<>();
        for (String path : new TreeSet<>(union(uploaded, serving))) {
            byte[] mine = uploaded.get(path);
            byte[] theirs = serving.get(path);
            if (theirs == null) {
                changes.put(path, "ADDED");
            } else if (mine == null) {
                changes.put(path, "REMOVED");
            } else if (!Arrays.equals(mine, theirs)) {
                changes.put(path, "CHANGED");
            }
        }
        if (!changes.isEmpty()) {
            List<Map<String, String>> listed = new ArrayList<>();
            changes.forEach((path, change) -> listed.add(Map.of("path", path, "change", change)));
            throw new InvalidUpload(UploadRefusal.RULES_CHANGED, Map.of("files", listed), String.join(", ", changes.keySet()));
        }
    }

    /** The code of a set: its rule files and templates (notes such as a README are not code). */
    private static SortedMap<String, byte[]> rules(Map<String, byte[]> files) {
        SortedMap<String, byte[]> rules = new TreeMap<>();
        files.forEach((path, bytes) -> {
            String lower = path.toLowerCase(Locale.ROOT);
            if (path.startsWith(RuleSetSource.RULES_DIR) && (lower.endsWith(".drl") || lower.endsWith(".drt"))) {
                rules.put(path, bytes);
            }
        });
        return rules;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static void refuseMacros(String path, byte[] bytes) {
        if (path.startsWith(RuleSetSource.TABLES_DIR) && MacroContent.in(bytes)) {
            String name = path.substring(RuleSetSource.TABLES_DIR.length());
            throw new InvalidUpload(UploadRefusal.MACRO, Map.of("file", name), name);
        }
    }

    /**
     * Reads the zip by its entries as they come (never by a directory that could disagree with them).
     * An entry that lands where another already did is refused, not silently replaced.
     */
    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> entryOf = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidUpload(UploadRefusal.TOO_MANY_ENTRIES, MAX_ENTRIES);
                }
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.isEmpty()
                        || RuleSetSource.isScratchFile(base)) {
                    continue;
                }
                String path = pathFor(base);
                String earlier = entryOf.putIfAbsent(path, name);
                if (earlier != null) {
                    throw new InvalidUpload(UploadRefusal.DUPLICATE_ENTRY, Map.of("entry", name, "file", path),
                            base, earlier, name);
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED - total + 1));
                total += content.length;
                if (total > MAX_UNZIPPED) {
                    throw new InvalidUpload(UploadRefusal.UNZIPS_TOO_LARGE, MAX_UNZIPPED / (1024 * 1024));
                }
                files.put(path, content);
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            // IllegalArgumentException: an entry name that is not valid in the zip's encoding
            throw new InvalidUpload(UploadRefusal.NOT_A_ZIP);
        }
        if (files.isEmpty()) {
            throw new InvalidUpload(UploadRefusal.EMPTY_ZIP);
        }
        return files;
    }
}
