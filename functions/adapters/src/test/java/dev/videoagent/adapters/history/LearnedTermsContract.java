package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned-terms part of the history contract: net changes per prompt, counted per scope, by people. */
abstract class LearnedTermsContract {

    protected abstract HistoryRepository repository();

    private static LearnedChange change(String promptId, int version, List<String> added, List<String> removed) {
        return change(promptId, UserId.LOCAL, version, added, removed);
    }

    private static LearnedChange change(String promptId, UserId owner, int version, List<String> added,
                                        List<String> removed) {
        return new LearnedChange(promptId, owner, version, List.of("key:animal.puppy", "category:animals"),
                added.stream().map(t -> new LearnedChange.AddedTerm(t, List.of("before:puppy"))).toList(), removed);
    }

    @Test
    void aChangeRatedDownIsNotCountedAndOneRatedUpMarksItsPersonUntilRatedAgain() {
        UserId ana = new UserId("ana");
        UserId ben = new UserId("ben");
        repository().saveLearnedChange(change("p1", ana, 1, List.of("golden retriever"), List.of()));
        repository().saveLearnedChange(change("p2", ben, 1, List.of("golden retriever"), List.of()));

        repository().saveLearnedChange(change("p1", ana, 1, List.of("golden retriever"), List.of())
                .withStanding(LearnedChange.Standing.UP_RATED));
        repository().saveLearnedChange(change("p2", ben, 1, List.of("golden retriever"), List.of())
                .withStanding(LearnedChange.Standing.DOWN_RATED));
        ScopeTerms rated = repository().learnedTerms(List.of("key:animal.puppy")).get(0);

        assertThat(rated.editedPrompts()).isEqualTo(1);
        assertThat(rated.editors()).containsOnlyKeys("ana");
        assertThat(rated.upRatedEditors()).containsExactly("ana");
        assertThat(rated.added()).singleElement().satisfies(t -> {
            assertThat(t.people()).containsOnlyKeys("ana");
            assertThat(t.upRated()).containsExactly("ana");
            assertThat(t.peopleWeight()).isEqualTo(2);
        });

        repository().saveLearnedChange(change("p1", ana, 1, List.of("golden retriever"), List.of()));
        repository().saveLearnedChange(change("p2", ben, 1, List.of("golden retriever"), List.of()));
        ScopeTerms again = repository().learnedTerms(List.of("key:animal.puppy")).get(0);
        assertThat(again.editedPrompts()).isEqualTo(2);
        assertThat(again.upRatedEditors()).isEmpty();
        assertThat(again.added().get(0).upRated()).isEmpty();
    }

    @Test
    void learnedChangesReplaceEachOtherPerPromptAndAreCountedPerScope() {
        repository().saveLearnedChange(change("p1", 1, List.of("golden retriever"), List.of()));
        repository().saveLearnedChange(change("p2", 1, List.of("golden retriever", "fluffy"), List.of("cinematic style")));
        repository().saveLearnedChange(change("p3", 1, List.of("fluffy"), List.of()));
        // p3's second edit takes "fluffy" back out: its net change is now empty
        repository().saveLearnedChange(change("p3", 2, List.of(), List.of()));
        // an older version arriving late does not win
        repository().saveLearnedChange(change("p2", 3, List.of("golden retriever"), List.of("cinematic style")));
        repository().saveLearnedChange(change("p2", 2, List.of("fluffy"), List.of()));

        List<ScopeTerms> terms = repository().learnedTerms(List.of("key:animal.puppy", "category:animals", "key:none"));

        assertThat(terms).extracting(ScopeTerms::scope).containsExactly("key:animal.puppy", "category:animals");
        ScopeTerms puppy = terms.get(0);
        assertThat(puppy.editedPrompts()).isEqualTo(2);
        assertThat(puppy.added()).containsExactly(
                new ScopeTerms.TermCount("golden retriever", 2, Map.of("before:puppy", 2L), Map.of("local", 2L)));
        assertThat(puppy.removed()).containsExactly(new ScopeTerms.TermCount("cinematic style", 1, Map.of(),
                Map.of("local", 1L)));
        assertThat(terms.get(1)).isEqualTo(new ScopeTerms("category:animals", 2, puppy.added(), puppy.removed(),
                Map.of("local", 2L)));
    }

    @Test
    void learnedTermsThatLookLikeOperatorsOrPathsAreJustText() {
        repository().saveLearnedChange(new LearnedChange("p9", UserId.LOCAL, 1, List.of("key:x"),
                List.of(new LearnedChange.AddedTerm("$where a.b", List.of("before:$gt.c"))), List.of("{\"$gt\":\"\"}")));

        ScopeTerms x = repository().learnedTerms(List.of("key:x")).get(0);

        assertThat(x.added()).containsExactly(new ScopeTerms.TermCount("$where a.b", 1, Map.of("before:$gt.c", 1L),
                Map.of("local", 1L)));
        assertThat(x.removed()).containsExactly(new ScopeTerms.TermCount("{\"$gt\":\"\"}", 1, Map.of(),
                Map.of("local", 1L)));
    }

    @Test
    void learnedTermsCountThePeopleBehindThemAndAPersonsRevertedEditCountsThemOut() {
        for (int i = 0; i < 5; i++) {
            repository().saveLearnedChange(change("a" + i, new UserId("ana"), 1, List.of("golden retriever"), List.of()));
        }
        repository().saveLearnedChange(change("b1", new UserId("ben"), 1, List.of("golden retriever"), List.of()));
        repository().saveLearnedChange(change("b1", new UserId("ben"), 2, List.of(), List.of("cinematic style")));
        repository().saveLearnedChange(change("c1", new UserId("cy.d@example.com"), 1, List.of("golden retriever"),
                List.of()));

        ScopeTerms puppy = repository().learnedTerms(List.of("key:animal.puppy")).get(0);

        assertThat(puppy.editors()).isEqualTo(Map.of("ana", 5L, "ben", 1L, "cy.d@example.com", 1L));
        assertThat(puppy.editorCount()).isEqualTo(3);
        ScopeTerms.TermCount golden = puppy.added().get(0);
        assertThat(golden.prompts()).isEqualTo(6);
        assertThat(golden.people()).isEqualTo(Map.of("ana", 5L, "cy.d@example.com", 1L));
        assertThat(golden.peopleCount()).isEqualTo(2);
        assertThat(golden.madeBy(new UserId("ben"))).isFalse();
        assertThat(puppy.removed().get(0).people()).isEqualTo(Map.of("ben", 1L));
    }
}
