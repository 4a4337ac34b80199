package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code luma} (Luma Dream Machine / Ray2): a natural caption that leads with the camera move (or the
 * shot), then the scene, with positive wording only: Luma's guidance is that negation makes the model
 * picture what it should leave out, so no phrase with no, not, without or never is written.
 */
final class CaptionLayout extends TargetLayout {

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(no|not|without|never|none|nothing)\\b");

    @Override
    Written write(String head, List<Term> tail, String motion) {
        List<Term> usable = new ArrayList<>();
        for (Term term : tail) {
            if (!NEGATION.matcher(termText(term)).find()) {
                usable.add(term);
            }
        }
        Term lead = null;
        for (Slot slot : List.of(Slot.MOVEMENT, Slot.SHOT)) {
            for (Term term : usable) {
                if (lead == null && term.slot() == slot) {
                    lead = term;
                }
            }
        }
        List<Term> rest = new ArrayList<>(usable);
        rest.remove(lead);
        Term leading = lead;
        List<Term> kept = fit(rest, terms -> render(leading, head, terms).length(), MAX_CHARS);
        String prompt = truncate(render(lead, head, kept), MAX_CHARS);
        List<Term> written = new ArrayList<>(kept);
        if (lead != null) {
            written.add(0, lead);
        }
        return new Written(prompt, traceOf(tail, written, prompt));
    }

    private static String render(Term lead, String head, List<Term> terms) {
        StringBuilder text = new StringBuilder();
        if (lead != null) {
            text.append(capitalize(termText(lead))).append(" of ").append(head);
        } else {
            text.append(capitalize(head));
        }
        for (Term term : terms) {
            text.append(", ").append(termText(term));
        }
        return text.toString();
    }
}
