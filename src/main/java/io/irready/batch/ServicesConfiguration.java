package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.CallMetrics;
import io.irready.batch.RunProgress;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.collect.CollectorRegistry;
import io.irready.history.BatchSchemaInitializer;
import io.irready.history.ConcurrentStartMigration;
import io.irready.history.HistoryStore;
import io.irready.report.ReportTemplates;
import io.irready.report.ReportWriter;
import io.irready.report.csv.CsvReportWriter;
import io.irready.report.ocsf.OcsfWriter;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.report.xlsx.XlsxReportWriter;
import io.irready.results.Evaluator;
import io.irready.scope.ScopeResolver;
import io.irready.settings.CheckSettingsBinder;
import io.irready.settings.IrreadyProperties;
import io.irready.waivers.Waivers;
import io.irready.waivers.WaiversFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Wires the services from configuration. AWS clients and templates are built only when a run needs them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IrreadyProperties.class)
public class ServicesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Each check settings record, bound from its section under irready.checks. */
    @Bean
    BoundCheckSettings checkSettings(Environment environment) {
        return new BoundCheckSettings(CheckSettingsBinder.bind(environment));
    }

    @Bean
    RunReports runReports(ObjectProvider<ReportWriter> writers, IrreadyProperties properties, HistoryStore history, Clock clock) {
        return new RunReports(writers, properties, history, clock);
    }

    /** Read once per run; a malformed file is bad input, reported before any AWS call. */
    @Bean
    Waivers waivers(IrreadyProperties properties) {
        return WaiversFile.read(Path.of(properties.waivers().file()),
                CheckCatalog.metadata().stream().map(CheckMetadata::id).collect(Collectors.toSet()));
    }

    @Bean
    FlywayMigrationStrategy concurrentStartMigration() {
        return new ConcurrentStartMigration(Duration.ofMillis(500));
    }

    /** The job repository's tables, created where missing (replaces Spring Boot's, which re-runs the script on every start). */
    @Bean
    BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource, BatchJdbcProperties properties) {
        return new BatchSchemaInitializer(dataSource, properties);
    }

    /** Made after Flyway has migrated the history tables. */
    @Bean
    @DependsOn("flywayInitializer")
    HistoryStore historyStore(DataSource dataSource, PlatformTransactionManager transactions) {
        return new HistoryStore(new JdbcTemplate(dataSource), transactions);
    }

    @Bean
    CallMetrics callMetrics() {
        return new CallMetrics();
    }

    @Bean
    RunProgress runProgress() {
        return new RunProgress();
    }

    @Bean
    RunInterruption runInterruption() {
        return new RunInterruption();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    AwsClientFactory awsClientFactory(IrreadyProperties properties, CallMetrics metrics) {
        String endpoint = properties.aws().endpoint();
        var collect = properties.collect();
        return new AwsClientFactory(DefaultCredentialsProvider.builder().build(),
                endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                properties.aws().maxAttempts(),
                properties.aws().callTimeout(),
                Math.max(10, collect.accountsInParallel() * collect.concurrency() * 2),
                properties.scope().homeRegion(),
                metrics);
    }

    @Bean
    ScopeResolver scopeResolver(Clock clock) {
        return new ScopeResolver(clock);
    }

    @Bean
    AccountEvidenceCollector accountEvidenceCollector(IrreadyProperties properties, RunInterruption interruption) {
        return new AccountEvidenceCollector(CollectorRegistry.all(), properties.collect().concurrency(), interruption::requested);
    }

    @Bean
    Evaluator evaluator() {
        return new Evaluator(CheckCatalog.all());
    }

    @Bean
    @Lazy
    ReportTemplates reportTemplates(IrreadyProperties properties) {
        String dir = properties.report().templateDir();
        return new ReportTemplates(dir == null || dir.isBlank() ? null : Path.of(dir));
    }

    @Bean
    @Lazy
    @Order(1)
    PdfReportWriter pdfReportWriter(ReportTemplates templates) {
        return new PdfReportWriter(templates);
    }

    @Bean
    @Order(2)
    XlsxReportWriter xlsxReportWriter() {
        return new XlsxReportWriter();
    }

    @Bean
    @Order(3)
    CsvReportWriter csvReportWriter() {
        return new CsvReportWriter();
    }

    @Bean
    @Order(4)
    OcsfWriter ocsfWriter() {
        return new OcsfWriter();
    }
}
