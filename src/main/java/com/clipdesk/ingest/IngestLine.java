package com.clipdesk.ingest;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line as read: its envelope and fields, or the result that rejects it already (not JSON, no
 * type, a bad version…). Nothing about the database is known yet.
 */
public record IngestLine(int line, @Nullable IngestType type, @Nullable String externalId, long version,
        @Nullable ObjectNode body, @Nullable LineResult rejected) {

    static IngestLine rejected(LineResult result) {
        return new IngestLine(result.line(), null, result.externalId(), 0, null, result);
    }

    boolean isRejected() {
        return rejected != null;
    }
}
