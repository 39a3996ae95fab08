package kz.sheber.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import kz.sheber.backup.BackupService;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tests run on an external database (spring.datasource.url), where backups are the operator's job: the page
 * says so and offers nothing to click. The embedded case is BackupRestoreIT, against the packaged jar.
 */
class BackupsViewTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Autowired
    BackupService service;

    @Test
    void with_an_external_database_admins_read_that_backups_are_the_operators_job_and_nothing_starts_one() {
        login(people.create(Roles.ADMIN));
        open("admin/backups", Languages.RUSSIAN);

        assertThat(_get(H1.class).getText()).isEqualTo("Резервные копии");
        assertThat(_get(Main.class).getElement().getTextRecursively()).contains("mariadb-dump");
        _assertNone(Button.class, spec -> spec.withId("backup-now"));
        assertThat(service.startNow()).isEqualTo(BackupService.Start.EXTERNAL_DATABASE);
    }
}
