/**
 * Demo data: a deterministic, multilingual data set for a fresh database, so the console looks like
 * a live moderation desk (markets, a catalog with staggered per-market releases, members, Moments
 * clustered around memorable scenes, fandom submissions, private recommendations, watch-party chat and
 * reports that pile up on a minority of subjects). The same seed gives the same rows; sizes scale to a
 * million Moments for benchmarks. Rows are written with plain JDBC batches, independent of the entity
 * classes of the other modules; {@link com.clipdesk.demo.DemoDataLoader} runs at start-up when
 * {@code clipdesk.demo.enabled=true} and the database has no market yet.
 */
@NullMarked
package com.clipdesk.demo;

import org.jspecify.annotations.NullMarked;
