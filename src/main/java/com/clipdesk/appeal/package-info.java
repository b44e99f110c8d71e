/**
 * Appeals: a member (through the API) or staff on their behalf (for appeals received by mail or
 * phone) contests a takedown or a review decision; a lead moderator or admin other than the original
 * decider (four-eyes) upholds it, overturns it (the item is restored and its links resolve again) or
 * narrows a takedown's markets. Publishes {@link AppealDecided}; overturn rates per reason code.
 */
@NullMarked
package com.clipdesk.appeal;

import org.jspecify.annotations.NullMarked;
