// What the voice is given for a segment's text (issue 32): spaces collapsed, and each written form of the
// pronunciation table (data/pronunciation.yaml, handed over by the page) replaced by its spoken form. Forms
// are matched whole (not inside a longer word or number), longest first. The page keeps the written text.

function escapeForPattern(text) {
  // Only the characters a pattern gives a meaning to: in a "u" pattern, escaping any other is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A function from written text to spoken text, for `table` ([[written, spoken], …]). */
export function pronouncer(table) {
  const entries = (table || []).slice().sort((a, b) => b[0].length - a[0].length);
  const spoken = new Map(entries);
  const pattern = entries.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map(([written]) => escapeForPattern(written)).join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : null;
  return (text) => {
    const plain = text.replace(/\s+/g, " ").trim();
    return pattern ? plain.replace(pattern, (written) => spoken.get(written)) : plain;
  };
}
