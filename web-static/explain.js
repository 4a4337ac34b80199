// Why each part of the prompt is there, in plain words: no concept ids, rule names or scope keys reach people.

import { t } from "./i18n.js";

/** The words of the idea that named a concept, as the person typed them. */
function wordsFor(conceptId, generation) {
  const entry = (generation.trace || []).find((e) => e.source === "input" && e.conceptId === conceptId);
  return entry ? entry.from : null;
}

function subjectOf(generation) {
  const entry = (generation.trace || []).find((e) => e.relation === "subject" || e.slot === "subject");
  return entry ? entry.term : null;
}

export function categoryName(category) {
  return t().categories[category] || t().categories.other;
}

/** "chosen because the idea is about vehicles", "from your words “눈”" ... */
export function traceReason(entry, generation) {
  const x = t().trace;
  switch (entry.source) {
    case "input":
      return x.input(entry.from);
    case "negated":
      return x.negated(entry.from);
    case "learned":
      return x.learned;
    case "rule":
      return x.rule;
    case "dropped":
      return x.dropped(dropReason(entry.from));
    case "default":
      return defaultReason(entry.from || "", generation);
    default:
      return x.usual;
  }
}

function defaultReason(from, generation) {
  const x = t().trace;
  if (from === "default:subject-setting") {
    const subject = subjectOf(generation);
    return subject ? x.settingFor(subject) : x.usual;
  }
  if (from === "default:implicit-subject") return x.implicitSubject;
  const named = /^default:([a-z]+)\./.exec(from);
  if (named && named[1] !== "any" && t().categories[named[1]]) return x.becauseCategory(categoryName(named[1]));
  return x.usual;
}

function dropReason(why) {
  const x = t().trace.drop;
  const text = String(why || "");
  if (text.startsWith("more than")) return x.tooMany;
  if (text === "slot already full") return x.full;
  if (text === "describes nothing in the idea") return x.nothing;
  if (text === "prompt length limit") return x.length;
  if (text === "already in the prompt") return x.duplicate;
  if (text.startsWith("said by")) return x.said;
  return x.other;
}

/** Whose edits a learned term comes from: "ideas with “at night”", "ideas about vehicles". */
function scopeWords(scope, generation) {
  const x = t().learned;
  const [kind, value] = String(scope || "").split(/:(.*)/s);
  if (kind === "key") {
    const words = wordsFor(value, generation);
    if (words) return x.ideasWith(words);
  }
  if (kind === "category" && t().categories[value]) return x.ideasAbout(categoryName(value));
  return x.similarIdeas;
}

/** "added “golden retriever” by 3 people who edited ideas with “강아지”" or "... from your own edits". */
export function learnedReason(edit, generation) {
  const x = t().learned;
  if (edit.personal) return edit.op === "add" ? x.addedByYou(edit.term) : x.removedByYou(edit.term);
  const scope = scopeWords(edit.scope, generation);
  return edit.op === "add" ? x.addedByPeople(edit.term, edit.support, scope) : x.removedByPeople(edit.term, edit.support, scope);
}

/** The prompt without a learned term (for "undo" of an added one), or with it back (of a removed one). */
export function undoLearned(text, edit) {
  if (edit.op === "add") {
    const escaped = edit.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const withComma = new RegExp(`(,\\s*${escaped}(?=\\s*(,|$))|${escaped}\\s*,\\s*)`, "i");
    if (withComma.test(text)) return text.replace(withComma, "").trim();
    return text.replace(new RegExp(escaped, "i"), "").replace(/\s{2,}/g, " ").trim();
  }
  return `${text.replace(/\s+$/, "")}, ${edit.term}`;
}
