/**
 * Strikes and member restrictions. A takedown on terms grounds gives the item's creator a strike
 * (an illegal-content takedown does not: strikes measure a member's conduct under our rules, orders
 * under the law are the law's business); strikes expire after {@code clipdesk.strikes.expiry}; the
 * count of active strikes reaching a configured threshold recommends a restriction to lead
 * moderators or applies it at once. An overturned appeal voids the strike its takedown gave; leads
 * and admins void strikes and lift restrictions by hand, with a reason. Listens to
 * {@code TakedownApplied}, {@code TakedownChanged} and {@code AppealDecided} in the publisher's
 * transaction; shows itself on the member page (docs/strikes.md).
 */
@NullMarked
package com.clipdesk.strike;

import org.jspecify.annotations.NullMarked;
