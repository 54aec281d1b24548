package kz.shagym.rules;

/** A law lets complaints about this service go to court without the pre-trial appeal. */
public record DirectCourtAccess(String id, int row, String serviceCode) {
}
