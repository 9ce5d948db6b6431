package io.irready.checks.attestations;

import io.irready.attestations.Attestations;
import io.irready.attestations.Attestations.Attestation;
import io.irready.checks.Check;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-ATT-01 to IR-ATT-05: fresh passes, stale, future-dated or absent fails, unreadable is unknown; always cites the attestations. */
class AttestationChecksTest {

    private static final String REF = "data/attestations.json";

    static Stream<AttestationCheck> checks() {
        return Stream.of(new IrPlanAttestedCheck(), new TrainingAttestedCheck(), new ExerciseAttestedCheck(),
                new OutOfBandCommunicationAttestedCheck(), new LessonsLearnedAttestedCheck());
    }

    private static Evidence<Attestations> attested(String item, String date) {
        return Evidence.collected(new Attestations("config/attestations.yml",
                List.of(new Attestation(item, LocalDate.parse(date), "Security operations", "https://wiki.example.com/x"))));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void aFreshAttestationPasses(AttestationCheck check) {
        var finding = only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, REF);
        assertThat(finding.message()).contains("attested on 2026-09-27 by Security operations");
        assertThat(finding.resourceId()).isEqualTo(check.item().key());
    }

    @ParameterizedTest
    @MethodSource("checks")
    void aStaleAttestationFails(AttestationCheck check) {
        var stale = compliant().withAttestations(attested(check.item().key(), "2025-11-01"));
        assertThat(only(check.evaluate(stale.build(), CONTEXT), Status.FAIL, REF).message()).contains("391 days ago, older than the 365 days");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void aFutureDatedAttestationDoesNotCount(AttestationCheck check) {
        var future = compliant().withAttestations(attested(check.item().key(), "2027-01-01"));
        assertThat(only(check.evaluate(future.build(), CONTEXT), Status.FAIL, REF).message()).contains("after the evaluation day");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void anAbsentItemFailsAndUnreadableAttestationsAreUnknown(Check check) {
        var other = compliant().withAttestations(attested("siem", "2026-11-01"));
        assertThat(only(check.evaluate(other.build(), CONTEXT), Status.FAIL, REF).message()).contains("is not attested in config/attestations.yml");
        var unread = compliant().withAttestations(new Evidence.Failed<>("attestations", "this evidence bundle holds no data/attestations.json"));
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, REF);
    }

    @ParameterizedTest
    @MethodSource("checks")
    void theAllowedAgeIsConfiguration(AttestationCheck check) {
        var context = TestSettings.bound("irready.checks.attestations.max-age-days: 30").context(CONTEXT.evaluatedAt());
        only(check.evaluate(compliant().build(), context), Status.FAIL, REF);
    }
}
