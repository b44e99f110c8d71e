package com.clipdesk.policy;

import tools.jackson.databind.json.JsonMapper;

/** A version's rules to and from the JSON the database keeps. */
final class PolicyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PolicyJson() {}

    static String write(PolicyRules rules) {
        return JSON.writeValueAsString(rules);
    }

    static PolicyRules read(String json) {
        return JSON.readValue(json, PolicyRules.class);
    }
}
