package io.devopssim.core.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Typed event listeners, with the matching listeners cached per concrete event class.
 *
 * <p>The first event of a class resolves its listeners once, by walking the registrations in order;
 * later events of that class cost one map lookup and no allocation. Registering a listener drops
 * the cache.
 */
final class ListenerRegistry {

    private final List<Registration> registrations = new ArrayList<>();
    private final Map<Class<?>, List<Consumer<Object>>> byEventClass = new HashMap<>();

    <E extends SimEvent> void add(Class<E> type, Consumer<? super E> listener) {
        // Safe: resolve() hands this listener only events that are instances of type.
        @SuppressWarnings("unchecked")
        Consumer<Object> untyped = (Consumer<Object>) listener;
        registrations.add(new Registration(type, untyped));
        byEventClass.clear();
    }

    void publish(SimEvent event) {
        List<Consumer<Object>> listeners = byEventClass.get(event.getClass());
        if (listeners == null) {
            listeners = resolve(event.getClass());
            byEventClass.put(event.getClass(), listeners);
        }
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).accept(event);
        }
    }

    private List<Consumer<Object>> resolve(Class<?> eventClass) {
        List<Consumer<Object>> matching = new ArrayList<>();
        for (Registration registration : registrations) {
            if (registration.type().isAssignableFrom(eventClass)) {
                matching.add(registration.listener());
            }
        }
        return List.copyOf(matching);
    }

    /** One listener and the event type it asked for. */
    private record Registration(Class<?> type, Consumer<Object> listener) {}
}
