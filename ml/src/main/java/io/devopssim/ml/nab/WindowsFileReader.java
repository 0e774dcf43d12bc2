package io.devopssim.ml.nab;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a windows file: an object mapping {@code category/file.csv} to a list of {@code [start,
 * end]} timestamp pairs.
 */
final class WindowsFileReader {

    /** One window as labelled, before its timestamps are found in the series. */
    record Labelled(String start, String end) {}

    /** Jackson's description of a place in the input, which names no source of ours. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    private WindowsFileReader() {}

    /** Returns the windows by file name; adds every problem to {@code out}. */
    static Map<String, List<Labelled>> read(Path file, Problems out) {
        Map<String, List<Labelled>> windows = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            out.add(file + ": not valid JSON" + at(e.getLocation()) + ": " + message(e));
            return windows;
        } catch (NoSuchFileException e) {
            out.add(file + ": does not exist; expected a windows JSON file");
            return windows;
        } catch (IOException e) {
            out.add(file + ": cannot be read: " + e.getMessage());
            return windows;
        }
        if (root == null || !root.isObject()) {
            out.add(file + ": expected a JSON object mapping file names to lists of windows");
            return windows;
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            windows.put(entry.getKey(), windowsOf(file, entry.getKey(), entry.getValue(), out));
        }
        return windows;
    }

    private static String at(JsonLocation location) {
        return location == null
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Returns Jackson's message with the places it names given as line and column only. */
    private static String message(JsonProcessingException e) {
        return SOURCE_LOCATION.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
    }

    private static List<Labelled> windowsOf(Path file, String key, JsonNode list, Problems out) {
        List<Labelled> windows = new ArrayList<>();
        if (!list.isArray()) {
            out.add(
                    file
                            + ": \""
                            + key
                            + "\": "
                            + list
                            + ", expected a list of [start, end] pairs");
            return windows;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode pair = list.get(i);
            if (!pair.isArray()
                    || pair.size() != 2
                    || !pair.get(0).isTextual()
                    || !pair.get(1).isTextual()) {
                out.add(
                        file
                                + ": \""
                                + key
                                + "\" window "
                                + (i + 1)
                                + ": "
                                + pair
                                + ", expected [start, end] as two timestamp strings");
                continue;
            }
            windows.add(new Labelled(pair.get(0).asText(), pair.get(1).asText()));
        }
        return windows;
    }
}
