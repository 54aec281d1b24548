package kz.shagym.rules;

/** The event a review period counts from. */
public enum CountFrom {
    REGISTRATION,
    RECEIPT
}
