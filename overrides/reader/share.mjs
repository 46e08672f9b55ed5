// Share (issue 23), in each clause's actions and in the segment popover: the system share sheet where the
// browser has one (phones, Safari, Chrome on Windows and macOS), else the link is copied and the live region
// says so (desktop Firefox, Linux Chromium, file://). The link is always the public share page
// (statement_core/site/share_pages.py), which previews the clause and forwards to it; the clause's Share
// button carries what to share, and a segment derives its own from it.
import { copy } from "./shared/clipboard.mjs";
import { format, label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";

const SHARE_TEXT_CHARACTERS = 120; // as share_pages.SHARE_TEXT_CHARACTERS

/** `text` up to the share text's length, cut after a whole word with an ellipsis (as share_pages.opening_words). */
function openingWords(text) {
  const words = text.replace(/\s+/g, " ").trim();
  if (words.length <= SHARE_TEXT_CHARACTERS) return words;
  let cut = words.slice(0, SHARE_TEXT_CHARACTERS - 1);
  if (cut.includes(" ")) cut = cut.slice(0, cut.lastIndexOf(" "));
  return `${cut.replace(/[ ,;:–-]+$/, "")}…`;
}

/* What to share for clause N (its Share button) or its segment N.M: a segment is shared as its clause's
   page with the segment's address as fragment, which the page forwards to. */
function shareData(button, segmentId) {
  const clause = button.closest("[data-clause]");
  const locator = segmentId ? segmentId.replace(/\.(\d+)$/, "($1)") : clause.dataset.clause;
  let { share: url, shareText: text } = button.dataset;
  if (segmentId) {
    const segment = clause.querySelector(`[data-column="${document.documentElement.lang}"] [data-segment="${segmentId}"]`);
    text = openingWords(segment ? segment.textContent : "");
    url += `#clause-${segmentId}`;
  }
  return {
    sheet: { title: format(button.dataset.shareTitle, { locator }), text, url },
    copied: format(button.dataset.shareCopied, { locator }),
  };
}

function copyLink({ sheet, copied }) {
  copy(sheet.url).then(() => announce(copied),
    () => announce(label(document.querySelector("[data-reading-tools]"), "copy-failed")));
}

function share(data) {
  if (typeof navigator.share !== "function" || (navigator.canShare && !navigator.canShare(data.sheet))) {
    copyLink(data);
    return;
  }
  navigator.share(data.sheet).catch((error) => {
    if (error.name !== "AbortError") copyLink(data); // the reader closing the sheet is not a failure
  });
}

export function start() {
  document.querySelectorAll(".clause [data-share]").forEach((button) => {
    button.addEventListener("click", () => share(shareData(button)));
  });
  const popover = document.querySelector("[data-segment-popover]");
  const segmentShare = popover && popover.querySelector("[data-share-segment]");
  if (!segmentShare) return;
  segmentShare.addEventListener("click", () => {
    const id = popover.dataset.forSegment;
    const button = id && document.querySelector(`[data-clause="${id.split(".")[0]}"] [data-share]`);
    if (button) share(shareData(button, id));
  });
}
