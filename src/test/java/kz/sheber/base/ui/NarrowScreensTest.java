package kz.sheber.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrowScreensTest {

    @Test
    void secondary_columns_step_aside_on_a_phone_and_come_back_when_the_window_widens() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> name = grid.addColumn(s -> s);
        Grid.Column<String> email = grid.addColumn(s -> s + "@example.kz");
        List<Grid.Column<?>> secondary = List.of(email);

        NarrowScreens.fit(360, secondary);
        assertThat(email.isVisible()).isFalse();
        assertThat(name.isVisible()).isTrue();

        NarrowScreens.fit(800, secondary);
        assertThat(email.isVisible()).isTrue();
    }

    @Test
    void an_unknown_width_keeps_every_column() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> email = grid.addColumn(s -> s);

        NarrowScreens.fit(0, List.of(email));

        assertThat(email.isVisible()).isTrue();
    }
}
