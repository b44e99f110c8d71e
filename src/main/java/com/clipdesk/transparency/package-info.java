/**
 * Transparency: a DSA Art. 17 statement of reasons for every review decision that restricts an
 * item and every takedown, written in the decision's transaction from the review module's
 * {@code CaseDecided} and the takedown module's {@code TakedownApplied} events,
 * in the EU DSA Transparency Database's submission format; checked against the database's allowed
 * values and exported as JSON or CSV for a date range. Rules and field mapping: docs/transparency.md.
 */
@NullMarked
package com.clipdesk.transparency;

import org.jspecify.annotations.NullMarked;
