// Runtime configuration for the page.
// apiBaseUrl "" means same origin: the API is served by whatever serves this page
// (the local gateway in local mode). In AWS the CDK app overwrites this file with the
// API Gateway URL.
window.VIDEO_AGENT_CONFIG = { apiBaseUrl: "" };
