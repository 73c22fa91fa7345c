"""The hub's log: one JSON object per line, a health endpoint, and never a secret or a text."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from hub_world import HubProcess, build_hub, label_queue
from labelling_data import DATA

from labeldesk.sync.client import SyncClient
from labeldesk.workspace import Workspace


def test_logs_are_json_lines_without_tokens_or_conversation_text(tmp_path: Path):
    world = build_hub("sqlite:///" + str(tmp_path / "hub.db"), tmp_path / "hub")
    with HubProcess(world.url, tmp_path / "hub.log") as hub:
        health = httpx.get(hub.url + "/health", timeout=10)
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        with Workspace.open(tmp_path / "anong.db", create=True) as ws:
            with SyncClient(ws.db, hub.url, world.tokens["Anong"]) as client:
                client.sync()
            answered = label_queue(ws, "Anong")
            with SyncClient(ws.db, hub.url, world.tokens["Anong"]) as client:
                report = client.sync()
        assert report.pushed == answered > 0
        # A refused request is logged too, without the bad token.
        bad = httpx.get(hub.url + "/v1/me", headers={"Authorization": "Bearer ldt_wrong"})
        assert bad.status_code == 401
        hub.stop()
        log = hub.log()

    requests = []
    for line in log.splitlines():
        if not line.startswith("{"):
            continue  # uvicorn's own start/stop lines
        entry = json.loads(line)
        assert {"time", "level", "event"} <= set(entry)
        if entry["event"] == "request":
            requests.append(entry)
    pushes = [r for r in requests if r["path"] == "/v1/push"]
    assert sum(r["records"] for r in pushes) >= answered
    assert {r["status"] for r in requests} >= {200, 401}
    assert all(r["user"] for r in requests if r["status"] == 200 and r["path"] != "/health")

    for token in world.tokens.values():
        assert token not in log
        assert token[4:16] not in log
    assert "ldt_wrong" not in log
    texts = [
        json.loads(line)["text"]
        for line in (DATA / "langid_testset.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    leaked = [t for t in texts if len(t) > 20 and t[:20] in log]
    assert leaked == []
    for word in ("cancel_order", "Bearer", "authorization"):
        assert word not in log
