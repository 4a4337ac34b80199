package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one reading of an English text stands: its tokens and the position in them, the graph being built,
 * the sentence's subject, the last phrase and the current action, and what the words read so far ask of
 * the next ones (a preposition, a negation, a count, describing words). Shared by the token walk of the
 * {@link EnglishReader}, the {@link EnglishNounPhrases} and the {@link EnglishEvents}.
 */
final class EnglishReading {

    final List<EnglishToken> tokens;
    final IdeaGraph graph = new IdeaGraph();
    Entity subject;
    Entity last;
    Event event;
    Entity stateHolder;
    Entity.State pendingState;
    boolean objectOpen;
    String preposition;
    boolean negated;
    boolean relative;
    boolean and;
    boolean passive;
    boolean plural;
    boolean frameOf;
    Entity owner;
    int count;
    final List<Mention> describes = new ArrayList<>();
    final List<Mention> manners = new ArrayList<>();
    int i;

    EnglishReading(List<EnglishToken> tokens) {
        this.tokens = tokens;
    }

    /** A sentence ended: its pending preposition, negation, count and describing words do not reach the next. */
    void reset() {
        preposition = null;
        negated = false;
        relative = false;
        and = false;
        passive = false;
        objectOpen = false;
        plural = false;
        count = 0;
        describes.clear();
    }

    /** Whether the next token starts a noun (a thing, maybe after describing words). */
    boolean beforeNoun() {
        for (int k = i + 1; k < tokens.size(); k++) {
            EnglishToken next = tokens.get(k);
            if (next.type() != EnglishToken.Type.CONCEPT || next.breakBefore() != ' ') {
                return false;
            }
            Slot s = next.mention().concept().slot();
            if (s.isThing()) {
                return true;
            }
            if (!s.describes()) {
                return false;
            }
        }
        return false;
    }

    /** Inside a noun phrase: right after a determiner, number, preposition or describing word, or first. */
    boolean nounPhrasePosition() {
        if (i == 0) {
            return true;
        }
        EnglishToken previous = tokens.get(i - 1);
        if (previous.type() == EnglishToken.Type.FUNCTION) {
            return previous.kind() == Kind.EN_DETERMINER || previous.kind() == Kind.EN_NUMBER
                    || previous.kind() == Kind.EN_PREPOSITION || previous.kind() == Kind.EN_WITH
                    || previous.kind() == Kind.EN_WITHOUT;
        }
        return previous.type() == EnglishToken.Type.CONCEPT && previous.mention().concept().slot().describes();
    }
}
