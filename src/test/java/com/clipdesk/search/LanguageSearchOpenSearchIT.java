package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/** {@link LanguageSearchIT} against a real OpenSearch node: the same queries find the same items. */
@OpenSearchTest
class LanguageSearchOpenSearchIT extends LanguageSearchIT {}
