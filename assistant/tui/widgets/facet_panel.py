"""Facets beside the current answer: value counts; choosing one refines the answer."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.tui.facets import Facet


class FacetPanel(Vertical):
    """Posts `FacetPanel.Selected(field, value)` when a value is chosen."""

    class Selected(Message):
        def __init__(self, field: str, value: str) -> None:
            super().__init__()
            self.field = field
            self.value = value

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.choices: dict[str, tuple[str, str]] = {}

    def compose(self) -> ComposeResult:
        yield Static("絞り込み", classes="panel-title")
        yield OptionList(id="facet-options")

    def show(self, facets: list[Facet]) -> None:
        options = self.query_one("#facet-options", OptionList)
        options.clear_options()
        self.choices = {}
        items: list[Option] = []
        for fi, facet in enumerate(facets):
            items.append(Option(Text(facet.label, style="bold underline"), disabled=True))
            for vi, (value, count) in enumerate(facet.values[:30]):
                oid = f"f{fi}-{vi}"
                self.choices[oid] = (facet.field, value)
                prompt = Text()
                prompt.append(f"{count:>3} ", style="dim")
                prompt.append(value)
                items.append(Option(prompt, id=oid))
        if not items:
            items.append(Option(Text("（なし）", style="dim"), disabled=True))
        options.add_options(items)
        self.set_class(not facets, "-empty")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = self.choices.get(event.option.id or "")
        if choice:
            self.post_message(self.Selected(*choice))
