/** The content module's HTTP API for machine clients (the product's link resolver). */
@NullMarked
package com.clipdesk.content.api;

import org.jspecify.annotations.NullMarked;
