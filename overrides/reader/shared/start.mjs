// How an entry point starts its features: once the page is parsed, each on its own, so that one failing
// feature (an error is still reported) leaves the others working, as separate scripts used to.

export function startWhenReady(features) {
  const startAll = () => features.forEach((start) => {
    try {
      start();
    } catch (error) {
      window.setTimeout(() => { throw error; });
    }
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else startAll();
}
