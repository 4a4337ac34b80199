// Similar past requests and the history list: what the person made before, and what several people settled on.

import { t, lang } from "./i18n.js";
import { $, clear, element, button } from "./dom.js";
import { api, ApiError } from "./api.js";
import { isOffline } from "./health.js";
import { state } from "./state.js";

const view = { suggestions: null, history: null, historyFailed: false, signedOut: false };
let use = () => {};
let open = () => {};

/** {@code onUse(prompt)} when a suggestion is taken, {@code onOpen(id)} when a history item is opened. */
export function initLists(onUse, onOpen) {
  use = onUse;
  open = onOpen;
}

/** Forgets what was listed (after signing out). */
export function forgetLists() {
  Object.assign(view, { suggestions: null, history: null });
  renderSuggestions();
}

export async function loadSuggestions(concept) {
  try {
    const { body } = await api("GET", `/api/suggestions?limit=3&concept=${encodeURIComponent(concept)}`);
    view.suggestions = body.suggestions || [];
  } catch {
    view.suggestions = null; // suggestions are a help, not a must: the page works without them
  }
  renderSuggestions();
}

export function renderSuggestions() {
  const list = $("suggestions");
  clear(list);
  const empty = $("suggestions-empty");
  if (view.suggestions === null) {
    empty.textContent = t().suggestionsEmpty;
    empty.hidden = false;
    return;
  }
  const own = state.generation ? state.generation.id : null;
  const items = view.suggestions.filter((s) => s.promptId !== own);
  empty.hidden = items.length > 0;
  empty.textContent = items.length > 0 ? "" : t().noSuggestions;
  for (const s of items) {
    const li = element("li", "item");
    const head = element("div", "item-head");
    // another person's idea is never shown: only words several people settled on
    head.appendChild(element("span", "item-title", s.own ? s.concept : t().settled(s.people)));
    head.appendChild(element("span", "badge info", t().similar(s.similarity)));
    if (s.own && s.editCount > 0) head.appendChild(element("span", "badge muted-badge", t().edits(s.editCount)));
    if (s.own && s.people > 1) head.appendChild(element("span", "badge muted-badge", t().samePeople(s.people)));
    li.appendChild(head);
    li.appendChild(element("p", "item-text", s.prompt));
    li.appendChild(button("quiet small", t().use, () => use(s.prompt)));
    list.appendChild(li);
  }
}

export async function loadHistory() {
  try {
    const { body } = await api("GET", "/api/history?limit=10");
    view.history = body.items || [];
    view.historyFailed = false;
    view.signedOut = false;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // signed out: nobody's history is shown
      Object.assign(view, { history: [], historyFailed: false, signedOut: true });
    } else {
      // what was listed stays listed: a failed call is not an empty history
      view.historyFailed = true;
    }
  }
  renderHistory();
}

export function renderHistory() {
  const list = $("history");
  const empty = $("history-empty");
  clear(list);
  const items = view.history || [];
  if (view.historyFailed) {
    empty.textContent = isOffline() ? t().historyOffline : t().historyFailed;
    empty.hidden = false;
  } else {
    empty.textContent = view.history === null ? t().loading : view.signedOut ? t().historySignIn : t().historyEmpty;
    empty.hidden = items.length > 0;
  }
  for (const item of items) {
    const li = element("li", "item");
    const openButton = element("button", "item-open");
    openButton.type = "button";
    openButton.appendChild(element("span", "item-title", item.concept));
    openButton.appendChild(element("span", "item-text", item.currentPrompt));
    const meta = element("span", "item-meta", new Date(item.createdAt).toLocaleString(lang()));
    if ((item.edits || []).length > 0) meta.textContent += ` · ${t().edits(item.edits.length)}`;
    openButton.appendChild(meta);
    openButton.addEventListener("click", () => open(item.id));
    li.appendChild(openButton);
    list.appendChild(li);
  }
}
