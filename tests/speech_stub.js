// A recording speechSynthesis for the listening tests (issue 32): headless Chromium has no voices, and a test
// must decide when each utterance starts and ends. __VOICES__ is the device's voice list; the list is empty
// until a "voiceschanged" event a moment after load, as in Chromium. speechLog records every speak (text,
// lang, rate, voice) and cancel; speechDrive.start()/end() fire the last utterance's events.
(() => {
  const voices = __VOICES__;
  let listed = [];
  const utterances = [];
  const log = [];
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: "", rate: 1, pitch: 1, volume: 1, voice: null, onstart: null, onend: null, onerror: null });
    }
  }
  const synth = new EventTarget();
  Object.assign(synth, {
    speaking: false, pending: false, paused: false,
    getVoices: () => listed.slice(),
    speak(utterance) {
      utterances.push(utterance);
      log.push({ type: "speak", text: utterance.text, lang: utterance.lang, rate: utterance.rate,
                 voice: utterance.voice ? utterance.voice.name : null });
    },
    cancel() { log.push({ type: "cancel" }); },
    pause() { log.push({ type: "pause" }); },
    resume() { log.push({ type: "resume" }); },
  });
  const fire = (name) => {
    const utterance = utterances[utterances.length - 1];
    if (utterance && utterance[`on${name}`]) utterance[`on${name}`]({ type: name, utterance });
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.speechLog = log;
  window.speechDrive = { start: () => fire("start"), end: () => fire("end") };
  window.setTimeout(() => { listed = voices; synth.dispatchEvent(new Event("voiceschanged")); }, 200);
})();
