package com.clipdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries of docs/architecture.md: no cycles, no reaching into another
 * module's internals. Also writes the module documentation to target/spring-modulith-docs.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ClipdeskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
