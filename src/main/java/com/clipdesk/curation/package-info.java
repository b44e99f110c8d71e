/**
 * Featured Moments per market (issue 9): a board per market and surface (home row, title page) with
 * ordered, scheduled slots that curators edit as a draft and publish; the product reads the published
 * order through {@code GET /api/featured/{market}}. Only Moments allowed in the market can be featured
 * ({@link com.clipdesk.curation.Eligibility}); a review removal, takedown or spoiler hold that makes one
 * ineligible takes it off that market's boards in the same transaction, with a notice to the market's
 * curators and an audit event. The heatmap shows how densely an episode is clipped, to find candidates.
 * Docs: docs/curation.md.
 */
@NullMarked
package com.clipdesk.curation;

import org.jspecify.annotations.NullMarked;
