"""`guarded`: a handler decorator that turns any exception into a Japanese notification."""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable


def _notify(owner: Any, exc: BaseException) -> None:
    app = getattr(owner, "app", owner)
    try:
        app.notify(f"内部エラーのため操作を完了できませんでした（{type(exc).__name__}: {exc}）。",
                   title="エラー", severity="error", markup=False)
    except Exception:
        pass


def guarded(func: Callable) -> Callable:
    """Wrap an event handler or action so that no traceback ever reaches the screen."""
    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def async_wrapper(self, *args, **kwargs):
            try:
                return await func(self, *args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - shown to the user instead of a traceback
                _notify(self, exc)
        return async_wrapper

    @functools.wraps(func)
    def wrapper(self, *args, **kwargs):
        try:
            return func(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            _notify(self, exc)
    return wrapper
