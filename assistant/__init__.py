"""gyokaku (行革アシスタント): an offline query assistant over municipal administrative-reform documents."""
from __future__ import annotations

__version__ = "0.1.0"
