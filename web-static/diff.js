// Word diffs drawn into the page: the text with deletions struck through and insertions underlined
// (marked by line and by colour, never by colour alone).

import { element, clear } from "./dom.js";

/** Words and single punctuation marks, as the server's WordDiff splits them. */
export function tokens(text) {
  return text.match(/[\p{L}\p{N}\p{Mn}]+(?:['’-][\p{L}\p{N}\p{Mn}]+)*|[^\s\p{L}\p{N}]/gu) || [];
}

function appendToken(box, token, kind) {
  const glue = /^[.,;:!?)\]}%]$/.test(token);
  if (box.childNodes.length > 0 && !glue) box.appendChild(document.createTextNode(" "));
  box.appendChild(kind ? element(kind, null, token) : document.createTextNode(token));
}

/** {@code text} with the word ops of a diff from it drawn in. */
export function drawOps(box, text, wordOps) {
  clear(box);
  const original = tokens(text);
  const ops = [...(wordOps || [])].sort((a, b) => a.position - b.position);
  let i = 0;
  for (const op of ops) {
    for (; i < op.position && i < original.length; i++) appendToken(box, original[i]);
    for (const token of op.before || []) appendToken(box, token, "del");
    for (const token of op.after || []) appendToken(box, token, "ins");
    i = op.position + (op.before || []).length;
  }
  for (; i < original.length; i++) appendToken(box, original[i]);
}
