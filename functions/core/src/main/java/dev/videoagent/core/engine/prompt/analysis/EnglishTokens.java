package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.text.EnglishText;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * English words to tokens: the longest lexicon phrase first (slow motion, drone shot, cherry blossom),
 * with lemma candidates of its last word (running -> run, puppies -> puppy); then function words; then
 * capitalized names (Barcelona); anything else is unknown.
 */
final class EnglishTokens {

    /** Function-word classes checked in this order; a lexicon phrase of two or more words wins over them. */
    private static final List<Kind> FUNCTION_KINDS = List.of(Kind.EN_NEGATOR, Kind.EN_WITHOUT, Kind.EN_WITH,
            Kind.EN_PREPOSITION, Kind.EN_DETERMINER, Kind.EN_NUMBER, Kind.EN_RELATIVE, Kind.EN_AUX,
            Kind.EN_CONJUNCTION, Kind.EN_PRONOUN, Kind.EN_FRAME, Kind.EN_REQUEST, Kind.EN_FILLER, Kind.EN_COLLECTIVE,
            Kind.EN_ASPECT);

    private final Lexicon lexicon;
    private final FunctionWords words;

    EnglishTokens(Lexicon lexicon, FunctionWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<EnglishToken> tokens(String text, int offset) {
        List<EnglishText.Word> ws = EnglishText.words(text);
        List<EnglishToken> out = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            char brk = i == 0 ? ' ' : punctuation(text, ws.get(i - 1).end(), ws.get(i).start());
            EnglishToken token = null;
            int length = Math.min(lexicon.longestEnglishPhrase(), ws.size() - i);
            int matched = 0;
            for (int n = length; n >= 1 && token == null; n--) {
                if (n == 1 && function(ws.get(i).lower()).isPresent() || n <= functionSpan(ws, i)
                        && functionSpan(ws, i) > 1) {
                    break;
                }
                token = phrase(ws.subList(i, i + n), offset, brk, nounContext(out, ws, i + n), nounFollows(ws, i + n));
                matched = n;
            }
            if (token != null) {
                out.addAll(describedAlias(ws.subList(i, i + matched), token, offset, brk));
                i += matched;
                continue;
            }
            int span = functionSpan(ws, i);
            if (span > 1) { // in front of, next to: one preposition
                String phrase = phraseOf(ws, i, span);
                Kind k = function(phrase).orElseThrow();
                out.add(new EnglishToken(EnglishToken.Type.FUNCTION, null, false, false, k,
                        words.value(k, phrase).orElse("-"), phrase, offset + ws.get(i).start(),
                        offset + ws.get(i + span - 1).end(), brk));
                i += span;
                continue;
            }
            EnglishText.Word w = ws.get(i);
            Optional<Kind> kind = function(w.lower());
            int start = offset + w.start();
            int end = offset + w.end();
            if (kind.isPresent()) {
                out.add(new EnglishToken(EnglishToken.Type.FUNCTION, null, false, false, kind.get(),
                        words.value(kind.get(), w.lower()).orElse("-"), w.lower(), start, end, brk));
            } else if (w.capitalized() && i > 0 && brk != '.' && w.lower().length() > 2) {
                Concept name = new Concept("name." + w.lower(), Slot.PLACE, w.original(), List.of(), List.of(), "-",
                        Map.of("name", "1", "prep", "in", "proper", "1"));
                out.add(new EnglishToken(EnglishToken.Type.NAME, new Mention(name, w.original(), start, end), false,
                        false, null, "", w.lower(), start, end, brk));
            } else {
                out.add(new EnglishToken(EnglishToken.Type.UNKNOWN, null, false, false, null, "", w.original(), start,
                        end, brk));
            }
            i++;
        }
        return out;
    }

    /**
     * An alias that is a describing word or noun plus the noun itself (red fox, snowy slope, park bench for
     * fox, slope, bench): the word stays, read as written before the noun, when the concept's English lacks it.
     */
    private List<EnglishToken> describedAlias(List<EnglishText.Word> ws, EnglishToken token, int offset, char brk) {
        Concept c = token.mention().concept();
        if (ws.size() < 2 || !c.slot().isThing()) {
            return List.of(token);
        }
        String own = " " + c.english().toLowerCase(Locale.ROOT) + " ";
        List<EnglishToken> modifiers = new ArrayList<>();
        for (int k = 0; k < ws.size() - 1; k++) {
            EnglishToken describing = phrase(ws.subList(k, k + 1), offset, k == 0 ? brk : ' ', false, true);
            Slot slot = describing == null ? null : describing.mention().concept().slot();
            if (describing == null || slot == Slot.ACTION || describing.mention().concept().id().equals(c.id())
                    || own.contains(" " + ws.get(k).lower() + " ")) {
                return List.of(token);
            }
            modifiers.add(describing);
            EnglishToken rest = phrase(ws.subList(k + 1, ws.size()), offset, ' ', true, false);
            if (rest != null && rest.mention().concept().id().equals(c.id())) {
                modifiers.add(rest);
                return modifiers;
            }
        }
        return List.of(token);
    }

    /** The length of the longest function phrase starting at {@code i} (in front of = 3), else 1. */
    private int functionSpan(List<EnglishText.Word> ws, int i) {
        for (int n = Math.min(4, ws.size() - i); n > 1; n--) {
            if (function(phraseOf(ws, i, n)).isPresent()) {
                return n;
            }
        }
        return 1;
    }

    private static String phraseOf(List<EnglishText.Word> ws, int i, int n) {
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            phrase.append(k > i ? " " : "").append(ws.get(k).lower());
        }
        return phrase.toString();
    }

    Optional<Kind> function(String lower) {
        for (Kind kind : FUNCTION_KINDS) {
            if (words.is(kind, lower)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static char punctuation(String text, int from, int to) {
        String between = text.substring(from, to);
        if (between.contains(".") || between.contains("!") || between.contains("?")) {
            return '.';
        }
        return between.contains(",") || between.contains(";") ? ',' : ' ';
    }

    /**
     * Whether a word that is both a noun and a verb (paint, fish, walk) reads as the noun: after a
     * determiner, number, preposition or describing word, or first in the text before an auxiliary.
     */
    private boolean nounContext(List<EnglishToken> before, List<EnglishText.Word> ws, int next) {
        if (before.isEmpty()) {
            return next < ws.size() && function(ws.get(next).lower()).filter(k -> k == Kind.EN_AUX).isPresent()
                    || next >= ws.size();
        }
        EnglishToken previous = before.get(before.size() - 1);
        if (previous.type() == EnglishToken.Type.FUNCTION) {
            return List.of(Kind.EN_DETERMINER, Kind.EN_NUMBER, Kind.EN_PREPOSITION, Kind.EN_WITH, Kind.EN_WITHOUT,
                    Kind.EN_COLLECTIVE, Kind.EN_NEGATOR).contains(previous.kind());
        }
        return previous.type() == EnglishToken.Type.CONCEPT && (previous.mention().concept().slot().describes()
                || previous.mention().concept().slot() == Slot.ACTION);
    }

    /** Whether the word after a phrase names a thing: then an adjective-or-noun (orange) is the adjective. */
    private boolean nounFollows(List<EnglishText.Word> ws, int next) {
        if (next >= ws.size()) {
            return false;
        }
        for (String lemma : EnglishText.lemmaCandidates(ws.get(next).lower())) {
            if (lexicon.englishPhrases(lemma).stream().anyMatch(c -> c.slot().isThing())) {
                return true;
            }
        }
        return false;
    }

    private static Concept choose(List<Concept> named, boolean nounContext, boolean nounFollows, String word) {
        boolean verbForm = word.endsWith("ing");
        if (nounFollows) {
            for (Concept c : named) {
                if (c.slot().describes()) {
                    return c; // an orange kayak
                }
            }
        }
        for (Concept c : named) {
            boolean thing = c.slot().isThing();
            // a beach without painting(s), the painting: after a determiner or preposition the noun wins
            if (verbForm && !(nounContext && named.stream().anyMatch(n -> n.slot().isThing()))
                    ? c.slot() == Slot.ACTION : nounContext == thing) {
                return c;
            }
        }
        return named.get(0);
    }

    private EnglishToken phrase(List<EnglishText.Word> ws, int offset, char brk, boolean nounContext,
                                boolean nounFollows) {
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < ws.size() - 1; k++) {
            prefix.append(ws.get(k).lower()).append(' ');
        }
        EnglishText.Word last = ws.get(ws.size() - 1);
        String original = String.join(" ", ws.stream().map(EnglishText.Word::original).toList());
        int start = offset + ws.get(0).start();
        int end = offset + last.end();
        for (String lemma : EnglishText.lemmaCandidates(last.lower())) {
            if (ws.size() == 1 && function(lemma).isPresent() && !lemma.equals(last.lower())) {
                continue;
            }
            List<Concept> named = lexicon.englishPhrases(prefix + lemma);
            if (named.isEmpty()) {
                continue;
            }
            Concept c = choose(named, nounContext, nounFollows, last.lower());
            boolean adjectiveY = last.lower().endsWith("y") && !lemma.endsWith("y");
            if (adjectiveY && (c.slot().isThing() || c.slot() == Slot.ACTION)) {
                continue; // busy is not a bus, rosy not a rose, rocky not a rock
            }
            if (c.slot().isThing() && !lemma.equals(last.lower()) && last.lower().endsWith("ed")) {
                continue; // a car parked: a noun takes no -ed, so not a car park
            }
            String lower = last.lower();
            boolean plural = !lemma.equals(lower) && lower.endsWith("s") && !lower.endsWith("ss")
                    && !lower.endsWith("'s") || lower.equals(c.attributes().get("plural"));
            boolean participle = lower.endsWith("ed") || lower.endsWith("en") && !lemma.equals(lower);
            return new EnglishToken(EnglishToken.Type.CONCEPT, new Mention(c, original, start, end), plural,
                    participle, null, "", original.toLowerCase(Locale.ROOT), start, end, brk);
        }
        return null;
    }
}
