package io.irready.checks;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a check's metadata from the YAML file beside its class; every key is kebab-case. */
final class MetadataFile {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MetadataFile() {
    }

    static CheckMetadata load(Class<?> check) {
        String name = check.getSimpleName() + ".yml";
        try (InputStream in = check.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("check " + check.getName() + " has no metadata file " + name + " beside it");
            }
            return YAML.readValue(in, CheckMetadata.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("metadata of check " + check.getName() + " (" + name + ") is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
