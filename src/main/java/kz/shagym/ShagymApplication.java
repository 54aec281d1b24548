package kz.shagym;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ShagymApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShagymApplication.class, args);
    }
}
