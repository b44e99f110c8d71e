/** The home page: figures of the staff member's markets from the database, and the newest items. */
@NullMarked
package com.clipdesk.home;

import org.jspecify.annotations.NullMarked;
