package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the lexicon concepts in a request, in input order: Korean through morphological analysis
 * (compounds whole first, stems as lemmas, noun+하다 verbs, plural 들), English through phrase
 * matching with lemmatization, mixed input by handing the Latin runs of Korean text to the English side.
 * Unknown Korean proper nouns become romanized names; nothing Hangul ever leaves this class.
 */
final class ConceptExtractor {

    private static final Set<String> ENGLISH_STOPWORDS = Set.of("a", "an", "the", "i", "in", "on", "at", "of",
            "and", "with", "to", "for", "from", "by", "it", "its", "is", "are", "this", "that", "my", "me", "make",
            "show", "create", "video", "please", "some", "very", "into", "over", "under", "can", "could", "you",
            "your", "i'm", "maybe", "really", "so", "looks", "like", "want", "would", "should", "just", "then",
            "there", "here", "we", "our", "they", "them", "something", "thing", "kind", "sort", "also", "too");

    /** What was found: mentions in input order, plus the input words that matched nothing. */
    record Extraction(List<Mention> mentions, List<String> unknown, Set<String> lemmas) {
    }

    /** A lookup to resolve once every lemma of the request is known (for sense rules). */
    private record Candidate(List<String> keys, String words, int start, boolean plural, boolean nameIfUnknown,
                             String nameSurface, Optional<String> locative, String previousNoun, boolean object) {

        Candidate(List<String> keys, String words, int start, boolean plural, boolean nameIfUnknown,
                  String nameSurface) {
            this(keys, words, start, plural, nameIfUnknown, nameSurface, Optional.empty(), null, false);
        }
    }

    /** Korean location nouns and the English preposition they make of the noun before them. */
    private static final Map<String, String> LOCATIVES = Map.ofEntries(Map.entry("위", "over"),
            Map.entry("아래", "under"), Map.entry("밑", "under"), Map.entry("앞", "in front of"),
            Map.entry("뒤", "behind"), Map.entry("옆", "beside"), Map.entry("안", "inside"), Map.entry("속", "inside"),
            Map.entry("사이", "among"), Map.entry("너머", "beyond"), Map.entry("주변", "around"),
            Map.entry("근처", "near"));
    /** Beings whose 눈 is an eye, not snow (고양이 눈). */
    private static final Set<String> BEING_KINDS = Set.of("person", "animal", "creature");

    private final Lexicon lexicon;
    private final KoreanMorphology morphology;
    private final SenseRules senses;

    ConceptExtractor(Lexicon lexicon, KoreanMorphology morphology, SenseRules senses) {
        this.lexicon = lexicon;
        this.morphology = morphology;
        this.senses = senses;
    }

    Extraction extract(String text) {
        List<Candidate> candidates = new ArrayList<>();
        List<Mention> english = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (Hangul.containsHangul(text)) {
            korean(text, morphology.analyze(text), candidates, english, unknown);
        } else {
            englishMentions(text, 0, english, unknown);
        }
        Set<String> lemmas = new HashSet<>();
        for (Candidate candidate : candidates) {
            lemmas.addAll(candidate.keys());
        }
        for (Mention mention : english) {
            lemmas.add(mention.words().toLowerCase(Locale.ROOT));
        }
        List<Mention> mentions = new ArrayList<>(english);
        for (Candidate candidate : candidates) {
            resolve(candidate, lemmas).ifPresentOrElse(mentions::add, () -> {
                if (candidate.nameIfUnknown()) {
                    mentions.add(name(candidate.nameSurface(), candidate.words(), candidate.start()));
                } else {
                    unknown.add(candidate.words());
                }
            });
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Extraction(dedupe(mentions), List.copyOf(unknown), lemmas);
    }

    private Optional<Mention> resolve(Candidate candidate, Set<String> lemmas) {
        if (candidate.keys().get(0).equals("눈") && candidate.previousNoun() != null
                && lexicon.korean(candidate.previousNoun()).map(c -> BEING_KINDS.contains(c.kind())).orElse(false)) {
            Optional<Concept> eye = lexicon.byId("body.eye");
            if (eye.isPresent()) {
                return Optional.of(new Mention(eye.get(), candidate.words(), candidate.start(), false));
            }
        }
        for (String key : candidate.keys()) {
            Optional<Concept> concept = senses.isAmbiguous(key)
                    ? senses.choose(key, lemmas).flatMap(lexicon::byId)
                    : lexicon.korean(key);
            if (concept.isPresent()) {
                return Optional.of(new Mention(concept.get(), candidate.words(), candidate.start(), candidate.plural(),
                        candidate.locative(), candidate.object()));
            }
        }
        return Optional.empty();
    }

    private void korean(String text, List<Morpheme> morphemes, List<Candidate> out, List<Mention> english,
                        List<String> unknown) {
        int i = 0;
        while (i < morphemes.size()) {
            Morpheme m = morphemes.get(i);
            Morpheme next = i + 1 < morphemes.size() ? morphemes.get(i + 1) : null;
            boolean spaceBefore = i > 0 && m.start() > morphemes.get(i - 1).end();
            boolean spaceAfter = next == null || next.start() > m.end();
            if (m.tag() == MorphemeTag.NOUN_SUFFIX && spaceBefore || m.tag() == MorphemeTag.PREFIX && spaceAfter) {
                // an affix standing alone is a word of its own (용이 성 -> 성, not 용이성; "비 오는" -> 비, not 비-)
                m = new Morpheme(m.form(), MorphemeTag.NOUN, m.start(), m.end(), m.parts());
            }
            int consumed = numberPhrase(morphemes, i, english);
            if (consumed > 0) {
                i += consumed;
                continue;
            }
            switch (m.tag()) {
                case PRONOUN -> {
                    // 나는 after other words is "flying" (새가 나는 하늘); at the start it is "I"
                    boolean emerging = false;
                    for (int back = Math.max(0, i - 4); back < i; back++) {
                        emerging |= EMERGING.contains(morphemes.get(back).form());
                    }
                    if (m.form().equals("나") && i > 0 && next != null && next.form().equals("는") && !emerging) {
                        out.add(new Candidate(List.of("날다"), "나는", m.start(), false, false, null));
                    }
                }
                case NOUN, PROPER_NOUN -> {
                    boolean plural = next != null && next.tag() == MorphemeTag.NOUN_SUFFIX && next.form().equals("들");
                    List<String> keys = new ArrayList<>();
                    if (next != null && (next.tag() == MorphemeTag.VERB_SUFFIX
                            || next.tag() == MorphemeTag.ADJECTIVE_SUFFIX)) {
                        keys.add(m.form() + next.form() + "다");
                    }
                    keys.add(m.form());
                    if (!m.parts().isEmpty() && lexiconMisses(keys)) {
                        compoundParts(m, out);
                        i++;
                        continue;
                    }
                    keys.addAll(withoutTrailingParticle(m.form()));
                    boolean nameable = m.tag() == MorphemeTag.PROPER_NOUN || isToponym(m);
                    out.add(new Candidate(keys, m.form(), m.start(), plural, nameable, m.form(),
                            locativeAfter(morphemes, i), previousNoun(morphemes, i), objectParticleAfter(morphemes, i)));
                }
                case VERB, ADJECTIVE -> out.add(new Candidate(List.of(m.form() + "다"), m.form() + "다", m.start(),
                        false, false, null));
                case ADVERB, DETERMINER -> out.add(new Candidate(List.of(m.form()), m.form(), m.start(), false,
                        false, null));
                case FOREIGN, NUMBER -> {
                    int j = i;
                    while (j + 1 < morphemes.size() && isLatinRun(morphemes.get(j + 1))) {
                        j++;
                    }
                    if (m.tag() == MorphemeTag.NUMBER && (j == i || morphemes.get(i + 1).start() != m.end())) {
                        i++;
                        continue; // a number on its own carries no concept
                    }
                    int start = m.start();
                    int end = morphemes.get(j).end();
                    englishMentions(text.substring(start, end), start, english, unknown);
                    i = j + 1;
                    continue;
                }
                default -> {
                    // particles, endings, suffixes, numbers: carry no concept
                }
            }
            i++;
        }
    }

    /** Syllables Korean place names end in (해운대, 광안리, 명동, 불국사, 성산일출봉): worth romanizing. */
    private static final Set<String> TOPONYM_ENDINGS = Set.of("대", "리", "동", "시", "군", "구", "도", "읍", "면", "산",
            "강", "섬", "봉", "사", "궁", "역", "항", "포", "천", "호", "로", "길", "문", "성", "령", "해변", "해수욕장");
    /** Particles Nori sometimes leaves glued to an unknown noun (용이 = 용 + 이). */
    private static final List<String> PARTICLES = List.of("이", "가", "을", "를", "은", "는", "의", "에", "도", "와", "과",
            "로", "랑");

    /** Common compounds that happen to end like place names (시간대 is "time of day", not a town). */
    private static final Set<String> NOT_TOPONYMS = Set.of("시간대", "시대", "세대", "연대", "지대", "무대", "침대", "대도시",
            "시골길", "산책로", "도로", "고속도로", "사이", "주변");
    /** 김이 나는, 연기가 나는: 나다 (to come out), not 날다 (to fly). */
    private static final Set<String> EMERGING = Set.of("김", "연기", "냄새", "소리", "빛", "땀", "눈물", "불", "열", "향", "싹",
            "꽃", "잎");

    private static boolean isToponym(Morpheme noun) {
        String form = noun.form();
        if (noun.parts().isEmpty() || form.length() < 2 || NOT_TOPONYMS.contains(form)) {
            return false;
        }
        for (String ending : TOPONYM_ENDINGS) {
            if (form.endsWith(ending) && form.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> withoutTrailingParticle(String noun) {
        List<String> keys = new ArrayList<>();
        for (String particle : PARTICLES) {
            if (noun.length() > particle.length() && noun.endsWith(particle)) {
                keys.add(noun.substring(0, noun.length() - particle.length()));
            }
        }
        return keys;
    }

    /**
     * Numbers that read as one idea: 1950년대 -> "1950s era look", 360도 -> "360-degree rotating view"
     * (Nori reads 360도로 as 360 + 도로, "road"). Returns how many morphemes were used.
     */
    private static int numberPhrase(List<Morpheme> morphemes, int i, List<Mention> out) {
        Morpheme number = morphemes.get(i);
        if (number.tag() != MorphemeTag.NUMBER || i + 1 >= morphemes.size()) {
            return 0;
        }
        Morpheme next = morphemes.get(i + 1);
        if (next.start() != number.end()) {
            return 0;
        }
        if (next.form().equals("년") && i + 2 < morphemes.size() && morphemes.get(i + 2).form().startsWith("대")
                && number.form().matches("1[89]\\d0|20[0-2]0")) {
            out.add(new Mention(synthetic("style.era" + number.form(), Slot.STYLE,
                    number.form() + "s era look"), number.form() + "년대", number.start(), false));
            return 3;
        }
        if (next.form().equals("인칭") && number.form().matches("[13]")) {
            String view = number.form().equals("1") ? "first-person POV shot" : "third-person view";
            out.add(new Mention(synthetic("shot.person" + number.form(), Slot.SHOT, view), number.form() + "인칭",
                    number.start(), false));
            return 2;
        }
        if (next.form().equals("대") && number.form().equals("10")) {
            // 10대 소년 = a teenage boy; 10대 alone = a teenager
            boolean nounFollows = i + 2 < morphemes.size() && morphemes.get(i + 2).tag().isNoun();
            Concept teen = nounFollows ? synthetic("mod.teenage", Slot.MODIFIER, "teenage")
                    : new Concept("person.teenager", Slot.SUBJECT, "teenager", List.of(), List.of(), "people",
                            Map.of("kind", "person"));
            out.add(new Mention(teen, "10대", number.start(), false));
            return 2;
        }
        if (next.form().startsWith("도") && number.form().matches("180|360|720")) {
            out.add(new Mention(synthetic("move.rotate" + number.form(), Slot.MOVEMENT,
                    number.form() + "-degree rotating view"), number.form() + "도", number.start(), false));
            return 2;
        }
        return 0;
    }

    private static Concept synthetic(String id, Slot slot, String english) {
        return new Concept(id, slot, english, List.of(), List.of(), "-", Map.of());
    }

    /** 성 위를 -> "over": the location noun may follow directly or after 의. */
    private static Optional<String> locativeAfter(List<Morpheme> morphemes, int i) {
        for (int j = i + 1; j < morphemes.size() && j <= i + 2; j++) {
            Morpheme m = morphemes.get(j);
            String prep = LOCATIVES.get(m.form());
            if (prep != null && m.tag().isNoun()) {
                return Optional.of(prep);
            }
            if (!(m.tag() == MorphemeTag.PARTICLE && m.form().equals("의"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** 김치를 담그는: a noun marked with 을/를 (after an optional plural 들) is the object of the verb. */
    private static boolean objectParticleAfter(List<Morpheme> morphemes, int i) {
        for (int j = i + 1; j < morphemes.size() && j <= i + 2; j++) {
            Morpheme m = morphemes.get(j);
            if (m.tag() == MorphemeTag.PARTICLE) {
                return m.form().equals("을") || m.form().equals("를");
            }
            if (!(m.tag() == MorphemeTag.NOUN_SUFFIX && m.form().equals("들"))) {
                return false;
            }
        }
        return false;
    }

    private static String previousNoun(List<Morpheme> morphemes, int i) {
        if (i == 0) {
            return null;
        }
        Morpheme previous = morphemes.get(i - 1);
        return previous.tag().isNoun() ? previous.form() : null;
    }

    private static boolean isLatinRun(Morpheme m) {
        return m.tag() == MorphemeTag.FOREIGN || m.tag() == MorphemeTag.NUMBER;
    }

    private boolean lexiconMisses(List<String> keys) {
        return keys.stream().noneMatch(k -> lexicon.korean(k).isPresent() || senses.isAmbiguous(k));
    }

    /**
     * A compound the lexicon does not know as a whole: its known parts count on their own (밤하늘 ->
     * night + sky); if none is known it is a name (해운대 -> Haeundae).
     */
    private void compoundParts(Morpheme compound, List<Candidate> out) {
        List<Candidate> known = new ArrayList<>();
        for (Morpheme part : compound.parts()) {
            if (!lexiconMisses(List.of(part.form()))) {
                known.add(new Candidate(List.of(part.form()), part.form(), compound.start(), false, false, null));
            }
        }
        if (known.isEmpty()) {
            out.add(new Candidate(List.of(compound.form()), compound.form(), compound.start(), false,
                    compound.tag() == MorphemeTag.PROPER_NOUN || isToponym(compound), compound.form()));
        } else {
            out.addAll(known);
        }
    }

    private void englishMentions(String text, int offset, List<Mention> out, List<String> unknown) {
        List<EnglishText.Word> words = EnglishText.words(text);
        int i = 0;
        int lastActionEnd = -1;
        while (i < words.size()) {
            Optional<Mention> match = Optional.empty();
            int length = Math.min(lexicon.longestEnglishPhrase(), words.size() - i);
            for (int n = length; n >= 1 && match.isEmpty(); n--) {
                match = englishPhrase(words.subList(i, i + n), offset);
                if (match.isPresent()) {
                    Mention found = match.get().withLocative(prepositionBefore(words, i));
                    // "catching a frisbee": a noun right after a verb is its object
                    if (found.concept().slot() == Slot.SUBJECT && !out.isEmpty() && lastActionEnd == i
                            - determinersBefore(words, i)) {
                        found = found.asObject();
                    }
                    out.add(found);
                    i += n;
                    lastActionEnd = found.concept().slot() == Slot.ACTION ? i : -1;
                }
            }
            if (match.isPresent()) {
                continue;
            }
            EnglishText.Word word = words.get(i);
            if (!ENGLISH_STOPWORDS.contains(word.lower())) {
                boolean sentenceStart = i == 0 || endsSentence(text, words.get(i - 1).end(), word.start());
                if (word.capitalized() && !sentenceStart && word.lower().length() > 2) {
                    out.add(name(word.original(), word.original(), offset + word.start()));
                } else {
                    unknown.add(word.original());
                }
            }
            if (!DETERMINERS.contains(word.lower())) {
                lastActionEnd = -1;
            }
            i++;
        }
    }

    private static int determinersBefore(List<EnglishText.Word> words, int i) {
        int count = 0;
        for (int j = i - 1; j >= 0 && DETERMINERS.contains(words.get(j).lower()); j--) {
            count++;
        }
        return count;
    }

    private static final Set<String> PREPOSITIONS = Set.of("over", "above", "under", "below", "beneath", "behind",
            "beside", "near", "around", "through", "across", "inside", "into", "past", "along", "on", "in", "at",
            "onto", "toward", "towards", "by", "between", "among", "from");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "his", "her", "their", "some",
            "its", "our");

    /** "flying over a castle" -> "over": the preposition before a noun phrase, skipping determiners. */
    private static Optional<String> prepositionBefore(List<EnglishText.Word> words, int i) {
        int j = i - 1;
        while (j >= 0 && DETERMINERS.contains(words.get(j).lower())) {
            j--;
        }
        if (j >= 0 && j < i && PREPOSITIONS.contains(words.get(j).lower())) {
            return Optional.of(words.get(j).lower());
        }
        return Optional.empty();
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    private Optional<Mention> englishPhrase(List<EnglishText.Word> words, int offset) {
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < words.size() - 1; k++) {
            prefix.append(words.get(k).lower()).append(' ');
        }
        EnglishText.Word last = words.get(words.size() - 1);
        String original = words.size() == 1 ? last.original()
                : String.join(" ", words.stream().map(EnglishText.Word::original).toList());
        int start = offset + words.get(0).start();
        for (String lemma : EnglishText.lemmaCandidates(last.lower())) {
            if (words.size() == 1 && ENGLISH_STOPWORDS.contains(lemma)) {
                continue;
            }
            Optional<Concept> concept = lexicon.englishPhrase(prefix + lemma);
            boolean adjectiveY = last.lower().endsWith("y") && !lemma.endsWith("y");
            if (concept.isPresent() && adjectiveY
                    && (concept.get().slot() == Slot.SUBJECT || concept.get().slot() == Slot.ACTION)) {
                continue; // busy is not a bus, rosy not a rose
            }
            if (concept.isPresent()) {
                boolean plural = !lemma.equals(last.lower()) && last.lower().endsWith("s")
                        || last.lower().equals(concept.get().attributes().get("plural"));
                return Optional.of(new Mention(concept.get(), original, start, plural));
            }
        }
        return Optional.empty();
    }

    private static Mention name(String surface, String words, int start) {
        String romanized = Hangul.containsHangul(surface) ? Romanizer.romanize(surface) : surface;
        Concept concept = new Concept("name." + romanized.toLowerCase(Locale.ROOT).replace(' ', '_'), Slot.PLACE,
                romanized, List.of(), List.of(), "-", Map.of("name", "1", "prep", "in"));
        return new Mention(concept, words, start, false);
    }

    /** One mention per concept, the first; a later plural mention makes it plural. */
    private static List<Mention> dedupe(List<Mention> mentions) {
        Map<String, Mention> byId = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Mention seen = byId.get(mention.concept().id());
            if (seen == null) {
                byId.put(mention.concept().id(), mention);
            } else if (mention.plural() && !seen.plural()) {
                byId.put(mention.concept().id(), seen.withPlural());
            }
        }
        return List.copyOf(byId.values());
    }
}
