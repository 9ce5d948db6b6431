package io.irready.cli;

import io.irready.checks.CatalogMarkdown;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Framework;
import io.irready.checks.FrameworkView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code irready checks}: the catalog, one check per line; {@code --framework} lists one framework's
 * requirements with the checks that map to each; {@code --markdown} prints the catalog document.
 */
@Command(name = "checks", mixinStandardHelpOptions = true, description = "Lists the checks: id, severity, area, title.")
final class ChecksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--framework", paramLabel = "NAME",
            description = "List each requirement of a framework with its checks: nist-800-61, csf-2.0, cis-5.0, fsbp or wa-sec10.")
    private String framework;

    @Option(names = "--markdown", description = "Print the catalog as Markdown (docs/checks.md).")
    private boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(CatalogMarkdown.of(CheckCatalog.metadata()));
        } else if (framework != null) {
            var chosen = Framework.byKey(framework);
            if (chosen.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Unknown framework '" + framework + "'. Choose one of: "
                        + String.join(", ", Arrays.stream(Framework.values()).map(Framework::key).toList()) + ".");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            FrameworkView view = FrameworkView.of(chosen.get(), CheckCatalog.metadata());
            out.println(chosen.get().label());
            out.printf("%-40s  %s%n", "REQUIREMENT", "CHECKS");
            view.requirements().forEach(r -> out.printf("%-40s  %s%n", r.id(), String.join(", ", r.checkIds())));
        } else {
            out.printf("%-10s  %-8s  %-30s  %s%n", "ID", "SEVERITY", "AREA", "TITLE");
            for (CheckMetadata check : CheckCatalog.metadata()) {
                out.printf("%-10s  %-8s  %-30s  %s%n", check.id(), check.severity(), check.area().label(), check.title());
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
