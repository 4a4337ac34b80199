package dev.videoagent.core.engine.prompt.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the engine's tab-separated data files: comments (#) and blank lines skipped, column count checked. */
final class TsvResource {

    /** One data row and where it came from, for error messages. */
    record Row(String source, int line, String[] columns) {
        String where() {
            return source + ":" + line;
        }
    }

    /** The engine's data lives beside the prompt package, whatever package reads it. */
    private static final String BASE = "/dev/videoagent/core/engine/prompt/";

    private TsvResource() {
    }

    static List<Row> read(String resource, int columns) {
        InputStream in = TsvResource.class.getResourceAsStream(BASE + resource);
        if (in == null) {
            throw new IllegalStateException("engine data missing: " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                Row row = parse(text, resource, line, columns);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The row, or null for a comment or blank line. */
    static Row parse(String text, String source, int line, int columns) {
        if (text.isBlank() || text.startsWith("#")) {
            return null;
        }
        String[] cols = text.split("\t", -1);
        if (cols.length != columns) {
            throw new IllegalStateException(source + ":" + line + ": expected " + columns + " columns, found "
                    + cols.length);
        }
        return new Row(source, line, cols);
    }
}
