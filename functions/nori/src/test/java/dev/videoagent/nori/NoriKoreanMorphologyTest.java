package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.analysis.Morpheme;
import dev.videoagent.core.engine.prompt.analysis.MorphemeTag;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoriKoreanMorphologyTest {

    private final NoriKoreanMorphology nori = new NoriKoreanMorphology(Set.of("산타마을", "불꽃놀이", "타임랩스", "시네마틱"));

    private List<String> forms(String text) {
        return nori.analyze(text).stream().map(m -> m.form() + "/" + m.tag()).toList();
    }

    @Test
    void stripsParticlesAndEndingsAndKeepsStems() {
        assertThat(forms("귀여운 강아지가 뛰노는 밝은 영상")).containsSubsequence(
                "귀엽/ADJECTIVE", "강아지/NOUN", "가/PARTICLE", "뛰놀/VERB", "밝/ADJECTIVE", "영상/NOUN");
    }

    @Test
    void userDictionaryKeepsDomainCompoundsWhole() {
        assertThat(forms("눈 내리는 산타마을")).contains("산타마을/NOUN");
        assertThat(forms("시네마틱한 영상")).contains("시네마틱/NOUN");
    }

    @Test
    void compoundsComeWithTheirParts() {
        Morpheme sky = nori.analyze("밤하늘").get(0);
        assertThat(sky.form()).isEqualTo("밤하늘");
        assertThat(sky.parts()).extracting(Morpheme::form).containsExactly("밤", "하늘");
    }

    @Test
    void latinWordsAreForeignAndWalkIsNotMountain() {
        assertThat(forms("귀여운 cat이 낮잠")).contains("cat/FOREIGN");
        assertThat(forms("산책하는 할머니")).contains("산책/NOUN", "하/VERB_SUFFIX").doesNotContain("산/NOUN");
    }

    @Test
    void offsetsPointIntoTheInput() {
        String text = "빨간 스포츠카가 달리는";
        for (Morpheme m : nori.analyze(text)) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
        }
        assertThat(nori.analyze(text)).extracting(Morpheme::tag).contains(MorphemeTag.PARTICLE);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> expected = forms("눈 내리는 산타마을에서 뛰노는 강아지");
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!forms("눈 내리는 산타마을에서 뛰노는 강아지").equals(expected)) {
                        failures.add(new AssertionError("different analysis"));
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
