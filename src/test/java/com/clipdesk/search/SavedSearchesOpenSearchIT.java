package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/** {@link SavedSearchesIT} against a real OpenSearch node: the same queries find the same items. */
@OpenSearchTest
class SavedSearchesOpenSearchIT extends SavedSearchesIT {}
