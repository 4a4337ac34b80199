package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.RenderView;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.SlotOp;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.WireValue;
import dev.videoagent.core.model.WordOp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core's closed sets are enums in Java and the same lowercase text in the API's JSON as before. */
class WireValueJsonTest {

    @Test
    void recordsAreWrittenWithTheWireTextByteForByte() {
        assertThat(JsonCodec.write(new WordOp(WordOp.Kind.INSERT, 4, List.of(), List.of("happily"))))
                .isEqualTo("{\"op\":\"insert\",\"position\":4,\"before\":[],\"after\":[\"happily\"]}");
        assertThat(JsonCodec.write(new SlotOp(SlotOp.Kind.REMOVE, "/subject/1", null)))
                .isEqualTo("{\"op\":\"remove\",\"path\":\"/subject/1\"}");
        assertThat(JsonCodec.write(new LearnedEdit(LearnedEdit.Kind.ADD, "golden retriever", "key:animal.puppy", 4, 0.8, false)))
                .isEqualTo("{\"op\":\"add\",\"term\":\"golden retriever\",\"scope\":\"key:animal.puppy\","
                        + "\"support\":4,\"share\":0.8,\"personal\":false}");
        assertThat(JsonCodec.write(TraceEntry.dropped("bright light", "lighting", "slot already full", null)))
                .isEqualTo("{\"term\":\"bright light\",\"slot\":\"lighting\",\"source\":\"dropped\","
                        + "\"from\":\"slot already full\"}");
        assertThat(JsonCodec.write(RewriteOutcome.OFF)).isEqualTo("{\"status\":\"off\"}");
        assertThat(JsonCodec.write(RewriteOutcome.used("m"))).isEqualTo("{\"status\":\"used\",\"model\":\"m\"}");
        assertThat(JsonCodec.write(Map.of("language", Language.MIXED))).isEqualTo("{\"language\":\"mixed\"}");
    }

    @Test
    void everyConstantIsWrittenAsItsWireText() {
        for (WireValue constant : List.<WireValue>of(WordOp.Kind.DELETE, WordOp.Kind.REPLACE, SlotOp.Kind.ADD,
                SlotOp.Kind.REPLACE, LearnedEdit.Kind.REMOVE, TraceEntry.Source.INPUT, TraceEntry.Source.DEFAULT,
                TraceEntry.Source.RULE, TraceEntry.Source.NEGATED, TraceEntry.Source.LEARNED,
                RewriteOutcome.Status.REJECTED, Language.KO, Language.EN, Language.UNKNOWN)) {
            assertThat(JsonCodec.write(constant)).isEqualTo("\"" + constant.wire() + "\"");
        }
    }

    @Test
    void recordsAreReadBackFromTheWireText() {
        assertThat(JsonCodec.read("{\"op\":\"replace\",\"position\":1,\"before\":[\"cute\"],\"after\":[\"fluffy\"]}",
                WordOp.class)).isEqualTo(new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy")));
        assertThat(JsonCodec.read("{\"status\":\"rejected\",\"reason\":\"why\"}", RewriteOutcome.class))
                .isEqualTo(RewriteOutcome.rejected("why", null));
        TraceEntry learned = TraceEntry.learned("golden retriever", "key:animal.puppy: added in 4 edited prompts");
        assertThat(JsonCodec.read(JsonCodec.write(learned), TraceEntry.class)).isEqualTo(learned);
    }

    @Test
    void anUnknownJavaNameOrNonTextValueIsA400() {
        for (String op : List.of("\"move\"", "\"INSERT\"", "\"Insert\"", "1", "true", "[\"insert\"]")) {
            assertThatThrownBy(() -> JsonCodec.read("{\"op\":" + op + ",\"position\":0,\"before\":[],\"after\":[]}",
                    WordOp.class)).as(op).isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo("Field 'op' has the wrong type.");
                    });
        }
    }

    @Test
    void enumsThatAreNoWireValueKeepJacksonsDefault() {
        assertThat(JsonCodec.write(RenderView.Status.RENDERING_FALLBACK)).isEqualTo("\"RENDERING_FALLBACK\"");
    }
}
