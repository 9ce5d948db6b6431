package io.irready.cli;

import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code irready checks}: the catalog, one check per line. */
@Command(name = "checks", mixinStandardHelpOptions = true, description = "Lists the checks: id, severity, area, title.")
final class ChecksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s  %-8s  %-30s  %s%n", "ID", "SEVERITY", "AREA", "TITLE");
        for (CheckMetadata check : CheckCatalog.metadata()) {
            out.printf("%-10s  %-8s  %-30s  %s%n", check.id(), check.severity(), check.area().label(), check.title());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
