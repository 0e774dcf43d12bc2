package io.devopssim.ml;

import java.util.List;
import java.util.Optional;

/** Where a registry finds its models: the class path or a folder. */
interface ModelSource {

    /** Returns the names of the models, in a stable order. */
    List<String> names();

    /** Returns the content of {@code file} of model {@code name}, or empty if there is none. */
    Optional<byte[]> read(String name, String file);

    /** Returns where {@code file} of model {@code name} is, for messages. */
    String where(String name, String file);
}
