package io.irready.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BagItTest {

    @TempDir
    Path bag;

    @BeforeEach
    void sealABag() throws Exception {
        Files.createDirectories(bag.resolve("data/123456789012/us-east-1"));
        Files.writeString(bag.resolve("data/scope.json"), "{}");
        Files.writeString(bag.resolve("data/123456789012/us-east-1/logs.json"), "{\"logGroups\":[]}");
        BagIt.seal(bag, Map.of("Irready-Version", "0.1.0"));
    }

    @Test
    void aSealedBagVerifies() throws Exception {
        assertThat(BagIt.isSealed(bag)).isTrue();
        assertThat(BagIt.verify(bag)).isEmpty();
        assertThat(Files.readString(bag.resolve("manifest-sha256.txt")))
                .contains("  data/123456789012/us-east-1/logs.json\n")
                .contains("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a  data/scope.json");
        assertThat(BagIt.readInfo(bag)).containsEntry("Irready-Version", "0.1.0").containsEntry("Payload-Oxum", "18.2");
    }

    @Test
    void aChangedFileIsNamed() throws Exception {
        Files.writeString(bag.resolve("data/123456789012/us-east-1/logs.json"), "{\"logGroups\":[{}]}");
        assertThat(BagIt.verify(bag)).containsExactly(
                "data/123456789012/us-east-1/logs.json does not match its SHA-256 in manifest-sha256.txt (changed after sealing)");
    }

    @Test
    void anAddedOrRemovedFileIsNamed() throws Exception {
        Files.writeString(bag.resolve("data/extra.json"), "{}");
        Files.delete(bag.resolve("data/scope.json"));
        assertThat(BagIt.verify(bag)).containsExactlyInAnyOrder(
                "data/scope.json is listed in manifest-sha256.txt but missing",
                "data/extra.json is not in manifest-sha256.txt (added after sealing)");
    }

    @Test
    void anEditedManifestIsCaughtByTheTagManifest() throws Exception {
        Path manifest = bag.resolve("manifest-sha256.txt");
        Files.writeString(manifest, Files.readString(manifest).replace("44136fa3", "00000000"));
        assertThat(BagIt.verify(bag)).contains("manifest-sha256.txt does not match its SHA-256 in tagmanifest-sha256.txt (changed after sealing)");
    }

    @Test
    void pathsOutsideTheBagAreRejected() throws Exception {
        Files.writeString(bag.resolve("manifest-sha256.txt"), "abc  ../../etc/passwd\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(BagIt.verify(bag)).contains("manifest-sha256.txt has a malformed line: abc  ../../etc/passwd");
    }

    @Test
    void anUnsealedFolderReportsTheMissingTagFiles() throws Exception {
        Files.delete(bag.resolve("tagmanifest-sha256.txt"));
        assertThat(BagIt.isSealed(bag)).isFalse();
        assertThat(BagIt.verify(bag)).containsExactly("tagmanifest-sha256.txt is missing");
    }
}
