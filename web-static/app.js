// Video Prompt Agent page: idea -> prompt -> edit with live diff -> versions -> render -> watch.
// Everything that comes from a person or the server is rendered with textContent, never as HTML.

import { t, lang, setLanguage } from "./i18n.js";
import { startAuth, signInRequired, currentUser, signIn, signOut } from "./auth.js";
import { $, clear, element, button, busy, say, sayAgain } from "./dom.js";
import { api, ApiError, explain } from "./api.js";
import { LIMITS, charCount } from "./limits.js";
import { startHealth, showHealth } from "./health.js";
import { initLists, forgetLists, loadSuggestions, renderSuggestions, loadHistory, renderHistory } from "./lists.js";
import { traceReason, learnedReason, undoLearned } from "./explain.js";
import { drawOps } from "./diff.js";
import { state, editorIsSaved } from "./state.js";
import { initVersions, loadVersions, renderVersions } from "./versions.js";
import { initRender, resetRender, showRender, showLatestRender, resumeActiveRender } from "./render.js";

const SHARE = /^#p\/([0-9a-hjkmnp-tv-z]{26})$/;

function showError(id, error) {
  const el = $(id);
  el.hidden = !error;
  say(el, error ? () => (typeof error === "function" ? error() : explain(error)) : null);
}

// ---- language ------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = lang();
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const value = t()[el.dataset.i18n];
    if (typeof value === "string") el.textContent = value;
  }
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) {
    const value = t()[el.dataset.i18nPlaceholder];
    if (typeof value === "string") el.setAttribute("placeholder", value);
  }
  for (const b of document.querySelectorAll(".lang")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang()));
  $("toggle-json").textContent = state.jsonOpen ? t().hideJson : t().showJson;
  fillDurations();
  showCounters();
  showHealth();
  if (state.generation) showGeneration(state.generation);
  renderDiff(state.lastDiff);
  renderVersions();
  showRender();
  renderSuggestions();
  renderHistory();
  sayAgain();
}

function fillDurations() {
  const select = $("duration");
  const current = select.value || "10";
  clear(select);
  for (let s = 5; s <= 15; s++) {
    const option = element("option", null, t().seconds(s));
    option.value = String(s);
    select.appendChild(option);
  }
  select.value = current;
}

// ---- limits: counters that say what the API takes ----------------------------------------------

const COUNTED = [["concept", "concept-count", LIMITS.concept, (v) => v.trim()],
  ["prompt-editor", "prompt-count", LIMITS.prompt, (v) => v.trim()],
  ["edit-message", "message-count", LIMITS.message, (v) => v.trim()]];

function showCounters() {
  for (const [field, counter, limit, value] of COUNTED) {
    const n = charCount(value($(field).value));
    const over = n > limit;
    const el = $(counter);
    el.textContent = over ? t().overLimit(n, limit) : t().count(n, limit);
    el.classList.toggle("over", over);
    // quiet until it matters: the message row's counter shows only near its limit
    el.hidden = field === "edit-message" && n < limit * 0.8;
    $(field).setAttribute("aria-invalid", String(over));
  }
}

function overLimit(field, limit) {
  return charCount($(field).value.trim()) > limit;
}

// ---- generate ------------------------------------------------------------------------------

/** The examples are in the page from the start (no shift when the script runs); a click puts one in the box. */
function fillExamples() {
  for (const chip of document.querySelectorAll("#examples .chip")) {
    chip.addEventListener("click", () => {
      $("concept").value = chip.textContent;
      showCounters();
      $("concept").focus();
    });
  }
}

async function generate(event) {
  event.preventDefault();
  const concept = $("concept").value.trim();
  showError("generate-error", null);
  if (!concept) {
    showError("generate-error", () => t().errors.emptyIdea);
    $("concept").focus();
    return;
  }
  if (overLimit("concept", LIMITS.concept)) {
    showError("generate-error", () => t().errors.tooLong(t().fields.concept, LIMITS.concept, charCount(concept)));
    $("concept").focus();
    return;
  }
  const b = $("generate");
  busy(b, true);
  say($("generate-status"), () => t().generating);
  try {
    const target = $("target").value;
    const request = target && target !== "generic" ? { concept, options: { target } } : { concept };
    const { body } = await api("POST", "/api/prompts", request);
    open(body, body.prompt, 0);
    say($("generate-status"), () => t().generated);
    // the person's next step is the prompt: bring it into view and into the keyboard's reach
    $("prompt-card").scrollIntoView({ block: "start" });
    $("prompt-editor").focus({ preventScroll: true });
    loadVersions().catch(() => {});
    loadSuggestions(concept);
    loadHistory();
  } catch (error) {
    say($("generate-status"), null);
    showError("generate-error", error);
  } finally {
    busy(b, false);
  }
}

/** Shows a prompt to work on: as generated, or reopened at its latest version. */
function open(generation, text, version) {
  state.generation = generation;
  state.baseline = text;
  state.baseVersion = version;
  state.versions = null;
  state.lastDiff = null;
  $("prompt-editor").value = text;
  $("edit-message").value = "";
  say($("edit-status"), null);
  showError("edit-error", null);
  $("versions-card").hidden = true;
  resetRender();
  renderDiff(null);
  showGeneration(generation);
  showCounters();
  updateEditButtons();
  if (generation.id && location.hash !== `#p/${generation.id}`) history.replaceState(null, "", `#p/${generation.id}`);
}

function showGeneration(g) {
  $("prompt-card").hidden = false;
  $("render-card").hidden = false;
  const badges = $("badges");
  clear(badges);
  if (g.category) badges.appendChild(element("span", "badge", t().categoryLabels[g.category] || t().categoryLabels.other));
  if (g.language) badges.appendChild(element("span", "badge muted-badge", t().languages[g.language] || g.language));
  if (g.cached) badges.appendChild(element("span", "badge info", t().fromCache));
  if (g.fromHistory) badges.appendChild(element("span", "badge info", t().fromHistory(g)));
  if (g.stored === false) badges.appendChild(element("span", "badge warn", t().notStored));

  const slots = $("slots");
  clear(slots);
  for (const [slot, values] of Object.entries(g.slots || {})) {
    for (const value of values || []) {
      const chip = element("span", "chip slot");
      chip.appendChild(element("span", "chip-key", t().slots[slot] || t().slots.other));
      chip.appendChild(element("span", "chip-value", value));
      slots.appendChild(chip);
    }
  }
  const trace = $("trace");
  clear(trace);
  for (const entry of g.trace || []) {
    const li = element("li");
    li.appendChild(element("span", "trace-term", entry.term));
    li.appendChild(element("span", "trace-from", traceReason(entry, g)));
    trace.appendChild(li);
  }
  $("negative").textContent = g.negativePrompt || "";
  $("copy-negative").hidden = !g.negativePrompt;
  renderUnrecognized(g);
  renderLearned(g);
}

function renderLearned(g) {
  const learned = g.learnedEdits || [];
  $("learned").hidden = learned.length === 0;
  const list = $("learned-list");
  clear(list);
  learned.forEach((edit, i) => {
    const li = element("li", "learned-item");
    li.appendChild(element("span", null, learnedReason(edit, g)));
    const undone = (g.undone || []).includes(i);
    const undo = button("quiet small", undone ? t().undone : t().undoLearned, () => {
      $("prompt-editor").value = undoLearned($("prompt-editor").value, edit);
      g.undone = [...(g.undone || []), i];
      onEdit();
      renderLearned(g);
      $("prompt-editor").focus();
    });
    undo.dataset.testid = "undo-learned";
    undo.disabled = undone;
    undo.setAttribute("aria-label", `${undone ? t().undone : t().undoLearned}: ${edit.term}`);
    li.appendChild(undo);
    list.appendChild(li);
  });
}

/** The words of the idea the engine did not understand, so the person can rephrase them. */
function renderUnrecognized(g) {
  const box = $("unrecognized");
  clear(box);
  const words = g.unrecognized || [];
  box.hidden = words.length === 0;
  if (words.length === 0) return;
  box.appendChild(element("span", null, t().unrecognized(Math.round((g.coverage ?? 1) * 100))));
  words.forEach((w, i) => {
    box.appendChild(document.createTextNode(i === 0 ? " " : ", "));
    box.appendChild(element("mark", null, w.text));
  });
  box.appendChild(document.createTextNode(". " + t().rephrase));
}

// ---- edit and live diff ----------------------------------------------------------------------

function updateEditButtons() {
  const changed = Boolean(state.generation) && !editorIsSaved();
  $("save-edit").disabled = !changed;
  $("revert-edit").disabled = !changed;
}

let diffTimer = null;
let diffRequest = 0;

function onEdit() {
  updateEditButtons();
  showCounters();
  clearTimeout(diffTimer);
  diffTimer = setTimeout(previewDiff, 250);
}

async function previewDiff() {
  const edited = $("prompt-editor").value;
  if (!state.generation || edited === state.baseline || !edited.trim()) {
    state.lastDiff = null;
    renderDiff(null);
    return;
  }
  if (overLimit("prompt-editor", LIMITS.prompt)) {
    showError("edit-error", () => t().errors.tooLong(t().fields.prompt, LIMITS.prompt, charCount(edited.trim())));
    return;
  }
  const request = ++diffRequest;
  try {
    const { body } = await api("POST", "/api/diffs?dryRun=true", {
      promptId: state.generation.id, original: state.baseline, edited,
    });
    if (request !== diffRequest) return; // a newer keystroke answered first
    state.lastDiff = { original: state.baseline, result: body };
    renderDiff(state.lastDiff);
    showError("edit-error", null);
  } catch (error) {
    if (request === diffRequest) showError("edit-error", error);
  }
}

function renderDiff(diff) {
  const box = $("diff-view");
  const json = $("diff-json");
  if (!diff) {
    clear(box);
    box.appendChild(element("span", "muted", t().noChanges));
    $("diff-stats").textContent = "";
    json.textContent = "";
    return;
  }
  drawOps(box, diff.original, diff.result.ops);
  $("diff-stats").textContent = diff.result.stats ? t().diffStats(diff.result.stats) : "";
  json.textContent = JSON.stringify({ ops: diff.result.ops, stats: diff.result.stats,
    slotChanges: diff.result.slotChanges }, null, 2);
}

function toggleJson() {
  state.jsonOpen = !state.jsonOpen;
  $("diff-json").hidden = !state.jsonOpen;
  $("toggle-json").setAttribute("aria-expanded", String(state.jsonOpen));
  $("toggle-json").textContent = state.jsonOpen ? t().hideJson : t().showJson;
}

async function saveEdit() {
  const edited = $("prompt-editor").value;
  if (!state.generation || edited === state.baseline) return;
  if (overLimit("prompt-editor", LIMITS.prompt) || overLimit("edit-message", LIMITS.message)) {
    const [field, limit, id] = overLimit("prompt-editor", LIMITS.prompt)
      ? ["prompt", LIMITS.prompt, "prompt-editor"] : ["message", LIMITS.message, "edit-message"];
    showError("edit-error", () => t().errors.tooLong(t().fields[field], limit, charCount($(id).value.trim())));
    return;
  }
  const b = $("save-edit");
  busy(b, true);
  // a preview still on its way must not redraw the diff or clear this save's message when it lands
  clearTimeout(diffTimer);
  diffRequest++;
  say($("edit-status"), () => t().saving);
  try {
    const { body } = await api("POST", "/api/diffs", {
      promptId: state.generation.id, baseVersion: state.baseVersion, original: state.baseline, edited,
      message: $("edit-message").value.trim() || undefined,
    });
    $("edit-message").value = "";
    state.baseline = edited;
    state.baseVersion = body.version;
    state.lastDiff = { original: body.original, result: body };
    renderDiff(state.lastDiff);
    say($("edit-status"), () => t().savedVersion(body.version));
    showError("edit-error", null);
    loadHistory();
    loadVersions().catch(() => {});
  } catch (error) {
    say($("edit-status"), null);
    if (error instanceof ApiError && error.status === 409 && error.detail.current) {
      // someone saved a newer version: show it, keep this edit in the editor to redo on top of it
      const current = error.detail.current;
      state.baseline = current.text;
      state.baseVersion = current.version;
      state.lastDiff = null;
      renderDiff(null);
      showError("edit-error", () => t().conflict(current.version, current.text));
      loadVersions().catch(() => {});
    } else {
      showError("edit-error", error);
    }
  } finally {
    busy(b, false);
    updateEditButtons();
    showCounters();
  }
}

function revertEdit() {
  $("prompt-editor").value = state.baseline;
  state.lastDiff = null;
  renderDiff(null);
  updateEditButtons();
  showCounters();
  $("prompt-editor").focus();
}

function restored(body, fromVersion) {
  $("edit-message").value = "";
  state.baseline = body.edited;
  state.baseVersion = body.version;
  $("prompt-editor").value = body.edited;
  state.lastDiff = null;
  renderDiff(null);
  updateEditButtons();
  showCounters();
  showError("edit-error", null);
  say($("edit-status"), () => t().restoredVersion(fromVersion, body.version));
  loadVersions().catch(() => {});
  loadHistory();
}

async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // without clipboard permission: the old way, from a selection
    const area = element("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  say($("edit-status"), status);
}

/** Reopens a saved prompt with everything it had: slots, trace, negative prompt, versions, its latest render. */
async function reopen(id) {
  showError("generate-error", null);
  try {
    const { body } = await api("GET", `/api/prompts/${encodeURIComponent(id)}`);
    const first = body.versions.find((v) => v.version === 0);
    const generation = { ...body, id, prompt: first ? first.text : body.currentPrompt, learnedEdits: [] };
    $("concept").value = body.concept;
    open(generation, body.currentPrompt, body.latestVersion);
    state.versions = body;
    renderVersions();
    say($("generate-status"), null);
    loadSuggestions(body.concept);
    showLatestRender(body);
    $("prompt-card").scrollIntoView({ block: "start" });
    $("prompt-editor").focus({ preventScroll: true });
  } catch (error) {
    showError("generate-error", error);
  }
}

function openFromLink() {
  const match = SHARE.exec(location.hash);
  if (match && (!state.generation || state.generation.id !== match[1])) reopen(match[1]);
}

// ---- start ----------------------------------------------------------------------------------------

/** After signing out nothing of that person's stays on the page. */
function closeWork() {
  Object.assign(state, { generation: null, baseline: "", baseVersion: 0, versions: null, lastDiff: null });
  forgetLists();
  resetRender();
  for (const id of ["prompt-card", "render-card", "versions-card"]) $(id).hidden = true;
  $("prompt-editor").value = "";
  $("concept").value = "";
  say($("generate-status"), null);
  showCounters();
  history.replaceState(null, "", location.pathname + location.search);
}

/** The header's account part: who is signed in and how to sign out, or the way to sign in. */
function showAccount() {
  const required = signInRequired();
  const user = currentUser();
  $("account").hidden = !required;
  $("account-name").textContent = user || "";
  $("sign-in").hidden = !required || Boolean(user);
  $("sign-out").hidden = !user;
}

async function init() {
  fillExamples();
  applyLanguage();
  await startAuth();
  showAccount();
  initVersions(restored);
  initLists((prompt) => {
    $("prompt-editor").value = prompt;
    onEdit();
    $("prompt-editor").focus();
  }, reopen);
  initRender();
  $("sign-in").addEventListener("click", signIn);
  $("sign-out").addEventListener("click", () => {
    signOut();
    showAccount();
    closeWork();
    loadHistory();
  });
  $("generate-form").addEventListener("submit", generate);
  $("concept").addEventListener("input", showCounters);
  $("concept").addEventListener("keydown", (e) => {
    // Ctrl/Cmd+Enter generates; Enter alone makes a new line
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("generate-form").requestSubmit();
  });
  $("prompt-editor").addEventListener("input", onEdit);
  $("edit-message").addEventListener("input", showCounters);
  $("save-edit").addEventListener("click", saveEdit);
  $("revert-edit").addEventListener("click", revertEdit);
  $("copy-prompt").addEventListener("click", () => copy($("prompt-editor").value, () => t().copied));
  $("copy-negative").addEventListener("click", () => copy(state.generation.negativePrompt || "", () => t().copiedNegative));
  $("copy-link").addEventListener("click", () => copy(location.href, () => t().copiedLink));
  $("toggle-json").addEventListener("click", toggleJson);
  $("refresh-history").addEventListener("click", loadHistory);
  document.addEventListener("render-rated", () => loadVersions().catch(() => {}));
  window.addEventListener("hashchange", openFromLink);
  for (const b of document.querySelectorAll(".lang")) {
    b.addEventListener("click", () => {
      setLanguage(b.dataset.lang);
      applyLanguage();
    });
  }
  startHealth(() => {
    // back after being unreachable: what failed meanwhile is asked again
    loadHistory();
    if (state.generation && !state.versions) loadVersions().catch(() => {});
  });
  loadHistory();
  // a shared link reopens its prompt with its latest render; else a reload picks up the render it was following
  if (SHARE.test(location.hash)) openFromLink();
  else resumeActiveRender();
}

init();
