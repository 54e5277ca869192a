"""Datasette on the session's real index, driven through Datasette's own test client."""
from __future__ import annotations

import asyncio

import pytest


class Client:
    """Datasette's async test client, called synchronously (one event loop per request)."""

    def __init__(self, ds) -> None:
        self.ds = ds

    def get(self, path: str):
        return asyncio.run(self.ds.client.get(path))

    def json(self, path: str):
        response = self.get(path)
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response.json()


@pytest.fixture(scope="session")
def client(index_path):
    from assistant.publish.app import make_datasette

    return Client(make_datasette(index_path))
