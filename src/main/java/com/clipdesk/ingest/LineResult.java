package com.clipdesk.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one line: {@code accepted} (created), {@code updated} (a newer version applied),
 * {@code duplicate} (this version was applied already), {@code stale} (a newer version was applied
 * already: nothing written) or {@code rejected} (with the problem; nothing written).
 *
 * @param id the Clipdesk id of the item, when it exists
 */
public record LineResult(int line, @Nullable String externalId, @Nullable String type, Status status,
        @Nullable Long id, @Nullable Problem problem) {

    public enum Status {
        ACCEPTED, UPDATED, DUPLICATE, STALE, REJECTED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a line was rejected: a title and the fields at fault. */
    public record Problem(String type, String title, String detail, List<FieldError> errors) {}

    /** One field's fault; {@code field} is a JSON path such as {@code markets[2]} or {@code report.reason}. */
    public record FieldError(String field, String message) {}

    static LineResult rejected(int line, @Nullable String externalId, @Nullable String type, String problemType,
            String title, List<FieldError> errors) {
        String detail = errors.isEmpty() ? title : errors.getFirst().field() + ": " + errors.getFirst().message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return new LineResult(line, externalId, type, Status.REJECTED, null,
                new Problem(IngestProblems.BASE + problemType, title, detail, List.copyOf(errors)));
    }
}
