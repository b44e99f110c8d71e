package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/** {@link SearchKindsIT} against a real OpenSearch node: the same queries find the same items. */
@OpenSearchTest
class SearchKindsOpenSearchIT extends SearchKindsIT {}
