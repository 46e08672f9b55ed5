"""A read-only mapping that keys may digest once per build: made once and shared by every page (the labels of
a language), it cannot change after it is made, so its identity stands for its content."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

V = TypeVar("V")


class Settled(Mapping[str, V]):
    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, V]) -> None:
        self._items = dict(items)  # a copy: whoever made it cannot change it afterwards

    def __getitem__(self, key: str) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self) -> tuple[type, tuple[dict[str, V]]]:
        return Settled, (self._items,)
