package io.irready.batch;

import io.irready.IrreadyVersion;
import io.irready.checks.CheckCatalog;
import io.irready.evidence.BagIt;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Json;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.files.AtomicFiles;
import io.irready.files.Untrusted;
import io.irready.history.HistoryStore;
import io.irready.report.FindingRows;
import io.irready.report.ReportLogo;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.report.ReportWriter;
import io.irready.results.FindingsFile;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.settings.IrreadyProperties;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.core.type.TypeReference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reports of one run folder: its model built from findings.json and the evidence bundle, then every writer.
 * Used by the report step of a run, and by {@code irready report --as-of} for a run recorded earlier.
 */
public final class RunReports {

    /** The settings a run's results depend on, kept in its folder so a later report shows the run's own. */
    public static final String PARAMETERS = "parameters.json";

    private final ObjectProvider<ReportWriter> writers;
    private final IrreadyProperties properties;
    private final HistoryStore history;
    private final Clock clock;

    public RunReports(ObjectProvider<ReportWriter> writers, IrreadyProperties properties, HistoryStore history, Clock clock) {
        this.writers = writers;
        this.properties = properties;
        this.history = history;
        this.clock = clock;
    }

    /** What a report says besides the run folder's own files. */
    public record Context(Instant started, Instant ended, String evidenceSource, ReportModelBuilder.Comparison comparison, String incident,
                          Instant asOf) {
    }

    public ReportModel model(RunFolder run, Context context) {
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        Scope scope = bundle.readScope();
        Map<String, String> bagInfo = BagIt.readInfo(run.evidence());
        Evidence<OrganizationEvidence> organization = bundle.readOrganization();
        var facts = new ReportModelBuilder.RunFacts(run.runId(), IrreadyVersion.get(), context.started(),
                context.ended() != null ? context.ended() : clock.instant(),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_STARTED),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_COMPLETED),
                context.evidenceSource(),
                organization == null ? null : organization.data().map(OrganizationEvidence::organizationId).orElse("(not readable)"),
                blankToNull(properties.report().organizationName()), ReportLogo.dataUri(properties.report().logo()),
                context.comparison(), context.incident(), context.asOf());
        List<ReportModel.EvidenceFile> evidenceFiles = new ArrayList<>();
        BagIt.readManifest(run.evidence()).forEach((file, hash) -> evidenceFiles.add(new ReportModel.EvidenceFile("evidence/" + file, hash)));
        ReportModel model = ReportModelBuilder.build(facts, scope, unreachable(bundle, scope), regionCoverage(bundle, scope), parameters(run),
                CheckCatalog.metadata(), FindingRows.of(run.file(FindingsFile.NAME)), properties.report().pdfResourcesPerCheck(), evidenceFiles);
        return model.withTrend(trend(model, scope, context.started()));
    }

    /** The scores of the recorded runs of the same scope before this one, then this run's. */
    private List<ReportModel.TrendPoint> trend(ReportModel model, Scope scope, Instant started) {
        List<ReportModel.TrendPoint> points = new ArrayList<>();
        for (HistoryStore.TrendPoint past : history.trend(HistoryStore.scopeKey(scope), started, properties.history().trendRuns() - 1)) {
            points.add(new ReportModel.TrendPoint(past.runId(), ReportModelBuilder.utc(past.startedAt()), past.score(),
                    model.areas().stream().map(area -> past.areaScores().get(area.area().name())).toList()));
        }
        points.add(new ReportModel.TrendPoint(model.run().runId(), model.run().started(), model.score(),
                model.areas().stream().map(ReportModel.AreaScore::score).toList()));
        return points;
    }

    /** Keeps the settings the results depend on in the run folder. */
    public static void keepParameters(RunFolder run, List<ReportModel.Parameter> parameters) {
        AtomicFiles.write(run.file(PARAMETERS), out -> out.write(Json.MAPPER.writeValueAsString(parameters).getBytes(StandardCharsets.UTF_8)));
    }

    /** The run's recorded settings; a run folder written before they were kept says so. */
    static List<ReportModel.Parameter> parameters(RunFolder run) {
        Path file = run.file(PARAMETERS);
        if (!Files.isRegularFile(file)) {
            return List.of(new ReportModel.Parameter("Parameters", "not recorded in this run's folder"));
        }
        return Json.MAPPER.readValue(file.toFile(), new TypeReference<List<ReportModel.Parameter>>() {
        });
    }

    /**
     * Every writer at once into {@code dir}, one thread each up to the processor count: the PDF's layout and the
     * workbook's compression are CPU-bound, and each writes its own file through a temporary name. The first failure is rethrown.
     */
    public void write(ReportModel model, Path dir, RunInterruption interruption) {
        List<ReportWriter> all = writers.orderedStream().toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> written = new ArrayList<>();
            for (ReportWriter writer : all) {
                written.add(pool.submit(() -> {
                    interruption.check();
                    writer.write(model, dir.resolve(writer.fileName()));
                }));
            }
            for (Future<?> future : written) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the reports", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Accounts whose audit role could not be assumed, with the reason. */
    private static Map<String, String> unreachable(EvidenceBundle bundle, Scope scope) {
        Map<String, String> unreachable = new LinkedHashMap<>();
        for (Target target : scope.targets()) {
            var access = bundle.readAccess(target.accountId());
            if (access.data().isEmpty()) {
                unreachable.put(target.accountId(), access.gap());
            }
        }
        return unreachable;
    }

    /** The requested Regions each reachable account did not audit, and the accounts whose Regions could not be listed. */
    static ReportModel.RegionCoverage regionCoverage(EvidenceBundle bundle, Scope scope) {
        List<ReportModel.SkippedRegion> skipped = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (Target target : scope.targets()) {
            if (!bundle.readAccess(target.accountId()).isCollected()) {
                continue;
            }
            bundle.readRegions(target.accountId()).data().ifPresent(regions -> {
                regions.skipped().forEach(region -> skipped.add(new ReportModel.SkippedRegion(target.accountId(), target.accountName(),
                        region.region(), region.status().label(), region.reason())));
                if (regions.listGap() != null) {
                    unlisted.add(target.accountName() + " (" + target.accountId() + "): " + regions.listGap());
                }
            });
        }
        return new ReportModel.RegionCoverage(skipped, unlisted);
    }

    /** A time recorded in bag-info.txt; a bag sealed by another tool may lack it or write it in another form. */
    private static String collectionTime(Map<String, String> bagInfo, String key) {
        String value = bagInfo.get(key);
        if (value == null) {
            return "not recorded";
        }
        try {
            return ReportModelBuilder.utc(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return "not readable (" + Untrusted.printable(value, 40) + ")";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
