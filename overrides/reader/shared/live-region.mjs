// The reading pages' polite live region ([data-reading-status], in the reading tools), through which every
// change a reader makes is announced. It doubles as a short notice on screen (a toast on phones, where the
// tools are far away).

let hideTimer = 0;

export function announce(message) {
  const status = document.querySelector("[data-reading-status]");
  if (!status) return;
  status.textContent = "";
  status.classList.remove("is-shown");
  window.clearTimeout(hideTimer);
  // Emptied first and filled a moment later, so the same message twice is announced twice.
  window.setTimeout(() => {
    status.textContent = message;
    status.classList.add("is-shown");
    hideTimer = window.setTimeout(() => status.classList.remove("is-shown"), 4000);
  }, 50);
}
