"""Application services: what the editor and the command line do with a project.

No Qt here; texts that need translating come in through a ``translate``
function, and errors leave as domain or project-file error codes.
"""
