package dev.videoagent.core.engine.diff;

import dev.videoagent.core.model.SlotOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RFC 6902 JSON Patch operations that turn one slot map into another ({@code /subject/0}, {@code /style/-}). */
public final class SlotPatch {

    private SlotPatch() {
    }
    public static List<SlotOp> between(Map<String, List<String>> before, Map<String, List<String>> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<SlotOp> ops = new ArrayList<>();
        for (String key : keys) {
            List<String> old = before.getOrDefault(key, List.of());
            List<String> now = after.getOrDefault(key, List.of());
            int common = Math.min(old.size(), now.size());
            for (int i = 0; i < common; i++) {
                if (!old.get(i).equals(now.get(i))) {
                    ops.add(new SlotOp(SlotOp.Kind.REPLACE, path(key, i), now.get(i)));
                }
            }
            // remove from the end so every path stays valid while the patch is applied in order
            for (int i = old.size() - 1; i >= common; i--) {
                ops.add(new SlotOp(SlotOp.Kind.REMOVE, path(key, i), null));
            }
            for (int i = common; i < now.size(); i++) {
                ops.add(new SlotOp(SlotOp.Kind.ADD, "/" + escape(key) + "/-", now.get(i)));
            }
        }
        return ops;
    }

    private static String path(String key, int index) {
        return "/" + escape(key) + "/" + index;
    }

    /** RFC 6901 escaping: ~ -> ~0, / -> ~1. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
