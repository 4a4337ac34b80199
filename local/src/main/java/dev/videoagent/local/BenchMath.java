package dev.videoagent.local;

import java.util.Arrays;
import java.util.List;

/** The few numbers every benchmark report needs: medians and values rounded to the millisecond. */
final class BenchMath {

    private BenchMath() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static List<Double> round(double[] values) {
        return Arrays.stream(values).map(BenchMath::round).boxed().toList();
    }
}
