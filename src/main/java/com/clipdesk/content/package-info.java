/**
 * What members share: Moments (clips of episodes) and their share links, fandom submissions,
 * private recommendations and watch-party chat. Every read is limited to the staff member's
 * market scope (docs/market-scope.md).
 */
@NullMarked
package com.clipdesk.content;

import org.jspecify.annotations.NullMarked;
