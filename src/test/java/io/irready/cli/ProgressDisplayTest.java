package io.irready.cli;

import io.irready.aws.CallMetrics;
import io.irready.batch.RunProgress;
import io.irready.batch.RunProgressAccess;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressDisplayTest {

    @Test
    void aTerminalGetsABarAndALogGetsPlainCounts() {
        RunProgress progress = new RunProgress();
        progress.phase("resolving scope");
        CallMetrics calls = new CallMetrics();
        ProgressDisplay terminal = new ProgressDisplay(progress, calls, new PrintWriter(new StringWriter()), true);
        assertThat(terminal.line()).isEqualTo("resolving scope · 0 API calls · 0 throttled");

        RunProgressAccess.collecting(progress, 4);
        RunProgressAccess.accountDone(progress);
        assertThat(terminal.line()).startsWith("collecting [######..................] 1/4 accounts · 0 API calls · 0 throttled · ETA ");
        ProgressDisplay log = new ProgressDisplay(progress, calls, new PrintWriter(new StringWriter()), false);
        assertThat(log.line()).startsWith("collecting 1/4 accounts · 0 API calls").contains("ETA ").doesNotContain("[");
    }
}
