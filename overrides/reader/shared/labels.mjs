// What the scripts say comes from the page, in its language, as data-label-* attributes (rendered from
// statement_core/labels.py; never written in a script). These two functions read and fill them, for every
// reader feature and for the search (overrides/search/).

/** `template` with each "{name}" filled from `values`; a name `values` lacks stays as written. */
export function format(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

/** The label in `element`'s data-label-<name> attribute ("copied-citation"), filled from `values`; "" when
    the element or the attribute is missing. */
export function label(element, name, values) {
  const key = `label${name.replace(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase())}`;
  const template = element ? element.dataset[key] : undefined;
  return template === undefined ? "" : format(template, values);
}
