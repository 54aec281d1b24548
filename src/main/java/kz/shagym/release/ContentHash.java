package kz.shagym.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The id of a rule set version: one SHA-256 over its files, so identical content always gets the
 * same id whatever the upload order or file times. Paths are hashed with the files' own hashes, so
 * renaming a file is a new version.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Map<String, byte[]> files) {
        MessageDigest digest = sha256();
        new TreeMap<>(files).forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sha256(bytes).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lower-case hex SHA-256 of one file. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
