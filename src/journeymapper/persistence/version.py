"""What marks a file as ours, and which schema version this program writes.

Kept apart from ``schema.py`` so that checking a file's header, or starting
the editor, does not import SQLModel (about 0.6 s here): the table classes
load the first time a file is opened or written.
"""

# "JMAP" in ASCII: PRAGMA application_id marks a file as ours.
APPLICATION_ID = 0x4A4D4150
# PRAGMA user_version: the schema version this program writes.
SCHEMA_VERSION = 2
# The name a project file ends in (added where a name is given without one).
PROJECT_SUFFIX = ".jmap"
