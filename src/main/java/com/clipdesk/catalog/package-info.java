/**
 * The catalog: markets (with locale and time zone), titles, seasons, episodes and the date each
 * episode is released in each market. Admins maintain markets here.
 */
@NullMarked
package com.clipdesk.catalog;

import org.jspecify.annotations.NullMarked;
