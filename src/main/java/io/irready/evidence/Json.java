package io.irready.evidence;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for evidence and findings: indented, map keys sorted, so files diff cleanly. No
 * single value may exceed {@link #MAX_VALUE_LENGTH} characters: AWS values are far shorter (a policy
 * document is at most a few KB), so a longer one is a forged or broken bundle, read as a gap, not into memory.
 */
public final class Json {

    public static final int MAX_VALUE_LENGTH = 8_000_000;

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_LENGTH).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }
}
