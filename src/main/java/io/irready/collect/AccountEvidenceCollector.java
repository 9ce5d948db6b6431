package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Target;
import io.irready.services.account.AccountRegions;
import io.irready.services.account.AccountRegionsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Collects one account: first which of its Regions can be audited ({@link AccountRegionsReader}, recorded as the
 * account's {@link AccountRegions}), then every collector, per-account ones once and per-Region ones in every audited
 * Region, at most {@code concurrency} at a time (per-account ones first: they call several Regions in turn), each with
 * the account bound to its thread (its calls act in that account), writing each result to the bundle as soon as it is ready.
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

    /**
     * @param context what the collectors need besides their clients, given the Regions audited
     * @return the account's Regions as found; nothing is collected in a skipped one
     */
    public AccountRegions collect(AwsClients aws, Target target, Function<List<String>, CollectionContext> context, EvidenceBundle bundle) {
        String account = target.accountId();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            AccountRegions regions = AccountRegionsReader.read(aws, target.regions(), pool);
            bundle.write(account, null, AccountRegions.TYPE, regions);
            if (regions.listGap() != null) {
                log.warn("Account {} ({}): {}", account, target.accountName(), regions.listGap());
            }
            regions.skipped().forEach(skipped -> log.info("Account {}: {}; it is skipped", account, skipped.reason()));
            CollectionContext collection = context.apply(regions.audited());
            List<Future<?>> tasks = new ArrayList<>();
            collectors.stream().filter(c -> !c.type().perRegion())
                    .forEach(collector -> tasks.add(pool.submit(() -> collect(collector, aws, collection, account, null, bundle))));
            for (String region : regions.audited()) {
                collectors.stream().filter(c -> c.type().perRegion())
                        .forEach(collector -> tasks.add(pool.submit(() -> collect(collector, aws, collection, account, region, bundle))));
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
            log.debug("Collected account {} ({}): {} Regions in {} ms", account, target.accountName(), regions.audited().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return regions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("collection of account " + account + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
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
