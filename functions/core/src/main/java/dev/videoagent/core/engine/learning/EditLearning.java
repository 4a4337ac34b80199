package dev.videoagent.core.engine.learning;
import dev.videoagent.core.engine.diff.WordDiff;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning from edits: what one edit changed, as terms (the net change against the generated
 * prompt), and which of the terms people keep adding or removing for a scope are well supported
 * enough to apply to a new prompt ("people who asked for puppies usually add 'golden retriever'").
 */
public final class EditLearning {

    /** Another person's term is applied when at least this many different people made it... */
    public static final int MIN_PEOPLE = 3;
    /** ...and they are at least this share of the people who edited the scope. A person's own terms apply at once. */
    public static final double MIN_SHARE = 0.5;
    static final int MAX_ADDITIONS = 3;
    static final int MAX_REMOVALS = 2;
    static final int MAX_TERM_WORDS = 4;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "with", "in", "on", "at",
            "of", "to", "for", "by", "from", "into", "is", "are", "as", "very", "its", "their");
    private static final Pattern ENGLISH_TERM = Pattern.compile("[a-z0-9][a-z0-9' -]*");

    /** A prompt with learned edits applied. */
    public record Learned(PromptResult result, List<LearnedEdit> applied) {
    }

    private EditLearning() {
    }

    /** The net change of {@code edited} against the generated prompt, under the request's scopes. */
    public static LearnedChange change(String promptId, UserId owner, int version, PromptResult generated,
                                       String edited) {
        List<String> after = WordDiff.tokens(edited);
        Map<String, LearnedChange.AddedTerm> added = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        int shift = 0;
        for (WordOp op : WordDiff.diff(generated.prompt(), edited).ops()) {
            int start = op.position() + shift;
            shift += op.after().size() - op.before().size();
            for (int[] phrase : phrases(after, start, start + op.after().size())) {
                String term = term(after, phrase);
                if (term != null && !added.containsKey(term)) {
                    added.put(term, new LearnedChange.AddedTerm(term, anchors(after, phrase)));
                }
            }
            for (int[] phrase : phrases(op.before(), 0, op.before().size())) {
                String term = term(op.before(), phrase);
                if (term != null) {
                    removed.add(term);
                }
            }
        }
        // a learned term the person kept is endorsed, as if they had added it themselves
        for (TraceEntry entry : generated.trace()) {
            if (entry.source() == TraceEntry.Source.LEARNED && !added.containsKey(entry.term())) {
                int at = indexOf(after, entry.term().split(" "));
                if (at >= 0) {
                    int[] phrase = {at, at + entry.term().split(" ").length};
                    added.put(entry.term(), new LearnedChange.AddedTerm(entry.term(), anchors(after, phrase)));
                }
            }
        }
        // a word moved within the prompt is neither added nor removed
        Set<String> moved = new HashSet<>(added.keySet());
        moved.retainAll(removed);
        moved.forEach(added::remove);
        removed.removeAll(moved);
        return new LearnedChange(promptId, owner, version, ConceptKeys.scopes(generated), List.copyOf(added.values()),
                List.copyOf(removed));
    }

    /**
     * Applies the well-supported learned edits of the request's scopes: removals first (never a term
     * the person asked for), then additions placed at their most common anchor. The prompt stays
     * within the composer's length limit.
     */
    public static Learned apply(PromptResult result, List<ScopeTerms> scopes, UserId caller, int minPeople) {
        List<LearnedEdit> removals = wellSupported(scopes, false, caller, minPeople);
        List<LearnedEdit> additions = wellSupported(scopes, true, caller, minPeople);
        Set<String> asked = askedWords(result);
        String prompt = result.prompt();
        List<LearnedEdit> applied = new ArrayList<>();
        List<String> removedTerms = new ArrayList<>();
        for (LearnedEdit removal : removals) {
            if (applied.stream().filter(a -> a.op() == LearnedEdit.Kind.REMOVE).count() >= MAX_REMOVALS) {
                break;
            }
            boolean isAsked = List.of(removal.term().split(" ")).stream().anyMatch(asked::contains);
            Matcher m = PromptTermEdits.phrase(removal.term()).matcher(prompt);
            if (!isAsked && m.find()) {
                prompt = PromptTermEdits.tidy(prompt.substring(0, m.start()) + prompt.substring(m.end()));
                applied.add(removal);
                removedTerms.add(removal.term());
            }
        }
        List<TraceEntry> trace = new ArrayList<>(result.trace());
        trace.removeIf(t -> removedTerms.contains(t.term().toLowerCase(Locale.ROOT)));
        Map<String, Map<String, Long>> anchorsByTerm = anchors(scopes);
        int additionsApplied = 0;
        for (LearnedEdit addition : additions) {
            if (additionsApplied >= MAX_ADDITIONS) {
                break;
            }
            if (removedTerms.contains(addition.term()) || PromptTermEdits.phrase(addition.term()).matcher(prompt).find()) {
                continue;
            }
            String inserted = PromptTermEdits.insert(prompt, addition.term(), anchorsByTerm.getOrDefault(addition.term(), Map.of()));
            if (inserted.length() <= PromptResult.MAX_PROMPT_CHARS) {
                prompt = inserted;
                applied.add(addition);
                additionsApplied++;
                trace.add(TraceEntry.learned(addition.term(), addition.scope() + (addition.personal()
                        ? ": from your edits" : ": from " + addition.support() + " people")));
            }
        }
        if (applied.isEmpty()) {
            return new Learned(result, List.of());
        }
        Map<String, List<String>> slots = new LinkedHashMap<>();
        result.slots().forEach((slot, values) -> slots.put(slot, values.stream()
                .filter(v -> !removedTerms.contains(v.toLowerCase(Locale.ROOT))).toList()));
        return new Learned(result.withEdits(slots, prompt, trace), List.copyOf(applied));
    }

    /**
     * The terms to apply: those enough different people agree on (at least {@code minPeople}, and at least
     * {@link #MIN_SHARE} of the scope's editors, a person whose results were rated up weighing twice), and the
     * caller's own, marked personal.
     */
    private static List<LearnedEdit> wellSupported(List<ScopeTerms> scopes, boolean additions, UserId caller,
                                                   int minPeople) {
        Map<String, LearnedEdit> best = new LinkedHashMap<>();
        for (ScopeTerms scope : scopes) {
            // people are counted once each; in the share, those whose edited results were rated up weigh twice
            long editors = scope.editorWeight();
            for (ScopeTerms.TermCount count : additions ? scope.added() : scope.removed()) {
                long people = count.peopleCount();
                double share = editors == 0 ? 0 : Math.min(1.0, (double) count.peopleWeight() / editors);
                boolean shared = people >= minPeople && share >= MIN_SHARE;
                boolean own = count.madeBy(caller);
                if (!shared && !own) {
                    continue;
                }
                LearnedEdit.Kind kind = additions ? LearnedEdit.Kind.ADD : LearnedEdit.Kind.REMOVE;
                LearnedEdit candidate = shared
                        ? new LearnedEdit(kind, count.term(), scope.scope(), people, Math.round(share * 1000) / 1000.0,
                                false)
                        : new LearnedEdit(kind, count.term(), scope.scope(), count.people().get(caller.value()), 1.0,
                                true);
                best.merge(count.term(), candidate, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().sorted(ORDER).toList();
    }

    private static final Comparator<LearnedEdit> ORDER = Comparator.comparingDouble(LearnedEdit::share).reversed()
            .thenComparing(Comparator.comparingLong(LearnedEdit::support).reversed())
            .thenComparing(LearnedEdit::term)
            // the same evidence under a concept key is more specific than under the whole category
            .thenComparing(a -> a.scope().startsWith("category:")).thenComparing(LearnedEdit::scope);

    private static Map<String, Map<String, Long>> anchors(List<ScopeTerms> scopes) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (ScopeTerms scope : scopes) {
            for (ScopeTerms.TermCount count : scope.added()) {
                Map<String, Long> anchors = out.computeIfAbsent(count.term(), t -> new LinkedHashMap<>());
                count.anchors().forEach((a, n) -> anchors.merge(a, n, Math::max));
            }
        }
        return out;
    }

    private static Set<String> askedWords(PromptResult result) {
        Set<String> words = new HashSet<>();
        for (TraceEntry entry : result.trace()) {
            if (entry.source() == TraceEntry.Source.INPUT) {
                for (String w : entry.term().toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
                    if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    /** Runs of word tokens between punctuation within [from, to). */
    private static List<int[]> phrases(List<String> tokens, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean word = i < to && isWord(tokens.get(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        // trim stop words at both ends: "a golden retriever" teaches "golden retriever"
        List<int[]> trimmed = new ArrayList<>();
        for (int[] p : out) {
            int s = p[0];
            int e = p[1];
            while (s < e && STOP_WORDS.contains(lower(tokens.get(s)))) {
                s++;
            }
            while (e > s && STOP_WORDS.contains(lower(tokens.get(e - 1)))) {
                e--;
            }
            if (s < e) {
                trimmed.add(new int[] {s, e});
            }
        }
        return trimmed;
    }

    private static String term(List<String> tokens, int[] phrase) {
        if (phrase[1] - phrase[0] > MAX_TERM_WORDS) {
            return null;
        }
        String term = String.join(" ", tokens.subList(phrase[0], phrase[1])).toLowerCase(Locale.ROOT);
        boolean hasLetters = term.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        return ENGLISH_TERM.matcher(term).matches() && hasLetters && term.length() <= 60 ? term : null;
    }

    private static List<String> anchors(List<String> tokens, int[] phrase) {
        List<String> anchors = new ArrayList<>();
        anchor(tokens, phrase[1]).ifPresent(w -> anchors.add("before:" + w));
        anchor(tokens, phrase[0] - 1).ifPresent(w -> anchors.add("after:" + w));
        return anchors;
    }

    private static Optional<String> anchor(List<String> tokens, int index) {
        if (index < 0 || index >= tokens.size() || !isWord(tokens.get(index))) {
            return Optional.empty();
        }
        String w = lower(tokens.get(index));
        return STOP_WORDS.contains(w) || !ENGLISH_TERM.matcher(w).matches() ? Optional.empty() : Optional.of(w);
    }

    private static int indexOf(List<String> tokens, String[] words) {
        outer:
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            for (int j = 0; j < words.length; j++) {
                if (!tokens.get(i + j).equalsIgnoreCase(words[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
