"""The headless commands: templates, new, sample, info, check, recover.

Each returns an exit code and prints for people (or JSON with ``--json``).
Errors reach ``main`` as exceptions and are printed there as one line.
"""

import json
from pathlib import Path

from ..app.files import read_project, write_new_project
from ..app.new_project import project_from_template, sample_project
from ..app.recovery import discard, find_recoverable, find_session, restore_to
from ..app.summary import describe
from ..content.templates import CONTEXT as TEMPLATE_CONTEXT
from ..content.templates import TEMPLATES
from ..i18n import content_translator, translate
from ..messages import recovery_names
from .common import UsageError, existing_project_path, json_safe, out, picture_lines, project_path


def cmd_templates(args) -> int:
    content = content_translator(args.lang)
    for template in TEMPLATES:
        out(f"{template.id:<16} {content(TEMPLATE_CONTEXT, template.name)}")
        out(f"{'':<16} {content(TEMPLATE_CONTEXT, template.description)}")
        phases = " > ".join(content(TEMPLATE_CONTEXT, p) for p in template.phases)
        out(f"{'':<16} {phases}")
    return 0


def cmd_new(args) -> int:
    path = project_path(args.file)
    document = project_from_template(args.template, content_translator(args.lang))
    write_new_project(path, document, replace=args.force)  # never over a project open in an editor
    out(translate("Cli", "Created %1.").replace("%1", str(path)))
    return 0


def cmd_sample(args) -> int:
    path = project_path(args.file)
    write_new_project(path, sample_project(content_translator(args.lang)), replace=args.force)
    out(translate("Cli", "Created the sample project %1.").replace("%1", str(path)))
    return 0


def cmd_info(args) -> int:
    path = existing_project_path(args.file)
    document, fixes, version = read_project(path, names=recovery_names())
    summary = describe(document)
    if args.json:
        summary = {"file": str(path), "schema_version": version, "repairs_needed": sum(fixes.values()), **summary}
        out(json_safe(json.dumps(summary, ensure_ascii=False, indent=2)))
        return 0
    out(translate("Cli", "Project: %1").replace("%1", str(path)))
    for persona in summary["personas"]:
        line = translate("Cli", "Persona: %1").replace("%1", persona["name"])
        out(line + (f" ({persona['role']})" if persona["role"] else ""))
    for number, journey in enumerate(summary["maps"], start=1):
        _print_map(number, journey)
    return 0


def _print_map(number: int, journey: dict) -> None:
    out()
    out(translate("Cli", "Map %1: %2").replace("%1", str(number)).replace("%2", journey["title"]))
    context = journey["context"]
    for label, value in (
        (translate("Cli", "Persona"), context["persona"]),
        (translate("Cli", "Trigger"), context["trigger"]),
        (translate("Cli", "Goal"), context["goal"]),
        (translate("Cli", "Scenario"), context["scenario"]),
    ):
        if value:
            out(f"  {label}: {value}")
    low, high = journey["scale"]
    out("  " + translate("Cli", "Emotion scale: %1 to %2").replace("%1", str(low)).replace("%2", str(high)))
    step_names = {}
    out("  " + translate("Cli", "Phases:"))
    for phase in journey["phases"]:
        steps = [s["name"] or "·" for s in phase["steps"]]
        for index, step in enumerate(phase["steps"], start=1):
            step_names[step["id"]] = step["name"] or f"{phase['name']} {index}"
        out(f"    {phase['name']}: " + " | ".join(steps))
    out("  " + translate("Cli", "Lanes:"))
    for lane in journey["lanes"]:
        out(f"    {lane['title']} [{lane['kind']}]")
        for cell in lane["cells"]:
            where = step_names.get(cell["step_id"], "?")
            for card in cell.get("cards", ()):
                out(f"      {where}: {card['text']}")
            if "score" in cell:
                note = f" ({cell['note']})" if cell["note"] else ""
                out(f"      {where}: {cell['score']}{note}")
            if "channels" in cell:
                out(f"      {where}: {', '.join(cell['channels'])}")
            if "value" in cell:
                unit = f" {cell['unit']}" if cell["unit"] else ""
                source = f" ({cell['source']})" if cell["source"] else ""
                out(f"      {where}: {cell['value']:g}{unit}{source}")
            if "image" in cell:
                out(f"      {where}: " + translate("Cli", "image"))


def cmd_check(args) -> int:
    path = existing_project_path(args.file)
    if args.repair:
        return _repair(path)
    from ..app.pictures import picture_problems

    document, fixes, version = read_project(path, full_check=True)
    out(
        translate("Cli", "Schema version %1, %2 maps, %3 cards.")
        .replace("%1", str(version))
        .replace("%2", str(len(document.maps())))
        .replace("%3", str(document.card_count()))
    )
    pictures = picture_problems(document)  # decoded as exports do: the rows alone say too little
    if fixes or pictures:
        out(translate("Cli", "Problems found: %1").replace("%1", str(sum(fixes.values()) + len(pictures))))
        for what, count in sorted(fixes.items()):
            out(f"  {fix_label(what)}: {count}")
        if pictures:
            out(f"  {fix_label('picture')}: {len(pictures)}")
            for line in picture_lines(pictures, skipped=False):
                out("    " + line)
        return 1
    out(translate("Cli", "The project is sound."))
    return 0


def _repair(path: Path) -> int:
    from ..app.repair import repair_project

    result = repair_project(path, recovery_names())
    if result.backup is None:
        out(translate("Cli", "The project is sound; nothing to repair (0 fixes)."))
        return 0
    out(translate("Cli", "Backup of the original: %1").replace("%1", str(result.backup)))
    for what, count in sorted(result.fixes.items()):
        out(f"  {fix_label(what)}: {count}")
    out(
        translate("Cli", "Repaired: %1 fixes. Run check again to see it is sound.").replace(
            "%1", str(sum(result.fixes.values()))
        )
    )
    return 0


def fix_label(key: str) -> str:
    """What the loader repaired, in words (its keys are the ``Fixes`` that reading counts)."""
    labels = {
        "orphan": translate("Cli", "rows that point at missing rows"),
        "missing reference": translate("Cli", "references to missing items"),
        "duplicate": translate("Cli", "duplicate ids"),
        "row": translate("Cli", "rows without a usable id"),
        "text type": translate("Cli", "texts of the wrong type"),
        "text too long": translate("Cli", "texts too long"),
        "number": translate("Cli", "unusable numbers"),
        "colour": translate("Cli", "unusable colours"),
        "image": translate("Cli", "unusable images"),
        "picture": translate("Cli", "pictures that cannot be shown"),
        "scale": translate("Cli", "unusable emotion scales"),
        "score": translate("Cli", "scores outside the scale"),
        "icon": translate("Cli", "unknown channel icons"),
        "width": translate("Cli", "unusable column widths"),
        "lane kind": translate("Cli", "unknown lane kinds"),
        "phase without step": translate("Cli", "phases without a step"),
        "side file": translate("Cli", "unfinished changes another program left beside the file, read in"),
        "recovered card": translate("Cli", "cards whose place was lost, kept under “Recovered cards”"),
        "order": translate("Cli", "items out of order"),
        "invalid UTF-8": translate("Cli", "texts that were not valid UTF-8"),
    }
    return labels.get(key, key)


def cmd_recover(args) -> int:
    if not args.id:
        items = find_recoverable()
        if not items:
            out(translate("Cli", "No unsaved work to recover."))
        for item in items:
            source = item.info.source or translate("Cli", "(never saved)")
            if item.unsaved_edits >= 0:
                edits = translate("Cli", "unsaved edits: %1").replace("%1", str(item.unsaved_edits))
            else:
                edits = translate("Cli", "damaged working copy")
            out(f"{item.id}  {item.modified}  {edits}  {source}")
            item.release()
        return 0
    item = find_session(args.id)
    if args.discard:
        discard(item)
        out(translate("Cli", "Discarded."))
        return 0
    target = project_path(args.output) if args.output else None
    if target is None:
        item.release()
        raise UsageError(translate("Cli", "Give --output FILE to restore to, or --discard."))
    if target.exists() and not args.force:
        item.release()
        raise UsageError(translate("Cli", "%1 already exists; add --force to replace it.").replace("%1", str(target)))
    try:
        restore_to(item, target)
    finally:
        item.release()
    out(translate("Cli", "Restored to %1.").replace("%1", str(target)))
    return 0
