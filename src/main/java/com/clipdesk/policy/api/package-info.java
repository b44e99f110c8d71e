/** The sharing policies' HTTP API for the product: the decision at share time. */
@NullMarked
package com.clipdesk.policy.api;

import org.jspecify.annotations.NullMarked;
