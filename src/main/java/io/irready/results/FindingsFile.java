package io.irready.results;

import io.irready.checks.Finding;
import io.irready.evidence.Json;
import io.irready.files.AtomicFiles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code findings.json}: the array of every finding of a run, the result that reports are drawn from.
 * It is written and read as a stream, one finding at a time, so memory does not grow with the
 * organization.
 */
public final class FindingsFile {

    public static final String NAME = "findings.json";

    /** Reads one array element at a time; the rest of the array follows it. */
    private static final ObjectReader ELEMENT = Json.MAPPER.readerFor(Finding.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Receives the findings to write, in order. */
    @FunctionalInterface
    public interface Producer {
        void produce(Consumer<Finding> sink);
    }

    private FindingsFile() {
    }

    /** Writes every finding {@code producer} emits; the file appears complete or not at all. */
    public static void write(Path file, Producer producer) {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
                json.writeStartArray();
                producer.produce(finding -> Json.MAPPER.writeValue(json, finding));
                json.writeEndArray();
            }
        });
    }

    public static void write(Path file, List<Finding> findings) {
        write(file, sink -> findings.forEach(sink));
    }

    /** Hands every finding of the file to {@code consumer}, in file order. */
    public static void forEach(Path file, Consumer<Finding> consumer) {
        try (JsonParser json = Json.MAPPER.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException(file + " is not a JSON array of findings");
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                consumer.accept(ELEMENT.readValue(json));
            }
        }
    }

    public static List<Finding> read(Path file) {
        List<Finding> findings = new ArrayList<>();
        forEach(file, findings::add);
        return findings;
    }
}
