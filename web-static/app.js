// Video Prompt Agent page: idea -> prompt -> edit with live diff -> render -> watch.
// Everything that comes from a person or the server is rendered with textContent, never as HTML.

import { TEXTS, EXAMPLES, initialLanguage, rememberLanguage } from "./i18n.js";
import { startAuth, signInRequired, currentUser, authHeaders, signIn, signOut } from "./auth.js";

const config = window.VIDEO_AGENT_CONFIG || {};
const apiBaseUrl = String(config.apiBaseUrl || "").replace(/\/+$/, "");
const $ = (id) => document.getElementById(id);

let lang = initialLanguage();
const t = () => TEXTS[lang];

/** What the page is working on: the generation and the text its next edit starts from. */
const state = {
  generation: null, // the POST /api/prompts answer (or a history entry reopened)
  baseline: "", // the last saved text of the prompt: the next diff's "original"
  baseVersion: 0, // the version that text is (0 = as generated): an edit says which version it changes
  renderJob: null,
  health: undefined, // undefined: not answered yet; null: no answer; else the dependencies
  pollTimer: null,
  diffTimer: null,
  diffRequest: 0,
  lastDiff: null,
  jsonOpen: false,
};

// ---- HTTP ----------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message, detail) {
    super(message);
    this.status = status;
    this.detail = detail || {}; // the error object: on a 409, the current version and text
  }
}

function absolute(url) {
  if (!url) return url;
  return /^https?:/i.test(url) ? url : `${apiBaseUrl}${url}`;
}

async function api(method, path, body) {
  let response;
  try {
    response = await fetch(`${apiBaseUrl}${path}`, {
      method,
      headers: { ...authHeaders(), ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "");
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const message = json && json.error && typeof json.error.message === "string" ? json.error.message : "";
    throw new ApiError(response.status, message, json && json.error);
  }
  return { status: response.status, body: json };
}

/** A failed call in plain words, in the page's language. */
function explain(error) {
  const e = t().errors;
  if (!(error instanceof ApiError)) return e.other;
  if (error.status === 0) return e.network;
  if (error.status === 429 && error.detail.code === "quota_exceeded" && error.detail.resetsAt) {
    return `${e.quota} ${new Date(error.detail.resetsAt).toLocaleString(lang)}`;
  }
  if (error.status === 401 || error.status === 429 || error.status === 503) return e[error.status];
  if (e[error.status]) return `${e[error.status]} ${error.message}`.trim();
  if (error.status >= 400 && error.status < 500 && error.message) return error.message;
  return e.other;
}

function showError(id, error) {
  const el = $(id);
  if (!error) {
    el.hidden = true;
    el.textContent = "";
    return;
  }
  el.textContent = typeof error === "string" ? error : explain(error);
  el.hidden = false;
}

function busy(button, isBusy) {
  button.disabled = isBusy;
  button.setAttribute("aria-busy", String(isBusy));
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = String(text);
  return el;
}

// ---- language ------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const value = t()[el.dataset.i18n];
    if (typeof value === "string") el.textContent = value;
  }
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) {
    const value = t()[el.dataset.i18nPlaceholder];
    if (typeof value === "string") el.setAttribute("placeholder", value);
  }
  for (const button of document.querySelectorAll(".lang")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
  $("toggle-json").textContent = state.jsonOpen ? t().hideJson : t().showJson;
  showHealth();
  fillDurations();
  if (state.generation) showGeneration(state.generation, { keepEditor: true });
  renderDiff(state.lastDiff);
  if (state.versions) renderVersions(state.versions);
  if (state.renderJob) showRender(state.renderJob);
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

// ---- health --------------------------------------------------------------------------------

async function loadHealth() {
  let body = null;
  try {
    const response = await fetch(`${apiBaseUrl}/api/health`);
    body = await response.json();
  } catch {
    body = null;
  }
  state.health = body && body.dependencies ? body.dependencies : null;
  showHealth();
}

function showHealth() {
  const label = document.querySelector(".health-label");
  const list = document.querySelector(".health-list");
  clear(list);
  if (state.health === undefined) {
    label.textContent = t().checking;
    return;
  }
  if (state.health === null) {
    label.textContent = t().servicesUnknown;
    return;
  }
  const down = Object.entries(state.health).filter(([, v]) => v !== "up").map(([k]) => k);
  label.textContent = down.length === 0 ? t().servicesUp : t().servicesDegraded;
  document.querySelector(".health").classList.toggle("degraded", down.length > 0);
  for (const name of down) {
    const recovering = state.health[name] === "recovering";
    list.appendChild(element("span", "dep down", recovering ? `${name} (${t().recovering})` : name));
  }
}

// ---- generate ------------------------------------------------------------------------------

function fillExamples() {
  const box = $("examples");
  clear(box);
  for (const example of EXAMPLES) {
    const chip = element("button", "chip example", example);
    chip.type = "button";
    chip.addEventListener("click", () => {
      $("concept").value = example;
      $("concept").focus();
    });
    box.appendChild(chip);
  }
}

async function generate(event) {
  event.preventDefault();
  const concept = $("concept").value.trim();
  showError("generate-error", null);
  if (!concept) {
    showError("generate-error", t().errors.emptyIdea);
    $("concept").focus();
    return;
  }
  const button = $("generate");
  busy(button, true);
  $("generate-status").textContent = t().generating;
  try {
    const target = $("target").value;
    const request = target && target !== "generic" ? { concept, options: { target } } : { concept };
    const { body } = await api("POST", "/api/prompts", request);
    state.generation = body;
    state.baseline = body.prompt;
    state.baseVersion = 0;
    showGeneration(body, { keepEditor: false });
    loadVersions();
    $("generate-status").textContent = t().generated;
    loadSuggestions(concept);
    loadHistory();
  } catch (error) {
    $("generate-status").textContent = "";
    showError("generate-error", error);
  } finally {
    busy(button, false);
  }
}

function showGeneration(g, { keepEditor }) {
  $("prompt-card").hidden = false;
  $("render-card").hidden = false;
  if (!keepEditor) {
    $("prompt-editor").value = state.baseline;
    state.lastDiff = null;
    renderDiff(null);
    $("edit-status").textContent = "";
    showError("edit-error", null);
  }
  updateEditButtons();

  const badges = $("badges");
  clear(badges);
  if (g.category) badges.appendChild(element("span", "badge", g.category));
  if (g.language) badges.appendChild(element("span", "badge muted-badge", g.language));
  if (g.cached) badges.appendChild(element("span", "badge info", t().fromCache));
  if (g.fromHistory) badges.appendChild(element("span", "badge info", t().fromHistory(g)));
  if (g.stored === false) badges.appendChild(element("span", "badge warn", t().notStored));

  const slots = $("slots");
  clear(slots);
  for (const [slot, values] of Object.entries(g.slots || {})) {
    for (const value of values || []) {
      const chip = element("span", "chip slot");
      chip.appendChild(element("span", "chip-key", slot));
      chip.appendChild(element("span", "chip-value", value));
      slots.appendChild(chip);
    }
  }
  const trace = $("trace");
  clear(trace);
  for (const entry of g.trace || []) {
    const li = element("li");
    li.appendChild(element("span", "trace-term", entry.term));
    const source = t().traceFrom[entry.source] || entry.source;
    const from = entry.source === "input" ? `${source}: ${entry.from}` : `${source}${entry.from ? ` · ${entry.from}` : ""}`;
    li.appendChild(element("span", "trace-from", from));
    trace.appendChild(li);
  }
  $("negative").textContent = g.negativePrompt || "";
  renderUnrecognized(g);

  const learned = g.learnedEdits || [];
  $("learned").hidden = learned.length === 0;
  const list = $("learned-list");
  clear(list);
  for (const a of learned) {
    list.appendChild(element("li", null, a.op === "add" ? t().learnedAdd(a) : t().learnedRemove(a)));
  }
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
  const changed = state.generation && $("prompt-editor").value !== state.baseline;
  $("save-edit").disabled = !changed;
  $("revert-edit").disabled = !changed;
}

function onEdit() {
  updateEditButtons();
  clearTimeout(state.diffTimer);
  state.diffTimer = setTimeout(previewDiff, 250);
}

async function previewDiff() {
  const edited = $("prompt-editor").value;
  if (!state.generation || edited === state.baseline || !edited.trim()) {
    state.lastDiff = null;
    renderDiff(null);
    return;
  }
  const request = ++state.diffRequest;
  try {
    const { body } = await api("POST", "/api/diffs?dryRun=true", {
      promptId: state.generation.id, original: state.baseline, edited,
    });
    if (request !== state.diffRequest) return; // a newer keystroke answered first
    state.lastDiff = { original: state.baseline, result: body };
    renderDiff(state.lastDiff);
    showError("edit-error", null);
  } catch (error) {
    if (request === state.diffRequest) showError("edit-error", error);
  }
}

/** Words and single punctuation marks, as the server's WordDiff splits them. */
function tokens(text) {
  return text.match(/[\p{L}\p{N}\p{Mn}]+(?:['’-][\p{L}\p{N}\p{Mn}]+)*|[^\s\p{L}\p{N}]/gu) || [];
}

function appendToken(box, token, className) {
  const glue = /^[.,;:!?)\]}%]$/.test(token);
  if (box.childNodes.length > 0 && !glue) box.appendChild(document.createTextNode(" "));
  box.appendChild(className ? element(className === "ins" ? "ins" : "del", null, token) : document.createTextNode(token));
}

function renderDiff(diff) {
  const box = $("diff-view");
  clear(box);
  const json = $("diff-json");
  if (!diff) {
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

/** The text with the word ops drawn in: deletions and insertions marked. */
function drawOps(box, text, wordOps) {
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

function toggleJson() {
  state.jsonOpen = !state.jsonOpen;
  $("diff-json").hidden = !state.jsonOpen;
  $("toggle-json").setAttribute("aria-expanded", String(state.jsonOpen));
  $("toggle-json").textContent = state.jsonOpen ? t().hideJson : t().showJson;
}

async function saveEdit() {
  const edited = $("prompt-editor").value;
  if (!state.generation || edited === state.baseline) return;
  const button = $("save-edit");
  busy(button, true);
  // a preview still on its way must not redraw the diff or clear this save's message when it lands
  clearTimeout(state.diffTimer);
  state.diffRequest++;
  $("edit-status").textContent = t().saving;
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
    $("edit-status").textContent = t().savedVersion(body.version);
    showError("edit-error", null);
    loadHistory();
    loadVersions();
  } catch (error) {
    $("edit-status").textContent = "";
    if (error instanceof ApiError && error.status === 409 && error.detail.current) {
      // someone saved a newer version: show it, keep this edit in the editor to redo on top of it
      state.baseline = error.detail.current.text;
      state.baseVersion = error.detail.current.version;
      state.lastDiff = null;
      renderDiff(null);
      showError("edit-error", t().conflict(error.detail.current.version, error.detail.current.text));
    } else {
      showError("edit-error", error);
    }
  } finally {
    busy(button, false);
    updateEditButtons();
  }
}

function revertEdit() {
  $("prompt-editor").value = state.baseline;
  state.lastDiff = null;
  renderDiff(null);
  updateEditButtons();
  $("prompt-editor").focus();
}

// ---- suggestions and history ------------------------------------------------------------------

async function loadSuggestions(concept) {
  const list = $("suggestions");
  try {
    const { body } = await api("GET", `/api/suggestions?limit=3&concept=${encodeURIComponent(concept)}`);
    clear(list);
    const own = state.generation ? state.generation.id : null;
    const items = (body.suggestions || []).filter((s) => s.promptId !== own);
    $("suggestions-empty").hidden = items.length > 0;
    $("suggestions-empty").textContent = items.length > 0 ? "" : t().noSuggestions;
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
      const use = element("button", "quiet small", t().use);
      use.type = "button";
      use.addEventListener("click", () => {
        $("prompt-editor").value = s.prompt;
        onEdit();
        $("prompt-editor").focus();
      });
      li.appendChild(use);
      list.appendChild(li);
    }
  } catch {
    // suggestions are a help, not a must: the page works without them
    clear(list);
    $("suggestions-empty").hidden = false;
  }
}

async function loadHistory() {
  const list = $("history");
  try {
    const { body } = await api("GET", "/api/history?limit=10");
    clear(list);
    const items = body.items || [];
    $("history-empty").hidden = items.length > 0;
    for (const item of items) {
      const li = element("li", "item");
      const open = element("button", "item-open");
      open.type = "button";
      open.appendChild(element("span", "item-title", item.concept));
      open.appendChild(element("span", "item-text", item.currentPrompt));
      const meta = element("span", "item-meta", new Date(item.createdAt).toLocaleString(lang));
      if ((item.edits || []).length > 0) meta.textContent += ` · ${t().edits(item.edits.length)}`;
      open.appendChild(meta);
      open.addEventListener("click", () => reopen(item));
      li.appendChild(open);
      list.appendChild(li);
    }
  } catch {
    clear(list);
    $("history-empty").hidden = false;
  }
}

function reopen(item) {
  state.generation = { id: item.id, concept: item.concept, category: item.category, language: item.language,
    prompt: item.prompt, slots: {}, trace: [], negativePrompt: "", learnedEdits: [] };
  state.baseline = item.currentPrompt;
  state.baseVersion = item.edits.reduce((latest, e) => Math.max(latest, e.version), 0);
  $("concept").value = item.concept;
  showGeneration(state.generation, { keepEditor: false });
  loadSuggestions(item.concept);
  loadVersions({ restore: true });
  $("prompt-editor").focus();
}

// ---- versions -----------------------------------------------------------------------------------

/** The prompt's versions; on reopening, also what the history list does not carry (slots, trace, negative). */
async function loadVersions({ restore = false } = {}) {
  if (!state.generation || !state.generation.id) return;
  const id = state.generation.id;
  try {
    const { body } = await api("GET", `/api/prompts/${encodeURIComponent(id)}`);
    if (!state.generation || state.generation.id !== id) return;
    state.versions = body;
    if (restore) {
      Object.assign(state.generation, { slots: body.slots, trace: body.trace, negativePrompt: body.negativePrompt,
        unrecognized: body.unrecognized });
      showGeneration(state.generation, { keepEditor: true });
    }
    renderVersions(body);
  } catch {
    // the versions are a help, not a must: the editor works without them
  }
}

function renderVersions(p) {
  const list = $("version-list");
  clear(list);
  $("compare-view").hidden = true;
  for (const v of [...p.versions].reverse()) {
    const li = element("li", "version");
    li.dataset.version = String(v.version);
    const head = element("div", "version-head");
    head.appendChild(element("span", "version-name", t().versionName(v.version)));
    if (v.version === p.latestVersion) head.appendChild(element("span", "badge info", t().current));
    for (const label of v.labels || []) head.appendChild(element("span", "badge muted-badge", label));
    li.appendChild(head);
    if (v.message) li.appendChild(element("p", "version-message", v.message));
    li.appendChild(element("p", "version-text", v.text));
    const actions = element("div", "version-actions");
    const favorite = (v.labels || []).includes("favorite");
    const star = element("button", "quiet small", t().favorite);
    star.type = "button";
    star.dataset.testid = "favorite-button";
    star.setAttribute("aria-pressed", String(favorite));
    star.addEventListener("click", () => toggleFavorite(v.version, favorite));
    actions.appendChild(star);
    if (v.version !== p.latestVersion) {
      const compare = element("button", "quiet small", t().compareWithCurrent);
      compare.type = "button";
      compare.addEventListener("click", () => compareVersions(v.version, p.latestVersion));
      const restore = element("button", "quiet small", t().restore);
      restore.type = "button";
      restore.dataset.testid = "revert-button";
      restore.addEventListener("click", () => restoreVersion(v.version));
      actions.append(compare, restore);
    }
    li.appendChild(actions);
    list.appendChild(li);
  }
}

/** "favorite" names one version: putting it on this one moves it here; on the one that has it, takes it off. */
async function toggleFavorite(version, isFavorite) {
  const path = `/api/prompts/${encodeURIComponent(state.generation.id)}/labels/favorite`;
  try {
    if (isFavorite) {
      await api("DELETE", path);
    } else {
      await api("PUT", path, { version });
    }
    showError("edit-error", null);
    loadVersions();
  } catch (error) {
    showError("edit-error", error);
  }
}

async function compareVersions(from, to) {
  const id = state.generation.id;
  try {
    const { body } = await api("GET", `/api/prompts/${encodeURIComponent(id)}/compare?from=${from}&to=${to}`);
    $("compare-head").textContent = t().comparing(from, to);
    const box = $("compare-diff");
    clear(box);
    drawOps(box, body.fromText, body.ops);
    $("compare-view").hidden = false;
  } catch (error) {
    showError("edit-error", error);
  }
}

async function restoreVersion(version) {
  if ($("prompt-editor").value !== state.baseline) {
    showError("edit-error", t().saveFirst);
    return;
  }
  try {
    const { body } = await api("POST", `/api/prompts/${encodeURIComponent(state.generation.id)}/revert`, {
      version, baseVersion: state.baseVersion, message: $("edit-message").value.trim() || undefined,
    });
    $("edit-message").value = "";
    state.baseline = body.edited;
    state.baseVersion = body.version;
    $("prompt-editor").value = body.edited;
    state.lastDiff = null;
    renderDiff(null);
    updateEditButtons();
    showError("edit-error", null);
    $("edit-status").textContent = t().restoredVersion(version, body.version);
    loadVersions();
    loadHistory();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.detail.current) {
      showError("edit-error", t().conflict(error.detail.current.version, error.detail.current.text));
      loadVersions();
    } else {
      showError("edit-error", error);
    }
  }
}

async function copyPrompt() {
  const text = $("prompt-editor").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // without clipboard permission: the old way, from a selection
    $("prompt-editor").select();
    document.execCommand("copy");
  }
  $("edit-status").textContent = t().copied;
}

// ---- render -------------------------------------------------------------------------------------

async function startRender() {
  const prompt = $("prompt-editor").value.trim();
  if (!prompt) return;
  const [width, height] = $("resolution").value.split("x").map(Number);
  const button = $("render");
  busy(button, true);
  showError("render-error", null);
  $("player").hidden = true;
  clearTimeout(state.pollTimer);
  try {
    const { body } = await api("POST", "/api/renders", {
      prompt, promptId: state.generation ? state.generation.id : undefined,
      // the saved version this is, so version -> video -> rating is one chain
      version: state.generation && $("prompt-editor").value === state.baseline ? state.baseVersion : undefined,
      durationSeconds: Number($("duration").value), width, height,
    });
    state.renderJob = body;
    showRender(body);
    poll(body.jobId);
  } catch (error) {
    busy(button, false);
    showError("render-error", error);
  }
}

async function cancelRender() {
  if (!state.renderJob) return;
  const button = $("cancel-render");
  busy(button, true);
  try {
    const { body } = await api("DELETE", `/api/renders/${encodeURIComponent(state.renderJob.jobId)}`);
    state.renderJob = body;
    showRender(body);
  } catch (error) {
    showError("render-error", error);
  } finally {
    busy(button, false);
  }
}

async function poll(jobId) {
  try {
    const { body } = await api("GET", `/api/renders/${encodeURIComponent(jobId)}`);
    state.renderJob = body;
    showRender(body);
    const done = body.status === "FAILED" || body.status === "CANCELLED"
      || ((body.status === "SUCCEEDED" || body.status === "FALLBACK") && body.videoUrl);
    $("cancel-render").hidden = done;
    if (done) {
      busy($("render"), false);
      return;
    }
  } catch (error) {
    showError("render-error", error);
  }
  state.pollTimer = setTimeout(() => poll(jobId), 500);
}

function showRender(job) {
  const box = $("render-status");
  box.hidden = false;
  const progress = Math.max(0, Math.min(1, Number(job.progress) || 0));
  $("progress-bar").style.width = `${Math.round(progress * 100)}%`;
  $("progress").setAttribute("aria-valuenow", String(Math.round(progress * 100)));
  const stateEl = $("render-state");
  stateEl.textContent = t().status[job.status] || job.status;
  stateEl.className = `status-pill ${String(job.status).toLowerCase()}`;
  const detail = [];
  const fallback = job.status === "FALLBACK" || job.status === "RENDERING_FALLBACK";
  // the first try is no news: "attempt n of 4" only once a retry runs, never past the 4 there are
  if (job.attempt > 1 && !fallback) detail.push(t().attempt(Math.min(job.attempt, 4)));
  detail.push(t().percent(progress));
  if (fallback) detail.push(t().fallbackNote);
  if (job.status === "FAILED") detail.push(t().failedNote);
  $("render-detail").textContent = detail.join(" · ");
  if (job.status === "FAILED" && job.error) showError("render-error", job.error);
  if (job.videoUrl && (job.status === "SUCCEEDED" || job.status === "FALLBACK")) {
    const video = $("video");
    const url = absolute(job.videoUrl);
    if (video.getAttribute("src") !== url) {
      video.poster = absolute(job.posterUrl) || "";
      video.src = url;
      $("download").href = url;
      $("download").setAttribute("download", downloadName(job));
      showRating(null);
      $("poster-link").href = absolute(job.posterUrl) || "#";
    }
    $("player").hidden = false;
  }
}

/** A file name people recognise: the idea's words and the version ("눈-내리는-산타마을-v2.webm"). */
function downloadName(job) {
  const idea = state.generation && state.generation.concept ? state.generation.concept : "";
  const words = idea.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) || [];
  const base = words.join("-").slice(0, 60).replace(/-+$/, "") || job.jobId;
  const version = state.generation && $("prompt-editor").value === state.baseline ? `-v${state.baseVersion}` : "";
  return `${base}${version}.webm`;
}

function showRating(score) {
  $("rating-up").setAttribute("aria-pressed", String(score === 1));
  $("rating-down").setAttribute("aria-pressed", String(score === -1));
}

async function rateRender(score) {
  if (!state.renderJob) return;
  try {
    await api("PUT", `/api/renders/${encodeURIComponent(state.renderJob.jobId)}/rating`, { score });
    showRating(score);
    $("render-detail").textContent = t().rated;
    showError("render-error", null);
    loadVersions();
  } catch (error) {
    showError("render-error", error);
  }
}

// ---- start ----------------------------------------------------------------------------------------

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
  $("sign-in").addEventListener("click", signIn);
  $("sign-out").addEventListener("click", () => {
    signOut();
    showAccount();
    loadHistory();
  });
  $("generate-form").addEventListener("submit", generate);
  $("concept").addEventListener("keydown", (e) => {
    // Ctrl/Cmd+Enter generates; Enter alone makes a new line
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("generate-form").requestSubmit();
  });
  $("prompt-editor").addEventListener("input", onEdit);
  $("save-edit").addEventListener("click", saveEdit);
  $("revert-edit").addEventListener("click", revertEdit);
  $("copy-prompt").addEventListener("click", copyPrompt);
  $("rating-up").addEventListener("click", () => rateRender(1));
  $("rating-down").addEventListener("click", () => rateRender(-1));
  $("toggle-json").addEventListener("click", toggleJson);
  $("render").addEventListener("click", startRender);
  $("cancel-render").addEventListener("click", cancelRender);
  $("refresh-history").addEventListener("click", loadHistory);
  for (const button of document.querySelectorAll(".lang")) {
    button.addEventListener("click", () => {
      lang = button.dataset.lang;
      rememberLanguage(lang);
      applyLanguage();
      loadHistory();
    });
  }
  loadHealth();
  loadHistory();
}

init();
