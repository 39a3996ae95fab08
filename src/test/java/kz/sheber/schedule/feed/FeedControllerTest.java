package kz.sheber.schedule.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestTimetable;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The feeds as a calendar app or the city's website sees them: anonymous, cached, and readable back. */
@SheberTest
class FeedControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestTimetable timetable;

    MockMvc http;
    String tag;
    SessionCard first;
    SessionCard cancelled;

    @BeforeEach
    void twoSessionsOfThisTest() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        tag = "fd" + TestCatalogue.unique();
        WorkshopDetails workshop = timetable.workshop(tag, timetable.craftId(2), Level.BEGINNER, 3000, true);
        first = timetable.session(workshop, 2, 6);
        cancelled = timetable.session(workshop, 3, 6);
        timetable.cancel(cancelled, "Жөндеу жұмыстары");
    }

    @Test
    void the_calendar_feed_reads_back_with_a_stable_uid_and_the_sessions_start_in_utc() throws Exception {
        MvcResult result = http.perform(get("/feeds/sessions.ics")
                        .param("q", tag)
                        .param("cancelled", "1")
                        .param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn();
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(result.getResponse().getContentAsString()));
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertThat(events).hasSize(2);
        VEvent event = events.getFirst();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("session-" + first.id() + "@localhost");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(first.startsAt());
        assertThat(event.getSummary().getValue()).isEqualTo(tag + " валяние");
        assertThat(event.getLocation().getValue()).contains("Зал ").contains("Тараз");
        assertThat(event.getProperty("URL").orElseThrow().getValue())
                .isEqualTo("http://localhost:8080/session/" + first.id());
        assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void the_json_feed_has_its_documented_shape() throws Exception {
        http.perform(get("/feeds/sessions.json").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=utf-8"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.timeZone").value("Asia/Almaty"))
                .andExpect(jsonPath("$.filter.q[0]").value(tag))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.sessions[0].id").value(first.id()))
                .andExpect(
                        jsonPath("$.sessions[0].start").value(first.startsAt().toString()))
                .andExpect(jsonPath("$.sessions[0].status").value("scheduled"))
                .andExpect(jsonPath("$.sessions[0].workshop.title.kk").value(tag + " киіз басу"))
                .andExpect(jsonPath("$.sessions[0].workshop.priceTenge").value(3000))
                .andExpect(jsonPath("$.sessions[0].level").value("beginner"))
                .andExpect(jsonPath("$.sessions[0].seatsLeft").value(6))
                .andExpect(jsonPath("$.sessions[0].url").value("http://localhost:8080/session/" + first.id()));
    }

    @Test
    void an_unchanged_feed_answers_304_to_a_calendar_that_already_has_it() throws Exception {
        MvcResult result = http.perform(get("/feeds/sessions.ics").param("q", tag))
                .andExpect(status().isOk())
                .andReturn();
        String etag = result.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(result.getResponse().getHeader("Last-Modified")).isNotBlank();

        http.perform(get("/feeds/sessions.ics").param("q", tag).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void unreadable_parameters_are_ignored_never_a_server_error() throws Exception {
        http.perform(get("/feeds/sessions.json")
                        .param("q", tag)
                        .param("craft", "abc")
                        .param("from", "2026-13-40")
                        .param("free", "maybe")
                        .param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1));
        http.perform(get("/feeds/workshops/abc/picture")).andExpect(status().isNotFound());
        http.perform(get("/feeds/workshops/999999999/picture")).andExpect(status().isNotFound());
    }
}
