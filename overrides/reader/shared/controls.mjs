// Small behaviours of the pages' own controls, the same wherever they appear.

/** A disclosure button: flip its aria-expanded (the styles show or hide what it controls). */
export function toggleExpanded(button) {
  button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
}

/** A modal <dialog> closes on a click on its backdrop (outside its box), as Escape closes it. */
export function closeOnBackdropClick(dialog) {
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right &&
                   event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
}
