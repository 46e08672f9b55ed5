// The device's voices (issue 32). getVoices() fills asynchronously: empty at first in Chromium, complete
// after "voiceschanged". Only voices on the device are used: a network voice (localService false, e.g.
// Chrome's "Google …" voices on a desktop) would send the statement's text to another host.

/** The language tag every utterance carries, even when a voice is chosen. */
export const SPEECH_LANG = { vi: "vi-VN", en: "en-GB" };

const WAIT_MS = 1500; // what a slow device may take to list its voices; after that, what is there is all there is

function isLocal(voice) {
  return voice.localService !== false;
}

function tag(voice) {
  return String(voice.lang || "").replace("_", "-").toLowerCase();
}

/** The voices, once the browser has listed them (or after WAIT_MS with whatever it has). */
export function voicesReady(synth) {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener("voiceschanged", done);
      window.clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = window.setTimeout(done, WAIT_MS);
    synth.addEventListener("voiceschanged", done);
  });
}

/** The voice for `language` ("vi" or "en"), or null: a Vietnamese voice (vi-VN) for Vietnamese, never another
    language's; British English, else American, else any English for English. The device's default first. */
export function voiceFor(voices, language) {
  const local = voices.filter(isLocal);
  const preferred = language === "vi" ? ["vi-vn", "vi"] : ["en-gb", "en-us", "en"];
  for (const wanted of preferred) {
    const matching = local.filter((voice) => tag(voice) === wanted || (wanted.length === 2 && tag(voice).startsWith(`${wanted}-`)));
    if (matching.length) return matching.find((voice) => voice.default) || matching[0];
  }
  return null;
}
