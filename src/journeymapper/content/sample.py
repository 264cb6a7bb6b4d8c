"""The sample project: one complete map, so a new user sees a full map at once.

The story: a working parent whose washing machine breaks down and who must
find, choose and buy a new one within days. It fills every lane kind: cards,
emotion scores with notes, channels per step, metrics and an image.
"""

from ..domain import Changes, Document, LaneKind
from .lanes import lane_title
from .markers import QT_TRANSLATE_NOOP, Translate
from .templates import add_default_channels

CONTEXT = "Sample"

PERSONA = {
    "name": QT_TRANSLATE_NOOP("Sample", "Sanne de Vries"),
    "role": QT_TRANSLATE_NOOP("Sample", "Working parent, household of four"),
    "description": QT_TRANSLATE_NOOP(
        "Sample",
        "Works four days a week, does two loads of laundry a day and has little time to research big purchases.",
    ),
    "quote": QT_TRANSLATE_NOOP("Sample", "I just need a machine that works, and preferably today."),
    "needs": QT_TRANSLATE_NOOP(
        "Sample", "Clear advice she can trust; fast delivery; someone to take the old machine away."
    ),
    "goals": QT_TRANSLATE_NOOP("Sample", "A reliable machine that fits the budget, installed within a week."),
}

MAP = {
    "title": QT_TRANSLATE_NOOP("Sample", "Replacing a broken washing machine"),
    "trigger": QT_TRANSLATE_NOOP("Sample", "The old washing machine stops halfway through a full load."),
    "goal": QT_TRANSLATE_NOOP("Sample", "A reliable new machine installed within a week, at a fair price."),
    "scenario": QT_TRANSLATE_NOOP(
        "Sample",
        "Sanne needs a new machine quickly, asks around, compares online "
        "and in a store, and orders with delivery and installation.",
    ),
}

# (phase, [(step, {lane: [cards]}, score, emotion note, [channel icons], metric or None)])
# A metric is (value, unit, source).
Metric = tuple[float, str, str]
Step = tuple[str, dict[LaneKind, list[str]], int, str, list[str], Metric | None]
STORY: tuple[tuple[str, list[Step]], ...] = (
    (
        QT_TRANSLATE_NOOP("Sample", "Awareness"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Machine breaks down"),
                {
                    LaneKind.ACTIONS: [QT_TRANSLATE_NOOP("Sample", "Finds the drum full of water and an error code")],
                    LaneKind.THOUGHTS: [
                        QT_TRANSLATE_NOOP("Sample", "Can this still be repaired?"),
                        QT_TRANSLATE_NOOP("Sample", "What does a new one cost?"),
                    ],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "Clean clothes for tomorrow")],
                    LaneKind.PAIN_POINTS: [QT_TRANSLATE_NOOP("Sample", "Laundry piles up from day one")],
                    LaneKind.OPPORTUNITIES: [
                        QT_TRANSLATE_NOOP("Sample", "Error-code lookup that says: repair or replace")
                    ],
                    LaneKind.BACKSTAGE: [],
                    LaneKind.CUSTOM: [QT_TRANSLATE_NOOP("Sample", "Partner is away this week")],
                },
                1,
                QT_TRANSLATE_NOOP("Sample", "Stress: wet laundry and no plan"),
                [],
                None,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Sample", "Orientation"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Ask family and friends"),
                {
                    LaneKind.ACTIONS: [
                        QT_TRANSLATE_NOOP("Sample", "Asks in the family group chat which brand they trust")
                    ],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Which brands last longer than five years?")],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "Advice from people she trusts")],
                    LaneKind.PAIN_POINTS: [QT_TRANSLATE_NOOP("Sample", "Everyone recommends something else")],
                    LaneKind.OPPORTUNITIES: [],
                    LaneKind.BACKSTAGE: [],
                    LaneKind.CUSTOM: [],
                },
                2,
                "",
                ["chat", "word_of_mouth"],
                None,
            ),
            (
                QT_TRANSLATE_NOOP("Sample", "Read tests and reviews"),
                {
                    LaneKind.ACTIONS: [
                        QT_TRANSLATE_NOOP("Sample", "Searches for washing machine tests in the evening"),
                        QT_TRANSLATE_NOOP("Sample", "Reads reviews on comparison sites"),
                    ],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Are these reviews real?")],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "An independent comparison")],
                    LaneKind.PAIN_POINTS: [
                        QT_TRANSLATE_NOOP("Sample", "Energy labels and model numbers are confusing")
                    ],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "A three-question chooser on our site")],
                    LaneKind.BACKSTAGE: [QT_TRANSLATE_NOOP("Sample", "Content team keeps test results up to date")],
                    LaneKind.CUSTOM: [],
                },
                2,
                "",
                ["search", "website"],
                (3.0, QT_TRANSLATE_NOOP("Sample", "hours"), QT_TRANSLATE_NOOP("Sample", "customer interviews")),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Sample", "Intention"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Share options with partner"),
                {
                    LaneKind.ACTIONS: [QT_TRANSLATE_NOOP("Sample", "Sends three links to her partner")],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Does the 9 kg model fit under the counter?")],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "Exact dimensions at a glance")],
                    LaneKind.PAIN_POINTS: [],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "Share a shortlist with one link")],
                    LaneKind.BACKSTAGE: [],
                    LaneKind.CUSTOM: [],
                },
                3,
                "",
                ["chat", "social"],
                None,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Sample", "Consideration"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Sees targeted advertisement"),
                {
                    LaneKind.ACTIONS: [
                        QT_TRANSLATE_NOOP("Sample", "Sees an advertisement for a machine she looked at")
                    ],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Is this offer really cheaper?")],
                    LaneKind.NEEDS: [],
                    LaneKind.PAIN_POINTS: [QT_TRANSLATE_NOOP("Sample", "Prices differ per shop by more than € 100")],
                    LaneKind.OPPORTUNITIES: [],
                    LaneKind.BACKSTAGE: [QT_TRANSLATE_NOOP("Sample", "Retargeting campaign")],
                    LaneKind.CUSTOM: [],
                },
                3,
                "",
                ["advertising", "social"],
                None,
            ),
            (
                QT_TRANSLATE_NOOP("Sample", "Visits a nearby store"),
                {
                    LaneKind.ACTIONS: [
                        QT_TRANSLATE_NOOP("Sample", "Looks at machines in a store nearby"),
                        QT_TRANSLATE_NOOP("Sample", "Asks the staff about delivery"),
                    ],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Can they take the old machine away?")],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "See and feel the machine before buying")],
                    LaneKind.PAIN_POINTS: [QT_TRANSLATE_NOOP("Sample", "Long wait for an employee")],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "Book a store appointment online")],
                    LaneKind.BACKSTAGE: [QT_TRANSLATE_NOOP("Sample", "Store staff see online stock")],
                    LaneKind.CUSTOM: [],
                },
                4,
                QT_TRANSLATE_NOOP("Sample", "Reassured by good advice"),
                ["store"],
                None,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Sample", "Purchase"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Orders online"),
                {
                    LaneKind.ACTIONS: [QT_TRANSLATE_NOOP("Sample", "Orders online with delivery and installation")],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Will they really come on Thursday?")],
                    LaneKind.NEEDS: [QT_TRANSLATE_NOOP("Sample", "A delivery slot she can choose")],
                    LaneKind.PAIN_POINTS: [QT_TRANSLATE_NOOP("Sample", "Installation costs only appear at checkout")],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "Show all costs on the product page")],
                    LaneKind.BACKSTAGE: [QT_TRANSLATE_NOOP("Sample", "Planning assigns a delivery team")],
                    LaneKind.CUSTOM: [],
                },
                3,
                "",
                ["website", "email"],
                (
                    68.0,
                    QT_TRANSLATE_NOOP("Sample", "%"),
                    QT_TRANSLATE_NOOP("Sample", "checkout conversion, web analytics"),
                ),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Sample", "Loyalty"),
        [
            (
                QT_TRANSLATE_NOOP("Sample", "Installation and first wash"),
                {
                    LaneKind.ACTIONS: [
                        QT_TRANSLATE_NOOP("Sample", "The old machine is taken away, the new one installed")
                    ],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "Finally, quiet and clean")],
                    LaneKind.NEEDS: [],
                    LaneKind.PAIN_POINTS: [],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "A short video on the first wash")],
                    LaneKind.BACKSTAGE: [],
                    LaneKind.CUSTOM: [],
                },
                5,
                QT_TRANSLATE_NOOP("Sample", "Relief"),
                ["phone"],
                None,
            ),
            (
                QT_TRANSLATE_NOOP("Sample", "Writes a review"),
                {
                    LaneKind.ACTIONS: [QT_TRANSLATE_NOOP("Sample", "Registers the warranty and writes a review")],
                    LaneKind.THOUGHTS: [QT_TRANSLATE_NOOP("Sample", "I would recommend this shop")],
                    LaneKind.NEEDS: [],
                    LaneKind.PAIN_POINTS: [
                        QT_TRANSLATE_NOOP("Sample", "Warranty registration asks for the serial number twice")
                    ],
                    LaneKind.OPPORTUNITIES: [QT_TRANSLATE_NOOP("Sample", "Register the warranty at delivery")],
                    LaneKind.BACKSTAGE: [],
                    LaneKind.CUSTOM: [QT_TRANSLATE_NOOP("Sample", "Tells her sister about the shop")],
                },
                4,
                "",
                ["email", "website", "word_of_mouth"],
                (4.5, QT_TRANSLATE_NOOP("Sample", "stars"), QT_TRANSLATE_NOOP("Sample", "review site")),
            ),
        ],
    ),
)

LANES = (
    LaneKind.ACTIONS,
    LaneKind.THOUGHTS,
    LaneKind.NEEDS,
    LaneKind.EMOTION,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.CHANNELS,
    LaneKind.METRICS,
    LaneKind.IMAGE,
    LaneKind.BACKSTAGE,
    LaneKind.CUSTOM,
)
CUSTOM_LANE_TITLE = QT_TRANSLATE_NOOP("Sample", "Family and friends")
IMAGE_STEP = 7  # the installation step shows the new machine

LANE_COLORS = {LaneKind.PAIN_POINTS: "#f6c5bd", LaneKind.OPPORTUNITIES: "#c8e6c9"}


def build_sample(document: Document, translate: Translate, images: dict[str, tuple[str, int, int, bytes]]) -> Changes:
    """Add the sample persona and map; ``images`` holds 'persona' and 'machine'
    as (mime, width, height, bytes)."""

    def t(text: str) -> str:
        return translate(CONTEXT, text) if text else ""

    photo_id, changes = document.add_image(*images["persona"])
    persona_id = document.new_id()
    changes = changes.then(
        document.add_persona(
            t(PERSONA["name"]),
            id=persona_id,
            role=t(PERSONA["role"]),
            description=t(PERSONA["description"]),
            quote=t(PERSONA["quote"]),
            needs=t(PERSONA["needs"]),
            goals=t(PERSONA["goals"]),
        )
    )
    changes = changes.then(document.update_persona(persona_id, photo_id=photo_id))

    map_id = document.new_id()
    changes = changes.then(document.add_map(t(MAP["title"]), id=map_id))
    changes = changes.then(
        document.set_map_context(
            map_id, persona_id=persona_id, trigger=t(MAP["trigger"]), goal=t(MAP["goal"]), scenario=t(MAP["scenario"])
        )
    )
    changes = changes.then(add_default_channels(document, map_id, translate))
    icon_channel = {c.icon: c.id for c in document.channels(map_id)}

    lanes = {}
    for kind in LANES:
        title = t(CUSTOM_LANE_TITLE) if kind is LaneKind.CUSTOM else lane_title(kind, translate)
        lanes[kind] = document.new_id()
        changes = changes.then(document.add_lane(map_id, kind, title, color=LANE_COLORS.get(kind, ""), id=lanes[kind]))

    machine_id, added = document.add_image(*images["machine"])
    changes = changes.then(added)
    step_number = 0
    for phase_name, steps in STORY:
        phase_id, first_step_id = document.new_id(), document.new_id()
        changes = changes.then(document.add_phase(map_id, t(phase_name), id=phase_id, step_id=first_step_id))
        for index, (step_name, cards, score, note, icons, metric) in enumerate(steps):
            if index == 0:
                step_id = first_step_id
                changes = changes.then(document.rename_step(step_id, t(step_name)))
            else:
                step_id = document.new_id()
                changes = changes.then(document.add_step(phase_id, t(step_name), id=step_id))
            for kind, texts in cards.items():
                if texts:
                    changes = changes.then(document.add_cards(lanes[kind], step_id, [t(x) for x in texts]))
            changes = changes.then(document.set_emotion(lanes[LaneKind.EMOTION], step_id, score, t(note)))
            if icons:
                changes = changes.then(
                    document.set_step_channels(lanes[LaneKind.CHANNELS], step_id, [icon_channel[i] for i in icons])
                )
            if metric:
                value, unit, source = metric
                changes = changes.then(document.set_metric(lanes[LaneKind.METRICS], step_id, value, t(unit), t(source)))
            if step_number == IMAGE_STEP:
                changes = changes.then(document.set_step_image(lanes[LaneKind.IMAGE], step_id, machine_id))
            step_number += 1
    return changes
