"""Working copies a crash left behind: found, restored, discarded.

Every edit commits to a working copy in the user's state folder, so a
JourneyMapper that crashed or was killed loses nothing: its session folder
stays, with the lock its process held gone. At the next start the editor
asks about each one (recover into a window, discard, or later), and
``journeymapper recover`` lists, restores or discards them. Both come here,
never to ``persistence``.

Each ``Recoverable`` holds its session's lock from the moment it is found, so
no other JourneyMapper takes the same work meanwhile; whoever found it hands
the lock back by recovering (``ProjectSession.recover``), restoring,
discarding, or ``release()`` (later).
"""

from ..persistence.recovery import Recoverable, discard, find_recoverable, find_session, restore_to

# find_recoverable(): the crashed sessions holding edits saved nowhere, each locked for
#     us (those without unsaved edits are removed on the way; a damaged one is still
#     listed, with unsaved_edits -1, so no work vanishes unseen).
# find_session(id): the one whose id is or starts with ``id`` (four characters at least).
# restore_to(item, target): the work written as a project file; refused where an editor
#     has ``target`` open (its next save would undo the restore).
# discard(item): the work thrown away, its folder and lock with it.
__all__ = ["Recoverable", "discard", "find_recoverable", "find_session", "restore_to"]
