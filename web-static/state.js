// What the page is working on, shared by its parts.

export const state = {
  generation: null, // the POST /api/prompts answer, or the prompt reopened (GET /api/prompts/{id})
  baseline: "", // the last saved text of the prompt: the next diff's "original"
  baseVersion: 0, // the version that text is (0 = as generated): an edit says which version it changes
  versions: null, // the GET /api/prompts/{id} answer
  lastDiff: null,
  jsonOpen: false,
};

/** Whether the editor holds exactly the saved text, so a render of it is that version. */
export function editorIsSaved() {
  return Boolean(state.generation) && document.getElementById("prompt-editor").value === state.baseline;
}
