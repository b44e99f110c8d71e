/**
 * Dashboards for leads and admins (backlog and service levels per queue and market, decisions over
 * time by reason and market, time to decision, appeal overturn rates) and for curators (share counts
 * of featured Moments). Decisions and appeals are counted into daily rollup tables in their own
 * transaction ({@link com.clipdesk.dashboard.Rollups}), so the dashboards read aggregates, never the
 * decision rows. Rules and error bounds: docs/dashboards.md.
 */
@NullMarked
package com.clipdesk.dashboard;

import org.jspecify.annotations.NullMarked;
