// Every icon of the site from its one source image (`make icons`; statement_core/site/web_app.py says
// which files, sizes and variants). Input on stdin: {source, background, target, icons: [{path, size,
// full_bleed}]}; prints the written paths as JSON. The PNGs are committed; a test regenerates them into a
// temporary folder and compares the bytes, so a changed source or spec cannot go unnoticed.
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const spec = JSON.parse(readFileSync(0, "utf8"));
const svg = await readFile(spec.source);
const written = [];
for (const icon of spec.icons) {
  // Rasterise the vector at the target size (density scales the SVG's 512-unit canvas) instead of
  // shrinking a large bitmap: sharper small icons.
  let image = sharp(svg, { density: (72 * icon.size) / 512 }).resize(icon.size, icon.size);
  if (icon.full_bleed) {
    image = image.flatten({ background: spec.background }); // fill the rounded corners: a full square
  }
  const target = path.join(spec.target, icon.path);
  await mkdir(path.dirname(target), { recursive: true });
  // No metadata, fixed compression: the same source gives the same bytes.
  await writeFile(target, await image.png({ compressionLevel: 9, palette: false }).toBuffer());
  written.push(target);
}
process.stdout.write(JSON.stringify({ written }));
