package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/** {@link SearchServiceIT} against a real OpenSearch node: the same queries find the same items. */
@OpenSearchTest
class SearchServiceOpenSearchIT extends SearchServiceIT {}
