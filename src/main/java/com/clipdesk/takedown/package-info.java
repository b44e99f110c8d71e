/**
 * Takedowns: removing a Moment, fandom submission or watch-party message for members everywhere or
 * only in listed markets (e.g. a legal order in DE), on a ground (illegal under a named law, or
 * incompatible with a named clause of our terms), with a reason code, an explanation and who
 * decided; narrowing and lifting them with a reason, with an immutable history; and legal orders
 * (an authority's request with a deadline). What members see is content's: {@link TakedownService}
 * sets the item's blocks through content's API in its own transaction. Publishes
 * {@link TakedownApplied} and {@link TakedownChanged} (docs/takedowns.md).
 */
@NullMarked
package com.clipdesk.takedown;

import org.jspecify.annotations.NullMarked;
