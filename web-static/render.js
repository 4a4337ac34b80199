// Rendering: start, follow the job (ETA, reconnects, a time-out with "Try again"), cancel, watch, rate.

import { t } from "./i18n.js";
import { $, busy, say } from "./dom.js";
import { api, absolute, explain, ApiError } from "./api.js";
import { state, editorIsSaved } from "./state.js";
import { chosenBackend, backendsOffered, label } from "./backends.js";

const POLL_MS = 500;
/** Near the end the video is stored any moment: asked for sooner, it plays within a fifth of a second of that. */
const NEAR_END_POLL_MS = 150;
const NEAR_END = 0.85;
const MAX_BACKOFF_MS = 8000;
/** No change in status or progress for this long: stop and offer "Try again" rather than wait for ever. */
const STALL_MS = 1000 * (Number((window.VIDEO_AGENT_CONFIG || {}).renderStallSeconds) || 90);
const ACTIVE_KEY = "videoAgent.activeRender";

const job = {
  view: null, // the last GET /api/renders/{jobId} answer
  version: undefined, // the prompt version it renders, when it is one
  timer: null,
  failures: 0,
  lastChange: 0,
  lastSignature: "",
  samples: [], // [time ms, progress] while it renders, for the ETA
  announced: "",
};

export function initRender() {
  $("render").addEventListener("click", startRender);
  $("cancel-render").addEventListener("click", cancelRender);
  $("render-retry").addEventListener("click", retry);
  $("rating-up").addEventListener("click", () => rateRender(1));
  $("rating-down").addEventListener("click", () => rateRender(-1));
}

function finished(view) {
  return view.status === "FAILED" || view.status === "CANCELLED"
    || ((view.status === "SUCCEEDED" || view.status === "FALLBACK") && Boolean(view.videoUrl));
}

function showRenderError(render, { detail = null, retry = false } = {}) {
  const box = $("render-error");
  box.hidden = !render;
  say($("render-error-text"), render);
  const detailEl = $("render-error-detail");
  detailEl.hidden = !detail;
  say(detailEl, detail);
  $("render-retry").hidden = !retry;
}

function remember(view) {
  try {
    if (view && !finished(view)) sessionStorage.setItem(ACTIVE_KEY, JSON.stringify({ jobId: view.jobId }));
    else sessionStorage.removeItem(ACTIVE_KEY);
  } catch {
    // not remembered: a reload will not resume this render
  }
}

/** Nothing about another prompt's render stays on screen. */
export function resetRender() {
  clearTimeout(job.timer);
  Object.assign(job, { view: null, version: undefined, failures: 0, samples: [], announced: "" });
  $("render-status").hidden = true;
  $("player").hidden = true;
  $("video").removeAttribute("src");
  $("cancel-render").hidden = true;
  busy($("render"), false);
  say($("render-announce"), null);
  showRenderError(null);
}

async function startRender() {
  const prompt = $("prompt-editor").value.trim();
  if (!prompt) return;
  const [width, height] = $("resolution").value.split("x").map(Number);
  resetRender();
  busy($("render"), true);
  const version = editorIsSaved() ? state.baseVersion : undefined;
  try {
    const { body } = await api("POST", "/api/renders", {
      prompt, promptId: state.generation ? state.generation.id : undefined,
      version, // the saved version this is, so version -> video -> rating is one chain
      durationSeconds: Number($("duration").value), width, height, backend: chosenBackend(),
    });
    follow(body, version);
  } catch (error) {
    busy($("render"), false);
    showRenderError(() => explain(error));
  }
}

/** Shows a job and polls it until it ends. */
export function follow(view, version) {
  job.view = view;
  job.version = version;
  job.failures = 0;
  job.lastChange = Date.now();
  job.lastSignature = "";
  job.samples = [];
  remember(view);
  showRender();
  if (finished(view)) {
    busy($("render"), false);
  } else {
    busy($("render"), true);
    clearTimeout(job.timer);
    job.timer = setTimeout(poll, POLL_MS);
  }
}

async function poll() {
  const id = job.view.jobId;
  try {
    const { body } = await api("GET", `/api/renders/${encodeURIComponent(id)}`);
    if (!job.view || job.view.jobId !== id) return;
    job.failures = 0;
    job.view = body;
    showRenderError(null);
    track(body);
    showRender();
    remember(body);
    if (finished(body)) {
      busy($("render"), false);
      return;
    }
    if (Date.now() - job.lastChange > STALL_MS) {
      stopWaiting();
      return;
    }
    job.timer = setTimeout(poll, (Number(body.progress) || 0) >= NEAR_END ? NEAR_END_POLL_MS : POLL_MS);
  } catch (error) {
    if (!job.view || job.view.jobId !== id) return;
    if (error instanceof ApiError && (error.status === 404 || error.status === 401)) {
      busy($("render"), false);
      remember(null);
      showRenderError(() => explain(error));
      return;
    }
    // offline or the service restarting: keep the job and ask again, less and less often
    job.failures++;
    say($("render-detail"), () => t().reconnecting);
    job.timer = setTimeout(poll, Math.min(MAX_BACKOFF_MS, POLL_MS * 2 ** job.failures));
  }
}

/** The render has said nothing new for a long time: stop asking and let the person decide. */
function stopWaiting() {
  busy($("render"), false);
  showRenderError(() => t().stalled, { retry: true });
}

function retry() {
  if (job.view && !finished(job.view)) {
    showRenderError(null);
    follow(job.view, job.version);
  } else {
    startRender();
  }
}

function track(view) {
  const signature = `${view.status}:${view.attempt}:${view.progress}`;
  if (signature !== job.lastSignature) {
    job.lastSignature = signature;
    job.lastChange = Date.now();
  }
  if (view.status !== "RENDERING" && view.status !== "RENDERING_FALLBACK") {
    job.samples = [];
    return;
  }
  const progress = Number(view.progress) || 0;
  const last = job.samples[job.samples.length - 1];
  if (last && progress < last[1]) job.samples = []; // a new attempt started over
  job.samples.push([Date.now(), progress]);
  while (job.samples.length > 2 && job.samples[0][0] < Date.now() - 10000) job.samples.shift();
}

/** Seconds left at the rate progress has been made over the last few seconds, once there is a rate. */
function secondsLeft(progress) {
  if (job.samples.length < 2 || progress < 0.05) return null;
  const [t0, p0] = job.samples[0];
  const [t1, p1] = job.samples[job.samples.length - 1];
  const rate = (p1 - p0) / ((t1 - t0) / 1000);
  if (!(rate > 0)) return null;
  return Math.max(1, Math.round((1 - progress) / rate));
}

async function cancelRender() {
  if (!job.view) return;
  const b = $("cancel-render");
  busy(b, true);
  try {
    const { body } = await api("DELETE", `/api/renders/${encodeURIComponent(job.view.jobId)}`);
    job.view = body;
    showRender();
    remember(body);
    if (finished(body)) busy($("render"), false);
  } catch (error) {
    showRenderError(() => explain(error));
  } finally {
    busy(b, false);
  }
}

export function showRender() {
  const view = job.view;
  if (!view) return;
  $("render-status").hidden = false;
  const progress = Math.max(0, Math.min(1, Number(view.progress) || 0));
  $("progress-bar").style.transform = `scaleX(${progress})`;
  $("progress").setAttribute("aria-valuenow", String(Math.round(progress * 100)));
  const pill = $("render-state");
  say(pill, () => t().status[view.status] || t().status.QUEUED);
  pill.className = `status-pill ${String(view.status).toLowerCase()}`;
  $("cancel-render").hidden = finished(view);
  // the live region speaks when the state changes, not at every percent
  if (job.announced !== view.status) {
    job.announced = view.status;
    say($("render-announce"), () => t().status[view.status] || "");
  }
  const left = secondsLeft(progress);
  say($("render-detail"), () => {
    const fallback = view.status === "FALLBACK" || view.status === "RENDERING_FALLBACK";
    const parts = [];
    // the first try is no news: "attempt n of 4" only once a retry runs, never past the 4 there are
    if (view.attempt > 1 && !fallback && !finished(view)) parts.push(t().attempt(Math.min(view.attempt, 4)));
    if (!finished(view)) parts.push(t().percent(progress));
    if (left !== null && !finished(view)) parts.push(t().secondsLeft(left));
    if (fallback) parts.push(t().fallbackNote);
    else if (finished(view) && view.backend && backendsOffered()) parts.push(t().madeWith(label(view.backend)));
    return parts.join(" · ");
  });
  if (view.status === "FAILED") {
    showRenderError(() => t().failedNote, { detail: view.error ? () => t().failedDetail(view.error) : null, retry: true });
  }
  if (view.status === "CANCELLED") $("player").hidden = true;
  if (view.videoUrl && (view.status === "SUCCEEDED" || view.status === "FALLBACK")) showVideo(view);
}

function showVideo(view) {
  const video = $("video");
  const url = absolute(view.videoUrl);
  if (video.getAttribute("src") !== url) {
    video.poster = absolute(view.posterUrl) || "";
    video.src = url;
    $("download").href = url;
    $("download").setAttribute("download", downloadName(view));
    $("poster-link").href = absolute(view.posterUrl) || "#";
    showRating(view.rating ? view.rating.score : 0);
  }
  $("player").hidden = false;
}

/** A file name people recognise: the idea's words and the version ("눈-내리는-산타마을-v2.webm"). */
function downloadName(view) {
  const idea = state.generation && state.generation.concept ? state.generation.concept : "";
  const words = idea.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) || [];
  const base = words.join("-").slice(0, 60).replace(/-+$/, "") || view.jobId;
  return `${base}${job.version === undefined ? "" : `-v${job.version}`}.webm`;
}

function showRating(score) {
  $("rating-up").setAttribute("aria-pressed", String(score === 1));
  $("rating-down").setAttribute("aria-pressed", String(score === -1));
}

async function rateRender(score) {
  if (!job.view) return;
  try {
    await api("PUT", `/api/renders/${encodeURIComponent(job.view.jobId)}/rating`, { score });
    showRating(score);
    say($("render-detail"), () => t().rated);
    showRenderError(null);
    document.dispatchEvent(new CustomEvent("render-rated"));
  } catch (error) {
    showRenderError(() => explain(error));
  }
}

/** On reopening a prompt: its latest render (a running one is followed again), else an empty render box. */
export async function showLatestRender(versions) {
  resetRender();
  const renders = [];
  for (const v of versions.versions || []) for (const r of v.renders || []) renders.push([r, v.version]);
  for (const r of versions.unsavedRenders || []) renders.push([r, undefined]);
  if (renders.length === 0) return;
  renders.sort((a, b) => Date.parse(a[0].createdAt) - Date.parse(b[0].createdAt));
  const [latest, version] = renders[renders.length - 1];
  try {
    const { body } = await api("GET", `/api/renders/${encodeURIComponent(latest.jobId)}`);
    if (state.versions !== versions) return;
    follow({ ...body, rating: latest.rating }, version);
  } catch {
    // the video is a help when reopening, not a must
  }
}

/** After a reload: the render this tab was following, if it has not ended. */
export async function resumeActiveRender() {
  let saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(ACTIVE_KEY) || "null");
  } catch {
    saved = null;
  }
  if (!saved || !saved.jobId || (job.view && job.view.jobId === saved.jobId)) return;
  try {
    const { body } = await api("GET", `/api/renders/${encodeURIComponent(saved.jobId)}`);
    $("render-card").hidden = false;
    follow(body, undefined);
  } catch {
    remember(null);
  }
}
