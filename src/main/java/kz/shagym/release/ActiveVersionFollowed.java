package kz.shagym.release;

/** This instance now serves the version another instance activated: what it found in the database. */
public record ActiveVersionFollowed(String versionId) {
}
