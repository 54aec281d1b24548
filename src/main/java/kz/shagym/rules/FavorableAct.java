package kz.shagym.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A favourable act or action adopted by the respondent (APPC Art. 91 p.4). */
public record FavorableAct(LocalDate adoptedOn, boolean fullySatisfies) {

    public FavorableAct {
        Objects.requireNonNull(adoptedOn, "adoptedOn");
    }
}
