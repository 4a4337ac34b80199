package dev.videoagent.core.engine.learning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditLearningTest {

    private static PromptResult generated(String prompt, TraceEntry... extra) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        slots.put("subject", List.of("cute puppy"));
        List<TraceEntry> trace = new ArrayList<>(List.of(
                new TraceEntry("cute", "subject", TraceEntry.Source.INPUT, "귀여운", "mod.cute"),
                new TraceEntry("puppy", "subject", TraceEntry.Source.INPUT, "강아지", "animal.puppy"),
                new TraceEntry("cinematic style", "style", TraceEntry.Source.DEFAULT, "default:any.style", null)));
        trace.addAll(List.of(extra));
        return new PromptResult("귀여운 강아지", Language.KO, Target.GENERIC, "animals", 0.9, 1.0, slots, List.of("cinematic style"), IdeaStructure.EMPTY, prompt, "blurry", trace, List.of());
    }

    private static final String PROMPT = "A cute puppy running in a park, golden hour, cinematic style";

    @Test
    void anInsertedPhraseIsLearnedWithTheWordsAroundIt() {
        LearnedChange change = EditLearning.change("p1", UserId.LOCAL, 1, generated(PROMPT),
                "A cute golden retriever puppy running happily in a park, golden hour, cinematic style");

        assertThat(change.scopes()).containsExactly("key:mod.cute", "key:animal.puppy", "category:animals");
        assertThat(change.added()).containsExactly(
                new LearnedChange.AddedTerm("golden retriever", List.of("before:puppy", "after:cute")),
                new LearnedChange.AddedTerm("happily", List.of("after:running")));
        assertThat(change.removed()).isEmpty();
    }

    @Test
    void aDeletedClauseAndAReplacedWordAreLearnedAsRemovedAndAdded() {
        LearnedChange change = EditLearning.change("p1", UserId.LOCAL, 2, generated(PROMPT),
                "A fluffy puppy running in a park, golden hour");

        assertThat(change.added()).extracting(LearnedChange.AddedTerm::term).containsExactly("fluffy");
        assertThat(change.removed()).containsExactly("cute", "cinematic style");
    }

    @Test
    void movedWordsPunctuationArticlesAndNonEnglishTextTeachNothing() {
        assertThat(EditLearning.change("p", UserId.LOCAL, 1, generated(PROMPT),
                "A cute puppy running in a park; golden hour, the cinematic style").isEmpty()).isTrue();
        assertThat(EditLearning.change("p", UserId.LOCAL, 1, generated(PROMPT),
                "A cute puppy running in a park, golden hour, cinematic style, 강아지 🐶").isEmpty()).isTrue();
        LearnedChange moved = EditLearning.change("p", UserId.LOCAL, 1, generated(PROMPT),
                "A cute puppy running in a park, cinematic style, golden hour");
        assertThat(moved.added()).isEmpty();
        assertThat(moved.removed()).isEmpty();
    }

    @Test
    void aLearnedTermThePersonKeptCountsAsTheirs() {
        PromptResult withLearned = generated("A cute golden retriever puppy running in a park",
                new TraceEntry("golden retriever", "learned", TraceEntry.Source.LEARNED, "key:animal.puppy", null));

        LearnedChange change = EditLearning.change("p", UserId.LOCAL, 1, withLearned, "A cute golden retriever puppy running fast in a park");

        assertThat(change.added()).extracting(LearnedChange.AddedTerm::term).containsExactly("fast", "golden retriever");
        assertThat(change.added().get(1).anchors()).containsExactly("before:puppy", "after:cute");
    }

    private static final UserId CALLER = new UserId("caller");

    /** {@code n} different people, one prompt each. */
    private static Map<String, Long> people(long n) {
        Map<String, Long> people = new java.util.TreeMap<>();
        for (int i = 1; i <= n; i++) {
            people.put("person" + i, 1L);
        }
        return people;
    }

    /** A scope edited by {@code edited} people, each in one prompt; the first ones made the changes. */
    private static ScopeTerms puppies(long edited, long goldenRetriever, long cinematicRemoved) {
        return new ScopeTerms("key:animal.puppy", edited,
                List.of(new ScopeTerms.TermCount("golden retriever", goldenRetriever, Map.of("before:puppy", goldenRetriever),
                        people(goldenRetriever))),
                List.of(new ScopeTerms.TermCount("cinematic style", cinematicRemoved, Map.of(), people(cinematicRemoved))),
                people(edited));
    }

    private static EditLearning.Learned apply(PromptResult result, List<ScopeTerms> scopes) {
        return EditLearning.apply(result, scopes, CALLER, EditLearning.MIN_PEOPLE);
    }

    @Test
    void wellSupportedAdditionsGoToTheirAnchorAndRemovalsAreApplied() {
        EditLearning.Learned learned = apply(generated(PROMPT), List.of(puppies(5, 4, 3)));

        assertThat(learned.result().prompt()).isEqualTo("A cute golden retriever puppy running in a park, golden hour");
        assertThat(learned.applied()).containsExactly(
                new LearnedEdit(LearnedEdit.Kind.REMOVE, "cinematic style", "key:animal.puppy", 3, 0.6, false),
                new LearnedEdit(LearnedEdit.Kind.ADD, "golden retriever", "key:animal.puppy", 4, 0.8, false));
        assertThat(learned.result().trace()).extracting(TraceEntry::term)
                .contains("golden retriever").doesNotContain("cinematic style");
    }

    @Test
    void termsWithTooFewPromptsOrTooSmallAShareAreNotApplied() {
        assertThat(apply(generated(PROMPT), List.of(puppies(3, 2, 2))).applied()).isEmpty();
        assertThat(apply(generated(PROMPT), List.of(puppies(10, 4, 4))).applied()).isEmpty();
        assertThat(apply(generated(PROMPT), List.of()).result().prompt()).isEqualTo(PROMPT);
    }

    @Test
    void wordsThePersonAskedForAreNeverRemoved() {
        ScopeTerms dropCute = new ScopeTerms("category:animals", 4, List.of(),
                List.of(new ScopeTerms.TermCount("cute", 4, Map.of(), people(4))), people(4));

        assertThat(apply(generated(PROMPT), List.of(dropCute)).applied()).isEmpty();
    }

    @Test
    void theArticleFollowsTheInsertedWordAndUnanchoredTermsFollowTheFirstClause() {
        ScopeTerms adorable = new ScopeTerms("key:animal.puppy", 3,
                List.of(new ScopeTerms.TermCount("adorable", 3, Map.of("before:puppy", 3L), people(3)),
                        new ScopeTerms.TermCount("shallow depth of field", 3, Map.of("before:kitten", 3L), people(3))),
                List.of(), people(3));

        EditLearning.Learned learned = apply(generated("A puppy running in a park, golden hour"),
                List.of(adorable));

        assertThat(learned.result().prompt())
                .isEqualTo("An adorable puppy running in a park, shallow depth of field, golden hour");
    }

    @Test
    void aTermAlreadyInThePromptIsNotAddedTwice() {
        EditLearning.Learned learned = apply(generated("A golden retriever puppy, golden hour"),
                List.of(puppies(4, 4, 0)));

        assertThat(learned.applied()).isEmpty();
    }

    @Test
    void onePersonRepeatingAnEditIsOneVoiceButTheirOwnEditsApplyToTheirPromptsAsPersonal() {
        // one person, 100 prompts, every one with the term: others' prompts are untouched
        ScopeTerms oneVoice = new ScopeTerms("key:animal.puppy", 100,
                List.of(new ScopeTerms.TermCount("golden retriever", 100, Map.of("before:puppy", 100L),
                        Map.of("ana", 100L))), List.of(), Map.of("ana", 100L));

        assertThat(apply(generated(PROMPT), List.of(oneVoice)).applied()).isEmpty();
        EditLearning.Learned anas = EditLearning.apply(generated(PROMPT), List.of(oneVoice), new UserId("ana"),
                EditLearning.MIN_PEOPLE);
        assertThat(anas.applied()).containsExactly(
                new LearnedEdit(LearnedEdit.Kind.ADD, "golden retriever", "key:animal.puppy", 100, 1.0, true));
        assertThat(anas.result().trace()).anyMatch(t -> t.from().endsWith("from your edits"));
    }

    @Test
    void threeDifferentPeopleAgreeingTeachEveryoneAndTheMinimumIsConfigurable() {
        EditLearning.Learned learned = apply(generated(PROMPT), List.of(puppies(3, 3, 0)));
        assertThat(learned.applied()).extracting(LearnedEdit::personal).containsExactly(false);
        assertThat(learned.result().trace()).anyMatch(t -> t.from().endsWith("from 3 people"));

        assertThat(EditLearning.apply(generated(PROMPT), List.of(puppies(3, 3, 0)), CALLER, 4).applied()).isEmpty();
    }
}
