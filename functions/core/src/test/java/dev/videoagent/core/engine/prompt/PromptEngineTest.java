package dev.videoagent.core.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.analysis.KoreanMorphology;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.TraceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composition rules on a small inline lexicon and English input (no Korean analyzer needed). */
class PromptEngineTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy|dog|pup\tanimals\tkind=animal;plural=puppies",
            "person.child\tsubject\tchild\t아이\tchild|kid\tpeople\tkind=person;plural=children",
            "vehicle.sportscar\tsubject\tsports car\t스포츠카\tsports car\tvehicles\tkind=vehicle",
            "creature.unicorn\tsubject\tunicorn\t유니콘\tunicorn\tfantasy\tkind=creature",
            "mod.cute\tmodifier\tcute\t귀엽다\tcute|adorable\t-\t-",
            "color.red\tcolor\tred\t빨갛다\tred\t-\tpalette=rich red tones",
            "action.run\taction\trunning\t달리다\trun|ran\t-\tenergy=high",
            "action.drift\taction\tdrifting around corners\t드리프트하다\tdrift\tvehicles\tenergy=high",
            "manner.happily\tmanner\thappily\t신나게\thappily\t-\t-",
            "place.mountainroad\tplace\ta winding mountain road\t산길\tmountain road\tnature\tprep=on",
            "place.beach\tplace\ta sandy beach\t해변\tbeach|seaside\tnature\tprep=on",
            "time.night\ttime\tat night\t밤\tnight|nighttime\t-\tgroup=timeofday:night;tone=dark",
            "light.bright\tlighting\tbright natural light\t밝다\tbright\t-\tgroup=brightness:bright",
            "light.dark\tlighting\tdim low-key lighting\t어둡다\tdark|dim\t-\tgroup=brightness:dark",
            "weather.snow\tweather\tgently falling snow\t눈\tsnow|snowy|snowfall\t-\tgroup=precip:snow;visual=snow",
            "speed.slowmo\tspeed\tslow motion\t슬로우모션\tslow motion|slow-mo|slowmo\t-\tgroup=speed:slow",
            "move.drone\tmovement\taerial drone shot\t드론\tdrone shot|drone|aerial\t-\t-",
            "style.anime\tstyle\tanime style\t애니\tanime\tfantasy\t-"));

    private static final KoreanMorphology NO_KOREAN = text -> List.of();

    private final PromptEngine engine = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), NO_KOREAN);

    @Test
    void subjectAndActionComeFirstThenSettingThenTheRest() {
        PromptResult result = engine.generate("a red sports car drifting on a mountain road at night, slow motion drone shot");

        assertThat(result.prompt()).startsWith("A red sports car drifting around corners on a winding mountain road, at night")
                .contains("slow motion").contains("aerial drone shot");
        assertThat(result.prompt().indexOf("at night")).isLessThan(result.prompt().indexOf("slow motion"));
        assertThat(result.language()).isEqualTo(Language.EN);
        assertThat(result.category()).isEqualTo("vehicles");
        assertThat(result.slots().get("subject")).containsExactly("red sports car");
        assertThat(result.slots().get("camera")).containsExactly("aerial drone shot", "slow motion");
    }

    @Test
    void lemmatizesTheFormsPeopleType() {
        PromptResult result = engine.generate("Cute puppies ran happily on snowy beaches");

        assertThat(result.prompt()).startsWith("Cute puppies happily running on snowy sandy beaches");
    }

    @Test
    void theUsersWordWinsOverAContradictingLaterWordAndOverDefaults() {
        PromptResult result = engine.generate("a dark night scene of a puppy, bright");

        assertThat(result.prompt()).contains("dim low-key lighting").doesNotContain("bright natural light");
        assertThat(result.prompt()).doesNotContain("daylight");
        assertThat(result.trace()).anyMatch(t -> t.source() == TraceEntry.Source.DROPPED && t.term().equals("bright natural light"));
    }

    @Test
    void emptySlotsAreFilledFromNamedCategoryDefaults() {
        PromptResult result = engine.generate("a puppy running");

        assertThat(result.category()).isEqualTo("animals");
        // a running puppy: the mood default follows its energy, the place default needs it
        assertThat(result.prompt()).isEqualTo("A puppy running across a sunlit meadow, soft natural daylight, "
                + "lively energetic mood, vibrant natural colors, medium tracking shot, cinematic style, high detail");
        assertThat(result.trace()).filteredOn(t -> t.source() == TraceEntry.Source.DEFAULT)
                .extracting(TraceEntry::from).contains("default:animals.place", "default:any.quality");
    }

    @Test
    void everyPromptTermIsTraced() {
        PromptResult result = engine.generate("a cute puppy running on a beach at night");

        assertThat(result.trace()).filteredOn(t -> t.source() == TraceEntry.Source.INPUT)
                .extracting(TraceEntry::term, TraceEntry::from)
                .contains(org.assertj.core.groups.Tuple.tuple("puppy", "puppy"),
                        org.assertj.core.groups.Tuple.tuple("cute", "cute"),
                        org.assertj.core.groups.Tuple.tuple("running", "running"),
                        org.assertj.core.groups.Tuple.tuple("at night", "at night"));
        for (TraceEntry entry : result.trace()) {
            if (entry.source() != TraceEntry.Source.DROPPED) {
                assertThat(result.prompt().toLowerCase()).contains(entry.term().toLowerCase());
            }
        }
    }

    @Test
    void pluralsArticlesAndNamesReadNaturally() {
        assertThat(engine.generate("a unicorn").prompt()).startsWith("A unicorn");
        assertThat(engine.generate("children running").prompt()).startsWith("Children running");
        assertThat(engine.generate("a puppy running on a beach in Barcelona").prompt())
                .startsWith("A puppy running on a sandy beach in Barcelona");
    }

    @Test
    void outputIsAtMost512CharactersAndIdenticalForTheSameInput() {
        String idea = "a cute puppy and a child and a red sports car and a unicorn running happily ".repeat(8);
        PromptResult first = engine.generate(idea);

        assertThat(first.prompt().length()).isLessThanOrEqualTo(512);
        assertThat(engine.generate(idea)).isEqualTo(first);
    }

    @Test
    void emojiAndSymbolsAreDroppedAndNothingBecomesAnEmptyPrompt() {
        assertThat(engine.generate("🐶 puppy!!! ✨✨").prompt()).startsWith("A puppy");
        assertThat(engine.generate("✨✨").prompt()).isNotBlank();
        assertThat(engine.generate("").prompt()).isNotBlank();
    }

    @Test
    void illustratedStylesPassThrough() {
        PromptResult result = engine.generate("anime unicorn");
        assertThat(result.prompt()).contains("anime style").doesNotContain("cinematic style");
        assertThat(result.category()).isEqualTo("fantasy");
    }
}
