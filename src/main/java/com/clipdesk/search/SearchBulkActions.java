package com.clipdesk.search;

import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.InvalidDecisionException;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ItemRef;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A review decision on everything a query finds (a leak: every quote of a finale, in every
 * language): preview what the result set stands for, then run it as a bulk decision over those
 * items (docs/search.md, "Bulk action"). Reviewers only: moderators, leads and admins.
 */
@Service
public class SearchBulkActions {

    private final SearchResultItems resultItems;
    private final BulkDecisions bulk;
    private final ReasonCodes reasonCodes;
    private final CurrentStaff currentStaff;

    SearchBulkActions(SearchResultItems resultItems, BulkDecisions bulk, ReasonCodes reasonCodes,
            CurrentStaff currentStaff) {
        this.resultItems = resultItems;
        this.bulk = bulk;
        this.reasonCodes = reasonCodes;
        this.currentStaff = currentStaff;
    }

    /** True when the signed-in staff member may act on search results. */
    public boolean canAct() {
        return bulk.canRun();
    }

    /**
     * The items the query's results stand for, in the staff member's markets.
     *
     * @throws QuerySyntaxException when the query cannot be read
     */
    public ResultItems preview(String query) {
        return resultItems.collect(requireReviewer(), query);
    }

    /** The active reason codes the action may carry. */
    public List<ReasonCodeView> reasonsFor(ItemAction action) {
        requireReviewer();
        return reasonCodes.activeFor(action.disposition());
    }

    /**
     * Starts the action on the previewed items: what the reviewer saw counted is what runs (items
     * changed since are checked one by one). Reason and note are required; the start, every item's
     * decision and the end are audited.
     */
    public BulkRun<ItemRef> start(ResultItems preview, ItemAction action, @Nullable String reasonCode,
            @Nullable String note) {
        requireReviewer();
        if (preview.tooMany()) {
            throw new InvalidDecisionException("The search finds more than one bulk action may cover; narrow it.");
        }
        return bulk.startOnItems(preview.items(), action, reasonCode, note, "search “" + preview.query() + "”");
    }

    private SignedInStaff requireReviewer() {
        if (!bulk.canRun()) {
            throw new AccessDeniedException("Bulk actions on search results are for moderators, leads and admins");
        }
        return currentStaff.get();
    }
}
