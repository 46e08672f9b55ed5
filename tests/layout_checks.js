/* Geometry of a reading page as laid out now, for tests/test_browser_layout.py: every problem as a line of
   text. Lines of a heading are counted from its text nodes' line boxes (Range.getClientRects, distinct
   tops); a line of under MIN_CHARACTERS characters means words are being broken. */
({ phone, primarySize }) => {
  const MIN_CHARACTERS = 8;
  const MIN_TARGET = 24;
  const problems = [];
  const say = (what) => problems.push(what);
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  const name = (element) => (element.dataset.copy || element.className || element.tagName).toString().split(" ")[0];
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
                            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

  const width = document.documentElement.clientWidth;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (scrollWidth > width) say(`page scrolls sideways: ${scrollWidth} px wide in ${width} px`);

  for (const clause of document.querySelectorAll(".clause")) {
    const number = clause.dataset.clause;
    const heading = clause.querySelector(".clause__heading");
    const head = clause.querySelector(".clause__head") || clause;  // (a clause without a head: older markup)
    const clauseWidth = clause.getBoundingClientRect().width;

    const boxes = [];
    for (const part of heading.querySelectorAll(".clause__number, .clause__topic")) {
      for (const rect of part.getClientRects()) boxes.push([part.className, rect]);
    }
    for (const control of head.querySelectorAll("button, a, input")) {
      if (!heading.contains(control) && shown(control)) boxes.push([name(control), control.getBoundingClientRect()]);
    }
    boxes.forEach(([nameA, a], i) => boxes.slice(i + 1).forEach(([nameB, b]) => {
      if (nameA !== nameB && overlap(a, b)) say(`clause ${number}: ${nameA} and ${nameB} overlap`);
    }));
    for (const [boxName, box] of boxes) {
      if (box.right > clause.getBoundingClientRect().right + 0.5) say(`clause ${number}: ${boxName} sticks out of the row`);
    }

    const headingWidth = heading.getBoundingClientRect().width;
    if (phone && headingWidth < clauseWidth / 2) {
      say(`clause ${number}: heading ${Math.round(headingWidth)} px of a ${Math.round(clauseWidth)} px row`);
    }
    const range = document.createRange();
    const tops = new Set();
    let characters = 0;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      characters += node.textContent.trim().length;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    if (characters / tops.size < MIN_CHARACTERS) {
      say(`clause ${number}: heading broken into ${tops.size} lines of ${(characters / tops.size).toFixed(1)} characters`);
    }
  }

  /* Targets: every control of the reading page except links inside running text. Radio buttons count
     with their label, which is what a finger or pointer hits. */
  const statement = document.querySelector(".statement");
  const controls = [...statement.querySelectorAll("button, summary, a, label")]
    .filter((control) => !control.closest(".clause__body, .chapter-summary, .translation-notice, dialog"))
    .filter(shown);
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width < MIN_TARGET - 0.5 || box.height < MIN_TARGET - 0.5) {
      say(`${name(control)} "${control.textContent.trim().slice(0, 30)}" is ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`);
    }
  }
  if (primarySize) {
    for (const control of statement.querySelectorAll(".reading-tools button, .reading-tools__mode, .clause__tools button")) {
      if (!shown(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.width < primarySize - 0.5 || box.height < primarySize - 0.5) {
        say(`primary ${name(control)} is ${box.width.toFixed(1)}×${box.height.toFixed(1)} px on a touch screen`);
      }
    }
  }
  return problems;
}
