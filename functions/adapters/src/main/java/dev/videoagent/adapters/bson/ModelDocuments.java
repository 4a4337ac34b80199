package dev.videoagent.adapters.bson;

import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.Unrecognized;
import dev.videoagent.core.model.WordOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The BSON shape of a prompt and its word ops, shared by the Mongo history and the Redis cache (which
 * stores the same documents as JSON). Only values carry user text, never field names. Closed sets are
 * stored as their wire text ({@code "insert"}, {@code "input"}, {@code "ko"}), the same text as in the
 * API's JSON, and read back strictly: every document ever written holds one of those values.
 */
public final class ModelDocuments {

    private ModelDocuments() {
    }

    public static Document result(PromptResult r) {
        List<Document> trace = new ArrayList<>();
        for (TraceEntry entry : r.trace()) {
            trace.add(new Document("term", entry.term()).append("slot", entry.slot())
                    .append("source", entry.source().wire()).append("from", entry.from()).append("conceptId", entry.conceptId())
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
                .append("language", r.language().wire())
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
            trace.add(new TraceEntry(t.getString("term"), t.getString("slot"),
                    TraceEntry.Source.fromWire(t.getString("source")), t.getString("from"), t.getString("conceptId"),
                    t.getString("relation")));
        }
        Target target = Target.fromKey(d.get("target", Target.GENERIC.key())).orElse(Target.GENERIC);
        double coverage = d.get("coverage") == null ? 1.0 : number(d.get("coverage"));
        return new PromptResult(d.getString("concept"), Language.fromWire(d.getString("language")), target,
                d.getString("category"), number(d.get("confidence")), coverage, slots, strings(d.get("styles")),
                structure(d.get("structure", Document.class)), d.getString("prompt"), d.getString("negativePrompt"),
                trace, unrecognized(d.get("unrecognized")));
    }

    public static List<Document> ops(List<WordOp> ops) {
        List<Document> out = new ArrayList<>();
        for (WordOp op : ops) {
            out.add(new Document("op", op.op().wire()).append("position", op.position()).append("before", op.before())
                    .append("after", op.after()));
        }
        return out;
    }

    public static List<WordOp> ops(Object list) {
        List<WordOp> out = new ArrayList<>();
        for (Document op : documents(list)) {
            out.add(new WordOp(WordOp.Kind.fromWire(op.getString("op")), op.getInteger("position"),
                    strings(op.get("before")), strings(op.get("after"))));
        }
        return out;
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
