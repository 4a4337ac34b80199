package dev.videoagent.core.engine.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.WordOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two prompts. Punctuation is a token of its own, so "setting," vs "setting"
 * changes only the comma. Only changed tokens are reported, each op at its token index in the original.
 */
public final class WordDiff {

    private WordDiff() {
    }

    public record Result(List<WordOp> ops, DiffStats stats) {
        public Result {
            ops = List.copyOf(ops);
        }
    }

    public static Result diff(String original, String edited) {
        List<String> before = tokens(original);
        List<String> after = tokens(edited);
        List<WordOp> ops = new ArrayList<>();
        int inserted = 0;
        int deleted = 0;
        int replaced = 0;
        int changedBefore = 0;
        int changedAfter = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            List<String> from = delta.getSource().getLines();
            List<String> to = delta.getTarget().getLines();
            changedBefore += from.size();
            changedAfter += to.size();
            if (delta.getType() == DeltaType.INSERT) {
                ops.add(new WordOp(WordOp.Kind.INSERT, delta.getSource().getPosition(), List.of(), to));
                inserted += to.size();
            } else if (delta.getType() == DeltaType.DELETE) {
                ops.add(new WordOp(WordOp.Kind.DELETE, delta.getSource().getPosition(), from, List.of()));
                deleted += from.size();
            } else if (delta.getType() == DeltaType.CHANGE) {
                ops.add(new WordOp(WordOp.Kind.REPLACE, delta.getSource().getPosition(), from, to));
                // 3 tokens replaced by 5: 3 replaced and 2 inserted (by 1: 1 replaced and 2 deleted)
                replaced += Math.min(from.size(), to.size());
                inserted += Math.max(0, to.size() - from.size());
                deleted += Math.max(0, from.size() - to.size());
            }
        }
        int unchanged = before.size() - changedBefore;
        int total = before.size() + after.size();
        double similarity = total == 0 ? 1.0 : Math.round(2.0 * unchanged / total * 1000) / 1000.0;
        return new Result(ops, new DiffStats(inserted, deleted, replaced, words(before), words(after), similarity));
    }

    /** Words (letters, digits, inner apostrophes and hyphens) and single punctuation marks. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int[] cps = text.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean inner = (cp == '\'' || cp == '-' || cp == '\u2019') && word.length() > 0 && i + 1 < cps.length
                    && Character.isLetterOrDigit(cps[i + 1]);
            if (Character.isLetterOrDigit(cp) || inner || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                tokens.add(new String(Character.toChars(cp)));
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static int words(List<String> tokens) {
        return (int) tokens.stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
    }
}
