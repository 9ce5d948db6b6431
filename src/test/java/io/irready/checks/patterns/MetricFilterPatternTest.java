package io.irready.checks.patterns;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricFilterPatternTest {

    private static final SampleEvent STOP_LOGGING = SampleEvent.apiCall("cloudtrail.amazonaws.com", "StopLogging");

    private static boolean matches(String pattern, SampleEvent event) {
        return MetricFilterPattern.parse(pattern).matches(event.record());
    }

    @Test
    void matchesSelectorsWithQuotedAndBareValues() {
        assertThat(matches("{ $.eventName = \"StopLogging\" }", STOP_LOGGING)).isTrue();
        assertThat(matches("{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }", STOP_LOGGING)).isTrue();
        assertThat(matches("{ $.eventName = DeleteTrail }", STOP_LOGGING)).isFalse();
        assertThat(matches("{ $.userIdentity.type = IAMUser && $.eventSource = cloudtrail.amazonaws.com }", STOP_LOGGING)).isTrue();
    }

    @Test
    void wildcardsNegationsAndExistence() {
        var denied = SampleEvent.apiCall("ec2.amazonaws.com", "DescribeInstances").with("errorCode", "Client.UnauthorizedOperation");
        assertThat(matches("{ $.errorCode = \"*UnauthorizedOperation\" }", denied)).isTrue();
        assertThat(matches("{ $.errorCode != \"*UnauthorizedOperation\" }", denied)).isFalse();
        assertThat(matches("{ $.userIdentity.invokedBy NOT EXISTS }", denied)).isTrue();
        assertThat(matches("{ $.responseElements IS NULL }", denied)).isTrue();
        assertThat(matches("{ $.readOnly IS FALSE }", denied)).isTrue();
        assertThat(matches("{ $.errorCode != \"x\" }", STOP_LOGGING)).as("a missing field is not unequal").isFalse();
    }

    @Test
    void aMixOfAndAndOrMustMatchUnderBothReadings() {
        // Read as A || (B && C) it matches; read left to right, (A || B) && C, it does not: not credited.
        String ambiguous = "{ $.eventName = StopLogging || $.eventName = DeleteTrail && $.eventSource = s3.amazonaws.com }";
        assertThat(matches(ambiguous, STOP_LOGGING)).isFalse();
        assertThat(matches("{ $.eventName = StopLogging || ($.eventName = DeleteTrail && $.eventSource = s3.amazonaws.com) }", STOP_LOGGING))
                .isTrue();
    }

    @Test
    void aFilterThatContainsTheRightWordsButCanNeverMatchIsNotCredited() {
        assertThat(matches("{ ($.eventName = StopLogging) && ($.eventName = DeleteTrail) }", STOP_LOGGING)).isFalse();
        assertThat(matches("{ ($.eventName = StopLogging) && ($.eventSource = \"nothing\") }", STOP_LOGGING)).isFalse();
    }

    @Test
    void numbersCompare() {
        var event = STOP_LOGGING.with("count", 5);
        assertThat(matches("{ $.count >= 5 }", event)).isTrue();
        assertThat(matches("{ $.count > 5 }", event)).isFalse();
        assertThat(matches("{ $.count = 5 }", event)).isTrue();
    }

    @Test
    void textAndSpaceDelimitedPatternsAndOddSyntaxAreNotJudged() {
        assertThatThrownBy(() -> MetricFilterPattern.parse("StopLogging")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("[ip, user, ...]")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("{ ($.eventName = StopLogging }")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("{ $.eventName ~ StopLogging }")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("{ $.resources[*].ARN = x }")).isInstanceOf(UnsupportedPatternException.class);
        assertThatThrownBy(() -> MetricFilterPattern.parse("{ $.count > many }")).isInstanceOf(UnsupportedPatternException.class);
    }
}
