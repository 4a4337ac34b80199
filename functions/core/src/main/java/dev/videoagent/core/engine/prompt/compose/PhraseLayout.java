package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Comma-separated phrases after the head, in a fixed slot order; repeated phrases are left out. */
final class PhraseLayout extends TargetLayout {

    private final List<Slot> order;

    PhraseLayout(List<Slot> order) {
        this.order = order;
    }

    @Override
    Written write(String head, List<Term> tail, String motion) {
        List<Term> ordered = new ArrayList<>();
        for (Slot slot : order) {
            for (Term term : tail) {
                if (term.slot() == slot) {
                    ordered.add(term);
                }
            }
        }
        List<Term> unique = new ArrayList<>();
        StringBuilder seen = new StringBuilder(head.toLowerCase(Locale.ROOT));
        for (Term term : ordered) {
            String text = termText(term).toLowerCase(Locale.ROOT);
            if (!seen.toString().contains(text)) {
                unique.add(term);
                seen.append(", ").append(text);
            }
        }
        List<Term> kept = fit(unique, terms -> render(head, terms).length(), MAX_CHARS);
        String prompt = truncate(capitalize(render(head, kept)), MAX_CHARS);
        return new Written(prompt, traceOf(ordered, kept, prompt));
    }

    private static String render(String head, List<Term> terms) {
        StringBuilder text = new StringBuilder(head);
        for (Term term : terms) {
            text.append(text.length() == 0 ? "" : ", ").append(termText(term));
        }
        return text.toString();
    }
}
