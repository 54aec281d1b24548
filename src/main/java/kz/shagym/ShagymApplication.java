package kz.shagym;

import kz.shagym.cli.ShagymCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ShagymApplication {

    public static void main(String[] args) {
        // validate / test / diff run in plain Java and exit; no Spring context, no web server.
        if (ShagymCli.handles(args)) {
            ShagymCli.main(args);
            return;
        }
        SpringApplication.run(ShagymApplication.class, args);
    }
}
