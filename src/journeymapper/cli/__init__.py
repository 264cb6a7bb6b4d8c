"""The command line: ``journeymapper`` opens the editor, subcommands run headless."""
