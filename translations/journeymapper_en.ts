<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;New from template…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Export as P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Actual size (100 %)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <source>&amp;Presentation (full screen)</source>
        <translation>&amp;Presentation (full screen)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;New map…</translation>
    </message>
    <message>
        <source>D&amp;uplicate map</source>
        <translation>D&amp;uplicate map</translation>
    </message>
    <message>
        <source>&amp;Rename map…</source>
        <translation>&amp;Rename map…</translation>
    </message>
    <message>
        <source>&amp;Delete map…</source>
        <translation>&amp;Delete map…</translation>
    </message>
    <message>
        <source>Move &amp;left or up</source>
        <translation>Move &amp;left or up</translation>
    </message>
    <message>
        <source>Move &amp;right or down</source>
        <translation>Move &amp;right or down</translation>
    </message>
    <message>
        <source>Delete phase, step or &amp;lane</source>
        <translation>Delete phase, step or &amp;lane</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>P&amp;ersona</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;About JourneyMapper</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CanvasController</name>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cut %n card</numerusform>
            <numerusform>Cut %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n line(s); at most %1 cards can be pasted at once. Nothing was pasted.</source>
        <translation>
            <numerusform>The clipboard holds %n line; at most %1 cards can be pasted at once. Nothing was pasted.</numerusform>
            <numerusform>The clipboard holds %n lines; at most %1 cards can be pasted at once. Nothing was pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Move phase</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Move lane</translation>
    </message>
    <message>
        <source>Change column width</source>
        <translation>Change column width</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Set emotion</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Choose channels</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTextEditor</name>
    <message>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>Search engine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Word of mouth</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Created the sample project %1.</source>
        <translation>Created the sample project %1.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Map %1: %2</source>
        <translation>Map %1: %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Emotion scale: %1 to %2</source>
        <translation>Emotion scale: %1 to %2</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Lanes:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Schema version %1, %2 maps, %3 cards.</source>
        <translation>Schema version %1, %2 maps, %3 cards.</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <source>The project is sound.</source>
        <translation>The project is sound.</translation>
    </message>
    <message>
        <source>The project is sound; nothing to repair (0 fixes).</source>
        <translation>The project is sound; nothing to repair (0 fixes).</translation>
    </message>
    <message>
        <source>Backup of the original: %1</source>
        <translation>Backup of the original: %1</translation>
    </message>
    <message>
        <source>Repaired: %1 fixes. Run check again to see it is sound.</source>
        <translation>Repaired: %1 fixes. Run check again to see it is sound.</translation>
    </message>
    <message>
        <source>rows that point at missing rows</source>
        <translation>rows that point at missing rows</translation>
    </message>
    <message>
        <source>references to missing items</source>
        <translation>references to missing items</translation>
    </message>
    <message>
        <source>duplicate ids</source>
        <translation>duplicate ids</translation>
    </message>
    <message>
        <source>rows without a usable id</source>
        <translation>rows without a usable id</translation>
    </message>
    <message>
        <source>texts of the wrong type</source>
        <translation>texts of the wrong type</translation>
    </message>
    <message>
        <source>texts too long</source>
        <translation>texts too long</translation>
    </message>
    <message>
        <source>unusable numbers</source>
        <translation>unusable numbers</translation>
    </message>
    <message>
        <source>unusable colours</source>
        <translation>unusable colours</translation>
    </message>
    <message>
        <source>unusable images</source>
        <translation>unusable images</translation>
    </message>
    <message>
        <source>pictures that cannot be shown</source>
        <translation>pictures that cannot be shown</translation>
    </message>
    <message>
        <source>unusable emotion scales</source>
        <translation>unusable emotion scales</translation>
    </message>
    <message>
        <source>scores outside the scale</source>
        <translation>scores outside the scale</translation>
    </message>
    <message>
        <source>unknown channel icons</source>
        <translation>unknown channel icons</translation>
    </message>
    <message>
        <source>unusable column widths</source>
        <translation>unusable column widths</translation>
    </message>
    <message>
        <source>unknown lane kinds</source>
        <translation>unknown lane kinds</translation>
    </message>
    <message>
        <source>phases without a step</source>
        <translation>phases without a step</translation>
    </message>
    <message>
        <source>unfinished changes another program left beside the file, read in</source>
        <translation>unfinished changes another program left beside the file, read in</translation>
    </message>
    <message>
        <source>cards whose place was lost, kept under “Recovered cards”</source>
        <translation>cards whose place was lost, kept under “Recovered cards”</translation>
    </message>
    <message>
        <source>items out of order</source>
        <translation>items out of order</translation>
    </message>
    <message>
        <source>texts that were not valid UTF-8</source>
        <translation>texts that were not valid UTF-8</translation>
    </message>
    <message>
        <source>No unsaved work to recover.</source>
        <translation>No unsaved work to recover.</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(never saved)</translation>
    </message>
    <message>
        <source>unsaved edits: %1</source>
        <translation>unsaved edits: %1</translation>
    </message>
    <message>
        <source>damaged working copy</source>
        <translation>damaged working copy</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Discarded.</translation>
    </message>
    <message>
        <source>Give --output FILE to restore to, or --discard.</source>
        <translation>Give --output FILE to restore to, or --discard.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 already exists; add --force to replace it.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Restored to %1.</translation>
    </message>
    <message>
        <source>Customer journey maps, offline. Without a command, opens the editor.</source>
        <translation>Customer journey maps, offline. Without a command, opens the editor.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>language of messages and new content</source>
        <translation>language of messages and new content</translation>
    </message>
    <message>
        <source>list the built-in map templates</source>
        <translation>list the built-in map templates</translation>
    </message>
    <message>
        <source>create a project from a template</source>
        <translation>create a project from a template</translation>
    </message>
    <message>
        <source>template id (see &apos;journeymapper templates&apos;)</source>
        <translation>template id (see &apos;journeymapper templates&apos;)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <source>create the sample project</source>
        <translation>create the sample project</translation>
    </message>
    <message>
        <source>show the maps, personas and cards of a project</source>
        <translation>show the maps, personas and cards of a project</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>check a project&apos;s integrity; exit 0 only if it is sound</source>
        <translation>check a project&apos;s integrity; exit 0 only if it is sound</translation>
    </message>
    <message>
        <source>fix what can be fixed safely, after writing a backup beside FILE</source>
        <translation>fix what can be fixed safely, after writing a backup beside FILE</translation>
    </message>
    <message>
        <source>list unsaved work left by a crash, or restore it</source>
        <translation>list unsaved work left by a crash, or restore it</translation>
    </message>
    <message>
        <source>the id shown by &apos;journeymapper recover&apos;</source>
        <translation>the id shown by &apos;journeymapper recover&apos;</translation>
    </message>
    <message>
        <source>write the recovered project here</source>
        <translation>write the recovered project here</translation>
    </message>
    <message>
        <source>throw the unsaved work away</source>
        <translation>throw the unsaved work away</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>export maps as PDF or PNG (posters, tiled over sheets)</source>
        <translation>export maps as PDF or PNG (posters, tiled over sheets)</translation>
    </message>
    <message>
        <source>the map to export: its number (from 1) or title; default the first</source>
        <translation>the map to export: its number (from 1) or title; default the first</translation>
    </message>
    <message>
        <source>every map, one per page (PNG: one file each)</source>
        <translation>every map, one per page (PNG: one file each)</translation>
    </message>
    <message>
        <source>pdf or png; default from the OUT suffix</source>
        <translation>pdf or png; default from the OUT suffix</translation>
    </message>
    <message>
        <source>the file to write; - for standard output (one PDF, or one map&apos;s PNG)</source>
        <translation>the file to write; - for standard output (one PDF, or one map&apos;s PNG)</translation>
    </message>
    <message>
        <source>poster size: %1 or WIDTHxHEIGHTmm (PDF default %2; PNG default the map&apos;s own size)</source>
        <translation>poster size: %1 or WIDTHxHEIGHTmm (PDF default %2; PNG default the map&apos;s own size)</translation>
    </message>
    <message>
        <source>landscape paper (default: whichever fits the map best)</source>
        <translation>landscape paper (default: whichever fits the map best)</translation>
    </message>
    <message>
        <source>portrait paper</source>
        <translation>portrait paper</translation>
    </message>
    <message>
        <source>fit the map to the paper (the default with --paper)</source>
        <translation>fit the map to the paper (the default with --paper)</translation>
    </message>
    <message>
        <source>scale of the map, e.g. 0.5 or 50%</source>
        <translation>scale of the map, e.g. 0.5 or 50%</translation>
    </message>
    <message>
        <source>white margin around the map (default 10mm)</source>
        <translation>white margin around the map (default 10mm)</translation>
    </message>
    <message>
        <source>PDF: spread the poster over sheets of this size, e.g. A4</source>
        <translation>PDF: spread the poster over sheets of this size, e.g. A4</translation>
    </message>
    <message>
        <source>overlap of the tiled sheets (default 10mm)</source>
        <translation>overlap of the tiled sheets (default 10mm)</translation>
    </message>
    <message>
        <source>PNG: dots per inch, %1 to %2 (default 150)</source>
        <translation>PNG: dots per inch, 72 to 600 (default 150)</translation>
    </message>
    <message>
        <source>PNG: width in pixels instead of --dpi</source>
        <translation>PNG: width in pixels instead of --dpi</translation>
    </message>
    <message>
        <source>PNG: transparent instead of white background</source>
        <translation>PNG: transparent instead of white background</translation>
    </message>
    <message>
        <source>show progress even when not on a terminal</source>
        <translation>show progress even when not on a terminal</translation>
    </message>
    <message>
        <source>print nothing but errors</source>
        <translation>print nothing but errors</translation>
    </message>
    <message>
        <source>“%1” is not a scale; write e.g. 0.5 or 50%.</source>
        <translation>“%1” is not a scale; write e.g. 0.5 or 50%.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use %2, or WIDTHxHEIGHTmm from %3 to %4 mm.</source>
        <translation>Unknown paper size “%1”: use %2, or WIDTHxHEIGHTmm from 50 to 5000 mm.</translation>
    </message>
    <message>
        <source>“%1” is not a length; write e.g. 10mm, 1cm or 0.5in.</source>
        <translation>“%1” is not a length; write e.g. 10mm, 1cm or 0.5in.</translation>
    </message>
    <message>
        <source>Give --format pdf or png, or an OUT ending in .pdf or .png.</source>
        <translation>Give --format pdf or png, or an OUT ending in .pdf or .png.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the export a file name, e.g. %2.</source>
        <translation>“%1” is a folder; give the export a file name, e.g. %2.</translation>
    </message>
    <message>
        <source>Refusing to write the export over a project file: %1</source>
        <translation>Refusing to write the export over a project file: %1</translation>
    </message>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Exporting… %1 %</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Customer journey map</translation>
    </message>
    <message>
        <source>Warning: the font has no letters for these characters; they print as empty boxes: %1</source>
        <translation>Warning: the font has no letters for these characters; they print as empty boxes: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 pixels at %3 dpi</translation>
    </message>
    <message>
        <source>Several maps make several PNG files; standard output takes one. Choose one with --map, or give -o a file name.</source>
        <translation>Several maps make several PNG files; standard output takes one. Choose one with --map, or give -o a file name.</translation>
    </message>
    <message>
        <source>Refusing to write a %1 to the terminal; redirect the output to a file or a program, or give -o a file name.</source>
        <translation>Refusing to write a %1 to the terminal; redirect the output to a file or a program, or give -o a file name.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>%n text(s) had more than %1 characters and were cut after the first %1.</source>
        <translation>
            <numerusform>%n text had more than %1 characters and was cut after the first %1.</numerusform>
            <numerusform>%n texts had more than %1 characters and were cut after the first %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is open read-only; changes cannot be made.</source>
        <translation>This project is open read-only; changes cannot be made.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file or folder “%1” does not exist.</source>
        <translation>The file or folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder or device, not a project file.</source>
        <translation>“%1” is a folder or device, not a project file.</translation>
    </message>
    <message>
        <source>“%1” is not a JourneyMapper project: it is not a database file.</source>
        <translation>“%1” is not a JourneyMapper project: it is not a database file.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a JourneyMapper project.</source>
        <translation>“%1” is a database of another program, not a JourneyMapper project.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of JourneyMapper. Update JourneyMapper to open it.</source>
        <translation>“%1” was saved by a newer version of JourneyMapper. Update JourneyMapper to open it.</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete and cannot be opened.</source>
        <translation>“%1” is damaged or incomplete and cannot be opened.</translation>
    </message>
    <message>
        <source>“%1” contains parts a JourneyMapper project never has; it was not opened, for safety.</source>
        <translation>“%1” contains parts a JourneyMapper project never has; it was not opened, for safety.</translation>
    </message>
    <message>
        <source>Reading “%1” took too long; the file is probably damaged.</source>
        <translation>Reading “%1” took too long; the file is probably damaged.</translation>
    </message>
    <message>
        <source>Another program left unfinished changes beside “%1” (a file ending in -wal or -journal), and they could not be read. Open the project in that program once so it can finish them, or copy the project without those files; then try again.</source>
        <translation>Another program left unfinished changes beside “%1” (a file ending in -wal or -journal), and they could not be read. Open the project in that program once so it can finish them, or copy the project without those files; then try again.</translation>
    </message>
    <message>
        <source>“%1” is already open in another JourneyMapper window.</source>
        <translation>“%1” is already open in another JourneyMapper window.</translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on %3 (%4). Until they close it, it can only be viewed.</source>
        <translation>“%1” was opened for editing by %2 on %3 (%4). Until they close it, it can only be viewed.</translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on %3 (%4), but that JourneyMapper is no longer running: it probably stopped without closing the file.</source>
        <translation>“%1” was opened for editing by %2 on %3 (%4), but that JourneyMapper is no longer running: it probably stopped without closing the file.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since you opened it. It was not overwritten.</source>
        <translation>“%1” was changed by someone else since you opened it. It was not overwritten.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>No permission to write “%1”. Choose another folder.</source>
        <translation>No permission to write “%1”. Choose another folder.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written. Nothing was lost.</source>
        <translation>The disk is full: “%1” could not be written. Nothing was lost.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Nothing was lost.</source>
        <translation>“%1” could not be written. Nothing was lost.</translation>
    </message>
    <message>
        <source>There is no recoverable work with the id “%1”.</source>
        <translation>There is no recoverable work with the id “%1”.</translation>
    </message>
    <message>
        <source>%1 rows (at most %2)</source>
        <translation>%1 rows (at most %2)</translation>
    </message>
    <message>
        <source>a map of %1 steps (at most %2)</source>
        <translation>a map of %1 steps (at most %2)</translation>
    </message>
    <message>
        <source>a map of %1 lanes (at most %2)</source>
        <translation>a map of %1 lanes (at most %2)</translation>
    </message>
    <message>
        <source>%1 MB of text (at most %2 MB)</source>
        <translation>%1 MB of text (at most %2 MB)</translation>
    </message>
    <message>
        <source>%1 MB of pictures (at most %2 MB)</source>
        <translation>%1 MB of pictures (at most %2 MB)</translation>
    </message>
    <message>
        <source>“%1” holds more than JourneyMapper opens: %2. The file is probably damaged; it was not opened.</source>
        <translation>“%1” holds more than JourneyMapper opens: %2. The file is probably damaged; it was not opened.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>That item no longer exists.</translation>
    </message>
    <message>
        <source>That lane does not hold this kind of content.</source>
        <translation>That lane does not hold this kind of content.</translation>
    </message>
    <message>
        <source>Items can only move within one map.</source>
        <translation>Items can only move within one map.</translation>
    </message>
    <message>
        <source>A phase needs at least one step.</source>
        <translation>A phase needs at least one step.</translation>
    </message>
    <message>
        <source>A map needs at least one phase.</source>
        <translation>A map needs at least one phase.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>The text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation>That is not a colour.</translation>
    </message>
    <message>
        <source>The emotion scale must go from a lower to a higher whole number, at most 20 apart.</source>
        <translation>The emotion scale must go from a lower to a higher whole number, at most 20 apart.</translation>
    </message>
    <message>
        <source>The score must lie between %1 and %2.</source>
        <translation>The score must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>That is not a usable number.</source>
        <translation>That is not a usable number.</translation>
    </message>
    <message>
        <source>That position does not exist.</source>
        <translation>That position does not exist.</translation>
    </message>
    <message>
        <source>Unknown channel icon.</source>
        <translation>Unknown channel icon.</translation>
    </message>
    <message>
        <source>That channel is not in this map&apos;s channel list.</source>
        <translation>That channel is not in this map&apos;s channel list.</translation>
    </message>
    <message>
        <source>That column width is not possible.</source>
        <translation>That column width is not possible.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>A name is needed.</translation>
    </message>
    <message>
        <source>This step can no longer be undone or redone.</source>
        <translation>This step can no longer be undone or redone.</translation>
    </message>
    <message>
        <source>A map holds at most %1 steps.</source>
        <translation>A map holds at most %1 steps.</translation>
    </message>
    <message>
        <source>A map holds at most %1 lanes.</source>
        <translation>A map holds at most %1 lanes.</translation>
    </message>
    <message>
        <source>The disk holding JourneyMapper&apos;s working folder “%1” is full. Free some space; nothing was changed.</source>
        <translation>The disk holding JourneyMapper&apos;s working folder “%1” is full. Free some space; nothing was changed.</translation>
    </message>
    <message>
        <source>JourneyMapper&apos;s working folder “%1” is read-only. Make it writable; nothing was changed.</source>
        <translation>JourneyMapper&apos;s working folder “%1” is read-only. Make it writable; nothing was changed.</translation>
    </message>
    <message>
        <source>JourneyMapper&apos;s working folder “%1” cannot be used: it is not a folder, or cannot be written. Nothing was changed.</source>
        <translation>JourneyMapper&apos;s working folder “%1” cannot be used: it is not a folder, or cannot be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>The image file is too large (at most 64 MB).</source>
        <translation>The image file is too large (at most 64 MB).</translation>
    </message>
    <message>
        <source>The image has too many pixels to be a photo or a drawing.</source>
        <translation>The image has too many pixels to be a photo or a drawing.</translation>
    </message>
    <message>
        <source>The image file could not be read (it may have been moved, or access is denied).</source>
        <translation>The image file could not be read (it may have been moved, or access is denied).</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used, and this one could not be read.</source>
        <translation>Only PNG and JPEG images can be used, and this one could not be read.</translation>
    </message>
    <message>
        <source>it has too many pixels</source>
        <translation>it has too many pixels</translation>
    </message>
    <message>
        <source>its contents are not what the project says they are</source>
        <translation>its contents are not what the project says they are</translation>
    </message>
    <message>
        <source>it is not a PNG or JPEG picture, or it is damaged</source>
        <translation>it is not a PNG or JPEG picture, or it is damaged</translation>
    </message>
    <message>
        <source>%1: the picture was left out: %2.</source>
        <translation>%1: the picture was left out: %2.</translation>
    </message>
    <message>
        <source>%1: the picture cannot be shown: %2.</source>
        <translation>%1: the picture cannot be shown: %2.</translation>
    </message>
    <message>
        <source>A picture no map shows</source>
        <translation>A picture no map shows</translation>
    </message>
    <message>
        <source>Map “%1”, step “%2”</source>
        <translation>Map “%1”, step “%2”</translation>
    </message>
    <message>
        <source>Map “%1”, photo of persona “%2”</source>
        <translation>Map “%1”, photo of persona “%2”</translation>
    </message>
    <message>
        <source>“%1” does not fit on this paper at that scale; at most %2 % fits. Fit it to the page, or choose a smaller scale, larger paper or tiles.</source>
        <translation>“%1” does not fit on this paper at that scale; at most %2 % fits. Fit it to the page, or choose a smaller scale, larger paper or tiles.</translation>
    </message>
    <message>
        <source>There is no map “%1”. The maps are: %2.</source>
        <translation>There is no map “%1”. The maps are: %2.</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels is too large to make (at most 32,767 pixels a side and 600 megapixels). Choose a lower dpi or a smaller paper, or export a PDF.</source>
        <translation>A PNG of %1 × %2 pixels is too large to make (at most 32,767 pixels a side and 600 megapixels). Choose a lower dpi or a smaller paper, or export a PDF.</translation>
    </message>
    <message>
        <source>“%1” would be printed smaller than 1 % on this paper. Choose larger paper, smaller margins, or tiles.</source>
        <translation>“%1” would be printed smaller than 1 % on this paper. Choose larger paper, smaller margins, or tiles.</translation>
    </message>
    <message>
        <source>The poster would need %1 sheets; at most %2 can be printed at once. Choose larger sheets or a smaller poster.</source>
        <translation>The poster would need %1 sheets; at most %2 can be printed at once. Choose larger sheets or a smaller poster.</translation>
    </message>
    <message>
        <source>The maps to export hold %1 cards; at most %2 can be exported at once. Export fewer maps, or split a map into several.</source>
        <translation>The maps to export hold %1 cards; at most %2 can be exported at once. Export fewer maps, or split a map into several.</translation>
    </message>
    <message>
        <source>“%1” is the project being exported; choose another name for the export.</source>
        <translation>“%1” is the project being exported; choose another name for the export.</translation>
    </message>
    <message>
        <source>“%1” is the name of a project&apos;s lock file or of a file SQLite keeps beside it; choose another name for the export.</source>
        <translation>“%1” is the name of a project&apos;s lock file or of a file SQLite keeps beside it; choose another name for the export.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a %2 file; it was left alone. Choose another name for the export.</source>
        <translation>“%1” exists and is not a %2 file; it was left alone. Choose another name for the export.</translation>
    </message>
    <message>
        <source>“%1” is a folder or device, not a file; the export was not written there.</source>
        <translation>“%1” is a folder or device, not a file; the export was not written there.</translation>
    </message>
    <message>
        <source>The project has no maps to export.</source>
        <translation>The project has no maps to export.</translation>
    </message>
    <message>
        <source>The scale must lie between 1 % and 2000 %.</source>
        <translation>The scale must lie between 1 % and 2000 %.</translation>
    </message>
    <message>
        <source>The margins leave no room for the map on this paper.</source>
        <translation>The margins leave no room for the map on this paper.</translation>
    </message>
    <message>
        <source>The overlap is too large for sheets of this size.</source>
        <translation>The overlap is too large for sheets of this size.</translation>
    </message>
    <message>
        <source>The resolution must lie between 72 and 600 dpi.</source>
        <translation>The resolution must lie between 72 and 600 dpi.</translation>
    </message>
    <message>
        <source>The width must lie between 16 and 32,767 pixels.</source>
        <translation>The width must lie between 16 and 32,767 pixels.</translation>
    </message>
    <message>
        <source>Posters can only be tiled over sheets in a PDF.</source>
        <translation>Posters can only be tiled over sheets in a PDF.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <source>Sheet %1 of %2</source>
        <translation>Sheet %1 of %2</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <source>Assembly overview</source>
        <translation>Assembly overview</translation>
    </message>
    <message>
        <source>%1 sheets of %2 in %3 rows and %4 columns. Print at 100 % (not “fit to page”). Cut each sheet along its crop marks at the right and bottom; the sheets overlap by %5 mm. Glue the cut edge onto the next sheet, starting at A1 in the top left.</source>
        <translation>%1 sheets of %2 in %3 rows and %4 columns. Print at 100 % (not “fit to page”). Cut each sheet along its crop marks at the right and bottom; the sheets overlap by %5 mm. Glue the cut edge onto the next sheet, starting at A1 in the top left.</translation>
    </message>
    <message>
        <source>Made with JourneyMapper</source>
        <translation>Made with JourneyMapper</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <source>Every map of the project (one per page)</source>
        <translation>Every map of the project (one per page)</translation>
    </message>
    <message>
        <source>Every map of the project (one file each)</source>
        <translation>Every map of the project (one file each)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>The map&apos;s own size</source>
        <translation>The map&apos;s own size</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>Custom width</translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation>Custom height</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Custom size:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Best fit</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>&amp;Fit to the paper</source>
        <translation>&amp;Fit to the paper</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margin:</translation>
    </message>
    <message>
        <source>Spread over sheets of</source>
        <translation>Spread over sheets of</translation>
    </message>
    <message>
        <source>Sheet size</source>
        <translation>Sheet size</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparent background</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Poster:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Scale: %1 %</source>
        <translation>Scale: %1 %</translation>
    </message>
    <message>
        <source>Warning: the smallest text prints %1 mm high; below about 3 mm it is hard to read on a wall. Choose larger paper or a larger scale.</source>
        <translation>Warning: the smallest text prints %1 mm high; below about 3 mm it is hard to read on a wall. Choose larger paper or a larger scale.</translation>
    </message>
    <message>
        <source>Warning: the font has no letters for: %1</source>
        <translation>Warning: the font has no letters for: %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>JourneyMapper projects (*.jmap)</source>
        <translation>JourneyMapper projects (*.jmap)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Start from the template:</source>
        <translation>Start from the template:</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Customer journey map</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The font has no letters for these characters; they print as empty boxes: %1</source>
        <translation>The font has no letters for these characters; they print as empty boxes: %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save your version under another name, reload theirs (your unsaved changes are lost), or replace theirs with yours (their changes are lost).</source>
        <translation>Save your version under another name, reload theirs (your unsaved changes are lost), or replace theirs with yours (their changes are lost).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Reload theirs</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
</context>
<context>
    <name>Icons</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>Search engine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Word of mouth</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Default colour</translation>
    </message>
    <message>
        <source>The lane&apos;s or theme&apos;s colour</source>
        <translation>The lane&apos;s or theme&apos;s colour</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Trigger:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Role or segment:</source>
        <translation>Role or segment:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Delete persona</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(no photo)</translation>
    </message>
    <message>
        <source>(this photo cannot be shown)</source>
        <translation>(this photo cannot be shown)</translation>
    </message>
    <message>
        <source>Change map context</source>
        <translation>Change map context</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Rename phase</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Rename lane</translation>
    </message>
    <message>
        <source>Change column width</source>
        <translation>Change column width</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Change persona</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Change photo</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Thoughts and questions</source>
        <translation>Thoughts and questions</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Channels and touchpoints</source>
        <translation>Channels and touchpoints</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>MapPropertiesDialog</name>
    <message>
        <source>Map properties</source>
        <translation>Map properties</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(no persona)</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>T&amp;rigger:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Emotion &amp;scale (from, to):</source>
        <translation>Emotion &amp;scale (from, to):</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Lowest score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Add channel</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Remove channel</translation>
    </message>
    <message>
        <source>Change map properties</source>
        <translation>Change map properties</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map canvas</source>
        <translation>Map canvas</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>New map</source>
        <translation>New map</translation>
    </message>
    <message>
        <source>Title of the map:</source>
        <translation>Title of the map:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>Duplicate map</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Rename map</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Delete map</translation>
    </message>
    <message>
        <source>Delete the map “%1” with all its cards? You can undo this.</source>
        <translation>Delete the map “%1” with all its cards? You can undo this.</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Delete persona</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Maps and personas</source>
        <translation>Maps and personas</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Lane</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message numerus="yes">
        <source>Map: %1 (%n card(s))</source>
        <translation>
            <numerusform>Map: %1 (%n card)</numerusform>
            <numerusform>Map: %1 (%n cards)</numerusform>
        </translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Map &amp;structure:</source>
        <translation>Map &amp;structure:</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find cards containing:</source>
        <translation>Find cards containing:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) found</source>
        <translation>
            <numerusform>%n card found</numerusform>
            <numerusform>%n cards found</numerusform>
        </translation>
    </message>
    <message>
        <source>About JourneyMapper</source>
        <translation>About JourneyMapper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyMapper %1&lt;/h3&gt;&lt;p&gt;Customer journey maps, offline: for workshops, consultants and posters on the wall.&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later. Font: Noto Sans (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper %1&lt;/h3&gt;&lt;p&gt;Customer journey maps, offline: for workshops, consultants and posters on the wall.&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later. Font: Noto Sans (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Save the changes to “%1” before closing?</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Recovered cards</source>
        <translation>Recovered cards</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Sanne de Vries</source>
        <translation>Sanne de Vries</translation>
    </message>
    <message>
        <source>Working parent, household of four</source>
        <translation>Working parent, household of four</translation>
    </message>
    <message>
        <source>Works four days a week, does two loads of laundry a day and has little time to research big purchases.</source>
        <translation>Works four days a week, does two loads of laundry a day and has little time to research big purchases.</translation>
    </message>
    <message>
        <source>I just need a machine that works, and preferably today.</source>
        <translation>I just need a machine that works, and preferably today.</translation>
    </message>
    <message>
        <source>Clear advice she can trust; fast delivery; someone to take the old machine away.</source>
        <translation>Clear advice she can trust; fast delivery; someone to take the old machine away.</translation>
    </message>
    <message>
        <source>A reliable machine that fits the budget, installed within a week.</source>
        <translation>A reliable machine that fits the budget, installed within a week.</translation>
    </message>
    <message>
        <source>Replacing a broken washing machine</source>
        <translation>Replacing a broken washing machine</translation>
    </message>
    <message>
        <source>The old washing machine stops halfway through a full load.</source>
        <translation>The old washing machine stops halfway through a full load.</translation>
    </message>
    <message>
        <source>A reliable new machine installed within a week, at a fair price.</source>
        <translation>A reliable new machine installed within a week, at a fair price.</translation>
    </message>
    <message>
        <source>Sanne needs a new machine quickly, asks around, compares online and in a store, and orders with delivery and installation.</source>
        <translation>Sanne needs a new machine quickly, asks around, compares online and in a store, and orders with delivery and installation.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>Machine breaks down</source>
        <translation>Machine breaks down</translation>
    </message>
    <message>
        <source>Finds the drum full of water and an error code</source>
        <translation>Finds the drum full of water and an error code</translation>
    </message>
    <message>
        <source>Can this still be repaired?</source>
        <translation>Can this still be repaired?</translation>
    </message>
    <message>
        <source>What does a new one cost?</source>
        <translation>What does a new one cost?</translation>
    </message>
    <message>
        <source>Clean clothes for tomorrow</source>
        <translation>Clean clothes for tomorrow</translation>
    </message>
    <message>
        <source>Laundry piles up from day one</source>
        <translation>Laundry piles up from day one</translation>
    </message>
    <message>
        <source>Error-code lookup that says: repair or replace</source>
        <translation>Error-code lookup that says: repair or replace</translation>
    </message>
    <message>
        <source>Partner is away this week</source>
        <translation>Partner is away this week</translation>
    </message>
    <message>
        <source>Stress: wet laundry and no plan</source>
        <translation>Stress: wet laundry and no plan</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Ask family and friends</source>
        <translation>Ask family and friends</translation>
    </message>
    <message>
        <source>Asks in the family group chat which brand they trust</source>
        <translation>Asks in the family group chat which brand they trust</translation>
    </message>
    <message>
        <source>Which brands last longer than five years?</source>
        <translation>Which brands last longer than five years?</translation>
    </message>
    <message>
        <source>Advice from people she trusts</source>
        <translation>Advice from people she trusts</translation>
    </message>
    <message>
        <source>Everyone recommends something else</source>
        <translation>Everyone recommends something else</translation>
    </message>
    <message>
        <source>Read tests and reviews</source>
        <translation>Read tests and reviews</translation>
    </message>
    <message>
        <source>Searches for washing machine tests in the evening</source>
        <translation>Searches for washing machine tests in the evening</translation>
    </message>
    <message>
        <source>Reads reviews on comparison sites</source>
        <translation>Reads reviews on comparison sites</translation>
    </message>
    <message>
        <source>Are these reviews real?</source>
        <translation>Are these reviews real?</translation>
    </message>
    <message>
        <source>An independent comparison</source>
        <translation>An independent comparison</translation>
    </message>
    <message>
        <source>Energy labels and model numbers are confusing</source>
        <translation>Energy labels and model numbers are confusing</translation>
    </message>
    <message>
        <source>A three-question chooser on our site</source>
        <translation>A three-question chooser on our site</translation>
    </message>
    <message>
        <source>Content team keeps test results up to date</source>
        <translation>Content team keeps test results up to date</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>customer interviews</source>
        <translation>customer interviews</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Share options with partner</source>
        <translation>Share options with partner</translation>
    </message>
    <message>
        <source>Sends three links to her partner</source>
        <translation>Sends three links to her partner</translation>
    </message>
    <message>
        <source>Does the 9 kg model fit under the counter?</source>
        <translation>Does the 9 kg model fit under the counter?</translation>
    </message>
    <message>
        <source>Exact dimensions at a glance</source>
        <translation>Exact dimensions at a glance</translation>
    </message>
    <message>
        <source>Share a shortlist with one link</source>
        <translation>Share a shortlist with one link</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideration</translation>
    </message>
    <message>
        <source>Sees targeted advertisement</source>
        <translation>Sees targeted advertisement</translation>
    </message>
    <message>
        <source>Sees an advertisement for a machine she looked at</source>
        <translation>Sees an advertisement for a machine she looked at</translation>
    </message>
    <message>
        <source>Is this offer really cheaper?</source>
        <translation>Is this offer really cheaper?</translation>
    </message>
    <message>
        <source>Prices differ per shop by more than € 100</source>
        <translation>Prices differ per shop by more than € 100</translation>
    </message>
    <message>
        <source>Retargeting campaign</source>
        <translation>Retargeting campaign</translation>
    </message>
    <message>
        <source>Visits a nearby store</source>
        <translation>Visits a nearby store</translation>
    </message>
    <message>
        <source>Looks at machines in a store nearby</source>
        <translation>Looks at machines in a store nearby</translation>
    </message>
    <message>
        <source>Asks the staff about delivery</source>
        <translation>Asks the staff about delivery</translation>
    </message>
    <message>
        <source>Can they take the old machine away?</source>
        <translation>Can they take the old machine away?</translation>
    </message>
    <message>
        <source>See and feel the machine before buying</source>
        <translation>See and feel the machine before buying</translation>
    </message>
    <message>
        <source>Long wait for an employee</source>
        <translation>Long wait for an employee</translation>
    </message>
    <message>
        <source>Book a store appointment online</source>
        <translation>Book a store appointment online</translation>
    </message>
    <message>
        <source>Store staff see online stock</source>
        <translation>Store staff see online stock</translation>
    </message>
    <message>
        <source>Reassured by good advice</source>
        <translation>Reassured by good advice</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Orders online</source>
        <translation>Orders online</translation>
    </message>
    <message>
        <source>Orders online with delivery and installation</source>
        <translation>Orders online with delivery and installation</translation>
    </message>
    <message>
        <source>Will they really come on Thursday?</source>
        <translation>Will they really come on Thursday?</translation>
    </message>
    <message>
        <source>A delivery slot she can choose</source>
        <translation>A delivery slot she can choose</translation>
    </message>
    <message>
        <source>Installation costs only appear at checkout</source>
        <translation>Installation costs only appear at checkout</translation>
    </message>
    <message>
        <source>Show all costs on the product page</source>
        <translation>Show all costs on the product page</translation>
    </message>
    <message>
        <source>Planning assigns a delivery team</source>
        <translation>Planning assigns a delivery team</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>checkout conversion, web analytics</source>
        <translation>checkout conversion, web analytics</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>Installation and first wash</source>
        <translation>Installation and first wash</translation>
    </message>
    <message>
        <source>The old machine is taken away, the new one installed</source>
        <translation>The old machine is taken away, the new one installed</translation>
    </message>
    <message>
        <source>Finally, quiet and clean</source>
        <translation>Finally, quiet and clean</translation>
    </message>
    <message>
        <source>A short video on the first wash</source>
        <translation>A short video on the first wash</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>Writes a review</source>
        <translation>Writes a review</translation>
    </message>
    <message>
        <source>Registers the warranty and writes a review</source>
        <translation>Registers the warranty and writes a review</translation>
    </message>
    <message>
        <source>I would recommend this shop</source>
        <translation>I would recommend this shop</translation>
    </message>
    <message>
        <source>Warranty registration asks for the serial number twice</source>
        <translation>Warranty registration asks for the serial number twice</translation>
    </message>
    <message>
        <source>Register the warranty at delivery</source>
        <translation>Register the warranty at delivery</translation>
    </message>
    <message>
        <source>Tells her sister about the shop</source>
        <translation>Tells her sister about the shop</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>stars</translation>
    </message>
    <message>
        <source>review site</source>
        <translation>review site</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Family and friends</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Double-click an empty place in a cell</source>
        <translation>Double-click an empty place in a cell</translation>
    </message>
    <message>
        <source>Edit a card</source>
        <translation>Edit a card</translation>
    </message>
    <message>
        <source>Double-click the card, or F2</source>
        <translation>Double-click the card, or F2</translation>
    </message>
    <message>
        <source>Finish typing</source>
        <translation>Finish typing</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line; Escape cancels)</source>
        <translation>Enter (Shift+Enter starts a new line; Escape cancels)</translation>
    </message>
    <message>
        <source>Select the next card</source>
        <translation>Select the next card</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Move the selected cards</translation>
    </message>
    <message>
        <source>Select several cards</source>
        <translation>Select several cards</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys (past a cell&apos;s edge into the next lane or step), or drag them</source>
        <translation>Ctrl+arrow keys (past a cell&apos;s edge into the next lane or step), or drag them</translation>
    </message>
    <message>
        <source>Shift+arrow keys, Ctrl+click, or drag a frame around them</source>
        <translation>Shift+arrow keys, Ctrl+click, or drag a frame around them</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel, or pinch</source>
        <translation>Ctrl+mouse wheel, or pinch</translation>
    </message>
    <message>
        <source>Move the view</source>
        <translation>Move the view</translation>
    </message>
    <message>
        <source>Middle mouse button, or Space+drag</source>
        <translation>Middle mouse button, or Space+drag</translation>
    </message>
    <message>
        <source>Choose a phase, step or lane</source>
        <translation>Choose a phase, step or lane</translation>
    </message>
    <message>
        <source>Click its header, or pick it in the map structure list beside the map</source>
        <translation>Click its header, or pick it in the map structure list beside the map</translation>
    </message>
    <message>
        <source>Move a phase, step or lane</source>
        <translation>Move a phase, step or lane</translation>
    </message>
    <message>
        <source>Alt+arrow keys, or drag its header</source>
        <translation>Alt+arrow keys, or drag its header</translation>
    </message>
    <message>
        <source>Rename a phase, step or lane</source>
        <translation>Rename a phase, step or lane</translation>
    </message>
    <message>
        <source>Double-click its header, or type in the inspector</source>
        <translation>Double-click its header, or type in the inspector</translation>
    </message>
    <message>
        <source>Set a step&apos;s emotion, channels, figure or picture</source>
        <translation>Set a step&apos;s emotion, channels, figure or picture</translation>
    </message>
    <message>
        <source>Choose the step; the inspector shows its values (or drag the emotion point, double-click a channel cell)</source>
        <translation>Choose the step; the inspector shows its values (or drag the emotion point, double-click a channel cell)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Start screen</source>
        <translation>Start screen</translation>
    </message>
    <message>
        <source>JourneyMapper</source>
        <translation>JourneyMapper</translation>
    </message>
    <message>
        <source>Map the journey of your customers: from the first trigger to the goal.</source>
        <translation>Map the journey of your customers: from the first trigger to the goal.</translation>
    </message>
    <message>
        <source>New project from a template</source>
        <translation>New project from a template</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Open the &amp;sample project</translation>
    </message>
    <message>
        <source>&amp;Open a project…</source>
        <translation>&amp;Open a project…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>This file is no longer there.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New project from a template&lt;/b&gt; (double-click)</source>
        <translation>&lt;b&gt;New project from a template&lt;/b&gt; (double-click)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent projects&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>a project that was never saved</source>
        <translation>a project that was never saved</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>JourneyMapper was closed unexpectedly while editing %1.
Recover the unsaved work from %2?</source>
        <translation>JourneyMapper was closed unexpectedly while editing %1.
Recover the unsaved work from %2?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Open a read-only view instead?</source>
        <translation>Open a read-only view instead?</translation>
    </message>
    <message>
        <source>If nobody else is editing it, you can remove the lock and open it for editing.</source>
        <translation>If nobody else is editing it, you can remove the lock and open it for editing.</translation>
    </message>
    <message>
        <source>Remove the lock and open</source>
        <translation>Remove the lock and open</translation>
    </message>
    <message>
        <source>You can view it, or edit a copy and save that under another name.</source>
        <translation>You can view it, or edit a copy and save that under another name.</translation>
    </message>
    <message>
        <source>View read-only</source>
        <translation>View read-only</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Edit a copy</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>StepCells</name>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1: score</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Set emotion</translation>
    </message>
    <message>
        <source>Change emotion note</source>
        <translation>Change emotion note</translation>
    </message>
    <message>
        <source>This map has no channels yet: add them in Map &gt; Properties.</source>
        <translation>This map has no channels yet: add them in Map &gt; Properties.</translation>
    </message>
    <message>
        <source>%1: channels used in this step</source>
        <translation>%1: channels used in this step</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Choose channels</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: value</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: unit</translation>
    </message>
    <message>
        <source>%1: source</source>
        <translation>%1: source</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Change figure</source>
        <translation>Change figure</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>%1: choose picture</source>
        <translation>%1: choose picture</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <source>%1: remove picture</source>
        <translation>%1: remove picture</translation>
    </message>
    <message>
        <source>(no picture)</source>
        <translation>(no picture)</translation>
    </message>
    <message>
        <source>(this picture cannot be shown)</source>
        <translation>(this picture cannot be shown)</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>Choose picture</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Change picture</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>Move phase</source>
        <translation>Move phase</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Move lane</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Delete phase</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
    <message>
        <source>Move phase &amp;left</source>
        <translation>Move phase &amp;left</translation>
    </message>
    <message>
        <source>Move phase &amp;right</source>
        <translation>Move phase &amp;right</translation>
    </message>
    <message>
        <source>De&amp;lete phase</source>
        <translation>De&amp;lete phase</translation>
    </message>
    <message>
        <source>Move step &amp;left</source>
        <translation>Move step &amp;left</translation>
    </message>
    <message>
        <source>Move step &amp;right</source>
        <translation>Move step &amp;right</translation>
    </message>
    <message>
        <source>De&amp;lete step</source>
        <translation>De&amp;lete step</translation>
    </message>
    <message>
        <source>Move lane &amp;up</source>
        <translation>Move lane &amp;up</translation>
    </message>
    <message>
        <source>Move lane &amp;down</source>
        <translation>Move lane &amp;down</translation>
    </message>
    <message>
        <source>De&amp;lete lane</source>
        <translation>De&amp;lete lane</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>(unnamed phase)</source>
        <translation>(unnamed phase)</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(unnamed step)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <source>Phases, steps and lanes</source>
        <translation>Phases, steps and lanes</translation>
    </message>
    <message>
        <source>Choose a part to see it in the inspector; Alt+arrow keys move it, Delete removes it</source>
        <translation>Choose a part to see it in the inspector; Alt+arrow keys move it, Delete removes it</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Buyer journey</source>
        <translation>Buyer journey</translation>
    </message>
    <message>
        <source>From first awareness of a need to buying and staying loyal.</source>
        <translation>From first awareness of a need to buying and staying loyal.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>Orientation and information search</source>
        <translation>Orientation and information search</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Purchase consideration</source>
        <translation>Purchase consideration</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>Design-thinking journey</source>
        <translation>Design-thinking journey</translation>
    </message>
    <message>
        <source>The customer&apos;s path through a service, from orientation to use.</source>
        <translation>The customer&apos;s path through a service, from orientation to use.</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Store visit</translation>
    </message>
    <message>
        <source>A visit to a physical store, from coming in to leaving.</source>
        <translation>A visit to a physical store, from coming in to leaving.</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Inflow</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Outflow</source>
        <translation>Outflow</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Blank map</translation>
    </message>
    <message>
        <source>One phase and one lane to start from.</source>
        <translation>One phase and one lane to start from.</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Phase 1</translation>
    </message>
</context>
</TS>
