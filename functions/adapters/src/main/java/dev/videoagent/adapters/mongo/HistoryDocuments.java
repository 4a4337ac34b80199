package dev.videoagent.adapters.mongo;

import dev.videoagent.core.diff.SlotPatch;
import dev.videoagent.core.diff.WordDiff;
import dev.videoagent.core.history.ConceptKeys;
import dev.videoagent.core.history.EditRecord;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.GenerationSummary;
import dev.videoagent.core.history.LearnedChange;
import dev.videoagent.core.prompt.model.IdeaStructure;
import dev.videoagent.core.prompt.model.PromptResult;
import dev.videoagent.core.prompt.model.Target;
import dev.videoagent.core.prompt.model.TraceEntry;
import dev.videoagent.core.prompt.model.Unrecognized;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The BSON shape of history records, shared by the Mongo repository and the Redis cache (which
 * stores the same documents as JSON). User text only ever appears as values, never as field names:
 * where a term must be a key it is hex-encoded ({@link #fieldName}).
 */
public final class HistoryDocuments {

    private static final String KEY_SEPARATOR = "\u001f";

    private HistoryDocuments() {
    }

    /** A field name for any text: no dots, no leading dollar, whatever the text. */
    public static String fieldName(String text) {
        return "h" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Document result(PromptResult r) {
        List<Document> trace = new ArrayList<>();
        for (TraceEntry entry : r.trace()) {
            trace.add(new Document("term", entry.term()).append("slot", entry.slot()).append("source", entry.source())
                    .append("from", entry.from()).append("conceptId", entry.conceptId())
                    .append("relation", entry.relation()));
        }
        // slots keep their order; slot names are ours, never user text
        Document slots = new Document();
        r.slots().forEach(slots::append);
        List<Document> unrecognized = new ArrayList<>();
        for (Unrecognized u : r.unrecognized()) {
            unrecognized.add(new Document("text", u.text()).append("start", u.start()).append("end", u.end()));
        }
        return new Document("concept", r.concept())
                .append("language", r.language())
                .append("target", r.target().key())
                .append("category", r.category())
                .append("confidence", r.confidence())
                .append("coverage", r.coverage())
                .append("slots", slots)
                .append("styles", r.styles())
                .append("structure", structure(r.structure()))
                .append("prompt", r.prompt())
                .append("negativePrompt", r.negativePrompt())
                .append("trace", trace)
                .append("unrecognized", unrecognized);
    }

    private static Document structure(IdeaStructure s) {
        List<Document> actions = new ArrayList<>();
        for (IdeaStructure.Action a : s.actions()) {
            actions.add(new Document("verb", a.verb()).append("agent", a.agent()).append("object", a.object())
                    .append("instrument", a.instrument()).append("places", a.places()));
        }
        return new Document("subjects", things(s.subjects())).append("objects", things(s.objects()))
                .append("actions", actions).append("settings", s.settings()).append("negated", s.negated());
    }

    private static List<Document> things(List<IdeaStructure.Thing> things) {
        List<Document> out = new ArrayList<>();
        for (IdeaStructure.Thing t : things) {
            out.add(new Document("noun", t.noun()).append("modifiers", t.modifiers()).append("plural", t.plural()));
        }
        return out;
    }

    private static IdeaStructure structure(Document d) {
        if (d == null) {
            return IdeaStructure.EMPTY; // stored before the structure was recorded
        }
        List<IdeaStructure.Action> actions = new ArrayList<>();
        for (Document a : documents(d.get("actions"))) {
            actions.add(new IdeaStructure.Action(a.getString("verb"), a.getString("agent"), a.getString("object"),
                    a.getString("instrument"), strings(a.get("places"))));
        }
        return new IdeaStructure(things(d.get("subjects")), things(d.get("objects")), actions,
                strings(d.get("settings")), strings(d.get("negated")));
    }

    private static List<IdeaStructure.Thing> things(Object list) {
        List<IdeaStructure.Thing> out = new ArrayList<>();
        for (Document t : documents(list)) {
            out.add(new IdeaStructure.Thing(t.getString("noun"), strings(t.get("modifiers")),
                    Boolean.TRUE.equals(t.getBoolean("plural"))));
        }
        return out;
    }

    private static List<Unrecognized> unrecognized(Object list) {
        List<Unrecognized> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Document u) {
                    out.add(new Unrecognized(u.getString("text"), u.getInteger("start", -1), u.getInteger("end", -1)));
                } else if (item instanceof String text) {
                    out.add(new Unrecognized(text, -1, -1)); // stored before offsets were recorded
                }
            }
        }
        return out;
    }

    public static PromptResult result(Document d) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        Document slotDoc = d.get("slots", Document.class);
        if (slotDoc != null) {
            slotDoc.forEach((k, v) -> slots.put(k, strings(v)));
        }
        List<TraceEntry> trace = new ArrayList<>();
        for (Document t : d.getList("trace", Document.class, List.of())) {
            trace.add(new TraceEntry(t.getString("term"), t.getString("slot"), t.getString("source"),
                    t.getString("from"), t.getString("conceptId"), t.getString("relation")));
        }
        Target target = Target.fromKey(d.get("target", Target.GENERIC.key())).orElse(Target.GENERIC);
        double coverage = d.get("coverage") == null ? 1.0 : number(d.get("coverage"));
        return new PromptResult(d.getString("concept"), d.getString("language"), target, d.getString("category"),
                number(d.get("confidence")), coverage, slots, strings(d.get("styles")),
                structure(d.get("structure", Document.class)), d.getString("prompt"), d.getString("negativePrompt"),
                trace, unrecognized(d.get("unrecognized")));
    }

    public static Document generation(GenerationRecord record) {
        Document d = new Document("_id", record.id());
        d.putAll(result(record.result()));
        return d.append("conceptKeys", ConceptKeys.of(record.result()))
                .append("createdAt", Date.from(record.createdAt()));
    }

    public static GenerationRecord generation(Document d) {
        return new GenerationRecord(d.getString("_id"), result(d), d.getDate("createdAt").toInstant());
    }

    /**
     * A posting entry. The keys are one string: an update of a bucket costs per value on the embedded server,
     * and a key (a lexicon concept id) holds no control character.
     */
    public static Document summary(GenerationSummary s) {
        return new Document("id", s.id()).append("keys", String.join(KEY_SEPARATOR, s.conceptKeys()))
                .append("at", Date.from(s.createdAt()));
    }

    /** Reads both the joined keys and the array earlier versions wrote. */
    public static GenerationSummary summary(Document d) {
        Object keys = d.get("keys");
        List<String> list = keys instanceof String joined
                ? (joined.isEmpty() ? List.of() : List.of(joined.split(KEY_SEPARATOR, -1))) : strings(keys);
        return new GenerationSummary(d.getString("id"), list, d.getDate("at").toInstant());
    }

    public static List<Document> ops(List<WordDiff.Op> ops) {
        List<Document> out = new ArrayList<>();
        for (WordDiff.Op op : ops) {
            out.add(new Document("op", op.op()).append("position", op.position()).append("before", op.before())
                    .append("after", op.after()));
        }
        return out;
    }

    public static List<WordDiff.Op> ops(Object list) {
        List<WordDiff.Op> out = new ArrayList<>();
        for (Document op : documents(list)) {
            out.add(new WordDiff.Op(op.getString("op"), op.getInteger("position"), strings(op.get("before")),
                    strings(op.get("after"))));
        }
        return out;
    }

    public static Document edit(EditRecord e) {
        List<Document> slotOps = new ArrayList<>();
        for (SlotPatch.Op op : e.slotChanges()) {
            slotOps.add(new Document("op", op.op()).append("path", op.path()).append("value", op.value()));
        }
        WordDiff.Stats s = e.stats();
        return new Document("_id", e.id())
                .append("promptId", e.promptId())
                .append("version", e.version())
                .append("versionKey", versionKey(e))
                .append("original", e.original())
                .append("edited", e.edited())
                .append("ops", ops(e.ops()))
                .append("stats", new Document("inserted", s.inserted()).append("deleted", s.deleted())
                        .append("replaced", s.replaced()).append("wordsBefore", s.wordsBefore())
                        .append("wordsAfter", s.wordsAfter()).append("similarity", s.similarity()))
                .append("slotChanges", slotOps)
                .append("createdAt", Date.from(e.createdAt()));
    }

    /** Unique per (prompt, version): two concurrent edits cannot both become version n. */
    static String versionKey(EditRecord e) {
        return e.promptId() == null ? "free#" + e.id() : versionKey(e.promptId(), e.version());
    }

    static String versionKey(String promptId, int version) {
        return promptId + "#" + version;
    }

    public static EditRecord edit(Document d) {
        List<SlotPatch.Op> slotOps = new ArrayList<>();
        for (Document op : d.getList("slotChanges", Document.class, List.of())) {
            slotOps.add(new SlotPatch.Op(op.getString("op"), op.getString("path"), op.getString("value")));
        }
        Document s = d.get("stats", Document.class);
        WordDiff.Stats stats = new WordDiff.Stats(s.getInteger("inserted"), s.getInteger("deleted"),
                s.getInteger("replaced"), s.getInteger("wordsBefore"), s.getInteger("wordsAfter"),
                number(s.get("similarity")));
        return new EditRecord(d.getString("_id"), d.getString("promptId"), d.getInteger("version"),
                d.getString("original"), d.getString("edited"), ops(d.get("ops")), stats, slotOps,
                d.getDate("createdAt").toInstant());
    }

    public static Document learnedChange(LearnedChange c) {
        List<Document> added = new ArrayList<>();
        c.added().forEach(t -> added.add(new Document("term", t.term()).append("anchors", t.anchors())));
        return new Document("_id", c.promptId()).append("version", c.version()).append("scopes", c.scopes())
                .append("added", added).append("removed", c.removed());
    }

    public static LearnedChange learnedChange(Document d) {
        List<LearnedChange.AddedTerm> added = new ArrayList<>();
        for (Document t : documents(d.get("added"))) {
            added.add(new LearnedChange.AddedTerm(t.getString("term"), strings(t.get("anchors"))));
        }
        return new LearnedChange(d.getString("_id"), d.getInteger("version"), strings(d.get("scopes")), added,
                strings(d.get("removed")));
    }

    public static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(item));
            }
        }
        return out;
    }

    public static List<Document> documents(Object value) {
        List<Document> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Document doc) {
                    out.add(doc);
                }
            }
        }
        return out;
    }

    /** Doubles come back as Integer from JSON when they are whole ("1.0" is written as 1.0 but be safe). */
    public static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }
}
