// Share (issue 23), in each clause's actions and in the segment popover: the system share sheet where the
// browser has one (phones, Safari, Chrome on Windows and macOS), else the link is copied and the live region
// says so (desktop Firefox, Linux Chromium, file://). The link is always the public share page
// (statement_core/site/share_pages.py), which previews the clause and forwards to it; the clause's Share
// button carries what to share, and a segment derives its own from it.
import { copy } from "./shared/clipboard.mjs";
import { format, label } from "./shared/labels.mjs";
import { announce } from "./shared/live-region.mjs";

/* What to share for clause N (its Share button) or its segment N.M: a segment is shared as its clause's
   page with the segment's address as fragment, which the page forwards to. */
function shareData(button, segmentId) {
  const clause = button.closest("[data-clause]");
  let { share: url, shareText: text } = button.dataset;
  let locator = clause.dataset.clause;
  if (segmentId) {
    // The page's half of the segment carries what to share: its opening words (share_pages.opening_words).
    const segment = clause.querySelector(`[data-segment="${segmentId}"][data-share-text]`);
    text = segment.dataset.shareText;
    locator = segment.dataset.locator;
    url += `#${segment.dataset.address}`;
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
