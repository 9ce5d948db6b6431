package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every collector for one account, per-account ones once and per-Region ones in every Region, at
 * most {@code concurrency} at a time (per-account ones first: they call several Regions in turn), each with the account bound to its thread (its calls act in that
 * account), writing each result to the bundle as soon as it is ready.
 * A collector that breaks leaves its file missing, which evaluation reports as UNKNOWN; a bundle
 * that cannot be written fails the run.
 */
public final class AccountEvidenceCollector {

    private static final Logger log = LoggerFactory.getLogger(AccountEvidenceCollector.class);

    private final List<Collector<?>> collectors;
    private final int concurrency;
    private final BooleanSupplier stopRequested;

    /** @param stopRequested when true, collectors not yet started are skipped; those running finish */
    public AccountEvidenceCollector(List<Collector<?>> collectors, int concurrency, BooleanSupplier stopRequested) {
        this.collectors = List.copyOf(collectors);
        this.concurrency = concurrency;
        this.stopRequested = stopRequested;
    }

    public void collect(AwsClients aws, Target target, CollectionContext context, EvidenceBundle bundle) {
        String account = target.accountId();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            collectors.stream().filter(c -> !c.type().perRegion())
                    .forEach(collector -> tasks.add(pool.submit(() -> collect(collector, aws, context, account, null, bundle))));
            for (String region : target.regions()) {
                collectors.stream().filter(c -> c.type().perRegion())
                        .forEach(collector -> tasks.add(pool.submit(() -> collect(collector, aws, context, account, region, bundle))));
            }
            // Every collector ends before a failure is thrown: none may write into the account's folder after its partition has ended.
            RuntimeException failure = null;
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("collection of account " + account + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        log.debug("Collected account {} ({}): {} Regions in {} ms", account, target.accountName(), target.regions().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private <T> void collect(Collector<T> collector, AwsClients aws, CollectionContext context, String account, String region,
                             EvidenceBundle bundle) {
        if (stopRequested.getAsBoolean()) {
            return;
        }
        try {
            bundle.write(account, region, collector.type(), aws.run(() -> collector.collect(aws, context, region)));
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Collecting {} in {}{} failed; its checks will report UNKNOWN", collector.type(), account,
                    region == null ? "" : "/" + region, e);
        }
    }
}
