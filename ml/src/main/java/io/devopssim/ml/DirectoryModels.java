package io.devopssim.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Models in a folder: one sub-folder per model, holding {@code model.onnx} and its metadata. */
final class DirectoryModels implements ModelSource {

    private final Path dir;

    DirectoryModels(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<String> names() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(ModelRegistry.METADATA)))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> ModelRegistry.nameProblem(name) == null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ModelLoadException(dir.toString(), "cannot be listed: " + e, e);
        }
    }

    @Override
    public Optional<byte[]> read(String name, String file) {
        Path path = dir.resolve(name).resolve(file);
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ModelLoadException(path.toString(), "cannot be read: " + e, e);
        }
    }

    @Override
    public String where(String name, String file) {
        return dir.resolve(name).resolve(file).toString();
    }

    @Override
    public String toString() {
        return "folder " + dir;
    }
}
