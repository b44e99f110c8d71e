/** Members of the streaming service, pseudonymous to staff: handle, home market, age band. */
@NullMarked
package com.clipdesk.member;

import org.jspecify.annotations.NullMarked;
