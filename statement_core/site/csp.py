"""A Content-Security-Policy for a rendered page, with a hash for each of its inline scripts.

Material's theme writes small inline scripts (colour scheme, storage scope); hashing exactly those keeps
`script-src` closed to any other inline code, which is what stops injected markup from running.
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


def inline_script_hashes(html: str) -> list[str]:
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs") or ""
        kind = _TYPE.search(attrs)
        if "src=" in attrs or (kind and kind.group(1).lower() not in _SCRIPT_TYPES):
            continue  # external files are covered by 'self'; data blocks (JSON, JSON-LD) never execute
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
