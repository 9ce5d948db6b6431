package io.irready;

import io.irready.cli.IrreadyCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** irready: audits AWS accounts for incident-response readiness. The Spring context serves the audit job. */
@SpringBootApplication
public class IrreadyApplication {

    public static void main(String[] args) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            // The build's ahead-of-time processing (spring-boot:process-aot) records the context a run starts.
            SpringApplication.run(IrreadyApplication.class, args);
            return;
        }
        System.exit(IrreadyCli.run(args));
    }
}
