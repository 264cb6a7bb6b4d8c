"""The schema catalogue (plain data the file code uses) says what the SQLModel classes say."""

import subprocess
import sys

from journeymapper.persistence import catalogue, schema


def test_the_catalogue_matches_the_sqlmodel_classes():
    generated = schema.catalogue()
    assert catalogue.TABLES == generated["tables"], "run: python -m journeymapper.persistence.schema"
    assert catalogue.DDL == generated["ddl"], "run: python -m journeymapper.persistence.schema"
    with open(catalogue.__file__, encoding="utf-8") as handle:
        assert handle.read() == schema.catalogue_source()  # exactly what the generator writes


def test_a_file_made_from_the_catalogue_has_the_tables_sqlmodel_defines(tmp_path, sample_document):
    import sqlite3

    from journeymapper.persistence import write_project

    path = tmp_path / "p.jmap"
    write_project(path, sample_document)
    conn = sqlite3.connect(path)
    try:
        for name, table in schema.metadata.tables.items():
            found = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            assert found == [c.name for c in table.columns]
            indexes = {row[1] for row in conn.execute(f'PRAGMA index_list("{name}")') if row[3] == "c"}
            assert indexes == {i.name for i in table.indexes}
    finally:
        conn.close()


def test_opening_editing_saving_and_exporting_never_load_sqlmodel(tmp_path, sample_file):
    """SQLModel and SQLAlchemy take most of a second to import; no file path needs them."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from journeymapper.app.editing import EditingSession\n"
        "from journeymapper.persistence import ProjectFile, read_project, write_project\n"
        f"source = Path({str(sample_file)!r})\n"
        "project, document = ProjectFile.open(source)\n"
        "session = EditingSession(document, project)\n"
        "session.edit(document.rename_map, document.maps()[0].id, 'nieuw')\n"
        "project.save()\n"
        f"project.save_as(Path({str(tmp_path / 'copy.jmap')!r}))\n"
        "project.close()\n"
        f"write_project(Path({str(tmp_path / 'new.jmap')!r}), read_project(source)[0])\n"
        "from journeymapper.cli.main import main\n"
        f"assert main(['export', str(source), '-o', {str(tmp_path / 'x.pdf')!r}, '--quiet']) == 0\n"
        "print(sorted(m for m in ('sqlmodel', 'sqlalchemy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert read_title(sample_file) == "nieuw"


def read_title(path):
    from journeymapper.persistence import read_project

    document, _, _ = read_project(path)
    return document.maps()[0].title
