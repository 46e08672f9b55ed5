// The link-preview image cards (issue 23) from their SVG sources, with sharp (librsvg draws the text with
// the one font folder that FONTCONFIG_FILE names: statement_core/site/card_png.py). Input on stdin:
// {cards: [{svg, target}]}, only those not already cached; prints {rendered: count}. Started with the build,
// so Node loads sharp and renders while MkDocs builds the pages.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { writeFile } from "node:fs/promises";
import sharp from "sharp";

const { cards } = JSON.parse(readFileSync(0, "utf8"));
// A 256-colour palette: the cards are flat colours and anti-aliased text, so ~25 KB instead of ~40 KB, which
// chat apps fetch faster; effort 1 quantises in a third of the default time at the same size here. No
// metadata and fixed settings: the same SVG gives the same bytes.
const render = ({ svg, target }) =>
  sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 1 }).toBuffer()
    .then((png) => writeFile(target, png));

// sharp renders on libuv's threads: a few cards in flight keep every core busy without queuing thousands.
let next = 0;
const worker = async () => {
  while (next < cards.length) await render(cards[next++]);
};
await Promise.all(Array.from({ length: Math.min(cards.length, availableParallelism() * 2) }, worker));
process.stdout.write(JSON.stringify({ rendered: cards.length }));
