package com.clipdesk.search.ui;

import com.clipdesk.support.OpenSearchTest;

/** {@link SearchViewIT} against a real OpenSearch node: the page works the same and names OpenSearch. */
@OpenSearchTest
class SearchViewOpenSearchIT extends SearchViewIT {

    @Override
    String expectedEngine() {
        return "OpenSearch 3.8.0";
    }
}
