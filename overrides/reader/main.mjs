// Entry point of assets/javascripts/statement-reader.js, the reading pages' behaviour on every page of the
// web site and the offline bundle (bundled by esbuild at build time: statement_core/site/page_scripts.py).
// One module per feature, each exporting start(), which finds its own elements and does nothing on a page
// without them; what features share is in shared/ (labels, "is the reader typing?", the live region,
// copying, the reading preferences, the address's clause). A new feature: a module here, one line below.
import { start as cite } from "./cite.mjs";
import { start as clauseTools } from "./clause-tools.mjs";
import { start as keyboardShortcuts } from "./keyboard-shortcuts.mjs";
import { start as listen } from "./listen.mjs";
import { start as readingTools } from "./reading-tools.mjs";
import { start as segments } from "./segments.mjs";
import { start as share } from "./share.mjs";
import { startWhenReady } from "./shared/start.mjs";
import { start as suggest } from "./suggest.mjs";

// Reading tools first: they apply the reading mode that the others' layout reads.
startWhenReady([readingTools, clauseTools, segments, keyboardShortcuts, cite, share, suggest, listen]);
