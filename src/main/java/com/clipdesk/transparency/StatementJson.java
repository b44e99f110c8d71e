package com.clipdesk.transparency;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Statements to and from JSON, attributes in their order. */
final class StatementJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private StatementJson() {}

    /** A statement, or one attribute's value (an array of values, say). */
    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Map<String, Object> read(String json) {
        return JSON.readValue(json, MAP);
    }
}
