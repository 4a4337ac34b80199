package dev.videoagent.core.engine.prompt.analysis;

/** What a noun phrase is to the predicate it belongs to, as its particle or preposition says. */
enum Role {
    SUBJECT, OBJECT, PLACE, GOAL, INSTRUMENT, SOURCE, COMPANION, BARE, OTHER;

    /** The role a Korean particle marks (function-words.tsv values). */
    static Role ofKoreanParticle(String value) {
        return switch (value) {
            case "subject", "topic" -> SUBJECT;
            case "also", "only" -> BARE; // 도/만 replace either case: the verb decides
            case "object" -> OBJECT;
            case "at", "in" -> PLACE;
            case "to" -> GOAL;
            case "by" -> INSTRUMENT;
            case "from", "until" -> SOURCE;
            default -> OTHER;
        };
    }
}
