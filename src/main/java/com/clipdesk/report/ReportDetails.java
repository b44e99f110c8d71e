package com.clipdesk.report;

import com.clipdesk.content.ContentSubject;
import java.util.List;

/** A report with the item it is about and the other reports on that item. */
public record ReportDetails(ReportRow report, ContentSubject subject, List<ReportRow> reportsOnSubject) {}
