// What the API takes, in characters (code points after NFC): the API's InputLimit table. LimitTableTest fails
// when this file, the README's limit table and the API disagree, so the counters say what the API will take.

export const LIMITS = Object.freeze({
  concept: 500,
  prompt: 2000,
  negative: 500,
  message: 200,
  note: 500,
  label: 32,
});

/** Characters as the API counts them. */
export function charCount(text) {
  return [...String(text).normalize("NFC")].length;
}
