// Service health, checked every 30 s, every 3 s while unreachable, and at once after a failed call;
// the offline banner while the service cannot be reached.

import { t } from "./i18n.js";
import { $, clear, element, say } from "./dom.js";
import { apiBaseUrl, onCallFailure } from "./api.js";
import { showBackends } from "./backends.js";

const EVERY_MS = 30000;
const OFFLINE_EVERY_MS = 3000;
const TIMEOUT_MS = 5000;

const health = {
  dependencies: undefined, // undefined: not answered yet; null: no answer; else name -> state
  offline: false,
  timer: null,
  checking: false,
};
let whenBack = () => {};

export function isOffline() {
  return health.offline;
}

/** Starts checking; {@code onBack} runs when the service answers again after being unreachable. */
export function startHealth(onBack) {
  whenBack = onBack;
  onCallFailure(() => checkSoon());
  window.addEventListener("online", () => checkSoon());
  window.addEventListener("offline", () => {
    health.offline = true;
    showHealth();
    checkSoon(OFFLINE_EVERY_MS);
  });
  $("offline-retry").addEventListener("click", () => checkSoon());
  check();
}

function checkSoon(delay = 0) {
  clearTimeout(health.timer);
  health.timer = setTimeout(check, delay);
}

async function check() {
  if (health.checking) return;
  health.checking = true;
  clearTimeout(health.timer);
  let body = null;
  try {
    const response = await fetch(`${apiBaseUrl}/api/health`, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
    body = await response.json();
  } catch {
    body = null;
  } finally {
    health.checking = false;
  }
  const wasOffline = health.offline;
  health.dependencies = body && body.dependencies ? body.dependencies : null;
  health.offline = health.dependencies === null;
  if (body && body.renderBackends) showBackends(body.renderBackends);
  showHealth();
  if (wasOffline && !health.offline) whenBack();
  health.timer = setTimeout(check, health.offline ? OFFLINE_EVERY_MS : EVERY_MS);
}

export function showHealth() {
  const label = $("health-label");
  const list = $("health-list");
  const box = label.parentElement;
  clear(list);
  $("offline-banner").hidden = !health.offline;
  say($("offline-text"), () => t().offline);
  if (health.dependencies === undefined && !health.offline) {
    say(label, () => t().checking);
    return;
  }
  if (health.offline) {
    say(label, () => t().servicesUnknown);
    box.classList.add("degraded");
    return;
  }
  const down = Object.entries(health.dependencies).filter(([, v]) => v !== "up").map(([k]) => k);
  say(label, () => (down.length === 0 ? t().servicesUp : t().servicesDegraded));
  box.classList.toggle("degraded", down.length > 0);
  for (const name of down) {
    const recovering = health.dependencies[name] === "recovering";
    const chip = element("span", "dep down");
    say(chip, () => (recovering ? `${t().deps[name] || t().deps.other} (${t().recovering})` : t().deps[name] || t().deps.other));
    list.appendChild(chip);
  }
}
