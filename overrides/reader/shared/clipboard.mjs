// Copying text: the clipboard API where the page may use it (https, localhost), else a selected hidden
// field (file:// in the offline bundle, plain http).

function copyBySelection(text, container) {
  return new Promise((resolve, reject) => {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    (container || document.body).appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (copied) resolve();
    else reject(new Error("copy refused"));
  });
}

/** Copy `text`; resolves once copied. Inside a modal dialog pass the dialog as `container`: the page
    behind it is inert, so the fallback's field must go into the dialog. */
export function copy(text, container) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text).catch(() => copyBySelection(text, container));
  }
  return copyBySelection(text, container);
}
