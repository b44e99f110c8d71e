package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/** {@link SpellingSuggestionIT} against a real OpenSearch node: the same queries find the same items. */
@OpenSearchTest
class SpellingSuggestionOpenSearchIT extends SpellingSuggestionIT {}
