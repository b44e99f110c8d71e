package com.clipdesk.report;

import com.clipdesk.content.ContentKind;

/** How many reports are open on one content kind in one market. */
public record OpenReportCount(ContentKind kind, String market, long count) {}
