/**
 * Sharing policies (issue 8): per-market rules for what members may clip and where they may share
 * it — destinations, maximum clip length per title kind, titles or seasons not clippable (licensing,
 * with date ranges), age gating, pre-moderation of fandom submissions, the spoiler window — as a
 * default that markets inherit and override. Versions go draft → submitted → approved by a second
 * policy admin → published (now or at an effective time) → superseded; published versions never
 * change. {@link PolicyEvaluator} decides a share against the effective policy. Docs: docs/policies.md.
 */
@NullMarked
package com.clipdesk.policy;

import org.jspecify.annotations.NullMarked;
