// Loads the per-language search indexes as scripts, which also works from file:// (the offline bundle),
// where fetch() of a local file is refused. Each script registers itself on a global (statement_core/search).
const REGISTRY = "statementSearchIndexes";

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

/** The raw index data of `language`, loaded once per page from `<siteRoot>search/<language>.js`. */
export function loadIndexData(siteRoot, language) {
  if (!pending.has(language)) {
    const registered = () => (window[REGISTRY] || {})[language];
    pending.set(language, registered() ? Promise.resolve(registered())
      : loadScript(`${siteRoot}search/${language}.js`).then(() => {
        if (!registered()) throw new Error(`search/${language}.js did not register an index`);
        return registered();
      }));
  }
  return pending.get(language);
}
