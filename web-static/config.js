// Runtime configuration for the page.
// apiBaseUrl "" means same origin: the API is served by whatever serves this page
// (the local gateway in local mode). In AWS the CDK app overwrites this file with the
// API Gateway URL. renderStallSeconds: how long a render may show no progress before the
// page stops waiting and offers "Try again" (default 90).
window.VIDEO_AGENT_CONFIG = { apiBaseUrl: "" };
