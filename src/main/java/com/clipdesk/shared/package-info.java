/** Small types every module may use: exceptions with a meaning for the UI and the API. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.clipdesk.shared;

import org.jspecify.annotations.NullMarked;
