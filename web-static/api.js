// Calls to the API and what their failures mean in the page's language.

import { t, lang } from "./i18n.js";
import { authHeaders } from "./auth.js";

const config = window.VIDEO_AGENT_CONFIG || {};
export const apiBaseUrl = String(config.apiBaseUrl || "").replace(/\/+$/, "");

export class ApiError extends Error {
  constructor(status, message, detail) {
    super(message);
    this.status = status;
    this.detail = detail || {}; // the error object: its code, and on a 409 the current version and text
  }

  get code() {
    return this.detail.code || "";
  }
}

const failureListeners = [];
/** Called with every failed call, so the page can re-check health and show the offline banner. */
export function onCallFailure(listener) {
  failureListeners.push(listener);
}

export function absolute(url) {
  if (!url) return url;
  return /^https?:/i.test(url) ? url : `${apiBaseUrl}${url}`;
}

export async function api(method, path, body) {
  let response;
  try {
    response = await fetch(`${apiBaseUrl}${path}`, {
      method,
      headers: { ...authHeaders(), ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const error = new ApiError(0, "");
    failureListeners.forEach((l) => l(error));
    throw error;
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
    const error = new ApiError(response.status, message, json && json.error);
    if (response.status >= 500) failureListeners.forEach((l) => l(error));
    throw error;
  }
  return { status: response.status, body: json };
}

/**
 * A failed call in plain words, in the page's language, from the error's code (and its field and limit), never
 * the server's English inside the Korean page. In English the server's sentence may add what was wrong.
 */
export function explain(error) {
  const e = t().errors;
  if (!(error instanceof ApiError)) return e.other;
  if (error.status === 0) return e.network;
  const d = error.detail;
  switch (error.code) {
    case "input_too_long":
      return d.field && d.limit ? e.tooLong(t().fields[d.field] || d.field, d.limit, d.length) : e.tooLongPlain;
    case "quota_exceeded":
      return d.resetsAt ? `${e.quota} ${new Date(d.resetsAt).toLocaleString(lang())}` : e.rateLimited;
    case "rate_limited":
      return e.rateLimited;
    case "unauthorized":
      return e.signIn;
    case "not_found":
      return e.notFound;
    case "conflict":
      return e.conflict;
    case "dependency_unavailable":
      return e.unavailable;
    case "payload_too_large":
      return e.tooLongPlain;
    default:
      break;
  }
  if (error.status === 401) return e.signIn;
  if (error.status === 429) return e.rateLimited;
  if (error.status >= 500) return e.unavailable;
  if (error.status >= 400) {
    // validation: the exact reason is the server's sentence, which only the English page shows as it is
    return lang() === "en" && error.message ? `${e.rejected} ${error.message}` : e.rejected;
  }
  return e.other;
}
