package io.devopssim.ml;

import io.devopssim.core.InvalidInputException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Models on the class path under one folder, listed by its {@code index.txt}. */
final class ResourceModels implements ModelSource {

    private final ClassLoader loader;
    private final String root;

    ResourceModels(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root;
    }

    @Override
    public List<String> names() {
        String index = root + "/index.txt";
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new ModelLoadException(
                        index, "not on the class path; expected the list of bundled models", null);
            }
            return parseIndex(
                    index,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList());
        } catch (IOException | UncheckedIOException e) {
            throw new ModelLoadException(index, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> read(String name, String file) {
        try (InputStream in = loader.getResourceAsStream(where(name, file))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new ModelLoadException(where(name, file), "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String where(String name, String file) {
        return root + "/" + name + "/" + file;
    }

    @Override
    public String toString() {
        return "class path " + root;
    }

    /** Returns the names in an index: one per line, blank lines and {@code #} comments skipped. */
    static List<String> parseIndex(String source, List<String> lines) {
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = ModelRegistry.nameProblem(line);
            if (problem == null && names.contains(line)) {
                problem = "\"" + line + "\" is listed twice";
            }
            if (problem != null) {
                problems.add(new Problem("line " + (i + 1), problem));
            }
            names.add(line);
        }
        if (!problems.isEmpty()) {
            throw new ModelLoadException(source, problems);
        }
        return List.copyOf(names);
    }
}
