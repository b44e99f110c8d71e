package com.clipdesk.search;

import com.clipdesk.support.OpenSearchTest;

/**
 * {@link IndexAdminIT} against a real OpenSearch node: counts per entity, a rebuild with progress, a
 * rebuild cancelled midway and the audit of each, on the cluster (issue 12).
 */
@OpenSearchTest
class IndexAdminOpenSearchIT extends IndexAdminIT {}
