"""A plain description of a project, for ``journeymapper info`` and tests."""

from typing import Any

from ..domain import Document, LaneKind


def describe(document: Document) -> dict:
    """Everything a reader of the project needs, as JSON-ready values."""
    personas = [
        {
            "id": p.id,
            "name": p.name,
            "role": p.role,
            "description": p.description,
            "quote": p.quote,
            "needs": p.needs,
            "goals": p.goals,
            "has_photo": p.photo_id is not None,
        }
        for p in document.personas()
    ]
    return {"personas": personas, "maps": [describe_map(document, m.id) for m in document.maps()]}


def describe_map(document: Document, map_id: str) -> dict:
    journey = document.map(map_id)
    channel_names = {c.id: c.name for c in document.channels(map_id)}
    steps = document.map_steps(map_id)
    persona = document.persona(journey.persona_id).name if journey.persona_id else None
    lanes: list[dict[str, Any]] = []
    for lane in document.lanes(map_id):
        cells: list[dict[str, Any]] = []
        for step in steps:
            cell = _describe_cell(document, lane.kind, lane.id, step.id, channel_names)
            if cell:
                cells.append({"step_id": step.id, **cell})
        lanes.append({"id": lane.id, "kind": lane.kind.value, "title": lane.title, "color": lane.color, "cells": cells})
    return {
        "id": journey.id,
        "title": journey.title,
        "context": {"persona": persona, "trigger": journey.trigger, "goal": journey.goal, "scenario": journey.scenario},
        "scale": [journey.scale_min, journey.scale_max],
        "channels": [{"id": c.id, "name": c.name, "icon": c.icon} for c in document.channels(map_id)],
        "phases": [
            {
                "id": phase.id,
                "name": phase.name,
                "color": phase.color,
                "steps": [{"id": s.id, "name": s.name} for s in document.steps(phase.id)],
            }
            for phase in document.phases(map_id)
        ],
        "lanes": lanes,
        "card_count": sum(len(cell.get("cards", ())) for lane in lanes for cell in lane["cells"]),
    }


def _describe_cell(document: Document, kind: LaneKind, lane_id: str, step_id: str, names: dict) -> dict:
    if kind.holds_cards:
        cards = document.cards(lane_id, step_id)
        return {"cards": [{"id": c.id, "text": c.text, "color": c.color} for c in cards]} if cards else {}
    if kind is LaneKind.EMOTION:
        emotion = document.emotion(lane_id, step_id)
        return {"score": emotion.score, "note": emotion.note} if emotion else {}
    if kind is LaneKind.CHANNELS:
        chosen = document.step_channels(lane_id, step_id)
        return {"channels": sorted((names[c] for c in chosen.channel_ids), key=str.casefold)} if chosen else {}
    if kind is LaneKind.METRICS:
        metric = document.metric(lane_id, step_id)
        return {"value": metric.value, "unit": metric.unit, "source": metric.source} if metric else {}
    if kind is LaneKind.IMAGE:
        image = document.step_image(lane_id, step_id)
        return {"image": image.image_id} if image else {}
    return {}
