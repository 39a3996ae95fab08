package kz.sheber.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/session/12", "/timetable?craft=3&from=2026-12-04", "/workshop/7", "/my-bookings"})
    void a_page_of_this_site_is_a_place_to_return_to(String path) {
        assertThat(ReturnPath.safe(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/session/12",
                "//evil.example/session/12",
                "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)",
                "session/12",
                "/login",
                "/login?error",
                "/register",
                "/reset-password?token=x",
                "/",
                "/session/12#top",
                "/session/12\r\nSet-Cookie: x=y",
                "/ evil",
                ""
            })
    void another_site_a_loop_or_a_one_time_link_is_refused(String path) {
        assertThat(ReturnPath.safe(path)).isEmpty();
    }
}
