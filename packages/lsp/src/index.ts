export { createServer, SERVER_NAME, SERVER_VERSION, type ServerHandle } from "./create-server.js";
export { startServer } from "./start.js";
export { COMMANDS, FIX_ALL_KIND } from "./code-actions.js";
export { defaultEditorSettings, type EditorSettings, type InlayHintMode } from "./settings.js";
export { looksLikeReport } from "./report-detect.js";
