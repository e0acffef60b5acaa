// Entry of dist/server.js: `node dist/server.js --stdio`.
import { setFlagsFromString } from "node:v8";
import { startServer } from "./start.js";

/**
 * A long-running server on every keystroke: by default V8 keeps growing the young generation (to 2×16 MiB) and
 * lets old-space garbage pile up to a few times the live data before collecting it, so resident memory climbs
 * by half over the first thousand edits before it levels off. Both settings are read by V8 at each collection,
 * so they apply when set here. `OGI_LSP_V8_FLAGS` replaces them (empty: V8's defaults).
 */
const GC_TUNING = "--semi-space-growth-factor=1 --heap-growing-percent=20";

const flags = process.env.OGI_LSP_V8_FLAGS ?? GC_TUNING;
for (const flag of flags.split(/\s+/).filter(Boolean)) setFlagsFromString(flag);
startServer();
