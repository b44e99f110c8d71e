/**
 * Spoilers (issue 7): spoiler flags of a title, season or episode on Moments, fandom submissions and
 * chat messages; per-market windows after each release (embargo before it, spoiler-hidden for a
 * number of days after it per market and title kind, then clear), applied on time by a scheduler
 * that survives restarts; the calendar of releases and windows. Docs: docs/spoilers.md.
 */
@NullMarked
package com.clipdesk.spoiler;

import org.jspecify.annotations.NullMarked;
