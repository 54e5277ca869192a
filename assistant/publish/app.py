"""`gyokaku datasette`: Datasette on the index, read-only (the file is opened immutable).

Datasette's own server (uvicorn) is used as `datasette serve -i` would; nothing of ours serves
requests. Binding to an address other than loopback is allowed, with a warning: Datasette has no
password of its own, and anyone who reaches the port can read the whole index.
"""
from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

from assistant.errors import GyokakuError
from assistant.store.search import open_index

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """The Japanese warning for a bind address other people can reach, or None for loopback."""
    if is_loopback(host):
        return None
    return (f"警告: {host} で待ち受けます。このポートに届く人は誰でも索引の内容をすべて読めます"
            "（Datasette にはパスワードがありません）。事務所のウェブサーバーか認証プラグインで"
            "パスワード保護をしてから公開してください（README の「Datasette で公開する」を参照）。")


def make_datasette(index: Path):
    """A Datasette serving `index` immutable, with the gyokaku plugin (also when not installed)."""
    from datasette.app import Datasette

    from assistant.publish.plugin import register

    register()
    # Suggested facets cost a query per column on every page (most of a search's time under load); the
    # kinds' declared facets are shown instead.
    return Datasette(immutables=[str(index)], settings={"suggest_facets": False})


def check_index(index: Path) -> None:
    """A missing, damaged or outdated index raises GyokakuError with the usual Japanese message."""
    open_index(index).conn.close()


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host.strip("[]"), port))
        except OSError as exc:
            raise GyokakuError(
                f"{host}:{port} で待ち受けられません（{exc.strerror or exc}）。"
                "別のポートを --port で指定してください。") from exc


def serve(index: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, echo=print) -> None:
    """Run Datasette on the index until interrupted."""
    import uvicorn

    check_index(index)
    warning = exposure_warning(host)
    if warning:
        echo(warning)
    _check_port(host, port)
    ds = make_datasette(index)
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    echo(f"Datasette で索引 {index} を読み取り専用で公開しています: http://{shown}:{port}/ （止めるには Ctrl+C）")
    uvicorn.run(ds.app(), host=host.strip("[]"), port=port, log_level="warning", lifespan="on")
