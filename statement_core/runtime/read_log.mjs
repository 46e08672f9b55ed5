// The Node side of the test audit (statement_core/cache/audit.py): loaded with `node --import` when
// STATEMENT_READ_LOG names the audit's log (statement_core/runtime/node_scripts.py), it appends every file this
// process reads to that log, as the Python side does: the modules it loads (ES modules through a load hook,
// CommonJS ones through fs) and the files it opens through fs. Writes are logged as such: a file the build
// wrote and read back is its own.
import fs from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

const log = process.env.STATEMENT_READ_LOG;
const openSync = fs.openSync;
const descriptor = log ? openSync(log, "a") : null;

function record(kind, file) {
  try {
    let name = file instanceof URL ? fileURLToPath(file) : Buffer.isBuffer(file) ? file.toString() : file;
    if (typeof name !== "string") return; // a descriptor opened already
    if (name.startsWith("file:")) name = fileURLToPath(name);
    try {
      name = fs.realpathSync.native(name);
    } catch {
      name = path.resolve(name);
    }
    fs.writeSync(descriptor, `${kind}\t${name}\n`);
  } catch {
    // never break the build being watched
  }
}

function writes(flags) {
  return typeof flags === "number" ? (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0
    : typeof flags === "string" && /[wa+]/.test(flags);
}

function flagsOf(options) {
  return typeof options === "string" ? options : options && options.flag;
}

export async function load(url, context, nextLoad) { // the ES module loader's hook (runs off the main thread)
  if (url.startsWith("file:")) record("r", url);
  return nextLoad(url, context);
}

if (descriptor !== null) {
  const wrap = (object, name, flagsAt, kindOf) => {
    const original = object[name];
    object[name] = function audited(...args) {
      record(kindOf(args[flagsAt]), args[0]);
      return original.apply(this, args);
    };
  };
  const byFlags = (flags) => (writes(flags) ? "w" : "r");
  const byOptions = (options) => (writes(flagsOf(options) || "r") ? "w" : "r");
  wrap(fs, "openSync", 1, byFlags);
  wrap(fs, "open", 1, (flags) => (typeof flags === "function" ? "r" : byFlags(flags)));
  wrap(fs.promises, "open", 1, byFlags);
  wrap(fs, "readFileSync", 1, byOptions);
  wrap(fs, "readFile", 1, (options) => (typeof options === "function" ? "r" : byOptions(options)));
  wrap(fs.promises, "readFile", 1, byOptions);
  wrap(fs, "createReadStream", 1, () => "r");
  for (const name of ["writeFileSync", "writeFile", "createWriteStream"]) wrap(fs, name, 9, () => "w");
  wrap(fs.promises, "writeFile", 9, () => "w");
  for (const [object, name] of [[fs, "copyFileSync"], [fs, "copyFile"], [fs.promises, "copyFile"]]) {
    const original = object[name];
    object[name] = function audited(source, destination, ...rest) {
      record("r", source);
      record("w", destination);
      return original.call(this, source, destination, ...rest);
    };
  }
  const mkdtempSync = fs.mkdtempSync;
  fs.mkdtempSync = function audited(...args) {
    const made = mkdtempSync.apply(this, args);
    record("t", made);
    return made;
  };
  syncBuiltinESMExports(); // `import { readFileSync } from "node:fs"` gets these too
  if (isMainThread) register(import.meta.url);
}
