// Sign-in where the deployment has users: the OIDC authorization code flow with PKCE for a public client (no
// secret), against the issuer /auth-config.json names (Cognito's managed login in AWS, the runtime's own OIDC
// server with `serve --users`). Tokens are kept in memory only; the PKCE verifier and state wait in
// sessionStorage for the one redirect back, then are removed.

const PENDING = "video-agent.sign-in";
const session = { config: { signIn: false }, idToken: null, refreshToken: null, claims: null, refreshTimer: null };

function base64Url(bytes) {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function claimsOf(jwt) {
  try {
    const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = decodeURIComponent(Array.from(atob(part), (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

async function tokenRequest(form) {
  const response = await fetch(session.config.tokenEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: session.config.clientId, ...form }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return response.json();
}

function keep(tokens) {
  session.idToken = tokens.id_token || null;
  session.refreshToken = tokens.refresh_token || session.refreshToken;
  session.claims = session.idToken ? claimsOf(session.idToken) : null;
  clearTimeout(session.refreshTimer);
  const lifetime = Number(tokens.expires_in) || 3600;
  // a minute before expiry, so no call goes out with a token about to lapse
  if (session.refreshToken) session.refreshTimer = setTimeout(refresh, Math.max(10, lifetime - 60) * 1000);
}

async function refresh() {
  try {
    keep(await tokenRequest({ grant_type: "refresh_token", refresh_token: session.refreshToken }));
  } catch {
    signOut();
  }
}

/** Reads the deployment's sign-in config and, coming back from the sign-in page, finishes the sign-in. */
export async function startAuth() {
  try {
    const response = await fetch("auth-config.json", { cache: "no-store" });
    if (response.ok) session.config = await response.json();
  } catch {
    session.config = { signIn: false };
  }
  if (!session.config.signIn) return;
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
  if (params.has("code") && pending) {
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, "", redirectUri());
    if (params.get("state") !== pending.state) return; // not the sign-in this page started
    try {
      keep(await tokenRequest({ grant_type: "authorization_code", code: params.get("code"),
        redirect_uri: redirectUri(), code_verifier: pending.verifier }));
    } catch {
      session.idToken = null;
    }
  }
}

/** Whether this deployment signs people in at all (a single-user local runtime does not). */
export function signInRequired() {
  return Boolean(session.config.signIn);
}

/** The signed-in person's name, or null. */
export function currentUser() {
  if (!session.claims) return null;
  // Cognito's username is an opaque id when people sign in with their e-mail: the address reads better
  return session.claims.email || session.claims.preferred_username || session.claims["cognito:username"]
    || session.claims.sub || null;
}

/** The header API calls carry: the ID token, which API Gateway's Cognito authorizer checks. */
export function authHeaders() {
  return session.idToken ? { Authorization: `Bearer ${session.idToken}` } : {};
}

export async function signIn() {
  const verifier = randomText();
  const state = randomText();
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({ response_type: "code", client_id: session.config.clientId,
    redirect_uri: redirectUri(), scope: "openid", state, code_challenge: challenge, code_challenge_method: "S256" });
  location.assign(`${session.config.authorizationEndpoint}?${query}`);
}

/** Forgets the tokens: the page is signed out at once, whatever the issuer's own session does. */
export function signOut() {
  clearTimeout(session.refreshTimer);
  session.idToken = null;
  session.refreshToken = null;
  session.claims = null;
}
