package dev.videoagent.handlers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Handlers translate HTTP into use cases; adapters are reached only through the wiring. */
class HandlerDependencyRulesTest {

    private static final JavaClasses HANDLERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.videoagent.handlers");

    @Test
    void handlersNeverPullTheRendererIntoTheLambdaJar() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
                .check(HANDLERS);
    }

    @Test
    void onlyTheWiringTouchesAdaptersAndClientLibraries() {
        noClasses().that().resideInAnyPackage("dev.videoagent.handlers.api..", "dev.videoagent.handlers.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.videoagent.adapters..",
                        "com.mongodb..", "io.lettuce..", "redis.clients..", "software.amazon.awssdk..")
                .check(HANDLERS);
    }
}
