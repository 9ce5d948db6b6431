package io.irready.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLinksTest {

    @Test
    void anArnLinksToItsPartitionsConsoleEncoded() {
        assertThat(ConsoleLinks.of("arn:aws:s3:::audit-logs")).hasValue("https://console.aws.amazon.com/go/view?arn=arn%3Aaws%3As3%3A%3A%3Aaudit-logs");
        assertThat(ConsoleLinks.of("arn:aws-cn:iam::123456789012:role/IR-Responder"))
                .hasValue("https://console.amazonaws.cn/go/view?arn=arn%3Aaws-cn%3Aiam%3A%3A123456789012%3Arole%2FIR-Responder");
        assertThat(ConsoleLinks.of("arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abc")).get().asString()
                .startsWith("https://console.amazonaws-us-gov.com/go/view?arn=");
    }

    @Test
    void whatIsNotAWellFormedArnGetsNoLink() {
        assertThat(ConsoleLinks.of("account")).isEmpty();
        assertThat(ConsoleLinks.of("root user")).isEmpty();
        assertThat(ConsoleLinks.of("=HYPERLINK(\"http://x\")")).isEmpty();
        assertThat(ConsoleLinks.of("arn:evil:s3:::bucket")).isEmpty();
        assertThat(ConsoleLinks.of("arn:aws:s3:::bucket with space")).isEmpty();
        assertThat(ConsoleLinks.of(null)).isEmpty();
        assertThat(ConsoleLinks.of("arn:aws:s3:::" + "b".repeat(2000))).isEmpty();
    }

    @Test
    void quotesInAnArnCannotLeaveTheLink() {
        assertThat(ConsoleLinks.of("arn:aws:s3:::x\"),\"y")).get().asString().doesNotContain("\"").contains("%22");
    }
}
