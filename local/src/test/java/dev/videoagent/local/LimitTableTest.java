package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.InputLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The input limits are one table: the API's ({@link InputLimit}), the page's counters and the README's. */
class LimitTableTest {

    private static final Path HOME = Path.of(System.getProperty("videoagent.home", ".."));

    private static Map<String, Integer> read(Path file, Pattern row) throws IOException {
        Map<String, Integer> limits = new LinkedHashMap<>();
        Matcher m = row.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            limits.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return limits;
    }

    @Test
    void thePageCountsAgainstTheLimitsTheApiChecks() throws IOException {
        Map<String, Integer> page = read(TestRuntimes.WEB_ROOT.resolve("limits.js"),
                Pattern.compile("^\\s+([a-z]+): (\\d+),$", Pattern.MULTILINE));
        assertThat(page).containsExactlyEntriesOf(InputLimit.table());
    }

    @Test
    void theReadmeTableIsTheApisTable() throws IOException {
        Map<String, Integer> readme = read(HOME.resolve("README.md"),
                Pattern.compile("^\\| `([a-z]+)` \\| (\\d+) \\|", Pattern.MULTILINE));
        assertThat(readme).containsExactlyEntriesOf(InputLimit.table());
    }
}
