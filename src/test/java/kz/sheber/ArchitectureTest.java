package kz.sheber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.notification.MailOutbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "kz.sheber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_talk_to_services_never_to_repositories_or_sql = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..domain..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.jdbc..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.data.repository..");

    /** Contacts and the outbox serve services' own server-side work; a view shows people via checked methods only. */
    @ArchTest
    static final ArchRule no_view_reads_a_residents_contact_or_queues_mail_itself = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .callMethod(ResidentDirectory.class, "contact", long.class)
            .orShould()
            .callMethod(ResidentDirectory.class, "nameOf", long.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(MailOutbox.class);

    /** A service is a feature's public face: each of its public methods says who may call it. */
    @ArchTest
    static final ArchRule every_public_service_method_says_who_may_call_it = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .arePublic()
            .should(
                    new ArchCondition<JavaMethod>("be annotated @RolesAllowed, @PermitAll, @DenyAll or"
                            + " @PreAuthorize, or sit in a class that is") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            boolean said = SECURITY.stream()
                                    .anyMatch(a -> method.isAnnotatedWith(a)
                                            || method.getOwner().isAnnotatedWith(a));
                            if (!said) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " does not say who may call it"));
                            }
                        }
                    });

    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, PreAuthorize.class);

    @ArchTest
    static final ArchRule nothing_reads_the_system_clock_behind_the_injected_one = noClasses()
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now");
}
