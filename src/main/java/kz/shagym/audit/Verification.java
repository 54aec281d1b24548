package kz.shagym.audit;

/**
 * The result of walking the hash chain from the first record.
 *
 * @param checked how many records were checked, the broken one included
 * @param firstBroken the decision id of the first record whose hash, link or position doesn't match; null when valid
 */
public record Verification(boolean valid, long checked, String firstBroken) {
}
