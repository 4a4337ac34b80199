// Small DOM helpers. Everything from a person or the server goes in as textContent, never as HTML.

export const $ = (id) => document.getElementById(id);

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = String(text);
  return el;
}

export function button(className, text, onClick) {
  const b = element("button", className, text);
  b.type = "button";
  if (onClick) b.addEventListener("click", onClick);
  return b;
}

export function busy(b, isBusy) {
  b.disabled = isBusy;
  b.setAttribute("aria-busy", String(isBusy));
}

/**
 * Texts that follow the language: {@code say(el, () => t().generated)} sets the text now and again on every
 * switch, so no status line stays in the old language. {@code say(el, null)} empties it.
 */
const spoken = new Map();

export function say(el, render) {
  if (!render) {
    spoken.delete(el);
    el.textContent = "";
    return;
  }
  spoken.set(el, render);
  el.textContent = render();
}

export function sayAgain() {
  for (const [el, render] of spoken) {
    if (el.isConnected) el.textContent = render();
    else spoken.delete(el);
  }
}
