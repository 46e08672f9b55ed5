// The read-aloud player (issue 32): reads the page's clauses aloud, one segment per utterance, in the chosen
// language, marking the segment being read and its counterpart (segments.mjs's marking) and following it on
// screen (follow.mjs). Pausing cancels the utterance and resuming says the segment again from its start:
// speechSynthesis.pause() does nothing on Android. The state is announced through the page's live region
// only on the reader's own actions and never while the voice speaks; the segments themselves are heard.
import { mark, shown } from "../segments.mjs";
import { toggleExpanded } from "../shared/controls.mjs";
import { label } from "../shared/labels.mjs";
import { announce } from "../shared/live-region.mjs";
import { readingPreferences } from "../shared/reading-preferences.mjs";
import { Follower } from "./follow.mjs";
import { clauseStart, readingQueue } from "./reading-queue.mjs";
import { pronouncer } from "./spoken-text.mjs";
import { SPEECH_LANG, voiceFor, voicesReady } from "./voices.mjs";

const READING = "is-being-read"; // the class of the segment being read, and of its counterpart
const LANGUAGES = ["vi", "en"];

/* The page's language column, unless the reader shows only the other language. */
function defaultLanguage() {
  const page = document.documentElement.lang === "en" ? "en" : "vi";
  const { mode } = readingPreferences();
  return LANGUAGES.indexOf(mode) >= 0 ? mode : page;
}

/* "13(2)", or "13" for a clause of one segment, as the Cite dialog writes it (the page says which). */
function locator(item) {
  return item.segment.dataset.locator;
}

/* The segment's address where this page has it (a chapter page), else its clause's (the full text). */
function address(item) {
  const segment = item.segment.dataset.address;
  return document.getElementById(segment) ? segment : item.clause.getAttribute("aria-labelledby");
}

export class Player {
  constructor(template) {
    const content = template.content.cloneNode(true);
    this.root = content.querySelector("[data-listen-player]");
    document.body.appendChild(content);
    this.table = JSON.parse(template.dataset.pronunciation || "{}");
    this.synth = window.speechSynthesis;
    this.voices = [];
    this.ready = voicesReady(this.synth).then((voices) => { this.voices = voices; });
    this.onVoicesChanged = () => { this.voices = this.synth.getVoices(); };
    this.synth.addEventListener("voiceschanged", this.onVoicesChanged);
    this.state = "stopped"; // "playing" | "paused" | "stopped"
    this.serial = 0; // the utterance whose events still count
    this.rate = 1;
    this.index = 0;
    this.marked = null;
    this.setLanguage(defaultLanguage());
    this.follower = new Follower(this.root, (following) => this.control("follow").setAttribute("aria-pressed", String(following)));
    this.wire();
    this.keepPageClear();
    this.onPageHide = () => this.synth.cancel();
    window.addEventListener("pagehide", this.onPageHide);
  }

  control(action) {
    return this.root.querySelector(`[data-listen-action="${action}"]`);
  }

  say(name, values) {
    return label(this.root, name, values);
  }

  languageName(code) {
    return this.say(`language-${code}`);
  }

  wire() {
    const actions = {
      "play-pause": () => this.togglePlay(),
      "previous-segment": () => this.moveTo(this.index - 1),
      "next-segment": () => this.moveTo(this.index + 1),
      "previous-clause": () => this.moveTo(clauseStart(this.items, this.index, -1)),
      "next-clause": () => this.moveTo(clauseStart(this.items, this.index, 1)),
      follow: () => this.follower.show(this.current() && this.visibleHalf(this.current()), true),
      close: () => this.close(),
    };
    this.root.addEventListener("click", (event) => {
      const button = event.target.closest("[data-listen-action]");
      if (button && actions[button.dataset.listenAction]) actions[button.dataset.listenAction]();
    });
    this.root.querySelector("[data-listen-speed]").addEventListener("change", (event) => {
      this.rate = Number(event.target.value) || 1;
      const text = event.target.selectedOptions[0].textContent;
      if (this.state === "playing") this.speak();
      else announce(this.say("speed", { speed: text }));
    });
    this.root.querySelector("[data-listen-language]").addEventListener("change", (event) => this.switchLanguage(event.target.value));
    this.root.querySelector("[data-listen-offer]").addEventListener("click", (event) => {
      this.switchLanguage(event.currentTarget.dataset.language);
      this.play();
    });
    this.root.querySelector("[data-listen-current]").addEventListener("click", () => this.follower.set(true));
    const settings = this.root.querySelector("[data-listen-settings-toggle]");
    settings.addEventListener("click", () => toggleExpanded(settings));
  }

  /* The page keeps room below the text for the player (statement.css reads the height), so it never covers
     the last lines; scrolling into view keeps clear of it too (scroll-padding). */
  keepPageClear() {
    const root = document.documentElement;
    root.classList.add("is-listening");
    const measure = () => root.style.setProperty("--listen-player-height", `${this.root.offsetHeight}px`);
    measure();
    if ("ResizeObserver" in window) {
      this.resize = new ResizeObserver(measure);
      this.resize.observe(this.root);
    }
  }

  current() {
    return this.items[this.index] || null;
  }

  /* The half of the segment the reader can see: the one read, or its counterpart in a one-language mode. */
  visibleHalf(item) {
    const halves = Array.from(item.clause.querySelectorAll(`[data-segment="${item.id}"]`));
    return halves.find((half) => half === item.segment && shown(half)) || halves.find(shown) || null;
  }

  setLanguage(language) {
    this.language = language;
    this.items = readingQueue(language);
    this.spoken = pronouncer(this.table[language]);
    this.root.querySelector("[data-listen-language]").value = language;
  }

  /* Listen in the other language from the same segment. */
  switchLanguage(language) {
    const id = this.current() ? this.current().id : null;
    const clause = this.current() ? this.current().clause : null;
    this.setLanguage(language);
    const same = this.items.findIndex((item) => item.clause === clause && item.id === id);
    this.index = Math.max(0, same);
    this.hideMessage();
    if (this.state === "playing") this.play();
    else this.showCurrent(false);
  }

  /** Start reading at the first segment of `clause` (or of the page). */
  listenFrom(clause) {
    const start = clause ? this.items.findIndex((item) => item.clause === clause) : 0;
    this.index = Math.max(0, start);
    this.finished = false;
    this.showCurrent(false);
    this.control("play-pause").focus({ preventScroll: true });
    this.play();
  }

  togglePlay() {
    if (this.state === "playing") this.pause();
    else this.play();
  }

  /* Play from the current segment once the voices are known; without a voice for the language, say so. */
  play() {
    this.ready.then(() => {
      const voice = voiceFor(this.voices, this.language);
      if (!voice) {
        this.stopSpeaking("stopped");
        this.showMissingVoice();
        return;
      }
      this.hideMessage();
      if (this.finished) this.index = 0; // played to the end: Play starts again
      this.finished = false;
      this.speak();
    });
  }

  speak() {
    const item = this.current();
    if (!item) return;
    const voice = voiceFor(this.voices, this.language);
    if (!voice) return;
    this.serial += 1;
    const serial = this.serial;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(this.spoken(item.segment.textContent));
    utterance.voice = voice;
    utterance.lang = voice.lang ? voice.lang.replace("_", "-") : SPEECH_LANG[this.language];
    utterance.rate = this.rate;
    utterance.onstart = () => { if (serial === this.serial) this.showCurrent(true); };
    utterance.onend = () => { if (serial === this.serial) this.next(); };
    utterance.onerror = (event) => {
      if (serial !== this.serial || event.error === "interrupted" || event.error === "canceled") return;
      this.stopSpeaking("paused");
    };
    this.setState("playing");
    this.showCurrent(false);
    this.synth.speak(utterance);
  }

  /* The utterance ended: on to the next segment, or the end of the page. */
  next() {
    if (this.index + 1 < this.items.length) {
      this.index += 1;
      this.speak();
      return;
    }
    this.finished = true;
    this.stopSpeaking("stopped");
    announce(this.say("finished"));
  }

  pause() {
    this.stopSpeaking("paused");
    announce(this.say("paused"));
  }

  stopSpeaking(state) {
    this.serial += 1; // the cancelled utterance's events no longer count
    this.synth.cancel();
    this.setState(state);
  }

  /* Previous/next segment or clause: heard at once while playing, else marked for the next Play. */
  moveTo(index) {
    if (index < 0 || index >= this.items.length) return;
    this.index = index;
    this.finished = false;
    if (this.state === "playing") this.speak();
    else this.showCurrent(true);
  }

  setState(state) {
    this.state = state;
    this.root.dataset.state = state;
    this.root.querySelector("[data-listen-play-label]").textContent = this.say(state === "playing" ? "pause" : "play");
  }

  /* The player names the current segment (a link to its address) and, with `marked`, the page marks it. */
  showCurrent(marked) {
    const item = this.current();
    if (!item) return;
    const link = this.root.querySelector("[data-listen-current]");
    link.href = `#${address(item)}`;
    link.textContent = this.say("segment-link", { locator: locator(item) });
    link.hidden = false;
    if (!marked) return;
    if (this.marked) mark(this.marked, READING, false);
    this.marked = item.segment;
    mark(item.segment, READING, true);
    this.follower.show(this.visibleHalf(item));
  }

  showMissingVoice() {
    const message = this.root.querySelector("[data-listen-message]");
    const text = this.say("no-voice", { language: this.languageName(this.language) });
    message.querySelector("[data-listen-message-text]").textContent = text;
    const other = LANGUAGES.find((code) => code !== this.language);
    const offer = message.querySelector("[data-listen-offer]");
    const canOffer = Boolean(voiceFor(this.voices, other));
    offer.hidden = !canOffer;
    offer.dataset.language = other;
    offer.textContent = this.say("offer-other", { language: this.languageName(other) });
    message.hidden = false;
    announce(canOffer ? `${text} ${offer.textContent}.` : text);
  }

  hideMessage() {
    this.root.querySelector("[data-listen-message]").hidden = true;
  }

  close() {
    this.stopSpeaking("stopped");
    if (this.marked) mark(this.marked, READING, false);
    this.follower.stop();
    if (this.resize) this.resize.disconnect();
    this.synth.removeEventListener("voiceschanged", this.onVoicesChanged);
    window.removeEventListener("pagehide", this.onPageHide);
    document.documentElement.classList.remove("is-listening");
    document.documentElement.style.removeProperty("--listen-player-height");
    this.root.remove();
    announce(this.say("closed"));
    if (this.onClose) this.onClose();
  }
}
