package kz.sheber;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void features_depend_on_each_other_only_through_their_public_faces_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
