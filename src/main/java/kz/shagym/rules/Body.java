package kz.shagym.rules;

/** A body or person a complaint can arrive at, be forwarded to, or be reviewed by. */
public enum Body {
    SERVICE_PROVIDER,
    OFFICIAL,
    HIGHER_BODY,
    QUALITY_CONTROL_BODY,
    STATE_CORPORATION_HEAD,
    INFORMATIZATION_BODY
}
