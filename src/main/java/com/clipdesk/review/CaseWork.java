package com.clipdesk.review;

import com.clipdesk.content.ContentState;
import com.clipdesk.content.ContentSubject;
import com.clipdesk.content.MomentDetails;
import com.clipdesk.report.ReportRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the case page shows a reviewer: the case, the item as it is now and as it was when
 * the case opened, its reports, its decisions so far, the creator's history and related items.
 *
 * @param claimedByMe the reviewer holds the case's lease (and so may decide it)
 * @param dispositions what this reviewer may decide here (empty: read only)
 */
public record CaseWork(CaseRow row, long version, @Nullable String claimedBy, boolean claimedByMe,
        Set<Disposition> dispositions, boolean spoilerAllowed, Snapshot snapshot, ContentSubject current,
        @Nullable MomentDetails moment, List<ReportRow> reports, List<DecisionLine> decisions,
        CreatorHistory creator, @Nullable String escalationNote, @Nullable String escalatedBy) {

    public long id() {
        return row.id();
    }

    public boolean canDecide() {
        return claimedByMe && !dispositions.isEmpty();
    }

    /** The item as it was when the case opened. */
    public record Snapshot(Instant takenAt, String context, String text, String author, ContentState state) {}

    /** The creator's record: earlier decisions on their items and their other cases. */
    public record CreatorHistory(String handle, long removals, long keeps, List<DecisionLine> earlierDecisions,
            List<CaseRow> otherCases) {}
}
