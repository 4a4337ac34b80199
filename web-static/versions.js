// The version timeline: every saved version with its note, labels, age, renders and ratings; pick two to
// compare, restore one, label one, rate one.

import { t, lang } from "./i18n.js";
import { $, clear, element, button, say } from "./dom.js";
import { api, ApiError, explain } from "./api.js";
import { drawOps } from "./diff.js";
import { LIMITS } from "./limits.js";
import { state } from "./state.js";

const picked = []; // at most two versions to compare, oldest pick first
let afterRestore = () => {};

export function initVersions(onRestored) {
  afterRestore = onRestored;
}

function promptPath(suffix = "") {
  return `/api/prompts/${encodeURIComponent(state.generation.id)}${suffix}`;
}

function showVersionsError(error) {
  const box = $("versions-error");
  box.hidden = !error;
  if (error) say(box, () => (typeof error === "function" ? error() : explain(error)));
  else say(box, null);
}

/** The prompt's versions; with {@code restore}, also what only this answer carries (slots, trace, negative). */
export async function loadVersions() {
  if (!state.generation || !state.generation.id) return null;
  const id = state.generation.id;
  try {
    const { body } = await api("GET", promptPath());
    if (!state.generation || state.generation.id !== id) return null;
    state.versions = body;
    renderVersions();
    return body;
  } catch (error) {
    if (state.generation && state.generation.id === id) showVersionsError(error);
    throw error;
  }
}

function age(iso) {
  const seconds = (Date.now() - Date.parse(iso)) / 1000;
  const format = new Intl.RelativeTimeFormat(lang(), { numeric: "auto" });
  if (!Number.isFinite(seconds)) return "";
  if (seconds < 60) return format.format(0, "second");
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), "minute");
  if (seconds < 86400) return format.format(-Math.floor(seconds / 3600), "hour");
  return format.format(-Math.floor(seconds / 86400), "day");
}

function labelName(label) {
  return t().labels[label] || label; // a person's own label is their word
}

export function renderVersions() {
  const p = state.versions;
  if (!p) return;
  $("versions-card").hidden = false;
  const list = $("version-list");
  clear(list);
  for (let i = picked.length - 1; i >= 0; i--) {
    if (!p.versions.some((v) => v.version === picked[i])) picked.splice(i, 1);
  }
  for (const v of [...p.versions].reverse()) list.appendChild(versionItem(p, v));
  if (picked.length < 2) $("compare-view").hidden = true;
}

function versionItem(p, v) {
  const li = element("li", "version");
  li.dataset.version = String(v.version);
  const head = element("div", "version-head");
  const pick = element("input");
  pick.type = "checkbox";
  pick.id = `pick-${v.version}`;
  pick.dataset.testid = "compare-pick";
  pick.checked = picked.includes(v.version);
  pick.addEventListener("change", () => pickForCompare(v.version, pick.checked));
  const name = element("label", "version-name", t().versionName(v.version));
  name.htmlFor = pick.id;
  head.append(pick, name);
  if (v.version === p.latestVersion) head.appendChild(element("span", "badge info", t().current));
  head.appendChild(element("span", "version-age", age(v.createdAt)));
  li.appendChild(head);

  const labels = element("div", "version-labels");
  for (const label of v.labels || []) {
    const chip = element("span", "chip label-chip");
    chip.dataset.label = label;
    chip.appendChild(element("span", null, labelName(label)));
    const remove = button("chip-remove", "×", () => setLabel(label, null));
    remove.setAttribute("aria-label", t().removeLabel(labelName(label)));
    chip.appendChild(remove);
    labels.appendChild(chip);
  }
  if (labels.childNodes.length > 0) li.appendChild(labels);
  if (v.message) li.appendChild(element("p", "version-message", v.message));
  li.appendChild(element("p", "version-text", v.text));
  if ((v.renders || []).length > 0) li.appendChild(element("p", "version-renders", t().renders(v.renders)));

  const actions = element("div", "version-actions");
  for (const label of ["favorite", "final"]) {
    const has = (v.labels || []).includes(label);
    const toggle = button("quiet small", labelName(label), () => setLabel(label, has ? null : v.version));
    toggle.dataset.testid = `${label}-button`;
    toggle.setAttribute("aria-pressed", String(has));
    actions.appendChild(toggle);
  }
  const score = v.rating ? v.rating.score : 0;
  for (const [value, text, id] of [[1, t().rateUp, "version-rating-up"], [-1, t().rateDown, "version-rating-down"]]) {
    const rate = button("quiet small", text, () => rateVersion(v.version, value));
    rate.dataset.testid = id;
    rate.setAttribute("aria-pressed", String(score === value));
    rate.setAttribute("aria-label", `${t().versionName(v.version)}: ${text}`);
    actions.appendChild(rate);
  }
  if (v.version !== p.latestVersion) {
    actions.appendChild(button("quiet small", t().compareWithCurrent, () => compare(v.version, p.latestVersion)));
    const restore = button("quiet small", t().restore, () => restoreVersion(v.version));
    restore.dataset.testid = "revert-button";
    actions.appendChild(restore);
  }
  const addLabel = button("quiet small", t().addLabel, () => askLabel(li, v.version));
  addLabel.dataset.testid = "add-label-button";
  actions.appendChild(addLabel);
  li.appendChild(actions);
  return li;
}

/** A small form under the version for a person's own label. */
function askLabel(li, version) {
  if (li.querySelector(".label-form")) return;
  const form = element("form", "label-form");
  const input = element("input");
  input.id = `label-${version}`;
  input.dataset.testid = "label-input";
  input.autocomplete = "off";
  const caption = element("label", "visually-hidden", t().labelInput(t().versionName(version)));
  caption.htmlFor = input.id;
  const save = element("button", "small", t().addLabel);
  save.type = "submit";
  form.append(caption, input, save);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const name = input.value.trim().toLowerCase().replace(/\s+/g, "-");
    if (!new RegExp(`^[a-z0-9][a-z0-9-]{0,${LIMITS.label - 1}}$`).test(name)) {
      showVersionsError(() => t().badLabel(LIMITS.label));
      input.focus();
      return;
    }
    setLabel(name, version);
  });
  li.appendChild(form);
  input.focus();
}

/** Puts a label on a version (it moves there from any other), or takes it off with {@code version} null. */
async function setLabel(label, version) {
  try {
    if (version === null) await api("DELETE", promptPath(`/labels/${encodeURIComponent(label)}`));
    else await api("PUT", promptPath(`/labels/${encodeURIComponent(label)}`), { version });
    showVersionsError(null);
    await loadVersions();
  } catch (error) {
    showVersionsError(error);
  }
}

async function rateVersion(version, score) {
  try {
    await api("PUT", promptPath(`/versions/${version}/rating`), { score });
    showVersionsError(null);
    await loadVersions();
  } catch (error) {
    showVersionsError(error);
  }
}

function pickForCompare(version, on) {
  const at = picked.indexOf(version);
  if (on && at < 0) picked.push(version);
  if (!on && at >= 0) picked.splice(at, 1);
  while (picked.length > 2) {
    const dropped = picked.shift();
    const box = document.getElementById(`pick-${dropped}`);
    if (box) box.checked = false;
  }
  if (picked.length === 2) {
    const [a, b] = [...picked].sort((x, y) => x - y);
    compare(a, b);
  } else {
    $("compare-view").hidden = true;
  }
}

export async function compare(from, to) {
  try {
    const { body } = await api("GET", promptPath(`/compare?from=${from}&to=${to}`));
    say($("compare-head"), () => t().comparing(from, to));
    drawOps($("compare-diff"), body.fromText, body.ops);
    say($("compare-stats"), () => (body.stats ? t().diffStats(body.stats) : ""));
    $("compare-view").hidden = false;
    showVersionsError(null);
  } catch (error) {
    showVersionsError(error);
  }
}

async function restoreVersion(version) {
  if ($("prompt-editor").value !== state.baseline) {
    showVersionsError(() => t().saveFirst);
    return;
  }
  try {
    const { body } = await api("POST", promptPath("/revert"), {
      version, baseVersion: state.baseVersion, message: $("edit-message").value.trim() || undefined,
    });
    showVersionsError(null);
    afterRestore(body, version);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.detail.current) {
      showVersionsError(() => t().conflict(error.detail.current.version, error.detail.current.text));
      loadVersions().catch(() => {});
    } else {
      showVersionsError(error);
    }
  }
}
