"""`once`: functools.cached_property without its lock.

Python 3.11's cached_property takes a lock on every first read of an attribute (the lock Python 3.12
dropped). The grammar reads three attributes of each of some 1,100 rules and phrasings for the first
question of a process (their pattern text, the strings their matches hold), and the lock was about
half a millisecond of every `gyokaku ask`. Two threads reading an attribute at once may both work it
out; the values are the same (the pattern text, and `compiled` gives one object per pattern), and
the later one is kept, as on Python 3.12.
"""
from __future__ import annotations


class once:  # noqa: N801 - (named as the decorator it replaces is)
    """A method's value, worked out on the first read and kept in the instance's __dict__ (a frozen
    dataclass's too), so later reads are plain attribute reads."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
