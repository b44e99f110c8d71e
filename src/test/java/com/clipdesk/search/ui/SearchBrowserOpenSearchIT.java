package com.clipdesk.search.ui;

import com.clipdesk.support.OpenSearchTest;

/**
 * {@link SearchBrowserIT} in Chromium against a real OpenSearch node: the same flow, and the page
 * names OpenSearch beside the hit count (screenshot {@code search-opensearch.png}).
 */
@OpenSearchTest
class SearchBrowserOpenSearchIT extends SearchBrowserIT {

    @Override
    String expectedEngine() {
        return "OpenSearch 3.8.0";
    }

    @Override
    String screenshotName() {
        return "search-opensearch.png";
    }
}
