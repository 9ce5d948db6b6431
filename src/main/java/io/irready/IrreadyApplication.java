package io.irready;

import io.irready.cli.IrreadyCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** irready: audits AWS accounts for incident-response readiness. The Spring context serves the audit job. */
@SpringBootApplication
public class IrreadyApplication {

    public static void main(String[] args) {
        System.exit(IrreadyCli.run(args));
    }
}
