package io.irready.report;

import io.irready.checks.Finding;
import io.irready.checks.Finding.ChangeState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts compared findings by change and keeps the first new and regressed gaps, for a report's changes section. */
public final class ChangeTally {

    /** The report lists at most this many new or regressed gaps; the workbook's Changes sheet has all. */
    static final int SHOWN = 25;

    private final Map<ChangeState, Long> counts = new EnumMap<>(ChangeState.class);
    private final List<Finding> shown = new ArrayList<>();

    public void add(Finding finding) {
        if (finding.change() == null) {
            return;
        }
        ChangeState state = finding.change().state();
        counts.merge(state, 1L, Long::sum);
        if ((state == ChangeState.NEW || state == ChangeState.REGRESSED) && shown.size() < SHOWN) {
            shown.add(finding);
        }
    }

    /**
     * @param otherRunId  the run compared with: the previous one, or with {@code sinceThisRun} the later one
     * @param goneGaps    gaps of the earlier run that the later one no longer found
     */
    public ReportModel.Changes changes(String otherRunId, Instant otherRunStarted, long goneGaps, boolean sinceThisRun) {
        return new ReportModel.Changes(otherRunId, ReportModelBuilder.utc(otherRunStarted), count(ChangeState.NEW), count(ChangeState.REGRESSED),
                count(ChangeState.STILL_FAILING), count(ChangeState.RESOLVED), goneGaps, List.copyOf(shown), sinceThisRun);
    }

    private long count(ChangeState state) {
        return counts.getOrDefault(state, 0L);
    }
}
