package dev.videoagent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The shape of all shipped code at once (this module sees every module but the CDK app): no package cycles anywhere, and the
 * layers model <- port <- usecase <- adapters <- wiring, with the engines beside the use cases.
 */
class ArchitectureRulesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.videoagent");

    private static final String MODEL = "dev.videoagent.core.model..";
    private static final String PORT = "dev.videoagent.core.port..";
    private static final String USECASE = "dev.videoagent.core.usecase..";
    private static final String ENGINE = "dev.videoagent.core.engine..";
    private static final String CONFIG = "dev.videoagent.core.config..";
    private static final String ADAPTERS = "dev.videoagent.adapters..";
    private static final String WIRING_AND_RUNTIMES = "dev.videoagent.handlers..";

    @Test
    void everyModuleIsImported() {
        Assertions.assertThat(ALL.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("core", "adapters", "handlers", "nori", "render", "local");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.videoagent.(**)").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void theModelDependsOnNothingButErrors() {
        noClasses().that().resideInAPackage(MODEL).should().dependOnClassesThat()
                .resideInAnyPackage(PORT, USECASE, ENGINE, CONFIG, ADAPTERS, WIRING_AND_RUNTIMES).check(ALL);
    }

    @Test
    void portsSeeOnlyTheModel() {
        noClasses().that().resideInAPackage(PORT).should().dependOnClassesThat()
                .resideInAnyPackage(USECASE, ENGINE, ADAPTERS, WIRING_AND_RUNTIMES).check(ALL);
    }

    @Test
    void enginesAreCalledByUseCasesAndNeverCallThem() {
        noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat()
                .resideInAnyPackage(USECASE, PORT, ADAPTERS, WIRING_AND_RUNTIMES).check(ALL);
    }

    @Test
    void useCasesReachTheOutsideOnlyThroughPorts() {
        noClasses().that().resideInAPackage(USECASE).should().dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS, WIRING_AND_RUNTIMES, "dev.videoagent.nori..").check(ALL);
    }

    @Test
    void adaptersImplementPortsAndNeverUseCasesEnginesOrEachOther() {
        noClasses().that().resideInAPackage(ADAPTERS).should().dependOnClassesThat()
                .resideInAnyPackage(USECASE, ENGINE, WIRING_AND_RUNTIMES).check(ALL);
        for (String adapter : new String[] {"mongo", "redis", "s3", "sfn", "secrets", "bedrock", "ollama", "metrics"}) {
            // shared support only: one AWS client configuration, one BSON shape of the model
            noClasses().that().resideInAPackage("dev.videoagent.adapters." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            java.util.Arrays.stream(new String[] {"mongo", "redis", "s3", "sfn", "secrets", "bedrock",
                                    "ollama", "metrics"}).filter(other -> !other.equals(adapter))
                                    .map(other -> "dev.videoagent.adapters." + other + "..").toArray(String[]::new))
                    .check(ALL);
        }
    }

    @Test
    void handlersTranslateAndOnlyTheWiringBuildsAdapters() {
        noClasses().that().resideInAnyPackage("dev.videoagent.handlers.api..", "dev.videoagent.handlers.http..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, "dev.videoagent.nori..",
                        "dev.videoagent.handlers")
                .check(ALL);
    }
}
