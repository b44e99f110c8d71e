/**
 * Member notices: every decision that affects a member (a review removal or spoiler flag, a takedown,
 * its narrowing or lifting, an appeal's outcome) writes a notice to the member in their language
 * from a template per kind and language: what was decided, on what ground, where, and how to appeal.
 * Policy admins edit the templates with a preview. A module of its own, not part of {@code member}:
 * it listens to review, takedown and appeal events, and those modules sit above {@code member}
 * (content depends on member), so in {@code member} it would close a cycle.
 */
@NullMarked
package com.clipdesk.notice;

import org.jspecify.annotations.NullMarked;
