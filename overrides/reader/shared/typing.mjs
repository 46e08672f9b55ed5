// Is the reader typing? Then a key press is text, not a shortcut: the one rule for every key the scripts
// bind (the reading pages' shortcuts, "/" for the search).

// Buttons, radios and checkboxes take no text: on them the shortcuts still work (e.g. after choosing a mode).
const KEYLESS_INPUTS = /^(button|checkbox|radio|range|reset|submit|image|hidden|color|file)$/i;

/** True when `target` (a key event's) takes text: a text field, a text area, a select, editable content. */
export function isTyping(target) {
  if (!target || !target.closest) return false;
  if (target.isContentEditable || target.closest("textarea, select, [contenteditable]") !== null) return true;
  return target.tagName === "INPUT" && !KEYLESS_INPUTS.test(target.type);
}
