package kz.shagym.printout;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the printouts' settings (also for test slices that import {@link Printouts} alone). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrintoutSettings.class)
class PrintoutConfiguration {
}
