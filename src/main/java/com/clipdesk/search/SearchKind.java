package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.PrivateRecommendation;
import com.clipdesk.content.SearchMapping;
import com.clipdesk.content.WatchPartyMessage;
import com.clipdesk.report.Report;
import com.clipdesk.report.ReportService;
import com.clipdesk.staff.SignedInStaff;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a search hit can be: the content kinds and reports (a report is not content, so search has
 * its own kinds). Each has its index, its {@code contentKind} value, the page a hit opens and who
 * may search it: everyone Moments and submissions, the roles that read reports the rest.
 */
public enum SearchKind {
    MOMENT(SearchMapping.MOMENT, "Moment", Moment.class, ContentKind.MOMENT, false),
    SUBMISSION(SearchMapping.SUBMISSION, "Fandom submission", FandomSubmission.class, ContentKind.FANDOM_SUBMISSION,
            false),
    MESSAGE(SearchMapping.MESSAGE, "Watch-party message", WatchPartyMessage.class, ContentKind.WATCH_PARTY_MESSAGE,
            true),
    RECOMMENDATION(SearchMapping.RECOMMENDATION, "Private recommendation", PrivateRecommendation.class,
            ContentKind.PRIVATE_RECOMMENDATION, true),
    REPORT(SearchMapping.REPORT, "Report", Report.class, null, true);

    private final String indexValue;
    private final String label;
    private final Class<?> entity;
    private final @Nullable ContentKind contentKind;
    private final boolean reportReadersOnly;

    SearchKind(String indexValue, String label, Class<?> entity, @Nullable ContentKind contentKind,
            boolean reportReadersOnly) {
        this.indexValue = indexValue;
        this.label = label;
        this.entity = entity;
        this.contentKind = contentKind;
        this.reportReadersOnly = reportReadersOnly;
    }

    /** The value of the {@code contentKind} index field, also what {@code kind:} takes. */
    public String indexValue() {
        return indexValue;
    }

    public String label() {
        return label;
    }

    /** The content kind, or null for a report. */
    public @Nullable ContentKind contentKind() {
        return contentKind;
    }

    /** The page of one item: "moments/42", "messages/7", "reports/9". */
    public String route(long id) {
        return (contentKind == null ? "reports" : contentKind.route()) + "/" + id;
    }

    Class<?> entity() {
        return entity;
    }

    boolean searchableBy(SignedInStaff staff) {
        return !reportReadersOnly || ReportService.mayRead(staff);
    }

    static SearchKind ofIndexValue(String value) {
        return Arrays.stream(values()).filter(k -> k.indexValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown contentKind " + value));
    }

    static @Nullable SearchKind ofEntity(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.entity == type).findFirst().orElse(null);
    }

    /** "kind:message" etc. */
    String token() {
        return "kind:" + indexValue.toLowerCase(Locale.ROOT);
    }
}
