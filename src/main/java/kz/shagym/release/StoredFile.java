package kz.shagym.release;

/** One file of a stored version, without its bytes. */
public record StoredFile(String path, String sha256, long size) {
}
