/**
 * Full-text search over what members share and what they report (Hibernate Search, embedded Lucene by
 * default): analyzer
 * definitions and index operations such as the start-up rebuild of an empty index.
 */
@NullMarked
package com.clipdesk.search;

import org.jspecify.annotations.NullMarked;
