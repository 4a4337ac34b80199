package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.engine.prompt.lexicon.CategoryDefaults;
import dev.videoagent.core.engine.prompt.lexicon.Consistency;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fills the slots the person left empty, coherently: a subject's own usual setting first (a train on
 * railway tracks), then the most specific default whose required facets the idea has; a default is skipped
 * when it conflicts with any facet already in the prompt (consistency.tsv), when its group has another
 * value, or when it names something the idea negates. Each chosen default adds its facets for the next.
 */
final class DefaultsPlanner {

    /** Slots a default may fill, in the order they are considered. */
    private static final List<Slot> DEFAULTED = List.of(Slot.PLACE, Slot.LIGHTING, Slot.MOOD, Slot.COLOR, Slot.SHOT,
            Slot.STYLE, Slot.QUALITY);

    private final CategoryDefaults defaults;
    private final Consistency consistency;
    private final Lexicon lexicon;

    DefaultsPlanner(CategoryDefaults defaults, Consistency consistency, Lexicon lexicon) {
        this.defaults = defaults;
        this.consistency = consistency;
        this.lexicon = lexicon;
    }

    void apply(Scene scene) {
        for (Slot slot : DEFAULTED) {
            if (filled(scene, slot)) {
                continue;
            }
            if (slot == Slot.PLACE) {
                if (scene.subjects.isEmpty() || subjectSetting(scene)) {
                    continue;
                }
            }
            for (CategoryDefaults.Default d : defaults.candidates(scene.category, slot)) {
                if (usable(d, scene)) {
                    Concept concept = d.asConcept();
                    if (slot == Slot.PLACE) {
                        Entity place = new Entity(new Mention(concept, "default:" + d.name(), -1, -1));
                        scene.settings.add(place);
                    } else {
                        scene.get(slot).add(Term.fallback(d.text(), slot, "default:" + d.name(), concept));
                    }
                    scene.facets.addAll(d.facets());
                    break;
                }
            }
        }
    }

    private boolean usable(CategoryDefaults.Default d, Scene scene) {
        if (!scene.facets.containsAll(d.when())) {
            return false;
        }
        if (consistency.conflict(d.facets(), scene.facets).isPresent()
                || d.facets().stream().anyMatch(scene.negatedFacets::contains)) {
            return false;
        }
        String group = d.attributes().get("group");
        if (group != null) {
            String dimension = group.substring(0, Math.max(0, group.indexOf(':')));
            for (Concept c : Phrases.concepts(scene)) {
                String other = c.attributes().get("group");
                if (other != null && other.startsWith(dimension + ":") && !other.equals(group)) {
                    return false;
                }
            }
        }
        String text = d.text().toLowerCase(Locale.ROOT);
        return scene.negated.stream().noneMatch(n -> text.contains(n.text().toLowerCase(Locale.ROOT)));
    }

    /** The main subject's usual place (setting= in the lexicon), when it fits the idea. */
    private boolean subjectSetting(Scene scene) {
        Optional<Concept> place = scene.subjects.get(0).head().concept().attribute("setting").flatMap(lexicon::byId);
        if (place.isEmpty() || consistency.conflict(place.get().facets(), scene.facets).isPresent()) {
            return false;
        }
        Entity setting = new Entity(new Mention(place.get(), "default:subject-setting", -1, -1));
        scene.settings.add(setting);
        scene.facets.addAll(place.get().facets());
        return true;
    }

    private static boolean filled(Scene scene, Slot slot) {
        return switch (slot) {
            case PLACE -> !scene.settings.isEmpty() || placed(scene);
            case SHOT -> scene.hasCamera();
            default -> scene.has(slot);
        };
    }

    /** Whether some subject or action already says where it is. */
    private static boolean placed(Scene scene) {
        for (Event event : scene.events) {
            if (!event.places().isEmpty()) {
                return true;
            }
        }
        List<Entity> all = new ArrayList<>(SceneBuilder.expand(scene.subjects));
        return all.stream().anyMatch(e -> !e.locations().isEmpty());
    }
}
