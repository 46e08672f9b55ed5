// Reading tools: reading modes, column swap and their memory; the clause the address names; the chips'
// cards dismissed with Escape. Progressive enhancement: without scripts the page reads side by side and
// the controls stay hidden.
import { watchTarget } from "./shared/address.mjs";
import { toggleExpanded } from "./shared/controls.mjs";
import { label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";
import { applyPreferences, choose, readingPreferences } from "./shared/reading-preferences.mjs";

function setUpReadingTools(tools) {
  tools.hidden = false;
  const current = readingPreferences();
  const swap = tools.querySelector("[data-swap-columns]");
  const modesToggle = tools.querySelector("[data-reading-modes-toggle]");
  modesToggle.addEventListener("click", () => toggleExpanded(modesToggle));
  tools.querySelectorAll('input[name="reading-mode"]').forEach((radio) => {
    radio.checked = radio.value === current.mode;
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      choose({ mode: radio.value });
      announce(label(tools, "mode-announcement", { mode: radio.parentElement.querySelector("span").textContent }));
    });
  });
  swap.setAttribute("aria-pressed", current.swapped ? "true" : "false");
  swap.addEventListener("click", () => {
    const swapped = !readingPreferences().swapped;
    choose({ swapped });
    swap.setAttribute("aria-pressed", swapped ? "true" : "false");
    announce(label(tools, swapped ? "swapped" : "unswapped"));
  });
}

function dismissCardsOnEscape(event) {
  if (event.key !== "Escape") return;
  const active = document.activeElement;
  const chip = active && active.closest && active.closest(".chip");
  if (chip) chip.classList.add("is-dismissed");
}

export function start() {
  applyPreferences();
  const tools = document.querySelector("[data-reading-tools]");
  if (tools) setUpReadingTools(tools);
  document.querySelectorAll(".chip").forEach((chip) => {
    chip.addEventListener("focusout", () => chip.classList.remove("is-dismissed"));
    chip.addEventListener("mouseleave", () => chip.classList.remove("is-dismissed"));
  });
  document.addEventListener("keydown", dismissCardsOnEscape);
  watchTarget();
}
