package dev.videoagent.adapters.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Counter changes for the {@code learned_terms} documents, one per scope:
 * {@code {_id: scope, prompts: n, added: {<hex term>: {t: term, n, a: {<hex anchor>: {k: anchor, n}}}},
 * removed: {<hex term>: {t: term, n}}}}.
 */
final class TermDeltas {

    private record Key(String scope, String path, String text) {
    }

    private final Map<String, Long> prompts = new TreeMap<>();
    private final Map<Key, Long> counts = new java.util.LinkedHashMap<>();

    /** Counts a stored change in (+1) or out (-1); null adds nothing. */
    void add(LearnedChange change, int sign) {
        if (change == null || change.isEmpty()) {
            return;
        }
        for (String scope : change.scopes()) {
            prompts.merge(scope, (long) sign, Long::sum);
            for (LearnedChange.AddedTerm term : change.added()) {
                String path = "added." + HistoryDocuments.fieldName(term.term());
                counts.merge(new Key(scope, path, term.term()), (long) sign, Long::sum);
                for (String anchor : term.anchors()) {
                    counts.merge(new Key(scope, path + ".a." + HistoryDocuments.fieldName(anchor), anchor),
                            (long) sign, Long::sum);
                }
            }
            for (String term : change.removed()) {
                counts.merge(new Key(scope, "removed." + HistoryDocuments.fieldName(term), term), (long) sign, Long::sum);
            }
        }
    }

    List<UpdateOneModel<Document>> updates() {
        Map<String, List<Bson>> byScope = new TreeMap<>();
        prompts.forEach((scope, n) -> {
            if (n != 0) {
                byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(Updates.inc("prompts", n));
            }
        });
        counts.forEach((key, n) -> {
            if (n != 0) {
                List<Bson> list = byScope.computeIfAbsent(key.scope(), s -> new ArrayList<>());
                list.add(Updates.inc(key.path() + ".n", n));
                list.add(Updates.set(key.path() + (key.path().contains(".a.") ? ".k" : ".t"), key.text()));
            }
        });
        List<UpdateOneModel<Document>> out = new ArrayList<>();
        byScope.forEach((scope, list) -> out.add(new UpdateOneModel<>(Filters.eq("_id", scope),
                Updates.combine(list), new UpdateOptions().upsert(true))));
        return out;
    }

    static List<ScopeTerms.TermCount> counts(Document terms) {
        List<ScopeTerms.TermCount> out = new ArrayList<>();
        if (terms == null) {
            return out;
        }
        for (Object value : terms.values()) {
            if (!(value instanceof Document term) || count(term) <= 0) {
                continue;
            }
            Map<String, Long> anchors = new TreeMap<>();
            Document a = term.get("a", Document.class);
            if (a != null) {
                for (Object anchor : a.values()) {
                    if (anchor instanceof Document doc && count(doc) > 0) {
                        anchors.put(doc.getString("k"), count(doc));
                    }
                }
            }
            out.add(new ScopeTerms.TermCount(term.getString("t"), count(term), anchors));
        }
        out.sort(java.util.Comparator.comparing(ScopeTerms.TermCount::term));
        return out;
    }

    private static long count(Document d) {
        Object n = d.get("n");
        return n instanceof Number number ? number.longValue() : 0;
    }
}
