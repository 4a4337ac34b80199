package dev.videoagent.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is the domain: it may use the JDK and SLF4J, and nothing that talks to the outside world. */
class CoreDependencyRulesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.videoagent.core");

    @Test
    void coreDependsOnlyOnTheJdkSlf4jAndTheDiffAlgorithm() {
        classes().that().resideInAPackage("dev.videoagent.core..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.annotation..", "org.slf4j..", "com.github.difflib..",
                        "dev.videoagent.core..")
                .check(CORE);
    }

    @Test
    void coreUsesNoAwsMongoRedisJavaCvOrLuceneClass() {
        noClasses().that().resideInAPackage("dev.videoagent.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.mongodb..", "org.bson..",
                        "io.lettuce..", "redis..", "io.netty..", "org.bytedeco..", "org.apache.lucene..",
                        "com.fasterxml.jackson..")
                .check(CORE);
    }

    @Test
    void fakesLiveInTheTestFixturesNotInTheShippedCode() {
        noClasses().should().haveSimpleNameStartingWith("InMemory").orShould().haveSimpleNameStartingWith("Fake")
                .orShould().haveSimpleNameStartingWith("Stub").check(CORE);
    }
}
