package io.devopssim.core.internal.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads YAML and JSON files into trees, turning syntax errors into problems with line and column.
 *
 * <p>Duplicate keys are syntax errors. Not API.
 */
public final class TreeFiles {

    private static final ObjectMapper YAML =
            YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private TreeFiles() {}

    /** Returns whether {@code file} is named like a JSON file; everything else is YAML. */
    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Returns every document in {@code file}: several for multi-document YAML, one for JSON.
     *
     * @param file the file to read
     * @param label how paths of syntax problems start, such as the file's name; may be empty
     * @param problems where syntax and I/O problems go
     * @return the documents, skipping empty ones; empty when the file could not be read
     */
    public static List<JsonNode> readAll(Path file, String label, Problems problems) {
        ObjectMapper mapper = isJson(file) ? JSON : YAML;
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                mapper.readerFor(JsonNode.class).readValues(Files.newInputStream(file))) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    documents.add(doc);
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(where(label, e.getLocation()), oneLine(e.getOriginalMessage()));
            return List.of();
        } catch (IOException e) {
            problems.add(label, "cannot read " + file + ": " + reason(e));
            return List.of();
        }
        return documents;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Keeps the parser's own sentences, dropping its indented source excerpts and carets, and
     * shortens what would quote a whole file (a CSV read as YAML is one long scalar).
     */
    private static String oneLine(String message) {
        String text = message == null ? "syntax error" : message;
        if (text.startsWith("Malformed numeric value '.nan'")
                || text.startsWith("Malformed numeric value '.inf'")
                || text.startsWith("Malformed numeric value '-.inf'")) {
            return "NaN and infinity are not accepted; expected a finite number";
        }
        String line =
                text.lines()
                        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                        .map(String::trim)
                        .collect(Collectors.joining("; "));
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private static String where(String label, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return label;
        }
        String at = "line " + location.getLineNr() + ", column " + location.getColumnNr();
        return label.isEmpty() ? at : label + " " + at;
    }
}
