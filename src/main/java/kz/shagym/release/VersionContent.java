package kz.shagym.release;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stored version with the bytes of its files, sorted by path. The arrays are the store's copies:
 * read them, don't change them.
 */
public record VersionContent(StoredVersion version, Map<String, byte[]> files) {

    public VersionContent {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
