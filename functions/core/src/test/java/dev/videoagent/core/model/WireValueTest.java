package dev.videoagent.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The wire values are the API's JSON and the stored documents: each test pins the exact set, so a
 * renamed or added constant that would change what clients or old documents see fails here.
 */
class WireValueTest {

    @Test
    void wordOpKinds() {
        check(WordOp.Kind.values(), WordOp.Kind::fromWire, List.of("insert", "delete", "replace"));
        assertRejected(() -> WordOp.Kind.fromWire("move"), "Unknown WordOp.Kind 'move': expected one of insert, delete, replace.");
    }

    @Test
    void slotOpKindsAreTheRfc6902NamesTheSlotPatchUses() {
        check(SlotOp.Kind.values(), SlotOp.Kind::fromWire, List.of("add", "remove", "replace"));
        assertRejected(() -> SlotOp.Kind.fromWire("copy"), "Unknown SlotOp.Kind 'copy': expected one of add, remove, replace.");
    }

    @Test
    void learnedEditKinds() {
        check(LearnedEdit.Kind.values(), LearnedEdit.Kind::fromWire, List.of("add", "remove"));
        assertRejected(() -> LearnedEdit.Kind.fromWire("replace"), "Unknown LearnedEdit.Kind 'replace'");
    }

    @Test
    void traceSources() {
        check(TraceEntry.Source.values(), TraceEntry.Source::fromWire,
                List.of("input", "default", "rule", "dropped", "negated", "learned"));
        assertRejected(() -> TraceEntry.Source.fromWire("fallback"), "Unknown TraceEntry.Source 'fallback'");
    }

    @Test
    void rewriteStatuses() {
        check(RewriteOutcome.Status.values(), RewriteOutcome.Status::fromWire, List.of("off", "used", "rejected"));
        assertRejected(() -> RewriteOutcome.Status.fromWire("failed"), "Unknown RewriteOutcome.Status 'failed'");
        assertThat(RewriteOutcome.OFF.status()).isEqualTo(RewriteOutcome.Status.OFF);
        assertThat(RewriteOutcome.used("m").status()).isEqualTo(RewriteOutcome.Status.USED);
        assertThat(RewriteOutcome.rejected("why", "m").status()).isEqualTo(RewriteOutcome.Status.REJECTED);
    }

    @Test
    void languages() {
        check(Language.values(), Language::fromWire, List.of("ko", "en", "mixed", "unknown"));
        assertRejected(() -> Language.fromWire("ja"), "Unknown Language 'ja': expected one of ko, en, mixed, unknown.");
    }

    @Test
    void matchingIsExactNotCaseInsensitiveNorByJavaName() {
        assertRejected(() -> WordOp.Kind.fromWire("INSERT"), "Unknown WordOp.Kind 'INSERT'");
        assertRejected(() -> Language.fromWire(" ko"), "Unknown Language ' ko'");
        assertRejected(() -> TraceEntry.Source.fromWire(""), "Unknown TraceEntry.Source ''");
        assertRejected(() -> TraceEntry.Source.fromWire(null), "Unknown TraceEntry.Source 'null'");
        assertThat(WireValue.find(Language.class, "KO")).isEmpty();
        assertThat(WireValue.find(Language.class, null)).isEmpty();
        assertThat(WireValue.find(Language.class, "mixed")).contains(Language.MIXED);
    }

    @Test
    void theRecordsHoldingThemTakeNoNull() {
        assertThatThrownBy(() -> new WordOp(null, 0, List.of(), List.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("op");
        assertThatThrownBy(() -> new SlotOp(null, "/subject/0", null)).hasMessage("op");
        assertThatThrownBy(() -> new LearnedEdit(null, "term", "key:x", 1, 1.0, false)).hasMessage("op");
        assertThatThrownBy(() -> new TraceEntry("term", "subject", null, "words", null)).hasMessage("source");
        assertThatThrownBy(() -> new RewriteOutcome(null, null, null)).hasMessage("status");
        assertThatThrownBy(() -> new PromptResult("idea", null, Target.GENERIC, "general", 0, 0, java.util.Map.of(),
                List.of(), IdeaStructure.EMPTY, "p", "n", List.of(), List.of())).hasMessage("language");
    }

    private static <E extends Enum<E> & WireValue> void check(E[] values, Function<String, E> fromWire,
                                                             List<String> wires) {
        assertThat(Arrays.stream(values).map(WireValue::wire)).containsExactlyElementsOf(wires);
        for (E value : values) {
            assertThat(fromWire.apply(value.wire())).isSameAs(value);
            assertThat(value).hasToString(value.wire()); // logs and messages read as the JSON does
        }
    }

    private static void assertRejected(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
