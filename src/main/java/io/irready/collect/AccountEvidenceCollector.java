package io.irready.collect;

import io.irready.aws.AwsClients;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every collector for one account, account-wide ones once and regional ones per Region, at
 * most {@code concurrency} at a time, each with the account bound to its thread (its calls act in that
 * account), writing each result to the bundle as soon as it is ready.
 * A collector that breaks leaves its file missing, which evaluation reports as UNKNOWN; a bundle
 * that cannot be written fails the run.
 */
public final class AccountEvidenceCollector {

    private static final Logger log = LoggerFactory.getLogger(AccountEvidenceCollector.class);

    private final List<AccountCollector<?>> accountCollectors;
    private final List<RegionalCollector<?>> regionalCollectors;
    private final int concurrency;

    public AccountEvidenceCollector(List<AccountCollector<?>> accountCollectors, List<RegionalCollector<?>> regionalCollectors, int concurrency) {
        this.accountCollectors = List.copyOf(accountCollectors);
        this.regionalCollectors = List.copyOf(regionalCollectors);
        this.concurrency = concurrency;
    }

    public void collect(AwsClients aws, Target target, CollectionContext context, EvidenceBundle bundle) {
        String account = target.accountId();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (AccountCollector<?> collector : accountCollectors) {
                tasks.add(pool.submit(() -> run(collector.file() + " in " + account,
                        () -> bundle.write(account, null, collector.file(), aws.run(() -> collector.collect(aws, context))))));
            }
            for (String region : target.regions()) {
                for (RegionalCollector<?> collector : regionalCollectors) {
                    tasks.add(pool.submit(() -> run(collector.file() + " in " + account + "/" + region,
                            () -> bundle.write(account, region, collector.file(), aws.run(() -> collector.collect(aws, region))))));
                }
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("collection of account " + account + " was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.debug("Collected account {} ({}): {} Regions in {} ms", account, target.accountName(), target.regions().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void run(String what, Runnable collection) {
        try {
            collection.run();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Collecting {} failed; its checks will report UNKNOWN", what, e);
        }
    }
}
