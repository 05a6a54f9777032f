package org.evidencecatalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EvidenceCatalogueApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EvidenceCatalogueApplication.class);
        application.addListeners(new LocalDatabaseBootstrap());
        application.run(args);
    }

}
