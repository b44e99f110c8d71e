/** The appeals module's HTTP API for the member app: file an appeal, read its status. */
@NullMarked
package com.clipdesk.appeal.api;

import org.jspecify.annotations.NullMarked;
