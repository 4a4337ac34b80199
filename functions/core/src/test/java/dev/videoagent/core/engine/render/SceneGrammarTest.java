package dev.videoagent.core.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.SceneFigure;
import dev.videoagent.core.model.Slot;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneGrammarTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    private static final SceneGrammar GRAMMAR = SceneGrammar.loadDefault();
    private static final RenderPlanner PLANNER = new RenderPlanner(LEXICON, GRAMMAR);

    private static RenderPlan plan(String prompt) {
        return PLANNER.plan(ENGINE.generate(prompt), prompt, Optional.empty());
    }

    private static List<Figure> figures(String prompt) {
        return plan(prompt).figures().stream().map(SceneFigure::figure).toList();
    }

    @Test
    void thePlaceOfThePromptIsItsBackdrop() {
        assertThat(plan("a dark rainy city street at night").backdrop()).isEqualTo(Backdrop.STREET);
        assertThat(plan("A view of Santa's village, gently falling snow").backdrop()).isEqualTo(Backdrop.VILLAGE);
        assertThat(plan("a puppy running across a sunlit meadow").backdrop()).isEqualTo(Backdrop.MEADOW);
        assertThat(plan("a lighthouse on a rocky beach at dusk").backdrop()).isEqualTo(Backdrop.BEACH);
        assertThat(plan("an astronaut floating in outer space").backdrop()).isEqualTo(Backdrop.SPACE);
        assertThat(plan("a cat sleeping in a cozy library").backdrop()).isEqualTo(Backdrop.LIBRARY);
        assertThat(plan("a red sports car on a mountain road").backdrop()).isEqualTo(Backdrop.ROAD);
        assertThat(plan("a teapot").backdrop()).isEqualTo(Backdrop.OPEN_LAND);
    }

    @Test
    void subjectsBecomeFiguresMovedByTheirActionAndColouredByTheirModifier() {
        RenderPlan car = plan("a red sports car drifting on a road at night");
        assertThat(car.figures()).hasSize(1);
        assertThat(car.figures().get(0).figure()).isEqualTo(Figure.CAR);
        assertThat(car.figures().get(0).color()).contains(0xd62828);
        SceneFigure puppy = plan("a cute puppy playfully running around a meadow").figures().get(0);
        assertThat(puppy.figure()).isEqualTo(Figure.DOG);
        assertThat(puppy.motion()).isEqualTo(FigureMotion.RUN);
        assertThat(plan("a cat sleeping on a sofa").figures().get(0).motion()).isEqualTo(FigureMotion.SLEEP);
        assertThat(plan("a tiny rabbit in a garden").figures().get(0).scale()).isLessThan(1.0);
        assertThat(plan("a giant whale in the ocean").figures().get(0).scale()).isGreaterThan(1.0);
    }

    @Test
    void severalSubjectsShareTheFrameAndWhatTheyWearIsNoFigure() {
        assertThat(figures("a dog and a cat playing in a park")).containsExactly(Figure.DOG, Figure.CAT);
        assertThat(figures("a golden retriever puppy wearing a tiny red scarf")).containsExactly(Figure.DOG);
        assertThat(figures("fireworks over the harbor at night")).isEmpty();
    }

    @Test
    void aSubjectNoRuleNamesGetsItsKindsFigure() {
        Concept okapi = new Concept("animal.okapi", Slot.SUBJECT, "okapi", List.of("오카피"), List.of(), "animals",
                Map.of("kind", "animal"));
        Concept gadget = new Concept("object.gizmo", Slot.SUBJECT, "gizmo", List.of(), List.of(), "products",
                Map.of("kind", "object"));
        assertThat(GRAMMAR.figure(okapi)).contains(Figure.ANIMAL);
        assertThat(GRAMMAR.figure(gadget)).contains(Figure.THING);
        assertThat(GRAMMAR.namedFigure(gadget)).isEmpty();
    }

    @Test
    void everyBackdropAndEveryNamedFigureIsReachedByConceptsOfTheLexicon() {
        Set<Backdrop> backdrops = EnumSet.noneOf(Backdrop.class);
        Set<Figure> figures = EnumSet.noneOf(Figure.class);
        for (Concept c : LEXICON.concepts().list()) {
            if (c.slot() == Slot.PLACE) {
                GRAMMAR.backdrop(c).ifPresent(backdrops::add);
            } else if (c.slot() == Slot.SUBJECT) {
                GRAMMAR.namedFigure(c).ifPresent(figures::add);
            }
        }
        assertThat(backdrops).containsAll(EnumSet.complementOf(EnumSet.of(Backdrop.OPEN_LAND)));
        assertThat(figures).containsAll(EnumSet.complementOf(EnumSet.of(Figure.ANIMAL, Figure.THING)));
        assertThat(Figure.values()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theSamePromptGivesTheSameScene() {
        assertThat(plan("a dog and a cat playing in a park")).isEqualTo(plan("a dog and a cat playing in a park"));
    }
}
