/* The Share action of each clause (.clause__actions) and of the segment in the segment popover (issue 23):
   the system share sheet where the browser has one (phones), else the link is copied and the live region says
   so (desktop Firefox, file://). The link is always the public share page (statement_core/site/share_pages.py),
   which previews the clause and forwards to it; its data is on the clause's button. Needs reading-tools.js. */
(function () {
  "use strict";

  var reader = window.statementReader;
  var SHARE_TEXT_CHARACTERS = 120; // as share_pages.SHARE_TEXT_CHARACTERS

  function openingWords(text) {
    text = text.replace(/\s+/g, " ").trim();
    if (text.length <= SHARE_TEXT_CHARACTERS) return text;
    var cut = text.slice(0, SHARE_TEXT_CHARACTERS - 1);
    if (cut.indexOf(" ") >= 0) cut = cut.slice(0, cut.lastIndexOf(" "));
    return cut.replace(/[ ,;:–-]+$/, "") + "…";
  }

  /* What to share for clause N or segment N.M, from clause N's Share button. */
  function shareData(button, segmentId) {
    var clause = button.closest("[data-clause]").dataset.clause;
    var locator = segmentId ? segmentId.replace(/\.(\d+)$/, "($1)") : clause;
    var text = button.dataset.shareText;
    var url = button.dataset.share;
    if (segmentId) {
      var language = document.documentElement.lang;
      var segment = button.closest("[data-clause]")
        .querySelector("[data-column='" + language + "'] [data-segment='" + segmentId + "']");
      text = openingWords(segment ? segment.textContent : "");
      url += "#clause-" + segmentId; // the clause's page forwards to the segment it names
    }
    return {
      title: reader.format(button.dataset.shareTitle, { locator: locator }),
      text: text,
      url: url,
      copied: reader.format(button.dataset.shareCopied, { locator: locator }),
    };
  }

  function copyLink(data) {
    reader.copy(data.url).then(function () { reader.announce(data.copied); },
      function () { reader.announce(reader.labels().labelCopyFailed); });
  }

  function share(data) {
    var sheet = { title: data.title, text: data.text, url: data.url };
    if (typeof navigator.share !== "function" || (navigator.canShare && !navigator.canShare(sheet))) {
      copyLink(data);
      return;
    }
    navigator.share(sheet).catch(function (error) {
      if (error && error.name !== "AbortError") copyLink(data); // closing the sheet is not a failure
    });
  }

  document.querySelectorAll(".clause [data-share]").forEach(function (button) {
    button.addEventListener("click", function () { share(shareData(button)); });
  });

  var popover = document.querySelector("[data-segment-popover]");
  var segmentShare = popover && popover.querySelector("[data-share-segment]");
  if (segmentShare) {
    segmentShare.addEventListener("click", function () {
      var id = popover.dataset.forSegment;
      var button = id && document.querySelector("[data-clause='" + id.split(".")[0] + "'] [data-share]");
      if (button) share(shareData(button, id));
    });
  }
})();
