package com.clipdesk.staff;

import com.clipdesk.ClipdeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Spring Modulith's boundary check: staff depends on no other module, shell only on staff and shared. */
class StaffModuleBoundariesTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(ClipdeskApplication.class).verify();
    }
}
