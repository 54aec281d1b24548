package kz.shagym.release;

/** What became of a published set. {@code existing} is true when identical content was already stored. */
public record Published(StoredVersion version, VersionReport report, boolean existing) {
}
