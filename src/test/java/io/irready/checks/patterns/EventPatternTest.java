package io.irready.checks.patterns;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPatternTest {

    private static final Map<String, Object> GUARDDUTY_HIGH = FindingEvents.guardDutyHigh("123456789012", "us-east-1");

    private static boolean matches(String pattern) {
        return EventPattern.parse(pattern).matches(GUARDDUTY_HIGH);
    }

    @Test
    void matchesExactValuesAndNestedFields() {
        assertThat(matches("{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"]}")).isTrue();
        assertThat(matches("{\"source\":[\"aws.guardduty\"],\"detail\":{\"severity\":[8]}}")).isTrue();
        assertThat(matches("{\"source\":[\"aws.securityhub\"]}")).isFalse();
    }

    @Test
    void numericRangesDecideOnTheSeverity() {
        assertThat(matches("{\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]}}")).isTrue();
        assertThat(matches("{\"detail\":{\"severity\":[{\"numeric\":[\">\",8]}]}}")).isFalse();
        assertThat(matches("{\"detail\":{\"severity\":[{\"numeric\":[\">=\",4,\"<\",7]}]}}")).isFalse();
    }

    @Test
    void aRuleThatFiltersOutTheFindingDoesNotMatchEvenIfItNamesTheRightSource() {
        // An attacker's rule: names aws.guardduty but only for a finding type that never happens.
        assertThat(matches("{\"source\":[\"aws.guardduty\"],\"detail\":{\"type\":[\"Nothing:Ever\"]}}")).isFalse();
        assertThat(matches("{\"source\":[\"aws.guardduty\"],\"detail\":{\"severity\":[{\"anything-but\":[8]}]}}")).isFalse();
        assertThat(matches("{\"source\":[\"aws.guardduty\"],\"detail\":{\"archived\":[{\"exists\":true}]}}")).isFalse();
    }

    @Test
    void prefixesSuffixesWildcardsCaseAndOr() {
        assertThat(matches("{\"detail\":{\"type\":[{\"prefix\":\"UnauthorizedAccess:\"}]}}")).isTrue();
        assertThat(matches("{\"detail\":{\"type\":[{\"suffix\":\".OutsideAWS\"}]}}")).isTrue();
        assertThat(matches("{\"detail\":{\"type\":[{\"wildcard\":\"Unauthorized*Exfiltration*\"}]}}")).isTrue();
        assertThat(matches("{\"source\":[{\"equals-ignore-case\":\"AWS.GUARDDUTY\"}]}")).isTrue();
        assertThat(matches("{\"$or\":[{\"source\":[\"aws.securityhub\"]},{\"detail\":{\"severity\":[8]}}]}")).isTrue();
        assertThat(matches("{\"source\":[{\"anything-but\":{\"prefix\":\"aws.guard\"}}]}")).isFalse();
        assertThat(matches("{\"detail\":{\"missing\":[{\"exists\":false}]}}")).isTrue();
    }

    @Test
    void unknownOperatorsAndShapesAreNotJudged() {
        assertThatThrownBy(() -> EventPattern.parse("{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}}"))
                .isInstanceOf(UnsupportedPatternException.class).hasMessageContaining("cidr");
        assertThatThrownBy(() -> EventPattern.parse("{\"source\":\"aws.guardduty\"}")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> EventPattern.parse("{\"source\":[]}")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> EventPattern.parse("[1]")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> EventPattern.parse("{not json")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> EventPattern.parse(null)).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> EventPattern.parse("{\"detail\":{\"severity\":[{\"numeric\":[\"~\",7]}]}}"))
                .isInstanceOf(UnsupportedPatternException.class);
    }
}
