"""MkDocs glue: a page whose template would read exactly what it read in an earlier build gets that build's
finished HTML from the build's store instead of a new rendering of Material's base.html (half of a 100-document
rebuild was that rendering, and a data edit changes a few of its thousands of pages).

The key is a digest of the whole context the template is given, written out value by value: the page (its
HTML, table of contents, metadata, address, neighbours), its navigation, every site setting (`config`, as
plugins have left it for this page, each plugin's own settings included; not how the build runs: whether it
verifies the store and where the store is, BUILD_MECHANICS), the language it is finished in, the
environment's globals and filters, and the theme's own files. The store adds the code (ours, the hooks' included, and every installed
package's version). Only values of kinds listed here are written out: a function only by name when its code
is covered (ours, or an installed package's) and it closes over nothing; anything else makes the page
uncacheable, and it is rendered as before. A new kind of input can cost speed but never make a page stale.
The build still runs every other step for every page; only the template's rendering is skipped. What is
kept is the rendering as finished by the one step that finishes every page (hooks/finished_pages.py: theme
fixes, the CSP), which reads nothing but the page, the language and settings in the key; a kept page is
returned as it was finished, so no later step has to know where a page came from. Jinja lets an environment
choose the class of its templates (`Environment.template_class`); ours renders through the store.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import gettext
import hashlib
import json
import sys
import sysconfig
import types
from collections.abc import Callable, Mapping
from pathlib import Path

from jinja2 import Environment, Template
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import PluginCollection, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.theme import Theme

from hooks import build_context
from hooks.finished_pages import finished
from hooks.i18n_build import building_language
from statement_core.cache import Settled, StaleEntry, Store
from statement_core.cache.code import CODE_ROOTS, files_digest

# Site settings not in the settled part of a key: `extra` changes from page to page (it is in each page's
# key); `site_dir` says where the build writes, which no page shows (test builds and previews each write
# somewhere new, and would otherwise never find a kept page).
PER_PAGE_OR_UNREAD = ("extra", "site_dir")
# How the build runs, not what it makes: no page shows them. A verifying build must look up the very keys a
# normal build keeps (the store's proof), and each test build has its own store.
BUILD_MECHANICS = ("verify_cache", "cache_dir")
# Code whose version the store's code digest holds: installed packages, and Python's own library.
INSTALLED = (*(Path(folder) for folder in sys.path if folder.endswith("site-packages")),
             Path(sysconfig.get_paths()["stdlib"]))


class _Uncacheable(Exception):
    """The context holds a value the key cannot stand for faithfully."""


def _ancestors(page: Page) -> list[str]:
    titles, parent = [], page.parent
    while parent is not None:
        titles.append(parent.title)
        parent = parent.parent
    return titles


def _page_entry(page: Page) -> dict[str, object]:
    """The page being rendered: everything of it a template can show. Which navigation entries are active
    follows from the page and its ancestors (MkDocs marks them for the page being built)."""
    neighbours = {name: (None if other is None else (other.title, other.url))
                  for name, other in (("previous", page.previous_page), ("next", page.next_page))}
    content = hashlib.sha256((page.content or "").encode("utf-8", "surrogatepass")).hexdigest()  # the bulk: hashed
    return {"title": page.title, "content": content, "toc": page.toc, "meta": page.meta, "url": page.url,
            "canonical": page.canonical_url, "abs": page.abs_url, "edit": page.edit_url, "home": page.is_homepage,
            "index": page.is_index, "source": page.file.src_uri, "ancestors": _ancestors(page), **neighbours}


def _nav_entry(item: object) -> dict[str, object]:
    """A navigation entry as the navigation shows it (not a page's content: that is in its own key)."""
    if isinstance(item, Page):
        return {"page": item.title, "url": item.url, "meta": item.meta, "index": item.is_index,
                "home": item.is_homepage}
    if isinstance(item, Section):
        return {"section": item.title, "children": [_nav_entry(child) for child in item.children]}
    if isinstance(item, Link):
        return {"link": item.title, "url": item.url}
    raise _Uncacheable(type(item).__qualname__)


def _toc_entry(item: AnchorLink) -> dict[str, object]:
    return {"title": item.title, "id": item.id, "level": item.level, "children": [_toc_entry(c) for c in item.children]}


def _theme_files(theme: Theme) -> dict[str, object]:
    """The theme's templates. Ours (overrides/) and an installed theme's are in the store's code digest, which is
    in every key, by content and by package version: named here, not read again. A folder outside both (none
    today) by content."""
    return {folder: ("in the code digest" if _in_code_digest(Path(folder)) else files_digest([Path(folder)]))
            for folder in theme.dirs}


@functools.cache  # a module's file does not change while the process runs; asked for every function of every page
def _covered(module_name: str) -> bool:
    """Whether a module's code is in the store's code digest: ours, an installed package's, Python's."""
    module = sys.modules.get(module_name)
    file = getattr(module, "__file__", None)
    if module is None or file is None:
        return module is not None and module_name in sys.builtin_module_names
    return _in_code_digest(Path(file).resolve())


def _in_code_digest(path: Path) -> bool:
    """Whether a file or folder is in the store's code digest: ours (code.py's folders) or installed."""
    return any(path.is_relative_to(folder) for folder in (*CODE_ROOTS, *INSTALLED))


def _function(value: object) -> object:
    """A function or method by name when its code is covered, with the values it closes over (written out in
    turn, so a closure over anything of an unlisted kind is uncacheable); never a method of an object."""
    function = getattr(value, "__func__", value)  # a bound method: its function, if bound to a class
    owner = getattr(value, "__self__", None)
    if type(owner) is gettext.NullTranslations:  # Jinja's i18n globals with no catalogue: its few settings
        return [_function(function), vars(owner)]
    if owner is not None and not isinstance(owner, type | types.ModuleType):
        raise _Uncacheable(f"method bound to a {type(owner).__qualname__}")
    module = getattr(function, "__module__", None) or ""
    if not _covered(module):
        raise _Uncacheable(f"function from {module!r}")
    name = f"{module}.{function.__qualname__}"
    closure = getattr(function, "__closure__", None)
    return [name, [cell.cell_contents for cell in closure]] if closure else name


def _without_mechanics(extra: Mapping[str, object]) -> dict[str, object]:
    statement = extra.get("statement")
    if not isinstance(statement, Mapping):
        return dict(extra)
    return {**extra, "statement": {name: value for name, value in statement.items() if name not in BUILD_MECHANICS}}


class _Keys:
    """The key of one page's rendering: the digest of its template's whole context, written out as JSON.

    The large values that are the same for every page of a language (MkDocs' `pages`, the site navigation
    and each document's navigation view, the site's settings but `extra`, the environment's globals and
    filters) stand in by a digest made once: they are all settled before MkDocs renders its first page
    (pages are read, titled and placed first; hooks set globals in on_env).
    """

    def __init__(self, theme: Theme) -> None:
        self.uncacheable = 0  # pages rendered because their context held a value of an unlisted kind
        self.reasons: set[str] = set()  # which kinds (statement_tools/bench/profile_build.py and the tests read them)
        self._settled: dict[int, tuple[object, str]] = {}
        self._theme = self._digest(_theme_files(theme))

    def _digest(self, value: object) -> str:
        try:
            text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=self._plain)
        except (TypeError, ValueError) as error:  # keys that do not sort, a cycle
            raise _Uncacheable(str(error)) from None
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _once(self, value: object, plain: Callable[[], object]) -> str:
        known = self._settled.get(id(value))
        if known is None or known[0] is not value:
            known = (value, self._digest(plain()))
            self._settled[id(value)] = known
        return known[1]

    def _config(self, config: Config) -> dict[str, object]:
        """A config's items, and the attributes plugins set beside them (static-i18n's `extra.alternate`, which
        Jinja reads before the item). Of the site's config, only `extra` changes from page to page (the
        language links); the rest is settled before the first page and stands in by one digest."""
        attributes = {name: value for name, value in vars(config).items() if not name.startswith("_") and name != "data"}
        if isinstance(config, MkDocsConfig):
            settled = self._once(config, lambda: {name: self._config_item(value) for name, value in config.items()
                                                  if name not in PER_PAGE_OR_UNREAD})
            return {"settled": settled, "extra": _without_mechanics(config.extra), "attributes": attributes}
        return {"items": {name: self._config_item(value) for name, value in config.items()}, "attributes": attributes}

    @staticmethod
    def _config_item(value: object) -> object:
        if isinstance(value, PluginCollection):  # each plugin by its name and settings (a hook: its module)
            return {name: getattr(plugin, "config", plugin) for name, plugin in value.items()}
        return value

    def _plain(self, value: object) -> object:
        """What JSON writes for a value it does not know (json.dumps' `default`)."""
        if isinstance(value, Theme):  # its locale is a Babel (or stand-in) Locale: templates read its string
            return {"name": value.name, "dirs": value.dirs, "items": {**dict(value.items()), "locale": str(value.locale)}}
        if isinstance(value, Config):
            return self._config(value)
        if isinstance(value, Page):
            return _page_entry(value)
        if isinstance(value, Navigation):
            return self._once(value, lambda: {"items": [_nav_entry(item) for item in value.items],
                                              "home": value.homepage.url if value.homepage else None})
        if isinstance(value, (Section, Link)):
            return _nav_entry(value)
        if isinstance(value, TableOfContents):
            return [_toc_entry(item) for item in value]
        if isinstance(value, File):
            return [value.src_uri, value.dest_uri, value.url, value.page.title if value.page else None]
        if isinstance(value, (datetime.date, datetime.time)):  # dates in a page's metadata
            return value.isoformat()
        if isinstance(value, (set, frozenset)):
            return sorted(value, key=repr)
        if isinstance(value, Settled):  # read-only and shared by every page (the labels): digested once
            return self._once(value, lambda: dict(value))
        if isinstance(value, Mapping):  # other mappings (MkDocs' TemplateContext is a dict already)
            return dict(value)
        if isinstance(value, types.ModuleType):  # config.hooks: the hooks' modules, by name if their code is covered
            if not _covered(value.__name__):
                raise _Uncacheable(f"module {value.__name__}")
            return f"module {value.__name__}"
        if isinstance(value, functools.partial):  # markdown settings (toc's slugify)
            return ["partial", _function(value.func), value.args, value.keywords]
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
            return _function(value)
        if isinstance(value, type) and _covered(value.__module__):  # Jinja's globals: range, dict, cycler, …
            return f"class {value.__module__}.{value.__qualname__}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type) and _covered(type(value).__module__):
            return [type(value).__qualname__, {field.name: getattr(value, field.name)
                                               for field in dataclasses.fields(value)}]
        raise _Uncacheable(type(value).__qualname__)

    def key(self, template: Template, variables: dict[str, object], language: str) -> str | None:
        environment = template.environment
        try:
            # Set up before the first page (MkDocs and the hooks' on_env); a template cannot change them.
            shared = self._once(environment, lambda: {"globals": environment.globals, "filters": environment.filters,
                                                      "tests": environment.tests})
            context = {name: (self._once(value, lambda: value) if name == "pages" else value)
                       for name, value in variables.items()}
            return self._digest([self._theme, template.name, language, shared, context])
        except _Uncacheable as reason:
            self.reasons.add(str(reason))
            return None


def _caching_template_class(base: type[Template], store: Store, keys: _Keys) -> type[Template]:
    def render(self: Template, *args: object, **kwargs: object) -> str:
        variables = dict(*args, **kwargs)
        config = variables.get("config")
        if not isinstance(config, MkDocsConfig):  # not a page of the site: nothing to finish or keep
            return base.render(self, variables)
        context = keys.key(self, variables, building_language(config))
        page = variables.get("page")
        where = f"{building_language(config)} {page.url if isinstance(page, Page) else self.name}"
        if context is None:
            keys.uncacheable += 1
            return finished(base.render(self, variables), self.name or "", config, where)
        key, found = store.find("theme-page", context)
        if found is not None:
            return found["page.html"].read_text(encoding="utf-8")
        html = finished(base.render(self, variables), self.name or "", config, where)
        try:
            store.put("theme-page", key, {"page.html": html.encode("utf-8")})
        except StaleEntry as error:
            raise PluginError(f"Verifying the store: {error}") from None
        return html

    render_method: Callable[..., str] = render
    return type("StoredPageTemplate", (base,), {"render": render_method, "plain_class": base})


@event_priority(-500)  # after every hook that adds globals or filters (they are read at each rendering anyway)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    plain = getattr(env.template_class, "plain_class", env.template_class)
    env.template_class = _caching_template_class(plain, build_context.context(config).build.store, _Keys(config.theme))
    if env.cache is not None:
        env.cache.clear()  # templates loaded before this hook were made with the plain class
    return env
