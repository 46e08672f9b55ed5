// Loads the per-language search files as scripts, which also works from file:// (the offline bundle),
// where fetch() of a local file is refused. Each script registers itself on a global
// (statement_core/search/index_file.py): the index, its word tables apart, and for a large collection the
// records' texts apart.
const INDEXES = "statementSearchIndexes";
const TEXTS = "statementSearchTexts";
const WORDS = "statementSearchWords";

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

const pending = new Map();

/** What the script `<siteRoot>search/<file>` registers on `registry` for `language`, loaded once per page. */
function loadRegistered(siteRoot, file, registry, language) {
  if (!pending.has(file)) {
    const registered = () => (window[registry] || {})[language];
    pending.set(file, registered() ? Promise.resolve(registered())
      : loadScript(`${siteRoot}search/${file}`).then(() => {
        if (!registered()) throw new Error(`search/${file} did not register ${language}`);
        return registered();
      }));
  }
  return pending.get(file);
}

/** The raw index data of `language` (search/<language>.js). */
export function loadIndexData(siteRoot, language) {
  return loadRegistered(siteRoot, `${language}.js`, INDEXES, language);
}

/** The records' texts of `language` in their order, from `file` under search/ (the build wrote them apart). */
export function loadTexts(siteRoot, language, file) {
  return loadRegistered(siteRoot, file, TEXTS, language);
}

/** The word tables of `language` (search/<language>-words.js: `file` under search/), which only a query word
    that is no word of the text needs. */
export function loadWordTables(siteRoot, language, file) {
  return loadRegistered(siteRoot, file, WORDS, language);
}
