package org.evidencecatalogue;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Features depend on each other without cycles; {@code web} may use every feature, none uses {@code web}. */
class ModuleStructureTest {

    static final ApplicationModules modules = ApplicationModules.of(EvidenceCatalogueApplication.class);

    @Test
    void featuresHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
            .contains("drug", "condition", "study", "discussion", "source", "curation", "web");
    }

    /** Features use curation (history, forms, conflicts); curation finds their editors without knowing them. */
    @Test
    void curationDependsOnNoFeature() {
        assertThat(modules.getModuleByName("curation").orElseThrow()
            .getDirectDependencies(modules)
            .uniqueModules()
            .map((dependency) -> dependency.getIdentifier().toString()))
            .doesNotContain("drug", "condition", "study", "discussion", "source", "web");
    }

    @Test
    void noFeatureDependsOnTheWebLayer() {
        modules.stream()
            .filter((module) -> !module.getIdentifier().toString().equals("web"))
            .forEach((module) -> assertThat(module.getBootstrapDependencies(modules)
                .map((dependency) -> dependency.getIdentifier().toString()))
                .as(module.getIdentifier() + " must not depend on web")
                .doesNotContain("web"));
    }

}
