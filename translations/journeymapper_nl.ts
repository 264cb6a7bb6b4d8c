<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Nieuw uit sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Exporteren als P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Knippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Ware grootte (100 %)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Passend maken</translation>
    </message>
    <message>
        <source>&amp;Presentation (full screen)</source>
        <translation>&amp;Presentatie (volledig scherm)</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Nieuwe kaart…</translation>
    </message>
    <message>
        <source>D&amp;uplicate map</source>
        <translation>Kaart &amp;dupliceren</translation>
    </message>
    <message>
        <source>&amp;Rename map…</source>
        <translation>Kaart &amp;hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete map…</source>
        <translation>Kaart &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Move &amp;left or up</source>
        <translation>Naar &amp;links of boven verplaatsen</translation>
    </message>
    <message>
        <source>Move &amp;right or down</source>
        <translation>Naar &amp;rechts of onder verplaatsen</translation>
    </message>
    <message>
        <source>Delete phase, step or &amp;lane</source>
        <translation>Fase, stap of &amp;baan verwijderen</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschappen…</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kaartje</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Stap</translation>
    </message>
    <message>
        <source>P&amp;ersona</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About JourneyMapper</source>
        <translation>&amp;Over JourneyMapper</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd expliciet argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CanvasController</name>
    <message>
        <source>Edit card</source>
        <translation>Kaartje bewerken</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaartje toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n kaartje verplaatsen</numerusform>
            <numerusform>%n kaartjes verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n kaartje dupliceren</numerusform>
            <numerusform>%n kaartjes dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>%n kaartje knippen</numerusform>
            <numerusform>%n kaartjes knippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n line(s); at most %1 cards can be pasted at once. Nothing was pasted.</source>
        <translation>
            <numerusform>Het klembord bevat %n regel; er kunnen hoogstens %1 kaartjes tegelijk geplakt worden. Er is niets geplakt.</numerusform>
            <numerusform>Het klembord bevat %n regels; er kunnen hoogstens %1 kaartjes tegelijk geplakt worden. Er is niets geplakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n kaartje plakken</numerusform>
            <numerusform>%n kaartjes plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Fase verplaatsen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Baan verplaatsen</translation>
    </message>
    <message>
        <source>Change column width</source>
        <translation>Kolombreedte wijzigen</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Emotie instellen</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Kanalen kiezen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n kaartje verwijderen</numerusform>
            <numerusform>%n kaartjes verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTextEditor</name>
    <message>
        <source>Card text</source>
        <translation>Tekst van het kaartje</translation>
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
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
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
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reclame</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created %1.</source>
        <translation>%1 is aangemaakt.</translation>
    </message>
    <message>
        <source>Created the sample project %1.</source>
        <translation>Het voorbeeldproject %1 is aangemaakt.</translation>
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
        <translation>Kaart %1: %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Emotion scale: %1 to %2</source>
        <translation>Emotieschaal: %1 tot %2</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fasen:</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Banen:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <source>Schema version %1, %2 maps, %3 cards.</source>
        <translation>Schemaversie %1, %2 kaarten, %3 kaartjes.</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Gevonden problemen: %1</translation>
    </message>
    <message>
        <source>The project is sound.</source>
        <translation>Het project is in orde.</translation>
    </message>
    <message>
        <source>The project is sound; nothing to repair (0 fixes).</source>
        <translation>Het project is in orde; er valt niets te herstellen (0 reparaties).</translation>
    </message>
    <message>
        <source>Backup of the original: %1</source>
        <translation>Reservekopie van het origineel: %1</translation>
    </message>
    <message>
        <source>Repaired: %1 fixes. Run check again to see it is sound.</source>
        <translation>Hersteld: %1 reparaties. Voer check opnieuw uit om te zien dat het in orde is.</translation>
    </message>
    <message>
        <source>rows that point at missing rows</source>
        <translation>rijen die naar ontbrekende rijen wijzen</translation>
    </message>
    <message>
        <source>references to missing items</source>
        <translation>verwijzingen naar ontbrekende onderdelen</translation>
    </message>
    <message>
        <source>duplicate ids</source>
        <translation>dubbele id&apos;s</translation>
    </message>
    <message>
        <source>rows without a usable id</source>
        <translation>rijen zonder bruikbare id</translation>
    </message>
    <message>
        <source>texts of the wrong type</source>
        <translation>teksten van het verkeerde type</translation>
    </message>
    <message>
        <source>texts too long</source>
        <translation>te lange teksten</translation>
    </message>
    <message>
        <source>unusable numbers</source>
        <translation>onbruikbare getallen</translation>
    </message>
    <message>
        <source>unusable colours</source>
        <translation>onbruikbare kleuren</translation>
    </message>
    <message>
        <source>unusable images</source>
        <translation>onbruikbare afbeeldingen</translation>
    </message>
    <message>
        <source>pictures that cannot be shown</source>
        <translation>afbeeldingen die niet getoond kunnen worden</translation>
    </message>
    <message>
        <source>unusable emotion scales</source>
        <translation>onbruikbare emotieschalen</translation>
    </message>
    <message>
        <source>scores outside the scale</source>
        <translation>scores buiten de schaal</translation>
    </message>
    <message>
        <source>unknown channel icons</source>
        <translation>onbekende kanaalpictogrammen</translation>
    </message>
    <message>
        <source>unusable column widths</source>
        <translation>onbruikbare kolombreedtes</translation>
    </message>
    <message>
        <source>unknown lane kinds</source>
        <translation>onbekende baansoorten</translation>
    </message>
    <message>
        <source>phases without a step</source>
        <translation>fasen zonder stap</translation>
    </message>
    <message>
        <source>unfinished changes another program left beside the file, read in</source>
        <translation>onafgemaakte wijzigingen die een ander programma naast het bestand achterliet, ingelezen</translation>
    </message>
    <message>
        <source>cards whose place was lost, kept under “Recovered cards”</source>
        <translation>kaartjes waarvan de plek verloren was, bewaard onder “Teruggevonden kaartjes”</translation>
    </message>
    <message>
        <source>items out of order</source>
        <translation>onderdelen in de verkeerde volgorde</translation>
    </message>
    <message>
        <source>texts that were not valid UTF-8</source>
        <translation>teksten die geen geldige UTF-8 waren</translation>
    </message>
    <message>
        <source>No unsaved work to recover.</source>
        <translation>Er is geen onbewaard werk om te herstellen.</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nooit bewaard)</translation>
    </message>
    <message>
        <source>unsaved edits: %1</source>
        <translation>onbewaarde wijzigingen: %1</translation>
    </message>
    <message>
        <source>damaged working copy</source>
        <translation>beschadigde werkkopie</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Weggegooid.</translation>
    </message>
    <message>
        <source>Give --output FILE to restore to, or --discard.</source>
        <translation>Geef --output BESTAND om naar te herstellen, of --discard.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 bestaat al; voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Hersteld naar %1.</translation>
    </message>
    <message>
        <source>Customer journey maps, offline. Without a command, opens the editor.</source>
        <translation>Customer journey maps, offline. Zonder opdracht opent de editor.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>language of messages and new content</source>
        <translation>taal van meldingen en nieuwe inhoud</translation>
    </message>
    <message>
        <source>list the built-in map templates</source>
        <translation>toon de ingebouwde kaartsjablonen</translation>
    </message>
    <message>
        <source>create a project from a template</source>
        <translation>maak een project vanuit een sjabloon</translation>
    </message>
    <message>
        <source>template id (see &apos;journeymapper templates&apos;)</source>
        <translation>sjabloon-id (zie &apos;journeymapper templates&apos;)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>vervang BESTAND als het al bestaat</translation>
    </message>
    <message>
        <source>create the sample project</source>
        <translation>maak het voorbeeldproject</translation>
    </message>
    <message>
        <source>show the maps, personas and cards of a project</source>
        <translation>toon de kaarten, persona&apos;s en kaartjes van een project</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>geef JSON</translation>
    </message>
    <message>
        <source>check a project&apos;s integrity; exit 0 only if it is sound</source>
        <translation>controleer een project; eindcode 0 alleen als het in orde is</translation>
    </message>
    <message>
        <source>fix what can be fixed safely, after writing a backup beside FILE</source>
        <translation>herstel wat veilig te herstellen is, na een reservekopie naast FILE</translation>
    </message>
    <message>
        <source>list unsaved work left by a crash, or restore it</source>
        <translation>toon onbewaard werk van een crash, of herstel het</translation>
    </message>
    <message>
        <source>the id shown by &apos;journeymapper recover&apos;</source>
        <translation>de id die &apos;journeymapper recover&apos; toont</translation>
    </message>
    <message>
        <source>write the recovered project here</source>
        <translation>schrijf het herstelde project hierheen</translation>
    </message>
    <message>
        <source>throw the unsaved work away</source>
        <translation>gooi het onbewaarde werk weg</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>export maps as PDF or PNG (posters, tiled over sheets)</source>
        <translation>kaarten exporteren als PDF of PNG (posters, verdeeld over vellen)</translation>
    </message>
    <message>
        <source>the map to export: its number (from 1) or title; default the first</source>
        <translation>de kaart om te exporteren: het nummer (vanaf 1) of de titel; standaard de eerste</translation>
    </message>
    <message>
        <source>every map, one per page (PNG: one file each)</source>
        <translation>alle kaarten, één per pagina (PNG: één bestand per kaart)</translation>
    </message>
    <message>
        <source>pdf or png; default from the OUT suffix</source>
        <translation>pdf of png; standaard volgens de extensie van OUT</translation>
    </message>
    <message>
        <source>the file to write; - for standard output (one PDF, or one map&apos;s PNG)</source>
        <translation>het bestand om te schrijven; - voor de standaarduitvoer (één PDF, of de PNG van één kaart)</translation>
    </message>
    <message>
        <source>poster size: %1 or WIDTHxHEIGHTmm (PDF default %2; PNG default the map&apos;s own size)</source>
        <translation>postermaat: %1 of BREEDTExHOOGTEmm (PDF standaard %2; PNG standaard de eigen maat van de kaart)</translation>
    </message>
    <message>
        <source>landscape paper (default: whichever fits the map best)</source>
        <translation>liggend papier (standaard: wat de kaart het best past)</translation>
    </message>
    <message>
        <source>portrait paper</source>
        <translation>staand papier</translation>
    </message>
    <message>
        <source>fit the map to the paper (the default with --paper)</source>
        <translation>de kaart passend maken op het papier (standaard bij --paper)</translation>
    </message>
    <message>
        <source>scale of the map, e.g. 0.5 or 50%</source>
        <translation>schaal van de kaart, bijvoorbeeld 0.5 of 50%</translation>
    </message>
    <message>
        <source>white margin around the map (default 10mm)</source>
        <translation>witte marge rond de kaart (standaard 10mm)</translation>
    </message>
    <message>
        <source>PDF: spread the poster over sheets of this size, e.g. A4</source>
        <translation>PDF: de poster verdelen over vellen van deze maat, bijvoorbeeld A4</translation>
    </message>
    <message>
        <source>overlap of the tiled sheets (default 10mm)</source>
        <translation>overlap van de vellen (standaard 10mm)</translation>
    </message>
    <message>
        <source>PNG: dots per inch, %1 to %2 (default 150)</source>
        <translation>PNG: punten per inch, %1 tot %2 (standaard 150)</translation>
    </message>
    <message>
        <source>PNG: width in pixels instead of --dpi</source>
        <translation>PNG: breedte in pixels in plaats van --dpi</translation>
    </message>
    <message>
        <source>PNG: transparent instead of white background</source>
        <translation>PNG: transparante in plaats van witte achtergrond</translation>
    </message>
    <message>
        <source>show progress even when not on a terminal</source>
        <translation>voortgang ook tonen als er geen terminal is</translation>
    </message>
    <message>
        <source>print nothing but errors</source>
        <translation>alleen fouten tonen</translation>
    </message>
    <message>
        <source>“%1” is not a scale; write e.g. 0.5 or 50%.</source>
        <translation>“%1” is geen schaal; schrijf bijvoorbeeld 0.5 of 50%.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use %2, or WIDTHxHEIGHTmm from %3 to %4 mm.</source>
        <translation>Onbekende papiermaat “%1”: gebruik %2, of BREEDTExHOOGTEmm van %3 tot %4 mm.</translation>
    </message>
    <message>
        <source>“%1” is not a length; write e.g. 10mm, 1cm or 0.5in.</source>
        <translation>“%1” is geen lengte; schrijf bijvoorbeeld 10mm, 1cm of 0.5in.</translation>
    </message>
    <message>
        <source>Give --format pdf or png, or an OUT ending in .pdf or .png.</source>
        <translation>Geef --format pdf of png, of een OUT die eindigt op .pdf of .png.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the export a file name, e.g. %2.</source>
        <translation>“%1” is een map; geef de export een bestandsnaam, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>Refusing to write the export over a project file: %1</source>
        <translation>De export wordt niet over een projectbestand geschreven: %1</translation>
    </message>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Exporteren… %1 %</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Customer journey map</translation>
    </message>
    <message>
        <source>Warning: the font has no letters for these characters; they print as empty boxes: %1</source>
        <translation>Let op: het lettertype heeft deze tekens niet; ze worden als lege vakjes afgedrukt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 geëxporteerd.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pagina&apos;s: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 pixels bij %3 dpi</translation>
    </message>
    <message>
        <source>Several maps make several PNG files; standard output takes one. Choose one with --map, or give -o a file name.</source>
        <translation>Meerdere kaarten geven meerdere PNG-bestanden; de standaarduitvoer neemt er één. Kies er één met --map, of geef -o een bestandsnaam.</translation>
    </message>
    <message>
        <source>Refusing to write a %1 to the terminal; redirect the output to a file or a program, or give -o a file name.</source>
        <translation>Een %1 wordt niet naar de terminal geschreven; leid de uitvoer om naar een bestand of programma, of geef -o een bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>%n text(s) had more than %1 characters and were cut after the first %1.</source>
        <translation>
            <numerusform>%n tekst had meer dan %1 tekens en is na de eerste %1 afgekapt.</numerusform>
            <numerusform>%n teksten hadden meer dan %1 tekens en zijn na de eerste %1 afgekapt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is open read-only; changes cannot be made.</source>
        <translation>Dit project is alleen-lezen geopend; er kan niets worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file or folder “%1” does not exist.</source>
        <translation>Het bestand of de map “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a folder or device, not a project file.</source>
        <translation>“%1” is een map of apparaat, geen projectbestand.</translation>
    </message>
    <message>
        <source>“%1” is not a JourneyMapper project: it is not a database file.</source>
        <translation>“%1” is geen JourneyMapper-project: het is geen databasebestand.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a JourneyMapper project.</source>
        <translation>“%1” is een database van een ander programma, geen JourneyMapper-project.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of JourneyMapper. Update JourneyMapper to open it.</source>
        <translation>“%1” is bewaard met een nieuwere versie van JourneyMapper. Werk JourneyMapper bij om het te openen.</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete and cannot be opened.</source>
        <translation>“%1” is beschadigd of onvolledig en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>“%1” contains parts a JourneyMapper project never has; it was not opened, for safety.</source>
        <translation>“%1” bevat onderdelen die een JourneyMapper-project nooit heeft; het is voor de veiligheid niet geopend.</translation>
    </message>
    <message>
        <source>Reading “%1” took too long; the file is probably damaged.</source>
        <translation>Het lezen van “%1” duurde te lang; het bestand is waarschijnlijk beschadigd.</translation>
    </message>
    <message>
        <source>Another program left unfinished changes beside “%1” (a file ending in -wal or -journal), and they could not be read. Open the project in that program once so it can finish them, or copy the project without those files; then try again.</source>
        <translation>Een ander programma heeft onafgemaakte wijzigingen naast “%1” achtergelaten (een bestand dat eindigt op -wal of -journal), en die konden niet worden gelezen. Open het project één keer in dat programma zodat het ze kan afmaken, of kopieer het project zonder die bestanden; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is already open in another JourneyMapper window.</source>
        <translation>“%1” is al geopend in een ander JourneyMapper-venster.</translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on %3 (%4). Until they close it, it can only be viewed.</source>
        <translation>“%1” is geopend om te bewerken door %2 op %3 (%4). Tot die het sluit, kan het alleen worden bekeken.</translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on %3 (%4), but that JourneyMapper is no longer running: it probably stopped without closing the file.</source>
        <translation>“%1” is geopend om te bewerken door %2 op %3 (%4), maar die JourneyMapper draait niet meer: hij is waarschijnlijk gestopt zonder het bestand te sluiten.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since you opened it. It was not overwritten.</source>
        <translation>“%1” is door iemand anders gewijzigd sinds u het opende. Het is niet overschreven.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” bestaat al.</translation>
    </message>
    <message>
        <source>No permission to write “%1”. Choose another folder.</source>
        <translation>Geen toestemming om “%1” te schrijven. Kies een andere map.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written. Nothing was lost.</source>
        <translation>De schijf is vol: “%1” kon niet worden geschreven. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Nothing was lost.</source>
        <translation>“%1” kon niet worden geschreven. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>There is no recoverable work with the id “%1”.</source>
        <translation>Er is geen te herstellen werk met de id “%1”.</translation>
    </message>
    <message>
        <source>%1 rows (at most %2)</source>
        <translation>%1 rijen (hoogstens %2)</translation>
    </message>
    <message>
        <source>a map of %1 steps (at most %2)</source>
        <translation>een kaart met %1 stappen (hoogstens %2)</translation>
    </message>
    <message>
        <source>a map of %1 lanes (at most %2)</source>
        <translation>een kaart met %1 banen (hoogstens %2)</translation>
    </message>
    <message>
        <source>%1 MB of text (at most %2 MB)</source>
        <translation>%1 MB tekst (hoogstens %2 MB)</translation>
    </message>
    <message>
        <source>%1 MB of pictures (at most %2 MB)</source>
        <translation>%1 MB afbeeldingen (hoogstens %2 MB)</translation>
    </message>
    <message>
        <source>“%1” holds more than JourneyMapper opens: %2. The file is probably damaged; it was not opened.</source>
        <translation>“%1” bevat meer dan JourneyMapper opent: %2. Het bestand is waarschijnlijk beschadigd; het is niet geopend.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dat onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>That lane does not hold this kind of content.</source>
        <translation>Die baan bevat dit soort inhoud niet.</translation>
    </message>
    <message>
        <source>Items can only move within one map.</source>
        <translation>Onderdelen kunnen alleen binnen één kaart verplaatst worden.</translation>
    </message>
    <message>
        <source>A phase needs at least one step.</source>
        <translation>Een fase heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <source>A map needs at least one phase.</source>
        <translation>Een kaart heeft minstens één fase nodig.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>De tekst is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation>Dat is geen kleur.</translation>
    </message>
    <message>
        <source>The emotion scale must go from a lower to a higher whole number, at most 20 apart.</source>
        <translation>De emotieschaal moet van een lager naar een hoger geheel getal lopen, hoogstens 20 uit elkaar.</translation>
    </message>
    <message>
        <source>The score must lie between %1 and %2.</source>
        <translation>De score moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <source>That is not a usable number.</source>
        <translation>Dat is geen bruikbaar getal.</translation>
    </message>
    <message>
        <source>That position does not exist.</source>
        <translation>Die positie bestaat niet.</translation>
    </message>
    <message>
        <source>Unknown channel icon.</source>
        <translation>Onbekend kanaalpictogram.</translation>
    </message>
    <message>
        <source>That channel is not in this map&apos;s channel list.</source>
        <translation>Dat kanaal staat niet in de kanalenlijst van deze kaart.</translation>
    </message>
    <message>
        <source>That column width is not possible.</source>
        <translation>Die kolombreedte is niet mogelijk.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Er is een naam nodig.</translation>
    </message>
    <message>
        <source>This step can no longer be undone or redone.</source>
        <translation>Deze stap kan niet meer ongedaan gemaakt of opnieuw gedaan worden.</translation>
    </message>
    <message>
        <source>A map holds at most %1 steps.</source>
        <translation>Een kaart heeft hoogstens %1 stappen.</translation>
    </message>
    <message>
        <source>A map holds at most %1 lanes.</source>
        <translation>Een kaart heeft hoogstens %1 banen.</translation>
    </message>
    <message>
        <source>The disk holding JourneyMapper&apos;s working folder “%1” is full. Free some space; nothing was changed.</source>
        <translation>De schijf met de werkmap van JourneyMapper “%1” is vol. Maak ruimte vrij; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>JourneyMapper&apos;s working folder “%1” is read-only. Make it writable; nothing was changed.</source>
        <translation>De werkmap van JourneyMapper “%1” is alleen-lezen. Maak hem beschrijfbaar; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>JourneyMapper&apos;s working folder “%1” cannot be used: it is not a folder, or cannot be written. Nothing was changed.</source>
        <translation>De werkmap van JourneyMapper “%1” kan niet worden gebruikt: het is geen map, of er kan niet in worden geschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The image file is too large (at most 64 MB).</source>
        <translation>Het afbeeldingsbestand is te groot (hoogstens 64 MB).</translation>
    </message>
    <message>
        <source>The image has too many pixels to be a photo or a drawing.</source>
        <translation>De afbeelding heeft te veel pixels voor een foto of tekening.</translation>
    </message>
    <message>
        <source>The image file could not be read (it may have been moved, or access is denied).</source>
        <translation>Het afbeeldingsbestand kon niet worden gelezen (het is misschien verplaatst, of de toegang is geweigerd).</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used, and this one could not be read.</source>
        <translation>Alleen PNG- en JPEG-afbeeldingen kunnen worden gebruikt, en deze kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>it has too many pixels</source>
        <translation>ze heeft te veel pixels</translation>
    </message>
    <message>
        <source>its contents are not what the project says they are</source>
        <translation>de inhoud is niet wat het project erover zegt</translation>
    </message>
    <message>
        <source>it is not a PNG or JPEG picture, or it is damaged</source>
        <translation>het is geen PNG- of JPEG-afbeelding, of ze is beschadigd</translation>
    </message>
    <message>
        <source>%1: the picture was left out: %2.</source>
        <translation>%1: de afbeelding is weggelaten: %2.</translation>
    </message>
    <message>
        <source>%1: the picture cannot be shown: %2.</source>
        <translation>%1: de afbeelding kan niet getoond worden: %2.</translation>
    </message>
    <message>
        <source>A picture no map shows</source>
        <translation>Een afbeelding die geen kaart toont</translation>
    </message>
    <message>
        <source>Map “%1”, step “%2”</source>
        <translation>Kaart “%1”, stap “%2”</translation>
    </message>
    <message>
        <source>Map “%1”, photo of persona “%2”</source>
        <translation>Kaart “%1”, foto van persona “%2”</translation>
    </message>
    <message>
        <source>“%1” does not fit on this paper at that scale; at most %2 % fits. Fit it to the page, or choose a smaller scale, larger paper or tiles.</source>
        <translation>“%1” past op deze schaal niet op dit papier; hooguit %2 % past. Maak de kaart passend, of kies een kleinere schaal, groter papier of vellen.</translation>
    </message>
    <message>
        <source>There is no map “%1”. The maps are: %2.</source>
        <translation>Er is geen kaart “%1”. De kaarten zijn: %2.</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels is too large to make (at most 32,767 pixels a side and 600 megapixels). Choose a lower dpi or a smaller paper, or export a PDF.</source>
        <translation>Een PNG van %1 × %2 pixels is te groot (hooguit 32.767 pixels per zijde en 600 megapixels). Kies een lagere dpi of kleiner papier, of exporteer een PDF.</translation>
    </message>
    <message>
        <source>“%1” would be printed smaller than 1 % on this paper. Choose larger paper, smaller margins, or tiles.</source>
        <translation>“%1” zou op dit papier kleiner dan 1 % worden afgedrukt. Kies groter papier, kleinere marges of vellen.</translation>
    </message>
    <message>
        <source>The poster would need %1 sheets; at most %2 can be printed at once. Choose larger sheets or a smaller poster.</source>
        <translation>De poster zou %1 vellen nodig hebben; er kunnen er hooguit %2 tegelijk worden afgedrukt. Kies grotere vellen of een kleinere poster.</translation>
    </message>
    <message>
        <source>The maps to export hold %1 cards; at most %2 can be exported at once. Export fewer maps, or split a map into several.</source>
        <translation>De kaarten om te exporteren bevatten %1 kaartjes; er kunnen er hooguit %2 tegelijk worden geëxporteerd. Exporteer minder kaarten, of verdeel een kaart over meerdere.</translation>
    </message>
    <message>
        <source>“%1” is the project being exported; choose another name for the export.</source>
        <translation>“%1” is het project dat wordt geëxporteerd; kies een andere naam voor de export.</translation>
    </message>
    <message>
        <source>“%1” is the name of a project&apos;s lock file or of a file SQLite keeps beside it; choose another name for the export.</source>
        <translation>“%1” is de naam van het vergrendelingsbestand van een project of van een bestand dat SQLite ernaast bewaart; kies een andere naam voor de export.</translation>
    </message>
    <message>
        <source>“%1” exists and is not a %2 file; it was left alone. Choose another name for the export.</source>
        <translation>“%1” bestaat al en is geen %2-bestand; het is niet aangeraakt. Kies een andere naam voor de export.</translation>
    </message>
    <message>
        <source>“%1” is a folder or device, not a file; the export was not written there.</source>
        <translation>“%1” is een map of apparaat, geen bestand; de export is daar niet geschreven.</translation>
    </message>
    <message>
        <source>The project has no maps to export.</source>
        <translation>Het project heeft geen kaarten om te exporteren.</translation>
    </message>
    <message>
        <source>The scale must lie between 1 % and 2000 %.</source>
        <translation>De schaal moet tussen 1 % en 2000 % liggen.</translation>
    </message>
    <message>
        <source>The margins leave no room for the map on this paper.</source>
        <translation>De marges laten op dit papier geen ruimte voor de kaart.</translation>
    </message>
    <message>
        <source>The overlap is too large for sheets of this size.</source>
        <translation>De overlap is te groot voor vellen van deze maat.</translation>
    </message>
    <message>
        <source>The resolution must lie between 72 and 600 dpi.</source>
        <translation>De resolutie moet tussen 72 en 600 dpi liggen.</translation>
    </message>
    <message>
        <source>The width must lie between 16 and 32,767 pixels.</source>
        <translation>De breedte moet tussen 16 en 32.767 pixels liggen.</translation>
    </message>
    <message>
        <source>Posters can only be tiled over sheets in a PDF.</source>
        <translation>Een poster kan alleen in een PDF over vellen worden verdeeld.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
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
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Schaal %1</translation>
    </message>
    <message>
        <source>Sheet %1 of %2</source>
        <translation>Vel %1 van %2</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Rij %1, kolom %2</translation>
    </message>
    <message>
        <source>Assembly overview</source>
        <translation>Overzicht voor het opplakken</translation>
    </message>
    <message>
        <source>%1 sheets of %2 in %3 rows and %4 columns. Print at 100 % (not “fit to page”). Cut each sheet along its crop marks at the right and bottom; the sheets overlap by %5 mm. Glue the cut edge onto the next sheet, starting at A1 in the top left.</source>
        <translation>%1 vellen %2 in %3 rijen en %4 kolommen. Druk af op 100 % (niet “aanpassen aan pagina”). Snijd elk vel rechts en onder langs de snijtekens; de vellen overlappen %5 mm. Plak de gesneden rand op het volgende vel, te beginnen met A1 linksboven.</translation>
    </message>
    <message>
        <source>Made with JourneyMapper</source>
        <translation>Gemaakt met JourneyMapper</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporteren als PNG</translation>
    </message>
    <message>
        <source>Every map of the project (one per page)</source>
        <translation>Alle kaarten van het project (één per pagina)</translation>
    </message>
    <message>
        <source>Every map of the project (one file each)</source>
        <translation>Alle kaarten van het project (elk een eigen bestand)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The map&apos;s own size</source>
        <translation>De eigen maat van de kaart</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigen maat</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>Eigen breedte</translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation>Eigen hoogte</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Eigen maat:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Wat het best past</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Fit to the paper</source>
        <translation>Passend op het &amp;papier</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Schaal:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marge:</translation>
    </message>
    <message>
        <source>Spread over sheets of</source>
        <translation>Verdelen over vellen</translation>
    </message>
    <message>
        <source>Sheet size</source>
        <translation>Velformaat</translation>
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
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparante achtergrond</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Poster:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolutie:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Scale: %1 %</source>
        <translation>Schaal: %1 %</translation>
    </message>
    <message>
        <source>Warning: the smallest text prints %1 mm high; below about 3 mm it is hard to read on a wall. Choose larger paper or a larger scale.</source>
        <translation>Let op: de kleinste tekst wordt %1 mm hoog afgedrukt; onder ongeveer 3 mm is die aan de muur moeilijk te lezen. Kies groter papier of een grotere schaal.</translation>
    </message>
    <message>
        <source>Warning: the font has no letters for: %1</source>
        <translation>Let op: het lettertype heeft geen tekens voor: %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>JourneyMapper projects (*.jmap)</source>
        <translation>JourneyMapper-projecten (*.jmap)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Start from the template:</source>
        <translation>Beginnen met het sjabloon:</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Customer journey map</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The font has no letters for these characters; they print as empty boxes: %1</source>
        <translation>Het lettertype heeft deze tekens niet; ze worden als lege vakjes afgedrukt: %1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 geëxporteerd.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Save your version under another name, reload theirs (your unsaved changes are lost), or replace theirs with yours (their changes are lost).</source>
        <translation>Bewaar uw versie onder een andere naam, laad die van de ander opnieuw (uw niet-opgeslagen wijzigingen gaan verloren), of vervang die van de ander door de uwe (hun wijzigingen gaan verloren).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Die van de ander laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>De mijne houden</translation>
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
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Winkel</translation>
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
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reclame</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standaardkleur</translation>
    </message>
    <message>
        <source>The lane&apos;s or theme&apos;s colour</source>
        <translation>De kleur van de baan of het thema</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Aanleiding:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Tekst van het kaartje</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breedte:</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <source>Role or segment:</source>
        <translation>Rol of segment:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citaat:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behoeften:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n kaartje gekozen</numerusform>
            <numerusform>%n kaartjes gekozen</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(geen foto)</translation>
    </message>
    <message>
        <source>(this photo cannot be shown)</source>
        <translation>(deze foto kan niet getoond worden)</translation>
    </message>
    <message>
        <source>Change map context</source>
        <translation>Context van de kaart wijzigen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Kaartje bewerken</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Fase hernoemen</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Stap hernoemen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Baan hernoemen</translation>
    </message>
    <message>
        <source>Change column width</source>
        <translation>Kolombreedte wijzigen</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Persona wijzigen</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto wijzigen</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Thoughts and questions</source>
        <translation>Gedachten en vragen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Achter de schermen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Channels and touchpoints</source>
        <translation>Kanalen en contactmomenten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Meetwaarden</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Beelden</translation>
    </message>
</context>
<context>
    <name>MapPropertiesDialog</name>
    <message>
        <source>Map properties</source>
        <translation>Eigenschappen van de kaart</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(geen persona)</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>&amp;Aanleiding:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Emotion &amp;scale (from, to):</source>
        <translation>Emotie&amp;schaal (van, tot):</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Laagste score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Hoogste score</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>Kanaal &amp;toevoegen</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nieuw kanaal</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>Kanaal &amp;verwijderen</translation>
    </message>
    <message>
        <source>Change map properties</source>
        <translation>Eigenschappen van de kaart wijzigen</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map canvas</source>
        <translation>Kaartcanvas</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>New map</source>
        <translation>Nieuwe kaart</translation>
    </message>
    <message>
        <source>Title of the map:</source>
        <translation>Titel van de kaart:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>Kaart dupliceren</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Kaart hernoemen</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <source>Delete the map “%1” with all its cards? You can undo this.</source>
        <translation>De kaart “%1” met al haar kaartjes verwijderen? Dit kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona toevoegen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona verwijderen</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Maps and personas</source>
        <translation>Kaarten en persona&apos;s</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Baan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message numerus="yes">
        <source>Map: %1 (%n card(s))</source>
        <translation>
            <numerusform>Kaart: %1 (%n kaartje)</numerusform>
            <numerusform>Kaart: %1 (%n kaartjes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Map &amp;structure:</source>
        <translation>&amp;Opbouw van de kaart:</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find cards containing:</source>
        <translation>Kaartjes zoeken met:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) found</source>
        <translation>
            <numerusform>%n kaartje gevonden</numerusform>
            <numerusform>%n kaartjes gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>About JourneyMapper</source>
        <translation>Over JourneyMapper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JourneyMapper %1&lt;/h3&gt;&lt;p&gt;Customer journey maps, offline: for workshops, consultants and posters on the wall.&lt;/p&gt;&lt;p&gt;Licensed under the GPL, version 3 or later. Font: Noto Sans (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JourneyMapper %1&lt;/h3&gt;&lt;p&gt;Customer journey maps, offline: voor workshops, adviseurs en posters aan de muur.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GPL, versie 3 of later. Lettertype: Noto Sans (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>De wijzigingen in “%1” opslaan voor het sluiten?</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>Recovered</source>
        <translation>Teruggevonden</translation>
    </message>
    <message>
        <source>Recovered cards</source>
        <translation>Teruggevonden kaartjes</translation>
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
        <translation>Werkende ouder, gezin van vier</translation>
    </message>
    <message>
        <source>Works four days a week, does two loads of laundry a day and has little time to research big purchases.</source>
        <translation>Werkt vier dagen per week, draait twee wassen per dag en heeft weinig tijd om grote aankopen uit te zoeken.</translation>
    </message>
    <message>
        <source>I just need a machine that works, and preferably today.</source>
        <translation>Ik wil gewoon een machine die het doet, het liefst vandaag nog.</translation>
    </message>
    <message>
        <source>Clear advice she can trust; fast delivery; someone to take the old machine away.</source>
        <translation>Helder advies dat ze vertrouwt; snelle levering; iemand die de oude machine meeneemt.</translation>
    </message>
    <message>
        <source>A reliable machine that fits the budget, installed within a week.</source>
        <translation>Een betrouwbare machine die in het budget past, binnen een week geïnstalleerd.</translation>
    </message>
    <message>
        <source>Replacing a broken washing machine</source>
        <translation>Een kapotte wasmachine vervangen</translation>
    </message>
    <message>
        <source>The old washing machine stops halfway through a full load.</source>
        <translation>De oude wasmachine stopt halverwege een volle trommel.</translation>
    </message>
    <message>
        <source>A reliable new machine installed within a week, at a fair price.</source>
        <translation>Binnen een week een betrouwbare nieuwe machine, voor een eerlijke prijs.</translation>
    </message>
    <message>
        <source>Sanne needs a new machine quickly, asks around, compares online and in a store, and orders with delivery and installation.</source>
        <translation>Sanne heeft snel een nieuwe machine nodig, vraagt rond, vergelijkt online en in een winkel, en bestelt met bezorging en installatie.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Bewustwording</translation>
    </message>
    <message>
        <source>Machine breaks down</source>
        <translation>Machine gaat kapot</translation>
    </message>
    <message>
        <source>Finds the drum full of water and an error code</source>
        <translation>Vindt een trommel vol water en een foutcode</translation>
    </message>
    <message>
        <source>Can this still be repaired?</source>
        <translation>Is dit nog te repareren?</translation>
    </message>
    <message>
        <source>What does a new one cost?</source>
        <translation>Wat kost een nieuwe?</translation>
    </message>
    <message>
        <source>Clean clothes for tomorrow</source>
        <translation>Schone kleren voor morgen</translation>
    </message>
    <message>
        <source>Laundry piles up from day one</source>
        <translation>De was stapelt zich vanaf dag één op</translation>
    </message>
    <message>
        <source>Error-code lookup that says: repair or replace</source>
        <translation>Foutcode opzoeken die zegt: repareren of vervangen</translation>
    </message>
    <message>
        <source>Partner is away this week</source>
        <translation>Partner is deze week weg</translation>
    </message>
    <message>
        <source>Stress: wet laundry and no plan</source>
        <translation>Stress: natte was en geen plan</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>Ask family and friends</source>
        <translation>Familie en vrienden vragen</translation>
    </message>
    <message>
        <source>Asks in the family group chat which brand they trust</source>
        <translation>Vraagt in de familie-app welk merk ze vertrouwen</translation>
    </message>
    <message>
        <source>Which brands last longer than five years?</source>
        <translation>Welke merken gaan langer dan vijf jaar mee?</translation>
    </message>
    <message>
        <source>Advice from people she trusts</source>
        <translation>Advies van mensen die ze vertrouwt</translation>
    </message>
    <message>
        <source>Everyone recommends something else</source>
        <translation>Iedereen raadt iets anders aan</translation>
    </message>
    <message>
        <source>Read tests and reviews</source>
        <translation>Tests en recensies lezen</translation>
    </message>
    <message>
        <source>Searches for washing machine tests in the evening</source>
        <translation>Zoekt &apos;s avonds naar tests van wasmachines</translation>
    </message>
    <message>
        <source>Reads reviews on comparison sites</source>
        <translation>Leest recensies op vergelijkingssites</translation>
    </message>
    <message>
        <source>Are these reviews real?</source>
        <translation>Zijn deze recensies echt?</translation>
    </message>
    <message>
        <source>An independent comparison</source>
        <translation>Een onafhankelijke vergelijking</translation>
    </message>
    <message>
        <source>Energy labels and model numbers are confusing</source>
        <translation>Energielabels en typenummers zijn verwarrend</translation>
    </message>
    <message>
        <source>A three-question chooser on our site</source>
        <translation>Een keuzehulp met drie vragen op onze site</translation>
    </message>
    <message>
        <source>Content team keeps test results up to date</source>
        <translation>Contentteam houdt testresultaten actueel</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>customer interviews</source>
        <translation>klantinterviews</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intentie</translation>
    </message>
    <message>
        <source>Share options with partner</source>
        <translation>Opties delen met partner</translation>
    </message>
    <message>
        <source>Sends three links to her partner</source>
        <translation>Stuurt drie links naar haar partner</translation>
    </message>
    <message>
        <source>Does the 9 kg model fit under the counter?</source>
        <translation>Past het model van 9 kg onder het aanrecht?</translation>
    </message>
    <message>
        <source>Exact dimensions at a glance</source>
        <translation>Exacte afmetingen in één oogopslag</translation>
    </message>
    <message>
        <source>Share a shortlist with one link</source>
        <translation>Een shortlist delen met één link</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Overweging</translation>
    </message>
    <message>
        <source>Sees targeted advertisement</source>
        <translation>Ziet gerichte advertentie</translation>
    </message>
    <message>
        <source>Sees an advertisement for a machine she looked at</source>
        <translation>Ziet een advertentie voor een machine die ze bekeek</translation>
    </message>
    <message>
        <source>Is this offer really cheaper?</source>
        <translation>Is deze aanbieding echt goedkoper?</translation>
    </message>
    <message>
        <source>Prices differ per shop by more than € 100</source>
        <translation>Prijzen verschillen per winkel meer dan € 100</translation>
    </message>
    <message>
        <source>Retargeting campaign</source>
        <translation>Retargetingcampagne</translation>
    </message>
    <message>
        <source>Visits a nearby store</source>
        <translation>Bezoekt een winkel in de buurt</translation>
    </message>
    <message>
        <source>Looks at machines in a store nearby</source>
        <translation>Bekijkt machines in een winkel in de buurt</translation>
    </message>
    <message>
        <source>Asks the staff about delivery</source>
        <translation>Vraagt het personeel naar de bezorging</translation>
    </message>
    <message>
        <source>Can they take the old machine away?</source>
        <translation>Kunnen ze de oude machine meenemen?</translation>
    </message>
    <message>
        <source>See and feel the machine before buying</source>
        <translation>De machine zien en voelen voor de aankoop</translation>
    </message>
    <message>
        <source>Long wait for an employee</source>
        <translation>Lang wachten op een medewerker</translation>
    </message>
    <message>
        <source>Book a store appointment online</source>
        <translation>Online een winkelafspraak maken</translation>
    </message>
    <message>
        <source>Store staff see online stock</source>
        <translation>Winkelpersoneel ziet de online voorraad</translation>
    </message>
    <message>
        <source>Reassured by good advice</source>
        <translation>Gerustgesteld door goed advies</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Aankoop</translation>
    </message>
    <message>
        <source>Orders online</source>
        <translation>Bestelt online</translation>
    </message>
    <message>
        <source>Orders online with delivery and installation</source>
        <translation>Bestelt online met bezorging en installatie</translation>
    </message>
    <message>
        <source>Will they really come on Thursday?</source>
        <translation>Komen ze echt op donderdag?</translation>
    </message>
    <message>
        <source>A delivery slot she can choose</source>
        <translation>Een bezorgmoment dat ze zelf kiest</translation>
    </message>
    <message>
        <source>Installation costs only appear at checkout</source>
        <translation>Installatiekosten verschijnen pas bij het afrekenen</translation>
    </message>
    <message>
        <source>Show all costs on the product page</source>
        <translation>Alle kosten tonen op de productpagina</translation>
    </message>
    <message>
        <source>Planning assigns a delivery team</source>
        <translation>Planning wijst een bezorgteam toe</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>checkout conversion, web analytics</source>
        <translation>conversie bij afrekenen, webstatistieken</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyaliteit</translation>
    </message>
    <message>
        <source>Installation and first wash</source>
        <translation>Installatie en eerste was</translation>
    </message>
    <message>
        <source>The old machine is taken away, the new one installed</source>
        <translation>De oude machine gaat mee, de nieuwe wordt geïnstalleerd</translation>
    </message>
    <message>
        <source>Finally, quiet and clean</source>
        <translation>Eindelijk rust en schone was</translation>
    </message>
    <message>
        <source>A short video on the first wash</source>
        <translation>Een korte video over de eerste was</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Opluchting</translation>
    </message>
    <message>
        <source>Writes a review</source>
        <translation>Schrijft een recensie</translation>
    </message>
    <message>
        <source>Registers the warranty and writes a review</source>
        <translation>Registreert de garantie en schrijft een recensie</translation>
    </message>
    <message>
        <source>I would recommend this shop</source>
        <translation>Deze winkel zou ik aanraden</translation>
    </message>
    <message>
        <source>Warranty registration asks for the serial number twice</source>
        <translation>Garantieregistratie vraagt twee keer om het serienummer</translation>
    </message>
    <message>
        <source>Register the warranty at delivery</source>
        <translation>De garantie registreren bij de bezorging</translation>
    </message>
    <message>
        <source>Tells her sister about the shop</source>
        <translation>Vertelt haar zus over de winkel</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>sterren</translation>
    </message>
    <message>
        <source>review site</source>
        <translation>recensiesite</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familie en vrienden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Een kaartje toevoegen</translation>
    </message>
    <message>
        <source>Double-click an empty place in a cell</source>
        <translation>Dubbelklik op een lege plek in een cel</translation>
    </message>
    <message>
        <source>Edit a card</source>
        <translation>Een kaartje bewerken</translation>
    </message>
    <message>
        <source>Double-click the card, or F2</source>
        <translation>Dubbelklik op het kaartje, of F2</translation>
    </message>
    <message>
        <source>Finish typing</source>
        <translation>Klaar met typen</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line; Escape cancels)</source>
        <translation>Enter (Shift+Enter begint een nieuwe regel; Escape annuleert)</translation>
    </message>
    <message>
        <source>Select the next card</source>
        <translation>Het volgende kaartje kiezen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>De gekozen kaartjes verplaatsen</translation>
    </message>
    <message>
        <source>Select several cards</source>
        <translation>Meerdere kaartjes kiezen</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys (past a cell&apos;s edge into the next lane or step), or drag them</source>
        <translation>Ctrl+pijltjestoetsen (voorbij de rand van een cel naar de volgende baan of stap), of sleep ze</translation>
    </message>
    <message>
        <source>Shift+arrow keys, Ctrl+click, or drag a frame around them</source>
        <translation>Shift+pijltjestoetsen, Ctrl+klik, of sleep een kader eromheen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel, or pinch</source>
        <translation>Ctrl+muiswiel, of knijpen</translation>
    </message>
    <message>
        <source>Move the view</source>
        <translation>Het beeld verschuiven</translation>
    </message>
    <message>
        <source>Middle mouse button, or Space+drag</source>
        <translation>Middelste muisknop, of spatie+slepen</translation>
    </message>
    <message>
        <source>Choose a phase, step or lane</source>
        <translation>Een fase, stap of baan kiezen</translation>
    </message>
    <message>
        <source>Click its header, or pick it in the map structure list beside the map</source>
        <translation>Klik op de kop, of kies hem in de lijst met de opbouw van de kaart</translation>
    </message>
    <message>
        <source>Move a phase, step or lane</source>
        <translation>Een fase, stap of baan verplaatsen</translation>
    </message>
    <message>
        <source>Alt+arrow keys, or drag its header</source>
        <translation>Alt+pijltjestoetsen, of sleep de kop</translation>
    </message>
    <message>
        <source>Rename a phase, step or lane</source>
        <translation>Een fase, stap of baan hernoemen</translation>
    </message>
    <message>
        <source>Double-click its header, or type in the inspector</source>
        <translation>Dubbelklik op de kop, of typ in de inspecteur</translation>
    </message>
    <message>
        <source>Set a step&apos;s emotion, channels, figure or picture</source>
        <translation>Emotie, kanalen, meetwaarde of beeld van een stap instellen</translation>
    </message>
    <message>
        <source>Choose the step; the inspector shows its values (or drag the emotion point, double-click a channel cell)</source>
        <translation>Kies de stap; de inspecteur toont de waarden (of sleep het emotiepunt, dubbelklik op een kanaalcel)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Start screen</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <source>JourneyMapper</source>
        <translation>JourneyMapper</translation>
    </message>
    <message>
        <source>Map the journey of your customers: from the first trigger to the goal.</source>
        <translation>Breng de reis van je klanten in kaart: van de eerste aanleiding tot het doel.</translation>
    </message>
    <message>
        <source>New project from a template</source>
        <translation>Nieuw project uit een sjabloon</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Het &amp;voorbeeldproject openen</translation>
    </message>
    <message>
        <source>&amp;Open a project…</source>
        <translation>Een project &amp;openen…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>Dit bestand is er niet meer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New project from a template&lt;/b&gt; (double-click)</source>
        <translation>&lt;b&gt;Nieuw project uit een sjabloon&lt;/b&gt; (dubbelklikken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recente projecten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>a project that was never saved</source>
        <translation>een project dat nooit is opgeslagen</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Onbewaard werk herstellen</translation>
    </message>
    <message>
        <source>JourneyMapper was closed unexpectedly while editing %1.
Recover the unsaved work from %2?</source>
        <translation>JourneyMapper werd onverwacht afgesloten tijdens het bewerken van %1.
Het onbewaarde werk van %2 herstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Open a read-only view instead?</source>
        <translation>In plaats daarvan alleen-lezen openen?</translation>
    </message>
    <message>
        <source>If nobody else is editing it, you can remove the lock and open it for editing.</source>
        <translation>Als niemand anders het bewerkt, kunt u de vergrendeling verwijderen en het openen om te bewerken.</translation>
    </message>
    <message>
        <source>Remove the lock and open</source>
        <translation>Vergrendeling verwijderen en openen</translation>
    </message>
    <message>
        <source>You can view it, or edit a copy and save that under another name.</source>
        <translation>U kunt het bekijken, of een kopie bewerken en die onder een andere naam opslaan.</translation>
    </message>
    <message>
        <source>View read-only</source>
        <translation>Alleen-lezen bekijken</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Een kopie bewerken</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
</context>
<context>
    <name>StepCells</name>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
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
        <translation>%1: notitie</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Emotie instellen</translation>
    </message>
    <message>
        <source>Change emotion note</source>
        <translation>Emotienotitie wijzigen</translation>
    </message>
    <message>
        <source>This map has no channels yet: add them in Map &gt; Properties.</source>
        <translation>Deze kaart heeft nog geen kanalen: voeg ze toe via Kaart &gt; Eigenschappen.</translation>
    </message>
    <message>
        <source>%1: channels used in this step</source>
        <translation>%1: kanalen in deze stap</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Kanalen kiezen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: waarde</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1: eenheid</translation>
    </message>
    <message>
        <source>%1: source</source>
        <translation>%1: bron</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Change figure</source>
        <translation>Meetwaarde wijzigen</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Beeld kiezen…</translation>
    </message>
    <message>
        <source>%1: choose picture</source>
        <translation>%1: beeld kiezen</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Beeld verwijderen</translation>
    </message>
    <message>
        <source>%1: remove picture</source>
        <translation>%1: beeld verwijderen</translation>
    </message>
    <message>
        <source>(no picture)</source>
        <translation>(geen beeld)</translation>
    </message>
    <message>
        <source>(this picture cannot be shown)</source>
        <translation>(deze afbeelding kan niet getoond worden)</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>Beeld kiezen</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Beeld wijzigen</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>Move phase</source>
        <translation>Fase verplaatsen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Baan verplaatsen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Move phase &amp;left</source>
        <translation>Fase naar &amp;links</translation>
    </message>
    <message>
        <source>Move phase &amp;right</source>
        <translation>Fase naar &amp;rechts</translation>
    </message>
    <message>
        <source>De&amp;lete phase</source>
        <translation>Fase ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move step &amp;left</source>
        <translation>Stap naar &amp;links</translation>
    </message>
    <message>
        <source>Move step &amp;right</source>
        <translation>Stap naar &amp;rechts</translation>
    </message>
    <message>
        <source>De&amp;lete step</source>
        <translation>Stap ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move lane &amp;up</source>
        <translation>Baan naar &amp;boven</translation>
    </message>
    <message>
        <source>Move lane &amp;down</source>
        <translation>Baan naar &amp;onder</translation>
    </message>
    <message>
        <source>De&amp;lete lane</source>
        <translation>Baan ver&amp;wijderen</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>(unnamed phase)</source>
        <translation>(naamloze fase)</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(naamloze stap)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <source>Phases, steps and lanes</source>
        <translation>Fasen, stappen en banen</translation>
    </message>
    <message>
        <source>Choose a part to see it in the inspector; Alt+arrow keys move it, Delete removes it</source>
        <translation>Kies een onderdeel om het in de inspecteur te zien; Alt+pijltjestoetsen verplaatsen het, Delete verwijdert het</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Buyer journey</source>
        <translation>Klantreis van de koper</translation>
    </message>
    <message>
        <source>From first awareness of a need to buying and staying loyal.</source>
        <translation>Van het eerste besef van een behoefte tot kopen en trouw blijven.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Bewustwording</translation>
    </message>
    <message>
        <source>Orientation and information search</source>
        <translation>Oriëntatie en informatie zoeken</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intentie</translation>
    </message>
    <message>
        <source>Purchase consideration</source>
        <translation>Aankoopoverweging</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Aankoop</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyaliteit</translation>
    </message>
    <message>
        <source>Design-thinking journey</source>
        <translation>Design-thinking-klantreis</translation>
    </message>
    <message>
        <source>The customer&apos;s path through a service, from orientation to use.</source>
        <translation>De weg van de klant door een dienst, van oriëntatie tot gebruik.</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evalueren</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kopen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Leveren</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Winkelbezoek</translation>
    </message>
    <message>
        <source>A visit to a physical store, from coming in to leaving.</source>
        <translation>Een bezoek aan een fysieke winkel, van binnenkomen tot vertrekken.</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Instroom</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Outflow</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Lege kaart</translation>
    </message>
    <message>
        <source>One phase and one lane to start from.</source>
        <translation>Eén fase en één baan om mee te beginnen.</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Fase 1</translation>
    </message>
</context>
</TS>
