"""A Content-Security-Policy for a rendered page, with a hash for each of its inline scripts.

Material's theme writes small inline scripts (colour scheme, storage scope), and we write two (the reading
mode before the first paint, a share page's redirect). Only scripts on the reviewed list INLINE_SCRIPTS are
hashed into the policy; any other inline script fails the build (`UnreviewedScript`), naming it. So markup
that slips a script into a page, a theme update that adds one, or a template edit is stopped at the build
and read by a person before `script-src` allows it. Each entry matches the script's whole text; where a
script differs from page to page, only the part that must differ (a relative address) is left open, and
that part cannot hold a quote or a backslash.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
# The type values that make a script run (HTML's JavaScript MIME types in use, and modules); any other type
# (application/json, application/ld+json) is a data block the browser never executes.
_SCRIPT_TYPES = frozenset({"text/javascript", "application/javascript", "module"})
_CHARSET = re.compile(r"<meta charset=\"utf-8\">", re.IGNORECASE)
_ADDRESS = r"[A-Za-z0-9._~/%-]*"  # a relative or site-root address: no quote, no backslash, no space

# The reviewed inline scripts: what each is, where it comes from, and its whole text.
INLINE_SCRIPTS: dict[str, re.Pattern[str]] = {name: re.compile(pattern, re.DOTALL) for name, pattern in {
    # Material 9 base.html: where the theme keeps its settings in localStorage (the site's root, relative).
    "Material's storage scope": r'__md_scope=new URL\("' + _ADDRESS + r'",location\),' + re.escape(
        '__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,'
        't=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>'
        '{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'),
    # Material 9 base.html: the reader's colour scheme before the first paint.
    "Material's colour scheme": re.escape(
        'var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"===palette.color'
        '.media){var media=matchMedia("(prefers-color-scheme: light)"),input=document.querySelector(media.matches?'
        '"[data-md-color-media=\'(prefers-color-scheme: light)\']":"[data-md-color-media=\'(prefers-color-scheme: '
        'dark)\']");palette.color.media=input.getAttribute("data-md-color-media"),palette.color.scheme=input.'
        'getAttribute("data-md-color-scheme"),palette.color.primary=input.getAttribute("data-md-color-primary"),'
        'palette.color.accent=input.getAttribute("data-md-color-accent")}for(var[key,value]of Object.entries('
        'palette.color))document.body.setAttribute("data-md-color-"+key,value)}'),
    # Material 9 base.html: opens the content tab the address names.
    "Material's tab from the address": re.escape(
        'var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked='
        'target.name.startsWith("__tabbed_"))'),
    # overrides/main.html: the reader's reading mode and column order before the first paint.
    "reading mode before the first paint": re.escape(
        '(function(){var d=document.documentElement;d.classList.add("reading-js");try{var p=JSON.parse('
        'localStorage.getItem("vn-by-statement.reading")||"{}");if(["side","vi","en","stacked"].indexOf(p.mode)'
        '>=0)d.setAttribute("data-reading-mode",p.mode);if(p.swapped===true)d.setAttribute('
        '"data-columns-swapped","true")}catch(e){}})();'),
    # overrides/fragments/share_page.html (statement_core/site/share_pages.py): a clause's share page sends
    # a reader on to the clause (or the segment the address names).
    "share page's redirect": r'location\.replace\("' + _ADDRESS + r'" \+ \(/\^#clause-(?P<n>[0-9]+)\\\.\[0-9\]\+\$/'
                             r'\.test\(location\.hash\) \? location\.hash : "#clause-(?P=n)"\)\);',
}.items()}


class UnreviewedScript(ValueError):
    """A page holds an inline script that is not on the reviewed list."""


def reviewed(body: str) -> str | None:
    """The name of the reviewed script `body` is, or None."""
    return next((name for name, pattern in INLINE_SCRIPTS.items() if pattern.fullmatch(body)), None)


def inline_script_hashes(html: str) -> list[str]:
    """The hashes of the page's inline scripts, each of which must be on the reviewed list."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs") or ""
        kind = _TYPE.search(attrs)
        if "src=" in attrs or (kind and kind.group(1).lower() not in _SCRIPT_TYPES):
            continue  # external files are covered by 'self'; data blocks (JSON, JSON-LD) never execute
        if reviewed(match.group("body")) is None:
            raise UnreviewedScript(f"an inline script that is not on the reviewed list (statement_core/site/csp.py "
                                   f"INLINE_SCRIPTS): {match.group('body')[:200]!r}")
        digest = base64.b64encode(hashlib.sha256(match.group("body").encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


def policy(html: str) -> str:
    scripts = " ".join(["'self'", *inline_script_hashes(html)])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",  # Material sets style attributes from its scripts
        "img-src 'self' data:",              # the theme's icons are data: SVGs in its CSS
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_policy(html: str) -> str:
    """Insert the policy right after <meta charset>, before anything it governs."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return _CHARSET.sub(lambda m: m.group(0) + "\n    " + meta, html, count=1)
