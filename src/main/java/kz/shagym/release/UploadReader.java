package kz.shagym.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.http.HttpStatus;

/**
 * Turns an upload into a rule set: one table or rule file replaces the file of the same name in the
 * active set; a zip is a whole set. Names are checked so that nothing lands outside the two folders.
 */
final class UploadReader {

    private static final int MAX_ENTRIES = 200;
    private static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    private UploadReader() {
    }

    static RuleSetSource read(String fileName, byte[] bytes, RuleSetSource active) {
        String name = baseName(fileName);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new RuleSetSource(unzip(bytes));
        }
        return active.with(pathFor(name), bytes);
    }

    static String pathFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}")) {
            throw new InvalidUpload("Недопустимое имя файла «" + name + "»: только латиница, цифры, «.», «_», «-». / Invalid file name.");
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return RuleSetSource.TABLES_DIR + name;
        }
        if (lower.endsWith(".drl") || lower.endsWith(".drt")) {
            return RuleSetSource.RULES_DIR + name;
        }
        throw new InvalidUpload("Файл «" + name + "»: ожидается .xlsx, .drl, .drt или .zip всего набора. / "
                + "Expected .xlsx, .drl, .drt, or a .zip of the whole set.");
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidUpload("У загруженного файла нет имени. / The uploaded file has no name.");
        }
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidUpload("В архиве больше " + MAX_ENTRIES + " файлов. / Too many files in the zip.");
                }
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.isEmpty()
                        || RuleSetSource.isScratchFile(base)) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED - total + 1));
                total += content.length;
                if (total > MAX_UNZIPPED) {
                    throw new InvalidUpload(HttpStatus.CONTENT_TOO_LARGE, "Архив распаковывается больше чем в 50 МБ. / The zip unpacks to over 50 MB.");
                }
                files.put(pathFor(base), content);
            }
        } catch (IOException e) {
            throw new InvalidUpload("Архив не читается как .zip. / The file is not a readable zip.");
        }
        if (files.isEmpty()) {
            throw new InvalidUpload("Архив пуст. / The zip holds no rule or table files.");
        }
        return files;
    }
}
