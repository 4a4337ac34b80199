// Starter page: generate a prompt and show API health.
// All server data is rendered with textContent, never innerHTML.

const config = window.VIDEO_AGENT_CONFIG || {};
const apiBaseUrl = String(config.apiBaseUrl || "").replace(/\/+$/, "");

const $ = (id) => document.getElementById(id);

function apiUrl(path) {
  return `${apiBaseUrl}${path}`;
}

/** Reads a response body as JSON; returns null when it is empty or not JSON. */
async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Turns a failed response into a readable message using the API error format. */
function errorMessage(response, body) {
  const err = body && typeof body === "object" ? body.error : null;
  if (err && typeof err.message === "string" && err.message) {
    return err.message;
  }
  return `Request failed with HTTP ${response.status}`;
}

// ---- health ----------------------------------------------------------------

/** Normalises the health body into [{name, up}] regardless of the exact shape. */
function dependencyList(body) {
  if (!body || typeof body !== "object") return [];
  const deps = body.dependencies ?? body.checks ?? body.services ?? {};
  const isUp = (v) => {
    const s = v && typeof v === "object" ? (v.status ?? v.state ?? v.up) : v;
    if (typeof s === "boolean") return s;
    return String(s).toLowerCase() === "up" || String(s).toLowerCase() === "ok";
  };
  if (Array.isArray(deps)) {
    return deps.map((d, i) => ({ name: String(d?.name ?? d?.id ?? `dependency ${i + 1}`), up: isUp(d) }));
  }
  return Object.entries(deps).map(([name, v]) => ({ name, up: isUp(v) }));
}

async function loadHealth() {
  const root = document.querySelector('[data-testid="health-status"]');
  const label = root.querySelector(".health-label");
  const list = root.querySelector(".health-list");
  list.replaceChildren();
  try {
    const response = await fetch(apiUrl("/api/health"), { headers: { Accept: "application/json" } });
    const body = await readJson(response);
    const deps = dependencyList(body);
    if (deps.length === 0) {
      label.textContent = response.ok ? "Services: up" : `Services: ${errorMessage(response, body)}`;
      return;
    }
    const allUp = deps.every((d) => d.up);
    label.textContent = allUp ? "All services up:" : "Some services down:";
    for (const d of deps) {
      const item = document.createElement("span");
      item.className = `dep ${d.up ? "up" : "down"}`;
      item.dataset.dependency = d.name;
      item.textContent = `${d.name} ${d.up ? "up" : "down"}`;
      list.append(item, " ");
    }
  } catch {
    label.textContent = "Services: unreachable";
  }
}

// ---- generate --------------------------------------------------------------

function showResult(data) {
  $("result-card").hidden = false;
  $("error").hidden = true;
  $("error").textContent = "";
  $("result").hidden = false;
  $("result").textContent = JSON.stringify(data, null, 2);
}

function showError(message) {
  $("result-card").hidden = false;
  $("result").hidden = true;
  $("result").textContent = "";
  $("error").hidden = false;
  $("error").textContent = message;
}

async function generate(event) {
  event.preventDefault();
  const button = $("generate");
  const status = $("form-status");
  const concept = $("concept").value;

  button.disabled = true;
  status.textContent = "Generating…";
  try {
    const response = await fetch(apiUrl("/api/prompts"), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ concept }),
    });
    const body = await readJson(response);
    if (!response.ok) {
      showError(errorMessage(response, body));
    } else if (body === null) {
      showError("The server returned an empty or invalid response.");
    } else {
      showResult(body);
    }
  } catch {
    showError("Could not reach the API. Check your connection and try again.");
  } finally {
    button.disabled = false;
    status.textContent = "";
  }
}

$("generate-form").addEventListener("submit", generate);
loadHealth();
