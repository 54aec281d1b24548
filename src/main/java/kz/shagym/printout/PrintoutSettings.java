package kz.shagym.printout;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The printouts ({@code shagym.printout.*}).
 *
 * @param zone the zone in which the sign-off document gives times (Kazakhstan)
 */
@ConfigurationProperties("shagym.printout")
record PrintoutSettings(@DefaultValue("Asia/Almaty") ZoneId zone) {
}
