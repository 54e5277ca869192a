"""The footer of every screen: Textual's, rebuilt only when the keys it shows change."""
from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's Footer recomposes (every key a new widget, styled anew) on each focus change and
    each change of the screen stack even when the keys stay the same; on the first answer that was
    about a fifth of the time. This one compares what its keys would be first."""

    _shown: tuple | None = None

    def _keys(self) -> tuple:
        """Everything Footer.compose reads: the shown bindings in order, and the palette's."""
        app = self.app
        active = self.screen.active_bindings
        shown = tuple((binding, enabled, tooltip, app.get_key_display(binding))
                      for _, binding, enabled, tooltip in active.values() if binding.show)
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            palette = (palette[1], palette[2], app.get_key_display(palette[1]))
        return (self._bindings_ready, self.show_command_palette, app.ENABLE_COMMAND_PALETTE, shown, palette)

    async def recompose(self) -> None:
        if not self.is_attached:
            return await super().recompose()
        keys = self._keys()
        if keys == self._shown:
            return
        self._shown = keys
        await super().recompose()
