// Which engine makes the video: offered only when the service allows more than one (health's renderBackends,
// the default first); the choice is kept for the next visit while the service still offers it.

import { t } from "./i18n.js";
import { $, clear, element, say } from "./dom.js";

const STORAGE_KEY = "videoAgent.backend";
let offered = [];
let listening = false;

/** Fills the engine choice from health's list; hidden when there is nothing to choose. */
export function showBackends(list) {
  const names = Array.isArray(list) ? list.filter((b) => typeof b === "string") : [];
  if (names.join(",") === offered.join(",")) return;
  const select = $("backend");
  if (!listening) {
    select.addEventListener("change", () => remember(select.value));
    listening = true;
  }
  offered = names;
  const keep = select.value || saved();
  clear(select);
  for (const name of names) {
    const option = element("option");
    option.value = name;
    say(option, () => label(name));
    select.appendChild(option);
  }
  if (names.includes(keep)) select.value = keep;
  $("backend-field").hidden = names.length < 2;
}

/** The engine asked for, or undefined to leave it to the service (one engine, or health not answered yet). */
export function chosenBackend() {
  if (offered.length < 2) return undefined;
  return $("backend").value || undefined;
}

/** Whether the page lets people choose, so a finished video says which engine made it. */
export function backendsOffered() {
  return offered.length > 1;
}

export function label(name) {
  return t().backends[name] || name;
}

function remember(value) {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // not remembered; still used on this page
  }
}

function saved() {
  try {
    return localStorage.getItem(STORAGE_KEY) || "";
  } catch {
    return "";
  }
}
