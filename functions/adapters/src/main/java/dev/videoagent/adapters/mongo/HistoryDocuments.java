package dev.videoagent.adapters.mongo;

import com.mongodb.client.model.Filters;
import dev.videoagent.adapters.bson.ModelDocuments;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.SlotOp;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WireValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The BSON shape of history records (a prompt's own shape is {@link ModelDocuments}). User text only ever appears as values, never as field names:
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

    /** Whose a record is; records stored before there were users have none and are the local user's. */
    public static final String OWNER = "owner";

    /** Matches one owner's documents; the local user's include those stored before there were users. */
    public static Bson ownedBy(UserId owner) {
        return owner.equals(UserId.LOCAL) ? Filters.in(OWNER, owner.value(), null) : Filters.eq(OWNER, owner.value());
    }

    public static Document generation(GenerationRecord record) {
        Document d = new Document("_id", record.id()).append(OWNER, record.owner().value());
        d.putAll(ModelDocuments.result(record.result()));
        return d.append("conceptKeys", ConceptKeys.of(record.result()))
                .append("createdAt", Date.from(record.createdAt()));
    }

    public static GenerationRecord generation(Document d) {
        return new GenerationRecord(d.getString("_id"), UserId.ofStored(d.getString(OWNER)), ModelDocuments.result(d),
                d.getDate("createdAt").toInstant());
    }

    /**
     * A posting entry. The keys are one string: an update of a bucket costs per value on the embedded server,
     * and a key (a lexicon concept id) holds no control character.
     */
    public static Document summary(GenerationSummary s) {
        return new Document("id", s.id()).append("keys", String.join(KEY_SEPARATOR, s.conceptKeys()))
                .append("at", Date.from(s.createdAt())).append("by", s.owner().value());
    }

    /** Reads both the joined keys and the array earlier versions wrote; entries from before users are the local user's. */
    public static GenerationSummary summary(Document d) {
        Object keys = d.get("keys");
        List<String> list = keys instanceof String joined
                ? (joined.isEmpty() ? List.of() : List.of(joined.split(KEY_SEPARATOR, -1))) : ModelDocuments.strings(keys);
        return new GenerationSummary(d.getString("id"), UserId.ofStored(d.getString("by")), list,
                d.getDate("at").toInstant());
    }

    public static Document edit(EditRecord e) {
        List<Document> slotOps = new ArrayList<>();
        for (SlotOp op : e.slotChanges()) {
            slotOps.add(new Document("op", op.op().wire()).append("path", op.path()).append("value", op.value()));
        }
        DiffStats s = e.stats();
        Document d = new Document("_id", e.id())
                .append(OWNER, e.owner().value())
                .append("promptId", e.promptId())
                .append("version", e.version())
                .append("versionKey", versionKey(e))
                .append("original", e.original())
                .append("edited", e.edited())
                .append("ops", ModelDocuments.ops(e.ops()))
                .append("stats", new Document("inserted", s.inserted()).append("deleted", s.deleted())
                        .append("replaced", s.replaced()).append("wordsBefore", s.wordsBefore())
                        .append("wordsAfter", s.wordsAfter()).append("similarity", s.similarity()))
                .append("slotChanges", slotOps)
                .append("createdAt", Date.from(e.createdAt()));
        e.message().ifPresent(m -> d.append("message", m));
        return d;
    }

    /** Unique per (prompt, version): two concurrent edits cannot both become version n. */
    static String versionKey(EditRecord e) {
        return e.promptId() == null ? "free#" + e.id() : versionKey(e.promptId(), e.version());
    }

    static String versionKey(String promptId, int version) {
        return promptId + "#" + version;
    }

    public static EditRecord edit(Document d) {
        List<SlotOp> slotOps = new ArrayList<>();
        for (Document op : d.getList("slotChanges", Document.class, List.of())) {
            slotOps.add(new SlotOp(SlotOp.Kind.fromWire(op.getString("op")), op.getString("path"), op.getString("value")));
        }
        Document s = d.get("stats", Document.class);
        DiffStats stats = new DiffStats(s.getInteger("inserted"), s.getInteger("deleted"),
                s.getInteger("replaced"), s.getInteger("wordsBefore"), s.getInteger("wordsAfter"),
                ModelDocuments.number(s.get("similarity")));
        return new EditRecord(d.getString("_id"), UserId.ofStored(d.getString(OWNER)), d.getString("promptId"), d.getInteger("version"),
                d.getString("original"), d.getString("edited"), ModelDocuments.ops(d.get("ops")), stats, slotOps,
                Optional.ofNullable(d.getString("message")), d.getDate("createdAt").toInstant());
    }

    public static Document learnedChange(LearnedChange c) {
        List<Document> added = new ArrayList<>();
        c.added().forEach(t -> added.add(new Document("term", t.term()).append("anchors", t.anchors())));
        return new Document("_id", c.promptId()).append(OWNER, c.owner().value()).append("version", c.version())
                .append("scopes", c.scopes())
                .append("added", added).append("removed", c.removed()).append("standing", c.standing().wire());
    }

    public static LearnedChange learnedChange(Document d) {
        List<LearnedChange.AddedTerm> added = new ArrayList<>();
        for (Document t : ModelDocuments.documents(d.get("added"))) {
            added.add(new LearnedChange.AddedTerm(t.getString("term"), ModelDocuments.strings(t.get("anchors"))));
        }
        return new LearnedChange(d.getString("_id"), UserId.ofStored(d.getString(OWNER)), d.getInteger("version"),
                ModelDocuments.strings(d.get("scopes")), added, ModelDocuments.strings(d.get("removed")),
                // changes stored before ratings were not rated
                d.getString("standing") == null ? LearnedChange.Standing.UNRATED
                        : WireValue.parse(LearnedChange.Standing.class, d.getString("standing")));
    }

    public static Document rating(Rating r) {
        return new Document("score", r.score().value()).append("note", r.note().orElse(null))
                .append("at", Date.from(r.ratedAt()));
    }

    public static Rating rating(Document d) {
        return new Rating(Rating.Score.of(d.getInteger("score")), Optional.ofNullable(d.getString("note")),
                d.getDate("at").toInstant());
    }
}
