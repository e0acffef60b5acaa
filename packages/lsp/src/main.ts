// Entry of dist/server.js: `node dist/server.js --stdio`.
import { startServer } from "./start.js";

startServer();
