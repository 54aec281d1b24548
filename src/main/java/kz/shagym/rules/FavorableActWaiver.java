package kz.shagym.rules;

import java.time.LocalDate;

/** A favourable act adopted within the forwarding period fully satisfies the complaint (APPC Art. 91 p.4). */
public record FavorableActWaiver(LocalDate adoptedOn) {
}
