package io.devopssim.cloud;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an instance family is built for, as the providers group them. */
public enum Category {
    /** Balanced CPU and memory, e.g. AWS m5. */
    GENERAL_PURPOSE,
    /** More CPU per GiB of memory, e.g. AWS c6i. */
    COMPUTE_OPTIMISED,
    /** More memory per vCPU, e.g. AWS r6i. */
    MEMORY_OPTIMISED,
    /** A baseline CPU share with credits to burst above it, e.g. AWS t3. */
    BURSTABLE;

    /**
     * Returns the id used in catalogues, e.g. {@code general-purpose}.
     *
     * @return the lowercase, dash-separated id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the category with the given catalogue id.
     *
     * @param id a catalogue id such as {@code memory-optimised}
     * @return the category, or empty if the id is unknown
     */
    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
