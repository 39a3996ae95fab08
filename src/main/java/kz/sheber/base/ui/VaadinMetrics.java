package kz.sheber.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Open Vaadin sessions and UIs on this instance: each UI holds its state in this server's memory, so these say
 * how full an instance is and what a restart would cost its visitors.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("sheber.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this instance")
                .register(registry);
        Gauge.builder("sheber.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this instance")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
