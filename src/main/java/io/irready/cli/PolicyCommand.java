package io.irready.cli;

import io.irready.collect.AuditPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code irready policy}: the IAM policy the audit role needs, generated from what the collectors call. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Prints the IAM policy of the audit role: every read action the collectors declare (deploy/iam/irready-audit-policy.json).")
final class PolicyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AuditPolicy.json());
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
