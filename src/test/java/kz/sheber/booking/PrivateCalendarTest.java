package kz.sheber.booking;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Sha256;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The private calendar address a resident gives their calendar app, over HTTP as the app fetches it. */
@SheberTest
class PrivateCalendarTest {

    @Autowired
    BookingService bookings;

    @Autowired
    BookingCalendar calendar;

    @Autowired
    TestSessions sessions;

    @Autowired
    WebApplicationContext web;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_calendar_app_following_the_private_address_sees_the_booking_until_a_new_address_is_made() throws Exception {
        SessionCard session = sessions.session(8);
        PersonDetails resident = sessions.resident();
        signIn(resident);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        String oldAddress = URI.create(calendar.makeMyCalendarAddress()).getPath();
        SecurityContextHolder.clearContext();
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).build();

        MockHttpServletResponse response =
                http.perform(get(oldAddress)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar feed = new CalendarBuilder().build(new ByteArrayInputStream(response.getContentAsByteArray()));
        VEvent event = feed.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getUid().orElseThrow().getValue()).contains(booked.reference());

        signIn(resident);
        String newAddress = URI.create(calendar.makeMyCalendarAddress()).getPath();
        SecurityContextHolder.clearContext();
        assertThat(newAddress).isNotEqualTo(oldAddress);
        assertThat(http.perform(get(oldAddress)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(http.perform(get(newAddress)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(http.perform(get("/calendar/not-a-token.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_database_keeps_only_a_hash_of_the_address_and_tells_when_it_was_made() {
        PersonDetails resident = sessions.resident();
        signIn(resident);
        assertThat(calendar.myCalendarAddressMadeAt()).isEmpty();

        String address = calendar.makeMyCalendarAddress();

        String token = address.replaceAll(".*/calendar/([0-9a-f]+)\\.ics$", "$1");
        assertThat(jdbc.sql("SELECT token_hash FROM calendar_feed WHERE person_id = ?")
                        .param(resident.personId())
                        .query(String.class)
                        .single())
                .isEqualTo(Sha256.hex(token))
                .doesNotContain(token);
        assertThat(calendar.myCalendarAddressMadeAt()).isPresent();
    }
}
