// UI texts in Korean and English. The language follows the browser, and the switch remembers a choice.

export const TEXTS = {
  en: {
    skip: "Skip to the idea",
    title: "Video Prompt Agent",
    lede: "Describe a video in Korean or English. Get an optimized English prompt, refine it, and render it.",
    checking: "Checking services…",
    servicesUp: "All services up",
    servicesDegraded: "Some services are down:",
    servicesUnknown: "Service status unavailable",
    ideaTitle: "Your video idea",
    ideaPlaceholder: "e.g. 눈 내리는 산타마을 / a red sports car drifting at night",
    examples: "Try:",
    generate: "Generate prompt",
    generating: "Writing the prompt…",
    generated: "Prompt ready.",
    fromCache: "from cache",
    fromHistory: "reused an edited prompt",
    notStored: "not saved to history",
    promptTitle: "Prompt",
    saveEdit: "Save edit",
    revert: "Undo changes",
    saving: "Saving…",
    savedVersion: (v) => `Saved as version ${v}.`,
    diffTitle: "Your changes",
    noChanges: "No changes yet. Edit the prompt above; insertions and deletions show here.",
    showJson: "Show JSON",
    hideJson: "Hide JSON",
    diffStats: (s) => `${s.inserted} inserted, ${s.deleted} deleted, ${s.replaced} replaced · similarity ${Math.round(s.similarity * 100)}%`,
    slotsTitle: "What the prompt is made of",
    negativeTitle: "Negative prompt",
    learnedTitle: "Learned from other people's edits",
    learnedAdd: (a) => `added “${a.term}” (${a.support} people, ${Math.round(a.share * 100)}% of edits for ${a.scope})`,
    learnedRemove: (a) => `removed “${a.term}” (${a.support} people, ${Math.round(a.share * 100)}% of edits for ${a.scope})`,
    traceFrom: { input: "from your words", default: "default", rule: "rule", learned: "learned" },
    renderTitle: "Render a video",
    duration: "Length",
    seconds: (n) => `${n} s`,
    resolution: "Size",
    render: "Render",
    rendering: "Rendering…",
    download: "Download WebM",
    poster: "Poster image",
    status: {
      QUEUED: "Queued", RENDERING: "Rendering", RETRYING: "Retrying", SUCCEEDED: "Done",
      FALLBACK: "Fallback animation", FAILED: "Failed",
    },
    attempt: (n) => `attempt ${n} of 4`,
    fallbackNote: "The render failed 4 times; this is the default animation.",
    failedNote: "The video could not be made.",
    percent: (p) => `${Math.round(p * 100)}%`,
    suggestionsTitle: "Similar past requests",
    suggestionsEmpty: "Generate a prompt to see what others refined for similar ideas.",
    noSuggestions: "No similar requests yet.",
    use: "Use",
    similar: (s) => `${Math.round(s * 100)}% similar`,
    edits: (n) => (n === 1 ? "1 edit" : `${n} edits`),
    historyTitle: "History",
    historyEmpty: "No prompts yet.",
    refresh: "Refresh",
    open: "Open",
    errors: {
      network: "Cannot reach the service. Check your connection and try again.",
      400: "The request was not accepted:",
      404: "Not found:",
      413: "That is too long:",
      429: "Too many requests right now. Wait a moment and try again.",
      503: "A service is temporarily unavailable. Try again in a moment.",
      other: "Something went wrong. Try again.",
      emptyIdea: "Type an idea first.",
    },
  },
  ko: {
    skip: "아이디어 입력으로 건너뛰기",
    title: "비디오 프롬프트 에이전트",
    lede: "만들고 싶은 영상을 한국어나 영어로 적어 보세요. 최적화된 영어 프롬프트를 만들고, 다듬고, 영상으로 렌더링합니다.",
    checking: "서비스 상태 확인 중…",
    servicesUp: "모든 서비스 정상",
    servicesDegraded: "일부 서비스 중단:",
    servicesUnknown: "서비스 상태를 알 수 없음",
    ideaTitle: "영상 아이디어",
    ideaPlaceholder: "예: 눈 내리는 산타마을 / a red sports car drifting at night",
    examples: "예시:",
    generate: "프롬프트 만들기",
    generating: "프롬프트를 쓰는 중…",
    generated: "프롬프트가 준비됐어요.",
    fromCache: "캐시에서",
    fromHistory: "다듬어진 프롬프트 재사용",
    notStored: "기록에 저장되지 않음",
    promptTitle: "프롬프트",
    saveEdit: "수정 저장",
    revert: "수정 취소",
    saving: "저장 중…",
    savedVersion: (v) => `버전 ${v}(으)로 저장했어요.`,
    diffTitle: "수정한 내용",
    noChanges: "아직 수정한 내용이 없어요. 위 프롬프트를 고치면 추가·삭제가 여기 표시돼요.",
    showJson: "JSON 보기",
    hideJson: "JSON 숨기기",
    diffStats: (s) => `추가 ${s.inserted}, 삭제 ${s.deleted}, 교체 ${s.replaced} · 유사도 ${Math.round(s.similarity * 100)}%`,
    slotsTitle: "프롬프트 구성",
    negativeTitle: "네거티브 프롬프트",
    learnedTitle: "다른 사람들의 수정에서 배운 점",
    learnedAdd: (a) => `“${a.term}” 추가 (${a.support}명, ${a.scope} 수정의 ${Math.round(a.share * 100)}%)`,
    learnedRemove: (a) => `“${a.term}” 제거 (${a.support}명, ${a.scope} 수정의 ${Math.round(a.share * 100)}%)`,
    traceFrom: { input: "입력에서", default: "기본값", rule: "규칙", learned: "학습" },
    renderTitle: "영상 렌더링",
    duration: "길이",
    seconds: (n) => `${n}초`,
    resolution: "크기",
    render: "렌더링",
    rendering: "렌더링 중…",
    download: "WebM 내려받기",
    poster: "포스터 이미지",
    status: {
      QUEUED: "대기 중", RENDERING: "렌더링 중", RETRYING: "재시도 중", SUCCEEDED: "완료",
      FALLBACK: "기본 애니메이션", FAILED: "실패",
    },
    attempt: (n) => `시도 ${n}/4`,
    fallbackNote: "렌더링이 4번 실패해서 기본 애니메이션을 만들었어요.",
    failedNote: "영상을 만들지 못했어요.",
    percent: (p) => `${Math.round(p * 100)}%`,
    suggestionsTitle: "비슷한 이전 요청",
    suggestionsEmpty: "프롬프트를 만들면 비슷한 아이디어에서 다른 사람들이 다듬은 프롬프트가 보여요.",
    noSuggestions: "아직 비슷한 요청이 없어요.",
    use: "사용",
    similar: (s) => `유사도 ${Math.round(s * 100)}%`,
    edits: (n) => `수정 ${n}회`,
    historyTitle: "기록",
    historyEmpty: "아직 프롬프트가 없어요.",
    refresh: "새로고침",
    open: "열기",
    errors: {
      network: "서비스에 연결할 수 없어요. 연결을 확인하고 다시 시도해 주세요.",
      400: "요청을 처리할 수 없어요:",
      404: "찾을 수 없어요:",
      413: "너무 길어요:",
      429: "요청이 너무 많아요. 잠시 후 다시 시도해 주세요.",
      503: "일부 서비스를 잠시 사용할 수 없어요. 잠시 후 다시 시도해 주세요.",
      other: "문제가 생겼어요. 다시 시도해 주세요.",
      emptyIdea: "먼저 아이디어를 입력해 주세요.",
    },
  },
};

export const EXAMPLES = [
  "눈 내리는 산타마을",
  "귀여운 강아지가 뛰노는 밝은 영상",
  "비 오는 서울 밤거리, 네온사인",
  "a red sports car drifting on a mountain road at night",
  "fireworks over the harbor, slow motion",
  "cherry blossom petals drifting in a park",
];

const STORAGE_KEY = "videoAgent.lang";

export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "ko" || saved === "en") return saved;
  } catch {
    // storage may be blocked; fall back to the browser's language
  }
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return languages.some((l) => String(l || "").toLowerCase().startsWith("ko")) ? "ko" : "en";
}

export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; still switched for this page
  }
}
