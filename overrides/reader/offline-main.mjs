// Entry point of assets/javascripts/statement-offline.js: reading without a network (offline.mjs), with
// workbox-window bundled in. The web site's pages only: the offline bundle is read from file://, where
// browsers run no service worker (statement_core/site/offline.py).
import { start as offline } from "./offline.mjs";
import { startWhenReady } from "./shared/start.mjs";

startWhenReady([offline]);
