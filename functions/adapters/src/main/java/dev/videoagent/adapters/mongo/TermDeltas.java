package dev.videoagent.adapters.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Counter changes for the {@code learned_terms} documents, one per scope:
 * {@code {_id: scope, prompts: n, editors: {<hex person>: {k: person, n}}, added: {<hex term>: {t: term, n,
 * a: {<hex anchor>: {k: anchor, n}}, p: {<hex person>: {k: person, n}}}}, removed: {<hex term>: {t: term, n,
 * p: {...}}}}}}: prompts are counted, and so are the people whose prompts they are, since learning counts people;
 * a person's counter also has {@code u}, how many of those prompts had their results rated up.
 */
final class TermDeltas {

    /** A counter at {@code path}, and the text it counts, kept beside it in {@code textField}. */
    private record Key(String scope, String path, String text, String textField) {
    }

    private final Map<String, Long> prompts = new TreeMap<>();
    private final Map<Key, Long> counts = new java.util.LinkedHashMap<>();
    /** Per person, the prompts counted whose results they rated up: {@code <path>.u}. */
    private final Map<Key, Long> upRated = new java.util.LinkedHashMap<>();

    /** Counts a stored change in (+1) or out (-1); null adds nothing. */
    void add(LearnedChange change, int sign) {
        if (change == null || !change.teaches()) {
            return;
        }
        String person = change.owner().value();
        String personField = HistoryDocuments.fieldName(person);
        boolean up = change.standing() == LearnedChange.Standing.UP_RATED;
        for (String scope : change.scopes()) {
            prompts.merge(scope, (long) sign, Long::sum);
            counts.merge(new Key(scope, "editors." + personField, person, "k"), (long) sign, Long::sum);
            if (up) {
                upRated.merge(new Key(scope, "editors." + personField, person, "k"), (long) sign, Long::sum);
            }
            for (LearnedChange.AddedTerm term : change.added()) {
                String path = "added." + HistoryDocuments.fieldName(term.term());
                counts.merge(new Key(scope, path, term.term(), "t"), (long) sign, Long::sum);
                counts.merge(new Key(scope, path + ".p." + personField, person, "k"), (long) sign, Long::sum);
                if (up) {
                    upRated.merge(new Key(scope, path + ".p." + personField, person, "k"), (long) sign, Long::sum);
                }
                for (String anchor : term.anchors()) {
                    counts.merge(new Key(scope, path + ".a." + HistoryDocuments.fieldName(anchor), anchor, "k"),
                            (long) sign, Long::sum);
                }
            }
            for (String term : change.removed()) {
                String path = "removed." + HistoryDocuments.fieldName(term);
                counts.merge(new Key(scope, path, term, "t"), (long) sign, Long::sum);
                counts.merge(new Key(scope, path + ".p." + personField, person, "k"), (long) sign, Long::sum);
                if (up) {
                    upRated.merge(new Key(scope, path + ".p." + personField, person, "k"), (long) sign, Long::sum);
                }
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
                list.add(Updates.set(key.path() + "." + key.textField(), key.text()));
            }
        });
        upRated.forEach((key, n) -> {
            if (n != 0) {
                byScope.computeIfAbsent(key.scope(), s -> new ArrayList<>()).add(Updates.inc(key.path() + ".u", n));
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
            out.add(new ScopeTerms.TermCount(term.getString("t"), count(term), keyed(term.get("a", Document.class)),
                    people(term.get("p", Document.class), count(term)), upRated(term.get("p", Document.class))));
        }
        out.sort(java.util.Comparator.comparing(ScopeTerms.TermCount::term));
        return out;
    }

    /**
     * {@code {<hex>: {k: person, n}}} counting {@code total} prompts as person -> prompts. Prompts counted before
     * people were (the total beyond the people's sum) are the local user's, as every record of that time is; a
     * person's count may be below zero while such a prompt of theirs is being replaced, so the sum is taken first.
     */
    static Map<String, Long> people(Document counters, long total) {
        Map<String, Long> out = new TreeMap<>();
        if (counters != null) {
            for (Object value : counters.values()) {
                if (value instanceof Document doc) {
                    out.merge(doc.getString("k"), count(doc), Long::sum);
                }
            }
        }
        long unrecorded = total - out.values().stream().mapToLong(Long::longValue).sum();
        if (unrecorded != 0) {
            out.merge(UserId.LOCAL.value(), unrecorded, Long::sum);
        }
        out.values().removeIf(n -> n <= 0);
        return out;
    }

    /** The people of {@code {<hex>: {k: person, n, u}}} with prompts whose results they rated up. */
    static Set<String> upRated(Document counters) {
        Set<String> out = new TreeSet<>();
        if (counters != null) {
            for (Object value : counters.values()) {
                if (value instanceof Document doc && doc.get("u") instanceof Number u && u.longValue() > 0) {
                    out.add(doc.getString("k"));
                }
            }
        }
        return out;
    }

    /** {@code {<hex>: {k: text, n}}} as text -> n, the counts above zero only. */
    static Map<String, Long> keyed(Document counters) {
        Map<String, Long> out = new TreeMap<>();
        if (counters != null) {
            for (Object value : counters.values()) {
                if (value instanceof Document doc && count(doc) > 0) {
                    out.put(doc.getString("k"), count(doc));
                }
            }
        }
        return out;
    }

    private static long count(Document d) {
        Object n = d.get("n");
        return n instanceof Number number ? number.longValue() : 0;
    }
}
