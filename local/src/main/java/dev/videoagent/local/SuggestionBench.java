package dev.videoagent.local;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.GeneratePromptCommand;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.RecordEditCommand;
import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.ServiceWiring;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code video-agent bench suggestions}: seeds history through the real embedded Mongo and Redis
 * (1k, then 10k, then 100k generations, one in twenty edited through the edit use case) and times
 * suggestions and generate at each size, uncached (first time an idea is asked) and cached (again).
 * Targets (issue 4): suggestion p95 <= 50 ms at 100k records, and 100x the records costs at most 10x.
 */
final class SuggestionBench {

    static final double P95_TARGET_MS = 50;
    static final double MAX_GROWTH = 10;
    static final int EDIT_EVERY = 20;
    private static final int BATCH = 1_000;

    private static final String[][] SUBJECTS = {{"강아지", "puppy"}, {"고양이", "cat"}, {"토끼", "rabbit"},
            {"여우", "fox"}, {"호랑이", "tiger"}, {"사자", "lion"}, {"곰", "bear"}, {"펭귄", "penguin"},
            {"고래", "whale"}, {"돌고래", "dolphin"}, {"독수리", "eagle"}, {"나비", "butterfly"}, {"소녀", "girl"},
            {"소년", "boy"}, {"할머니", "grandmother"}, {"로봇", "robot"}, {"우주비행사", "astronaut"},
            {"기사", "knight"}, {"용", "dragon"}, {"자동차", "car"}, {"기차", "train"}, {"비행기", "airplane"},
            {"자전거", "bicycle"}, {"요리사", "chef"}, {"댄서", "dancer"}, {"마법사", "wizard"}, {"말", "horse"},
            {"부엉이", "owl"}, {"거북이", "turtle"}, {"유니콘", "unicorn"}};
    private static final String[][] ACTIONS = {{"뛰노는", "playing"}, {"달리는", "running"}, {"춤추는", "dancing"},
            {"잠자는", "sleeping"}, {"헤엄치는", "swimming"}, {"날아가는", "flying"}, {"걷는", "walking"},
            {"노래하는", "singing"}, {"웃는", "laughing"}, {"점프하는", "jumping"}};
    private static final String[][] PLACES = {{"공원에서", "in a park"}, {"해변에서", "on a beach"},
            {"숲에서", "in a forest"}, {"사막에서", "in a desert"}, {"도시에서", "in a city"}, {"산에서", "on a mountain"},
            {"바다에서", "in the ocean"}, {"우주에서", "in space"}, {"부엌에서", "in a kitchen"}, {"성에서", "in a castle"},
            {"정글에서", "in a jungle"}, {"호수에서", "on a lake"}, {"들판에서", "in a meadow"}, {"거리에서", "on a street"},
            {"눈밭에서", "in a snowfield"}};
    private static final String[][] MODIFIERS = {{"귀여운", "cute"}, {"작은", "tiny"}, {"거대한", "giant"},
            {"행복한", "happy"}, {"슬픈", "sad"}, {"빨간", "red"}, {"하얀", "white"}, {"검은", "black"},
            {"황금빛", "golden"}, {"늙은", "old"}};
    private static final String[][] TIMES = {{"밤에", "at night"}, {"아침에", "in the morning"}, {"일몰에", "at sunset"},
            {"비 오는 날", "on a rainy day"}, {"눈 내리는 날", "while it snows"}, {"안개 낀 새벽", "at a foggy dawn"}};

    private SuggestionBench() {
    }

    /** A realistic idea, in Korean or English, from a seeded generator: the same seed gives the same ideas. */
    static String idea(Random random) {
        String[] s = pick(random, SUBJECTS);
        String[] a = pick(random, ACTIONS);
        String[] p = pick(random, PLACES);
        String[] m = pick(random, MODIFIERS);
        String[] t = pick(random, TIMES);
        return random.nextBoolean()
                ? t[0] + " " + p[0] + " " + a[0] + " " + m[0] + " " + s[0] + " 영상"
                : "a " + m[1] + " " + s[1] + " " + a[1] + " " + p[1] + " " + t[1];
    }

    private static String[] pick(Random random, String[][] words) {
        return words[random.nextInt(words.length)];
    }

    static Map<String, Object> run(boolean quick, PrintStream progress) {
        return run(quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000}, quick ? 100 : 300, progress);
    }

    static Map<String, Object> run(int[] sizes, int queries, PrintStream progress) {
        List<Map<String, Object>> stages = new ArrayList<>();
        try (TempDirectory scratch = new TempDirectory("video-agent-bench-");
             LocalRuntime runtime = LocalRuntime.start(new LocalOptions(LocalOptions.LOOPBACK, 0, scratch.path(),
                     scratch.path().resolve("no-web")).withColdRenders(), BenchCommand.LIMITS_OUT_OF_REACH)) {
            ServiceWiring wiring = runtime.wiring();
            PromptEngine engine = wiring.promptEngine();
            HistoryRepository history = wiring.history();
            RecordEdit recordEdit = wiring.recordEdit();
            SuggestPrompts suggest = wiring.suggestPrompts();
            GeneratePrompt generate = wiring.generatePrompt();
            Random seeding = new Random(42);
            Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
            RecordIds ids = new RecordIds(Clock.systemUTC());
            int seeded = 0;
            int edits = 0;
            Set<String> asked = new LinkedHashSet<>();
            for (int stage = 0; stage < sizes.length; stage++) {
                long seedStart = System.nanoTime();
                while (seeded < sizes[stage]) {
                    List<GenerationRecord> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH && seeded + i < sizes[stage]; i++) {
                        batch.add(new GenerationRecord(ids.get(), UserId.LOCAL, engine.generate(idea(seeding)),
                                clock.instant().plusMillis(seeded + i)));
                    }
                    history.saveGenerations(batch);
                    for (int i = 0; i < batch.size(); i += EDIT_EVERY) {
                        GenerationRecord r = batch.get(i);
                        String prompt = r.result().prompt();
                        recordEdit.handle(UserId.LOCAL, new RecordEditCommand(Optional.of(r.id()), Optional.of(0), prompt,
                                prompt.replaceFirst(",", ", " + pick(seeding, EDIT_TERMS) + ",")));
                        edits++;
                    }
                    seeded += batch.size();
                    progress.printf("seeded %,d generations (%,d edited)%n", seeded, edits);
                }
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

                Random asking = new Random(1000 + stage);
                List<String> fresh = new ArrayList<>();
                while (fresh.size() < queries) {
                    String idea = idea(asking);
                    if (asked.add(idea)) {
                        fresh.add(idea);
                    }
                }
                if (stage == 0) {
                    // warm-up on throwaway ideas so the JIT has compiled the path before anything is timed
                    Random warm = new Random(7);
                    for (int i = 0; i < 300; i++) {
                        String idea = idea(warm);
                        asked.add(idea);
                        suggest.handle(UserId.LOCAL, idea, 3);
                    }
                }
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("records", seeded);
                report.put("edits", edits);
                report.put("seedSeconds", BenchMath.round(seedSeconds));
                List<String> generateIdeas = fresh.subList(0, Math.min(100, fresh.size()));
                // the check() calls make a wrong cached flag fail the run instead of skewing its figures
                report.put("suggestUncached", time(fresh, idea -> check(suggest.handle(UserId.LOCAL, idea, 3).cached(), false)));
                report.put("suggestCached", time(fresh, idea -> check(suggest.handle(UserId.LOCAL, idea, 3).cached(), true)));
                report.put("generateUncached", time(generateIdeas,
                        idea -> check(generate.handle(UserId.LOCAL, new GeneratePromptCommand(idea, false)).cached(), false)));
                report.put("generateCached", time(generateIdeas,
                        idea -> check(generate.handle(UserId.LOCAL, new GeneratePromptCommand(idea, false)).cached(), true)));
                report.put("dataMegabytes", BenchMath.round(scratch.bytes() / 1e6));
                stages.add(report);
                progress.println("measured at " + seeded + ": " + report);
            }
        }
        double firstP95 = p95(stages.get(0));
        double lastP95 = p95(stages.get(stages.size() - 1));
        double recordGrowth = (double) sizes[sizes.length - 1] / sizes[0];
        double latencyGrowth = lastP95 / firstP95;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "suggestions");
        report.put("store", "embedded Mongo (H2 file backend) + redis-server, loopback");
        report.put("queriesPerStage", queries);
        report.put("stages", stages);
        report.put("growth", Map.of("records", recordGrowth, "suggestP95Uncached", BenchMath.round(latencyGrowth)));
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("suggestP95UncachedMsAtLargest", P95_TARGET_MS);
        targets.put("maxLatencyGrowthFor100xRecords", MAX_GROWTH);
        report.put("targets", targets);
        // the growth rule is stated for 100x records; the quick run (10x) is held to the same ratio
        report.put("pass", lastP95 <= P95_TARGET_MS && latencyGrowth <= MAX_GROWTH);
        return report;
    }

    private static final String[][] EDIT_TERMS = {{"golden retriever"}, {"dramatic lighting"}, {"shallow depth of field"},
            {"soft focus"}, {"pastel colors"}, {"35mm film look"}};

    private static double p95(Map<String, Object> stage) {
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) stage.get("suggestUncached");
        return (double) timing.get("p95Ms");
    }

    private static void check(boolean cached, boolean expected) {
        if (cached != expected) {
            throw new IllegalStateException("expected cached=" + expected + " but was " + cached);
        }
    }

    private static Map<String, Object> time(List<String> ideas, Consumer<String> call) {
        long[] nanos = new long[ideas.size()];
        for (int i = 0; i < ideas.size(); i++) {
            long t = System.nanoTime();
            call.accept(ideas.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", nanos.length);
        out.put("p50Ms", BenchMath.round(nanos[nanos.length / 2] / 1e6));
        out.put("p95Ms", BenchMath.round(nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6));
        out.put("p99Ms", BenchMath.round(nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6));
        out.put("maxMs", BenchMath.round(nanos[nanos.length - 1] / 1e6));
        return out;
    }

}
