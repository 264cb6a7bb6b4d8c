"""Entry point: the editor with no argument or a project path, else a subcommand.

On failure a command prints one line and exits non-zero; it never prints a
traceback (set JOURNEYMAPPER_DEBUG=1 to see one).
"""

import argparse
import os
import sys

from .. import __version__
from ..i18n import LANGUAGES, choose_language, translate, use_language

# The subcommands, their messages and the templates load only for a subcommand:
# starting the editor never needs them.

SUBCOMMANDS = ("templates", "new", "sample", "info", "check", "recover", "export")


class LiteralHelpFormatter(argparse.HelpFormatter):
    """Help texts shown as written: argparse %-formats them, and a translated
    "50%" would otherwise crash ``--help``. None of ours uses ``%(default)s``."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return action.help.replace("%", "%%") if action.help else action.help


def build_parser() -> argparse.ArgumentParser:
    from ..content.templates import DEFAULT_TEMPLATE, TEMPLATES
    from . import export_options

    parser = argparse.ArgumentParser(
        prog="journeymapper",
        formatter_class=LiteralHelpFormatter,
        description=translate("Cli", "Customer journey maps, offline. Without a command, opens the editor."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"JourneyMapper {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language of messages and new content"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, formatter_class=LiteralHelpFormatter)
        p.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=translate("Cli", "language of messages and new content"),
        )
        return p

    command("templates", translate("Cli", "list the built-in map templates"))
    p = command("new", translate("Cli", "create a project from a template"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        choices=[x.id for x in TEMPLATES],
        help=translate("Cli", "template id (see 'journeymapper templates')"),
    )
    p.add_argument("--force", action="store_true", help=translate("Cli", "replace FILE if it exists"))
    p = command("sample", translate("Cli", "create the sample project"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help=translate("Cli", "replace FILE if it exists"))
    p = command("info", translate("Cli", "show the maps, personas and cards of a project"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p = command("check", translate("Cli", "check a project's integrity; exit 0 only if it is sound"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--repair",
        action="store_true",
        help=translate("Cli", "fix what can be fixed safely, after writing a backup beside FILE"),
    )
    p = command("recover", translate("Cli", "list unsaved work left by a crash, or restore it"))
    p.add_argument("id", nargs="?", metavar="ID", help=translate("Cli", "the id shown by 'journeymapper recover'"))
    p.add_argument("-o", "--output", metavar="FILE", help=translate("Cli", "write the recovered project here"))
    p.add_argument("--discard", action="store_true", help=translate("Cli", "throw the unsaved work away"))
    p.add_argument("--force", action="store_true", help=translate("Cli", "replace FILE if it exists"))
    export_options.add_parser(command)
    return parser


def _language_from(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    if os.environ.get("JOURNEYMAPPER_LANG"):
        return os.environ["JOURNEYMAPPER_LANG"]
    from ..settings import Settings

    preferred = Settings().get("language")  # the preference; None: the system's language
    return preferred if isinstance(preferred, str) and preferred else None


def _without_language(argv: list[str]) -> list[str]:
    rest, skip = [], False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            rest.append(arg)
    return rest


def wants_editor(argv: list[str]) -> bool:
    """No arguments, or project paths: the editor. A subcommand or an option: headless."""
    rest = _without_language(argv)
    return not rest or (rest[0] not in SUBCOMMANDS and not rest[0].startswith("-"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = choose_language(_language_from(argv))
    if wants_editor(argv):
        from ..ui.application import run_editor  # Qt widgets only when the editor is wanted

        return run_editor(_without_language(argv), language)
    # A command needs no Qt: its words come from our catalogue (i18n.translate), its
    # pictures from Pillow, its PDF from ReportLab. Qt's core cost 70-90 ms a command.
    use_language(language)
    from ..messages import error_message
    from .argparse_words import use_translations
    from .common import UsageError, err

    use_translations()
    args = build_parser().parse_args(argv)
    args.lang = language
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        if args.command == "export":
            from . import export as export_command

            return export_command.cmd_export(args)
        from . import commands  # the other subcommands (not needed by an export)

        return getattr(commands, f"cmd_{args.command}")(args)
    except UsageError as error:
        err(str(error))
        return 2
    except BrokenPipeError:
        # The reader went away (`journeymapper info x | head`): stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - it stays open until exit, as stdout does
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("journeymapper: " + translate("Cli", "interrupted") + "\n")
        return 130
    except Exception as error:  # one clear line, never a traceback
        if os.environ.get("JOURNEYMAPPER_DEBUG"):
            raise
        err(error_message(error))
        return 1
