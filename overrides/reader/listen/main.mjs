// Entry point of assets/javascripts/statement-listen.js, the read-aloud player (issue 32), loaded by the
// reader's script (../listen.mjs) on the first press of a Listen control, which it then tells what to read
// with a "statement:listen" event. One player per page; closing it removes it, the next Listen makes another.
import { LISTEN_EVENT } from "../listen.mjs";
import { Player } from "./player.mjs";

let player = null;

document.addEventListener(LISTEN_EVENT, (event) => {
  const template = document.querySelector("[data-listen-player-template]");
  if (!template) return;
  if (!player) {
    const opener = document.activeElement;
    player = new Player(template);
    player.onClose = () => {
      player = null;
      if (opener && opener.isConnected && opener.offsetParent !== null) opener.focus({ preventScroll: true });
    };
  }
  player.listenFrom(event.detail.clause);
});
