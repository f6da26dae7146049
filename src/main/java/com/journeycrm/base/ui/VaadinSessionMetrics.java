package com.journeycrm.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** {@code vaadin.sessions.active}: how many Vaadin sessions this instance holds (open tabs' users, roughly). */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger active = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> active.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> active.decrementAndGet());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("vaadin.sessions.active", active, AtomicInteger::get)
                .description("Vaadin sessions held by this instance")
                .register(registry);
    }
}
