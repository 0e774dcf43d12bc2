package io.devopssim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerRegistryTest {

    /** A family of events, to check that supertype listeners see subtypes. */
    interface PodEvent extends SimEvent {}

    record PodStarted(double time, String pod) implements PodEvent {}

    record PodReady(double time, String pod) implements PodEvent {}

    record AlertFired(double time, String alert) implements SimEvent {}

    private final SimulationKernel kernel = SimulationKernel.create(0L);
    private final List<String> log = new ArrayList<>();

    @Test
    void publish_subtype_reachesExactAndSupertypeListenersInRegistrationOrder() {
        kernel.addListener(SimEvent.class, e -> log.add("any:" + e.time()));
        kernel.addListener(PodStarted.class, e -> log.add("started:" + e.pod()));
        kernel.addListener(PodEvent.class, e -> log.add("pod:" + e.time()));
        kernel.addListener(PodReady.class, e -> log.add("ready:" + e.pod()));

        kernel.publish(new PodStarted(1.5, "api-0"));

        assertThat(log).containsExactly("any:1.5", "started:api-0", "pod:1.5");
    }

    @Test
    void publish_unrelatedType_reachesOnlyMatchingListeners() {
        kernel.addListener(PodEvent.class, e -> log.add("pod"));
        kernel.addListener(AlertFired.class, e -> log.add("alert:" + e.alert()));

        kernel.publish(new AlertFired(2.0, "HighLatency"));
        kernel.publish(new PodReady(3.0, "api-1"));

        assertThat(log).containsExactly("alert:HighLatency", "pod");
    }

    @Test
    void publish_noListeners_doesNothing() {
        kernel.publish(new AlertFired(0.0, "x"));

        assertThat(log).isEmpty();
    }

    @Test
    void addListener_afterEventsOfThatClassWerePublished_receivesLaterOnes() {
        kernel.addListener(PodStarted.class, e -> log.add("early"));
        kernel.publish(new PodStarted(1.0, "a"));

        kernel.addListener(PodEvent.class, e -> log.add("late"));
        kernel.publish(new PodStarted(2.0, "b"));

        assertThat(log).containsExactly("early", "early", "late");
    }

    @Test
    void addListener_duringDelivery_receivesFromNextPublish() {
        kernel.addListener(
                PodStarted.class,
                e -> {
                    log.add("first:" + e.pod());
                    if (log.size() == 1) {
                        kernel.addListener(PodStarted.class, e2 -> log.add("added:" + e2.pod()));
                    }
                });

        kernel.publish(new PodStarted(1.0, "a"));
        kernel.publish(new PodStarted(2.0, "b"));

        assertThat(log).containsExactly("first:a", "first:b", "added:b");
    }

    @Test
    void publish_fromAction_listenerSeesKernelTime() {
        List<Double> seen = new ArrayList<>();
        kernel.addListener(PodReady.class, e -> seen.add(kernel.now()));
        kernel.scheduleAt(4.0, k -> k.publish(new PodReady(k.now(), "api-2")));

        kernel.run();

        assertThat(seen).containsExactly(4.0);
    }
}
