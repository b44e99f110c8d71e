/**
 * Reports: who reported which item, why and in which market. Reports on the same subject are read
 * together on the item's page; the review module (planned) gathers them into cases.
 */
@NullMarked
package com.clipdesk.report;

import org.jspecify.annotations.NullMarked;
