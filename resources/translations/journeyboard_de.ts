<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="42"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="45"/>
        <source>Start a map from a template</source>
        <translation>Eine Map aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="50"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="53"/>
        <source>Open a .journey map</source>
        <translation>Eine .journey-Map öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58"/>
        <source>Open from &amp;Workspace…</source>
        <translation>Aus dem &amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61"/>
        <source>Open a map your team keeps on a PostgreSQL server</source>
        <translation>Eine Map öffnen, die Ihr Team auf einem PostgreSQL-Server führt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="65"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="68"/>
        <source>Keep a copy under a new name</source>
        <translation>Eine Kopie unter neuem Namen behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>Make a map from a spreadsheet, a Mermaid diagram or a JSON file</source>
        <translation>Eine Map aus einer Tabelle, einem Mermaid-Diagramm oder einer JSON-Datei machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84"/>
        <source>A print-ready overview, handout pack or poster</source>
        <translation>Eine druckfertige Übersicht, ein Handout-Paket oder ein Poster</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88"/>
        <source>&amp;Picture (PNG)…</source>
        <translation>&amp;Bild (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="92"/>
        <source>Picture (S&amp;VG) for Slides…</source>
        <translation>Bild (S&amp;VG) für Folien…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="98"/>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Tabelle (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="100"/>
        <source>The cards as a table, one a row</source>
        <translation>Die Karten als Tabelle, eine je Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="104"/>
        <source>&amp;Excel Workbook (XLSX)…</source>
        <translation>&amp;Excel-Arbeitsmappe (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="106"/>
        <source>The cards a row, and the map as a grid</source>
        <translation>Die Karten je Zeile und die Map als Raster</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="110"/>
        <source>&amp;Mermaid Journey Diagram…</source>
        <translation>&amp;Mermaid-Journey-Diagramm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="112"/>
        <source>The customer&apos;s actions and scores, for a README</source>
        <translation>Die Handlungen und Bewertungen des Kunden, für eine README</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116"/>
        <source>Mark&amp;down…</source>
        <translation>Mark&amp;down-Text…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118"/>
        <source>The whole map as text, for a wiki or a document</source>
        <translation>Die ganze Map als Text, für ein Wiki oder ein Dokument</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122"/>
        <source>&amp;Journeyboard JSON…</source>
        <translation>&amp;Journeyboard-JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124"/>
        <source>Every field and snapshot, for another program</source>
        <translation>Jedes Feld und jeder Schnappschuss, für ein anderes Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126"/>
        <source>&amp;Close Map</source>
        <translation>Map &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="128"/>
        <location filename="../../app/ui/main_window.py" line="442"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="129"/>
        <location filename="../../app/ui/main_window.py" line="445"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="130"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="132"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="133"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="135"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="136"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="137"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="140"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="148"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="162"/>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="164"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="168"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="175"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="178"/>
        <source>Walk a room through the map, stage by stage, full screen</source>
        <translation>Einen Raum Phase für Phase durch die Map führen, im Vollbild</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="185"/>
        <source>Start or Pause the &amp;Timebox</source>
        <translation>&amp;Timebox starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="188"/>
        <source>A count-down for the room&apos;s exercise, in the corner of the canvas</source>
        <translation>Ein Countdown für die Übung im Raum, in der Ecke der Arbeitsfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="195"/>
        <source>Reset the Timebox</source>
        <translation>Timebox zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="200"/>
        <source>Set the Timebox…</source>
        <translation>Timebox einstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="203"/>
        <source>Sound When the Time Is Up</source>
        <translation>Ton, wenn die Zeit um ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="209"/>
        <source>Add &amp;Card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="212"/>
        <source>Type a new card in the cell</source>
        <translation>Eine neue Karte in die Zelle tippen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="216"/>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="219"/>
        <source>A new column of the journey</source>
        <translation>Eine neue Spalte der Journey</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="223"/>
        <source>Add &amp;Lane</source>
        <translation>&amp;Ebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="226"/>
        <source>A new row: touchpoints, pains…</source>
        <translation>Eine neue Zeile: Touchpoints, Schmerzpunkte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="228"/>
        <source>Add &amp;Persona</source>
        <translation>Pe&amp;rsona hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="229"/>
        <source>Delete Selected S&amp;tage</source>
        <translation>Ausgewählte P&amp;hase löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="230"/>
        <source>Delete Selected La&amp;ne</source>
        <translation>Ausgewählte E&amp;bene löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="233"/>
        <source>&amp;Capture Mode</source>
        <translation>&amp;Sammelmodus</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="237"/>
        <source>Type the room&apos;s ideas into an Inbox lane, with the stages and lanes locked</source>
        <translation>Die Ideen des Raums in eine Eingangs-Ebene tippen, bei gesperrten Phasen und Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="243"/>
        <source>&amp;Lock Structure</source>
        <translation>Struktur sper&amp;ren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="247"/>
        <source>Stages and lanes cannot be moved, renamed or deleted; cards stay free</source>
        <translation>Phasen und Ebenen lassen sich nicht verschieben, umbenennen oder löschen; Karten bleiben frei</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="253"/>
        <source>Start a &amp;Dot Vote…</source>
        <translation>&amp;Punktabfrage starten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="256"/>
        <source>Each person gives dots to the cards of chosen lanes: click a card, or press +</source>
        <translation>Jede Person vergibt Punkte an die Karten gewählter Ebenen: eine Karte anklicken oder + drücken</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="263"/>
        <source>R&amp;eset the Vote</source>
        <translation>Abfrage &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="265"/>
        <source>Every card back to no dots</source>
        <translation>Alle Karten wieder ohne Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="268"/>
        <source>Close the Vote and Show the &amp;Result</source>
        <translation>Abfrage schließen und &amp;Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="271"/>
        <source>Take S&amp;napshot…</source>
        <translation>&amp;Momentaufnahme speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="273"/>
        <source>&amp;Restore Snapshot…</source>
        <translation>Momentaufnahme &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="276"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="279"/>
        <source>The method, step by step</source>
        <translation>Die Methode, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="281"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="282"/>
        <source>&amp;About Journeyboard</source>
        <translation>Ü&amp;ber Journeyboard</translation>
    </message>
</context>
<context>
    <name>Callouts</name>
    <message>
        <location filename="../../app/layout/callouts.py" line="37"/>
        <source>biggest drop, {fall} down</source>
        <translation>größter Abfall, {fall} tiefer</translation>
    </message>
    <message>
        <location filename="../../app/layout/callouts.py" line="38"/>
        <source>lowest point</source>
        <translation>tiefster Punkt</translation>
    </message>
</context>
<context>
    <name>CardTyping</name>
    <message>
        <location filename="../../app/ui/canvas/card_typing.py" line="96"/>
        <source>Add card “{title}”</source>
        <translation>Karte „{title}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/card_typing.py" line="104"/>
        <source>Rename card</source>
        <translation>Karte umbenennen</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="68"/>
        <source>Lane colour</source>
        <translation>Farbe der Ebene</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="70"/>
        <source>Use the colour of the card&apos;s lane</source>
        <translation>Die Farbe der Ebene der Karte verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="84"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="103"/>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
</context>
<context>
    <name>DataExports</name>
    <message>
        <location filename="../../app/ui/data_exports.py" line="22"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_exports.py" line="23"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_exports.py" line="24"/>
        <source>Mermaid diagram (*.mmd)</source>
        <translation>Mermaid-Diagramm (*.mmd)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_exports.py" line="25"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_exports.py" line="26"/>
        <source>Journeyboard JSON (*.json)</source>
        <translation>Journeyboard-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_exports.py" line="40"/>
        <source>Export the map</source>
        <translation>Map exportieren</translation>
    </message>
</context>
<context>
    <name>DotVote</name>
    <message>
        <location filename="../../app/ui/voting.py" line="86"/>
        <source>Only the cards of the lanes in the vote take dots.</source>
        <translation>Nur die Karten der Ebenen in der Abfrage bekommen Punkte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voting.py" line="88"/>
        <source>Everyone has voted: close the vote to see the result.</source>
        <translation>Alle haben abgestimmt: Schließen Sie die Abfrage, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voting.py" line="90"/>
        <source>Dot on “{title}”</source>
        <translation>Punkt auf „{title}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/voting.py" line="91"/>
        <source>The dot could not be given.</source>
        <translation>Der Punkt konnte nicht vergeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voting.py" line="101"/>
        <source>Reset the vote</source>
        <translation>Abfrage zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/model/file/document.py" line="111"/>
        <location filename="../../app/model/file/safe_write.py" line="139"/>
        <source>the folder “{folder}” does not exist</source>
        <translation>der Ordner „{folder}“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/map_document.py" line="138"/>
        <source>The change was not made: it refers to something no longer in the map.</source>
        <translation>Die Änderung wurde nicht vorgenommen: Sie bezieht sich auf etwas, das nicht mehr in der Map ist.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/field_values.py" line="24"/>
        <source>A map has no table {table}.</source>
        <translation>Eine Map hat keine Tabelle {table}.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/field_values.py" line="30"/>
        <source>An edit names the same field twice.</source>
        <translation>Eine Änderung nennt dasselbe Feld zweimal.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/field_values.py" line="35"/>
        <source>The {noun} has no field {field} that can be edited.</source>
        <translation>Das Element „{noun}“ hat kein änderbares Feld {field}.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="123"/>
        <location filename="../../app/model/edits/field_values.py" line="56"/>
        <source>Emotion scale</source>
        <translation>Emotionsskala</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/field_values.py" line="59"/>
        <source>1 emotion point lies outside {low}…{high}; move it onto the new scale first</source>
        <translation>1 Emotionspunkt liegt außerhalb von {low}…{high}; verschieben Sie ihn zuerst auf die neue Skala</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/field_values.py" line="63"/>
        <source>{count} emotion points lie outside {low}…{high}; move them onto the new scale first</source>
        <translation>{count} Emotionspunkte liegen außerhalb von {low}…{high}; verschieben Sie sie zuerst auf die neue Skala</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/snapshots.py" line="56"/>
        <source>The snapshot “{name}” is damaged: {why}</source>
        <translation>Die Momentaufnahme „{name}“ ist beschädigt: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/structure.py" line="114"/>
        <source>A map with personas needs a primary persona.</source>
        <translation>Eine Map mit Personas braucht eine Hauptpersona.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/structure.py" line="140"/>
        <source>Rows brought back with a stage, lane or persona must belong to it.</source>
        <translation>Zeilen, die mit einer Phase, Ebene oder Persona zurückkommen, müssen zu ihr gehören.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/editing.py" line="27"/>
        <source>Journeyboard cannot apply {operation}.</source>
        <translation>Journeyboard kann {operation} nicht anwenden.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/editor.py" line="37"/>
        <source>The {noun} is no longer in the map.</source>
        <translation>Das Element „{noun}“ ist nicht mehr in der Map.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="22"/>
        <source>A map holds at most {limit} personas.</source>
        <translation>Eine Map fasst höchstens {limit} Personas.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="23"/>
        <source>A map holds at most {limit} stages.</source>
        <translation>Eine Map fasst höchstens {limit} Phasen.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="24"/>
        <source>A map holds at most {limit} lanes.</source>
        <translation>Eine Map fasst höchstens {limit} Ebenen.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="25"/>
        <source>A map holds at most {limit} cards.</source>
        <translation>Eine Map fasst höchstens {limit} Karten.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="26"/>
        <source>A map holds at most {limit} emotion points.</source>
        <translation>Eine Map fasst höchstens {limit} Emotionspunkte.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/limits.py" line="27"/>
        <source>A map holds at most {limit} snapshots.</source>
        <translation>Eine Map fasst höchstens {limit} Momentaufnahmen.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/editor.py" line="75"/>
        <source>The id of a new {noun}</source>
        <translation>Die Id eines neuen Elements „{noun}“</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/editor.py" line="78"/>
        <source>A {noun} with that id is already in the map.</source>
        <translation>Ein Element „{noun}“ mit dieser Id ist schon in der Map.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="26"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="52"/>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="57"/>
        <source>“{path}”: {error}</source>
        <translation>„{path}“: {error}</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="70"/>
        <source>this is not a Journeyboard map (JSON): a map begins with {{&quot;format&quot;: &quot;journeyboard/1&quot;, …}}</source>
        <translation>dies ist keine Journeyboard-Map (JSON): Eine Map beginnt mit {{&quot;format&quot;: &quot;journeyboard/1&quot;, …}}</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="80"/>
        <source>“{path}” is not a Journeyboard map (JSON): a map begins with {{&quot;format&quot;: &quot;journeyboard/1&quot;, …}}</source>
        <translation>„{path}“ ist keine Journeyboard-Map (JSON): Eine Map beginnt mit {{&quot;format&quot;: &quot;journeyboard/1&quot;, …}}</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="113"/>
        <source>“{name}” is open in {holder}. Two programs writing one map would undo each other&apos;s changes: open it read-only, or close it there first.</source>
        <translation>„{name}“ ist in {holder} geöffnet. Zwei Programme, die in eine Map schreiben, würden gegenseitig ihre Änderungen zunichtemachen: Öffnen Sie sie schreibgeschützt, oder schließen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="128"/>
        <source>Journeyboard cannot mark “{name}” as open for writing: {why}. Without that mark another program could write over your changes.</source>
        <translation>Journeyboard kann „{name}“ nicht als zum Schreiben geöffnet kennzeichnen: {why}. Ohne diese Kennzeichnung könnte ein anderes Programm Ihre Änderungen überschreiben.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="140"/>
        <source>the hidden file beside it that marks who is changing it, “{note}”, is not one Journeyboard can use safely (it is not an ordinary file of yours)</source>
        <translation>die versteckte Datei daneben, die anzeigt, wer sie gerade ändert („{note}“), kann Journeyboard nicht sicher verwenden (sie ist keine gewöhnliche Datei von Ihnen)</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="154"/>
        <source>“{path}” does not exist. It may have been moved or renamed.</source>
        <translation>„{path}“ existiert nicht. Die Datei wurde vielleicht verschoben oder umbenannt.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="165"/>
        <source>“{path}” cannot be read: {why}.</source>
        <translation>„{path}“ kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="169"/>
        <source>it is not a Journeyboard map</source>
        <translation>es ist keine Journeyboard-Map</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="178"/>
        <source>“{name}” cannot be opened: {what}.</source>
        <translation>„{name}“ kann nicht geöffnet werden: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="190"/>
        <source>“{name}” is a database made by another program, not a Journeyboard map. Journeyboard opens .journey files.</source>
        <translation>„{name}“ ist eine Datenbank eines anderen Programms, keine Journeyboard-Map. Journeyboard öffnet .journey-Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="204"/>
        <source>“{name}” was saved by a newer version of Journeyboard (file format {file_version}; this version reads up to {our_version}). Update Journeyboard to open it. The file has not been changed.</source>
        <translation>„{name}“ wurde von einer neueren Version von Journeyboard gespeichert (Dateiformat {file_version}; diese Version liest bis {our_version}). Aktualisieren Sie Journeyboard, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="220"/>
        <source>“{name}” is damaged and cannot be opened safely ({detail}). The file has not been changed; open a backup copy if you have one.</source>
        <translation>„{name}“ ist beschädigt und kann nicht sicher geöffnet werden ({detail}). Die Datei wurde nicht verändert; öffnen Sie eine Sicherungskopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="239"/>
        <source>“{name}” is being written by another program at this moment, so it cannot be read safely. Nothing was changed: try again when that program is done.</source>
        <translation>„{name}“ wird gerade von einem anderen Programm geschrieben und kann daher nicht sicher gelesen werden. Nichts wurde geändert: Versuchen Sie es erneut, wenn jenes Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="253"/>
        <source>“{name}” was not opened: “{journal}” beside it holds an unfinished change that does not fit this map (it may belong to another copy of it). Nothing was changed: move “{journal}” elsewhere to open the map as it was last saved.</source>
        <translation>„{name}“ wurde nicht geöffnet: „{journal}“ daneben enthält eine unvollendete Änderung, die nicht zu dieser Map passt (sie gehört vielleicht zu einer anderen Kopie). Nichts wurde geändert: Verschieben Sie „{journal}“ an einen anderen Ort, um die Map so zu öffnen, wie sie zuletzt gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="269"/>
        <source>“{name}” contains things Journeyboard never puts in a map ({listed}). It was not opened, so nothing in it has run.</source>
        <translation>„{name}“ enthält Dinge, die Journeyboard nie in eine Map schreibt ({listed}). Sie wurde nicht geöffnet, also ist nichts darin ausgeführt worden.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="284"/>
        <source>“{name}” is open read-only; the change was not made.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="296"/>
        <source>“{path}” could not be written: {why}. Nothing was changed.</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {why}. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="306"/>
        <source>a file of that name is already there</source>
        <translation>eine Datei dieses Namens ist schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="315"/>
        <source>The change could not be saved to “{name}” ({why}). It was undone; the file holds everything up to the change before.</source>
        <translation>Die Änderung konnte nicht in „{name}“ gespeichert werden ({why}). Sie wurde rückgängig gemacht; die Datei enthält alles bis zur Änderung davor.</translation>
    </message>
    <message>
        <location filename="../../app/model/errors.py" line="329"/>
        <source>“{path}” was deleted, moved or replaced by another program after Journeyboard opened it, so the change was not made. The map as you see it is still open here: use Save As to keep it in a file.</source>
        <translation>„{path}“ wurde von einem anderen Programm gelöscht, verschoben oder ersetzt, nachdem Journeyboard sie geöffnet hatte; die Änderung wurde daher nicht vorgenommen. Die Map, wie Sie sie sehen, ist hier noch geöffnet: Behalten Sie sie mit „Speichern unter“ in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="60"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="62"/>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="66"/>
        <location filename="../../app/model/interchange/json_reading.py" line="132"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="68"/>
        <location filename="../../app/model/interchange/json_reading.py" line="131"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="70"/>
        <location filename="../../app/model/interchange/json_reading.py" line="130"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="93"/>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="98"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>ist zu lang ({length} Zeichen; höchstens {most})</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="105"/>
        <source>must be one line, without tabs or line breaks</source>
        <translation>muss eine Zeile sein, ohne Tabulatoren oder Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="110"/>
        <source>contains the control character {code}</source>
        <translation>enthält das Steuerzeichen {code}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="117"/>
        <source>contains a broken character</source>
        <translation>enthält ein defektes Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="121"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="140"/>
        <source>must be a whole number, not {kind}</source>
        <translation>muss eine ganze Zahl sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="147"/>
        <source>must be from {least} to {most}, not {value}</source>
        <translation>muss zwischen {least} und {most} liegen, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="166"/>
        <source>must be true or false, not {kind}</source>
        <translation>muss wahr oder falsch sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="187"/>
        <source>must be one of {named}, not {value}</source>
        <translation>muss eines von {named} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="212"/>
        <source>must be a colour like #1f77b4, not {value}</source>
        <translation>muss eine Farbe wie #1f77b4 sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="239"/>
        <source>must be a date written YYYY-MM-DD, not {value}</source>
        <translation>muss ein Datum der Form JJJJ-MM-TT sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="263"/>
        <source>must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, not {value}</source>
        <translation>muss eine UTC-Zeit in der Schreibweise YYYY-MM-DDTHH:MM:SSZ sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="287"/>
        <source>must be a picture, not {kind}</source>
        <translation>muss ein Bild sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="292"/>
        <source>is too large ({size} MB; at most {most} MB)</source>
        <translation>ist zu groß ({size} MB; höchstens {most} MB)</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="297"/>
        <source>must be a PNG, JPEG or GIF picture</source>
        <translation>muss ein PNG-, JPEG- oder GIF-Bild sein</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="301"/>
        <source>over 100 million</source>
        <translation>über 100 Millionen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="307"/>
        <source>is {pixels} pixels, too many to draw and print quickly (at most {most} million): make it smaller first</source>
        <translation>hat {pixels} Pixel, zu viele, um es schnell zu zeichnen und zu drucken (höchstens {most} Millionen): Verkleinern Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="349"/>
        <source>is not a valid id: {value}</source>
        <translation>ist keine gültige Id: {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="134"/>
        <source>Snapshot “{name}”</source>
        <translation>Momentaufnahme „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="135"/>
        <source>is damaged ({why})</source>
        <translation>ist beschädigt ({why})</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="25"/>
        <source>“{path}” is a folder, not a file</source>
        <translation>„{path}“ ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="29"/>
        <source>“{path}” is not a regular file</source>
        <translation>„{path}“ ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="82"/>
        <source>byte {byte} cannot be read: the file is not {encodings} text</source>
        <translation>Byte {byte} ist nicht lesbar: Die Datei ist kein {encodings}-Text</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="19"/>
        <source>“{path}” does not exist</source>
        <translation>„{path}“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="53"/>
        <source>“{path}” cannot be read: {why}</source>
        <translation>„{path}“ kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/source_files.py" line="44"/>
        <source>the file is larger than {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="199"/>
        <source>this is a database file, such as a .journey map, not JSON</source>
        <translation>das ist eine Datenbankdatei, etwa eine .journey-Map, kein JSON</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="212"/>
        <source>must be {expected}; this file says {found}</source>
        <translation>muss {expected} sein; diese Datei sagt {found}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="227"/>
        <location filename="../../app/model/interchange/json_shape.py" line="106"/>
        <source>the map and its snapshots hold more than {count} rows</source>
        <translation>die Map und ihre Momentaufnahmen enthalten mehr als {count} Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="266"/>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="270"/>
        <source>only one persona can be primary</source>
        <translation>nur eine Persona kann die Hauptpersona sein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="350"/>
        <source>must be a whole number from 0 up</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="354"/>
        <source>persona {persona} already has a point {order} in stage {stage}</source>
        <translation>Persona {persona} hat schon einen Punkt {order} in Phase {stage}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="356"/>
        <source>persona {persona} already has a point {order} in stage {stage} (a point without an order follows the last)</source>
        <translation>Persona {persona} hat schon einen Punkt {order} in Phase {stage} (ein Punkt ohne Reihenfolge folgt dem letzten)</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="395"/>
        <source>must be two numbers, like [-3, 3]</source>
        <translation>muss aus zwei Zahlen bestehen, wie [-3, 3]</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="414"/>
        <source>must be a picture in base64 text, or null</source>
        <translation>muss ein Bild als Base64-Text sein, oder null</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/journeyboard_json.py" line="419"/>
        <source>is not valid base64 text</source>
        <translation>ist kein gültiger Base64-Text</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="24"/>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>die Datei ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="31"/>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="35"/>
        <source>this is not valid JSON: {why}</source>
        <translation>das ist kein gültiges JSON: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="39"/>
        <source>the JSON is nested too deeply to be a map</source>
        <translation>das JSON ist zu tief verschachtelt, um eine Map zu sein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="43"/>
        <source>a number in the file is too long to be a value</source>
        <translation>eine Zahl in der Datei ist zu lang für einen Wert</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="61"/>
        <location filename="../../app/model/interchange/json_shape.py" line="125"/>
        <source>must be an object {{…}}, not {kind}</source>
        <translation>muss ein Objekt {{…}} sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="70"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="77"/>
        <location filename="../../app/model/interchange/json_shape.py" line="144"/>
        <source>is not a field of a journeyboard/1 map</source>
        <translation>ist kein Feld einer journeyboard/1-Map</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="88"/>
        <source>must be the number of a {noun}</source>
        <translation>muss die Nummer eines Elements „{noun}“ sein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="94"/>
        <source>numbered 0 to {last}</source>
        <translation>nummeriert von 0 bis {last}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="96"/>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="100"/>
        <source>{value} is not a {noun} of this map ({numbered})</source>
        <translation>{value} ist kein Element „{noun}“ dieser Map ({numbered})</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="112"/>
        <source>must be a list [...], not {kind}</source>
        <translation>muss eine Liste [...] sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="117"/>
        <location filename="../../app/model/interchange/json_shape.py" line="132"/>
        <source>holds more than a map can ({limit})</source>
        <translation>enthält mehr, als eine Map fassen kann ({limit})</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="133"/>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="135"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="145"/>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_reading.py" line="155"/>
        <source>{name} is not a number a map can hold</source>
        <translation>{name} ist keine Zahl, die eine Map fassen kann</translation>
    </message>
    <message>
        <location filename="../../app/model/file/opening.py" line="129"/>
        <source>{limit} This one holds {count}</source>
        <translation>{limit} Diese enthält {count}</translation>
    </message>
    <message>
        <location filename="../../app/model/file/opening.py" line="181"/>
        <source>it could not be brought up to date: {why}</source>
        <translation>sie konnte nicht auf den neuesten Stand gebracht werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/file/opening.py" line="204"/>
        <source>no backup could be kept beside it: {why}</source>
        <translation>daneben konnte keine Sicherungskopie angelegt werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/ordering.py" line="70"/>
        <source>A position must be a whole number, not {value}.</source>
        <translation>Eine Position muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../app/model/edits/ordering.py" line="77"/>
        <source>Position {position} is outside the list (0 to {length}).</source>
        <translation>Position {position} liegt außerhalb der Liste (0 bis {length}).</translation>
    </message>
    <message>
        <location filename="../../app/model/data/reader.py" line="54"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../app/model/data/reader.py" line="55"/>
        <source>the file holds {count} maps instead of one</source>
        <translation>die Datei enthält {count} Maps statt einer</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="84"/>
        <source>its table definitions are not valid text</source>
        <translation>ihre Tabellendefinitionen sind kein gültiger Text</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="161"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../app/model/file/map_lock.py" line="125"/>
        <location filename="../../app/model/file/storage.py" line="163"/>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="170"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="174"/>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="190"/>
        <source>it has no file format version</source>
        <translation>sie hat keine Dateiformat-Version</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="211"/>
        <source>some rows refer to rows that are missing</source>
        <translation>einige Zeilen verweisen auf Zeilen, die fehlen</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="259"/>
        <source>the definition of {changed} is not the one Journeyboard made</source>
        <translation>die Definition von {changed} ist nicht die, die Journeyboard angelegt hat</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="262"/>
        <source>some of the tables Journeyboard makes are missing</source>
        <translation>einige der Tabellen, die Journeyboard anlegt, fehlen</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="275"/>
        <source>you do not have permission to read it</source>
        <translation>Sie haben keine Berechtigung, sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../app/model/file/storage.py" line="277"/>
        <source>a part of its path is a file, not a folder</source>
        <translation>ein Teil ihres Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="98"/>
        <source>There is no template “{name}”. Templates: {known}.</source>
        <translation>Es gibt keine Vorlage „{name}“. Vorlagen: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="37"/>
        <source>The id of a {noun}</source>
        <translation>Die Id eines Elements „{noun}“</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="43"/>
        <source>is not stored in its usual form: {value}</source>
        <translation>ist nicht in seiner üblichen Form gespeichert: {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="51"/>
        <source>The {field} of a {noun}</source>
        <translation>Das Feld {field} eines Elements „{noun}“</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="56"/>
        <source>The position of a {noun}</source>
        <translation>Die Position eines Elements „{noun}“</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="57"/>
        <source>is {value}</source>
        <translation>ist {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="68"/>
        <source>Ids</source>
        <translation>Ids</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="68"/>
        <source>two rows share the same id</source>
        <translation>zwei Zeilen haben dieselbe Id</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="78"/>
        <location filename="../../app/model/data/validation.py" line="83"/>
        <source>Primary persona</source>
        <translation>Hauptpersona</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="79"/>
        <source>is not one of the map&apos;s personas</source>
        <translation>ist keine der Personas der Map</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="84"/>
        <source>is not set although the map has personas</source>
        <translation>ist nicht gesetzt, obwohl die Map Personas hat</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="89"/>
        <source>Card “{title}”</source>
        <translation>Karte „{title}“</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="90"/>
        <source>sits in a stage or lane that is gone</source>
        <translation>liegt in einer Phase oder Ebene, die es nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="97"/>
        <location filename="../../app/model/data/validation.py" line="102"/>
        <source>An emotion point</source>
        <translation>Ein Emotionspunkt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="98"/>
        <source>belongs to a persona or stage that is gone</source>
        <translation>gehört zu einer Persona oder Phase, die es nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="103"/>
        <source>refers to a card that is gone</source>
        <translation>verweist auf eine Karte, die es nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="107"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="108"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="109"/>
        <source>Lanes</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="111"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="114"/>
        <source>Emotion points</source>
        <translation>Emotionspunkte</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="124"/>
        <source>needs at least {count} scores, from lowest to highest, not {low}…{high}</source>
        <translation>braucht mindestens {count} Werte, vom niedrigsten zum höchsten, nicht {low}…{high}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="134"/>
        <source>must be on the map&apos;s scale, from {low} to {high}, not {score}</source>
        <translation>muss auf der Skala der Map liegen, von {low} bis {high}, nicht {score}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/validation.py" line="152"/>
        <source>are out of order (their positions have gaps or repeats)</source>
        <translation>sind nicht richtig geordnet (ihre Positionen haben Lücken oder Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../../app/model/data/content_codec.py" line="62"/>
        <source>its content cannot be read ({why})</source>
        <translation>ihr Inhalt kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../app/model/file/map_lock.py" line="200"/>
        <source>another Journeyboard window or program</source>
        <translation>einem anderen Journeyboard-Fenster oder Programm</translation>
    </message>
    <message>
        <location filename="../../app/model/file/map_lock.py" line="203"/>
        <source>Journeyboard (process {pid}) on this computer, since {since}</source>
        <translation>Journeyboard (Prozess {pid}) auf diesem Computer, seit {since}</translation>
    </message>
    <message>
        <location filename="../../app/model/file/map_lock.py" line="206"/>
        <source>Journeyboard (process {pid}) on “{host}”, since {since}</source>
        <translation>Journeyboard (Prozess {pid}) auf „{host}“, seit {since}</translation>
    </message>
    <message>
        <location filename="../../app/model/file/places.py" line="65"/>
        <source>it is on a disk that cannot be written to</source>
        <translation>sie liegt auf einem Datenträger, der nicht beschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../../app/model/file/places.py" line="69"/>
        <source>you do not have permission to change it or its folder</source>
        <translation>Sie haben keine Berechtigung, sie oder ihren Ordner zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/model/file/places.py" line="86"/>
        <source>its name is too long to change it: a map&apos;s name may have at most {most} bytes here, to leave room for the journal SQLite keeps beside it</source>
        <translation>ihr Name ist zu lang, um sie zu ändern: Der Name einer Map darf hier höchstens {most} Byte haben, damit das Journal Platz hat, das SQLite daneben führt</translation>
    </message>
    <message>
        <location filename="../../app/model/file/safe_write.py" line="97"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/model/file/safe_write.py" line="100"/>
        <source>it is a device or a pipe, not a file: choose a file name</source>
        <translation>es ist ein Gerät oder eine Pipe, keine Datei: Wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../app/model/file/safe_write.py" line="140"/>
        <source>files cannot be made in the folder “{folder}”</source>
        <translation>im Ordner „{folder}“ lassen sich keine Dateien anlegen</translation>
    </message>
    <message>
        <location filename="../../app/model/file/safe_write.py" line="144"/>
        <source>you do not have permission to write in that folder</source>
        <translation>Sie haben keine Berechtigung, in diesen Ordner zu schreiben</translation>
    </message>
    <message>
        <location filename="../../app/model/file/safe_write.py" line="146"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/picture_files.py" line="26"/>
        <source>it is not a file but a device or a pipe</source>
        <translation>es ist keine Datei, sondern ein Gerät oder eine Pipe</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/picture_files.py" line="39"/>
        <source>it is {size} MB, larger than the {most} MB a picture may be</source>
        <translation>es hat {size} MB, mehr als die {most} MB, die ein Bild haben darf</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_shape.py" line="85"/>
        <source>has more fields than any row of a map</source>
        <translation>hat mehr Felder als jede Zeile einer Map</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_shape.py" line="99"/>
        <source>is nested deeper than any part of a map</source>
        <translation>ist tiefer verschachtelt als jeder Teil einer Map</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/json_shape.py" line="140"/>
        <source>holds more values than it may</source>
        <translation>enthält mehr Werte, als erlaubt sind</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/foreign_files.py" line="51"/>
        <source>“{path}”: Journeyboard reads maps from {suffixes} files, not “{suffix}”</source>
        <translation>„{path}“: Journeyboard liest Maps aus {suffixes}-Dateien, nicht aus „{suffix}“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="219"/>
        <location filename="../../app/model/interchange/sheet_reading.py" line="114"/>
        <location filename="../../app/model/interchange/source_files.py" line="81"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="239"/>
        <source>this is not a Mermaid journey diagram: it begins with “{text}”, and a journey diagram begins with the word “journey”</source>
        <translation>Dies ist kein Mermaid-Journey-Diagramm: Es beginnt mit „{text}“, ein Journey-Diagramm beginnt mit dem Wort „journey“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="250"/>
        <source>there is no diagram here: a Mermaid journey diagram begins with the word “journey”</source>
        <translation>Hier steht kein Diagramm: Ein Mermaid-Journey-Diagramm beginnt mit dem Wort „journey“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="281"/>
        <source>“accDescr {” has no closing “}”</source>
        <translation>„accDescr {“ hat keine schließende „}“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="285"/>
        <source>Mermaid reads “{word}” as the first word of a diagram, so no line after the first can begin with it</source>
        <translation>Mermaid liest „{word}“ als erstes Wort eines Diagramms, daher darf keine spätere Zeile damit beginnen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="299"/>
        <source>a section&apos;s name cannot hold “:”</source>
        <translation>Der Name eines Abschnitts darf kein „:“ enthalten</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="306"/>
        <source>Mermaid cannot read “{text}”: a task is written “{form}”</source>
        <translation>Mermaid kann „{text}“ nicht lesen: Eine Aufgabe wird „{form}“ geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="311"/>
        <source>Mermaid cannot read “;” here</source>
        <translation>Mermaid kann „;“ hier nicht lesen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="336"/>
        <source>the task “{task}” has no score: a task is written “{form}”</source>
        <translation>Die Aufgabe „{task}“ hat keine Bewertung: Eine Aufgabe wird „{form}“ geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="343"/>
        <source>the score “{score}” is not a number (a task is written “{form}”, and its text cannot hold “:”)</source>
        <translation>Die Bewertung „{score}“ ist keine Zahl (eine Aufgabe wird „{form}“ geschrieben, und ihr Text darf kein „:“ enthalten)</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/mermaid.py" line="178"/>
        <source>the score {score} is not a whole number, and a map keeps whole scores</source>
        <translation>Die Bewertung {score} ist keine ganze Zahl, und eine Map speichert ganze Bewertungen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="49"/>
        <location filename="../../app/model/interchange/sheet_reading.py" line="237"/>
        <source>cell {cell}</source>
        <translation>Zelle {cell}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="73"/>
        <source>the sheet is empty</source>
        <translation>Das Tabellenblatt ist leer</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="136"/>
        <source>a cell holds more than {most} characters</source>
        <translation>Eine Zelle enthält mehr als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="140"/>
        <source>a quote opened in this row is never closed</source>
        <translation>Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="141"/>
        <source>this is not a readable CSV line: {why}</source>
        <translation>Dies ist keine lesbare CSV-Zeile: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="175"/>
        <location filename="../../app/model/interchange/sheet_reading.py" line="193"/>
        <source>this is not an Excel workbook (.xlsx): it cannot be opened</source>
        <translation>Dies ist keine Excel-Arbeitsmappe (.xlsx): Sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="180"/>
        <source>the workbook unpacks to {size} MB, more than the {most} MB allowed</source>
        <translation>Die Arbeitsmappe entpackt sich auf {size} MB, mehr als die erlaubten {most} MB</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="198"/>
        <source>the workbook has no sheet</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="214"/>
        <source>this Excel workbook (.xlsx) is damaged: it cannot be read</source>
        <translation>Diese Excel-Arbeitsmappe (.xlsx) ist beschädigt: Sie lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="238"/>
        <source>the cell&apos;s formula has no saved value: open the workbook in a spreadsheet program and save it, then import it again</source>
        <translation>Die Formel der Zelle hat keinen gespeicherten Wert: Öffnen und speichern Sie die Arbeitsmappe in einem Tabellenprogramm und importieren Sie sie dann erneut</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="258"/>
        <source>the sheet has more than {most} rows</source>
        <translation>Das Tabellenblatt hat mehr als {most} Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="264"/>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="123"/>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="307"/>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/sheet_reading.py" line="265"/>
        <source>the sheet has more than {most} columns</source>
        <translation>Das Tabellenblatt hat mehr als {most} Spalten</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="85"/>
        <source>{place}: the column “{title}” is not a field of a card: it was not read</source>
        <translation>{place}: Die Spalte „{title}“ ist kein Feld einer Karte: Sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="117"/>
        <source>a second “{title}” column</source>
        <translation>eine zweite Spalte „{title}“</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="124"/>
        <source>there is no “{title}” column: a table of cards needs Stage, Lane and Title columns</source>
        <translation>Es gibt keine Spalte „{title}“: Eine Kartentabelle braucht die Spalten Stage, Lane und Title</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="164"/>
        <source>a Score is a point of the emotion curve: name its Persona, or put the row in an Emotions lane</source>
        <translation>Ein Score ist ein Punkt der Emotionskurve: Nennen Sie seine Persona oder setzen Sie die Zeile in eine Emotionen-Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="193"/>
        <source>the card has no title</source>
        <translation>Die Karte hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="207"/>
        <source>“{value}” is not a kind of lane: write one of {kinds}</source>
        <translation>„{value}“ ist keine Art von Ebene: Schreiben Sie eine von {kinds}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="254"/>
        <source>{field}: “{value}” is not a priority: write High, Medium, Low or None</source>
        <translation>{field}: „{value}“ ist keine Priorität: Schreiben Sie High, Medium, Low oder None</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="261"/>
        <source>{field}: “{value}” is not a whole number</source>
        <translation>{field}: „{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="275"/>
        <source>{field}: “{value}” is neither yes nor no</source>
        <translation>{field}: „{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="287"/>
        <source>{field}: “{value}” is not one of {options}</source>
        <translation>{field}: „{value}“ ist keiner der Werte {options}</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="308"/>
        <source>the first row names no stage: a grid has stage names across its first row and lane names down its first column</source>
        <translation>Die erste Zeile nennt keine Phase: Ein Raster hat die Phasen in der ersten Zeile und die Ebenen in der ersten Spalte</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="319"/>
        <source>the row holds cards but its first cell names no lane</source>
        <translation>Die Zeile enthält Karten, aber ihre erste Zelle nennt keine Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="325"/>
        <source>the cell holds cards but no stage is named above it</source>
        <translation>Die Zelle enthält Karten, aber über ihr steht keine Phase</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_import.py" line="364"/>
        <source>“{value}” is not a score: write a whole number, then a label if you like (−2 Annoyed)</source>
        <translation>„{value}“ ist keine Bewertung: Schreiben Sie eine ganze Zahl, gern gefolgt von einer Beschriftung (−2 Genervt)</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/spreadsheet_export.py" line="310"/>
        <source>the sheet {sheet}, cell {cell}, would hold {length} characters, more than the {most} a cell of Excel holds: export CSV instead, which keeps them</source>
        <translation>Das Tabellenblatt {sheet}, Zelle {cell}, hätte {length} Zeichen, mehr als die {most}, die eine Excel-Zelle fasst: Exportieren Sie stattdessen CSV, das sie behält</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="56"/>
        <source>the workspace kept a row it was asked to remove</source>
        <translation>der Arbeitsbereich hat eine Zeile behalten, die entfernt werden sollte</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="59"/>
        <source>The workspace cannot be reached, so the change was not made. You can read the map until the connection is back; Journeyboard tries every few seconds.</source>
        <translation>Der Arbeitsbereich ist nicht erreichbar, daher wurde die Änderung nicht vorgenommen. Sie können die Map lesen, bis die Verbindung wieder steht; Journeyboard versucht es alle paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="242"/>
        <source>the connection to the workspace was lost ({why})</source>
        <translation>die Verbindung zum Arbeitsbereich ist abgebrochen ({why})</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="288"/>
        <source>Someone removed the {noun} meanwhile: your change was not made.</source>
        <translation>Jemand hat {noun} inzwischen entfernt: Ihre Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="293"/>
        <source>the {noun} “{name}”</source>
        <translation>{noun} „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="295"/>
        <source>the {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="298"/>
        <source>{who} changed {what} after your step, so that step cannot be undone or redone.</source>
        <translation>{who} hat {what} nach Ihrem Schritt geändert; dieser Schritt kann daher nicht rückgängig gemacht oder wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="302"/>
        <source>{who} changed {what} meanwhile: your change was not made, and it now shows theirs.</source>
        <translation>{who} hat {what} inzwischen geändert: Ihre Änderung wurde nicht vorgenommen, sichtbar ist jetzt deren Fassung.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="380"/>
        <location filename="../../app/model/workspace/store.py" line="225"/>
        <source>the map in the workspace does not hold together: {why}</source>
        <translation>Die Map im Arbeitsbereich hängt nicht zusammen: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="194"/>
        <source>“{title}” changed in the workspace since you pulled it ({who}, {when}): pull it again and make your changes there, or push with --replace to put yours in its place</source>
        <translation>„{title}“ wurde im Arbeitsbereich geändert, seit Sie die Map geholt haben ({who}, {when}): Holen Sie sie erneut und nehmen Sie Ihre Änderungen dort vor, oder laden Sie sie mit --replace hoch, um Ihre Fassung an ihre Stelle zu setzen</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="202"/>
        <source>the workspace already holds this map (“{title}”, last changed by {who}, {when}): pull it to see what changed, or push with --replace</source>
        <translation>der Arbeitsbereich enthält diese Map bereits („{title}“, zuletzt geändert von {who}, {when}): Holen Sie sie, um die Änderungen zu sehen, oder laden Sie mit --replace hoch</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="245"/>
        <source>the workspace holds no map titled or numbered “{map}”</source>
        <translation>Der Arbeitsbereich enthält keine Map mit dem Titel oder der Nummer „{map}“</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="251"/>
        <source>{count} maps are titled “{map}”: name the one you want by its id</source>
        <translation>{count} Maps heißen „{map}“: Nennen Sie die gewünschte mit ihrer Id</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="341"/>
        <source>The workspace asks for a password.</source>
        <translation>Der Arbeitsbereich verlangt ein Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="345"/>
        <source>The workspace did not accept the password.</source>
        <translation>Der Arbeitsbereich hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/store.py" line="363"/>
        <source>(an address that cannot be read)</source>
        <translation>(eine Adresse, die nicht gelesen werden kann)</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/refusals.py" line="39"/>
        <source>{who} may change cards, emotion points and personas in this workspace; the map, its stages and lanes, votes and snapshots are for facilitators</source>
        <translation>{who} darf in diesem Arbeitsbereich Karten, Emotionspunkte und Personas ändern; die Map, ihre Phasen und Ebenen, Stimmen und Schnappschüsse sind Sache der Moderation</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/refusals.py" line="45"/>
        <source>{who} may only read this workspace</source>
        <translation>{who} darf diesen Arbeitsbereich nur lesen</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/refusals.py" line="46"/>
        <source>{who} has no part in this workspace: an administrator adds people with GRANT journeyboard_editor TO {who}</source>
        <translation>{who} gehört nicht zu diesem Arbeitsbereich: Eine Administratorin fügt Personen mit GRANT journeyboard_editor TO {who} hinzu</translation>
    </message>
</context>
<context>
    <name>ExportProcess</name>
    <message>
        <location filename="../../app/ui/export_process.py" line="157"/>
        <source>The export ended with code {code}.</source>
        <translation>Der Export endete mit dem Code {code}.</translation>
    </message>
</context>
<context>
    <name>Faces</name>
    <message>
        <location filename="../../app/layout/emotions.py" line="20"/>
        <source>very unhappy</source>
        <translation>sehr unglücklich</translation>
    </message>
    <message>
        <location filename="../../app/layout/emotions.py" line="21"/>
        <source>unhappy</source>
        <translation>unglücklich</translation>
    </message>
    <message>
        <location filename="../../app/layout/emotions.py" line="22"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../app/layout/emotions.py" line="23"/>
        <source>happy</source>
        <translation>glücklich</translation>
    </message>
    <message>
        <location filename="../../app/layout/emotions.py" line="24"/>
        <source>very happy</source>
        <translation>sehr glücklich</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/model/data/fields.py" line="342"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="367"/>
        <source>Map title</source>
        <translation>Titel der Map</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="369"/>
        <location filename="../../app/model/interchange/markdown.py" line="107"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="83"/>
        <location filename="../../app/model/data/fields.py" line="370"/>
        <location filename="../../app/model/interchange/markdown.py" line="108"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="190"/>
        <location filename="../../app/model/data/card_facts.py" line="34"/>
        <location filename="../../app/model/data/fields.py" line="371"/>
        <location filename="../../app/model/data/fields.py" line="443"/>
        <location filename="../../app/model/interchange/markdown.py" line="98"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="372"/>
        <location filename="../../app/model/interchange/markdown.py" line="99"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="373"/>
        <location filename="../../app/model/interchange/markdown.py" line="100"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="375"/>
        <source>Lowest emotion score</source>
        <translation>Niedrigster Emotionswert</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="378"/>
        <source>Highest emotion score</source>
        <translation>Höchster Emotionswert</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="386"/>
        <source>Persona name</source>
        <translation>Name der Persona</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="392"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="393"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../app/export/persona_page.py" line="86"/>
        <location filename="../../app/model/data/fields.py" line="394"/>
        <location filename="../../app/model/interchange/markdown.py" line="137"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../app/export/persona_page.py" line="87"/>
        <location filename="../../app/model/data/fields.py" line="395"/>
        <location filename="../../app/model/interchange/markdown.py" line="138"/>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="396"/>
        <location filename="../../app/model/interchange/markdown.py" line="135"/>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <location filename="../../app/export/persona_page.py" line="88"/>
        <location filename="../../app/model/data/fields.py" line="397"/>
        <location filename="../../app/model/interchange/markdown.py" line="139"/>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../app/export/persona_page.py" line="89"/>
        <location filename="../../app/model/data/fields.py" line="398"/>
        <location filename="../../app/model/interchange/markdown.py" line="140"/>
        <source>Motivations</source>
        <translation>Motivationen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="362"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="404"/>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="410"/>
        <source>Stage description</source>
        <translation>Beschreibung der Phase</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="366"/>
        <location filename="../../app/model/data/fields.py" line="411"/>
        <location filename="../../app/model/interchange/markdown.py" line="162"/>
        <source>Customer goal</source>
        <translation>Ziel der Kundschaft</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="412"/>
        <source>Stage width</source>
        <translation>Breite der Phase</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="417"/>
        <source>Lane kind</source>
        <translation>Art der Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="422"/>
        <source>Lane title</source>
        <translation>Titel der Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="428"/>
        <source>Lane height</source>
        <translation>Höhe der Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="433"/>
        <source>Card title</source>
        <translation>Titel der Karte</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="439"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="33"/>
        <location filename="../../app/model/data/fields.py" line="441"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="35"/>
        <location filename="../../app/model/data/fields.py" line="444"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="446"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="451"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="452"/>
        <source>Moment that matters</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="453"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="363"/>
        <source>Card picture</source>
        <translation>Bild der Karte</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="458"/>
        <location filename="../../app/model/data/validation.py" line="133"/>
        <source>Emotion score</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="459"/>
        <source>Emotion label</source>
        <translation>Emotionsbeschriftung</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="464"/>
        <source>Snapshot name</source>
        <translation>Name der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="466"/>
        <source>Taken at</source>
        <translation>Aufgenommen am</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="25"/>
        <source>Choose whose journey it is</source>
        <translation>Wählen, wessen Journey es ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="26"/>
        <source>A persona is one kind of customer, described well enough to argue about: what they want, what worries them, a sentence they would say. Start with one (the Personas panel).</source>
        <translation>Eine Persona ist eine Art von Kundin oder Kunde, so gut beschrieben, dass man darüber streiten kann: was sie will, was sie sorgt, ein Satz, den sie sagen würde. Beginnen Sie mit einer (Bereich Personas).</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>Name the stages</source>
        <translation>Die Phasen benennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="35"/>
        <source>The columns: what the customer goes through, in their words, from first hearing of you to coming back (or not). Five to eight is plenty.</source>
        <translation>Die Spalten: was die Kundschaft durchläuft, in ihren Worten, vom ersten Hören von Ihnen bis zum Wiederkommen (oder nicht). Fünf bis acht genügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="42"/>
        <source>Fill the lanes</source>
        <translation>Die Ebenen füllen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="43"/>
        <source>The rows: what they do, where they meet you (touchpoints), what they think and ask. Double-click a cell to add a card; drag cards to move them.</source>
        <translation>Die Zeilen: was sie tun, wo sie Ihnen begegnen (Touchpoints), was sie denken und fragen. Doppelklicken Sie in eine Zelle, um eine Karte hinzuzufügen; ziehen Sie Karten, um sie zu verschieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="50"/>
        <source>Draw how it feels</source>
        <translation>Zeichnen, wie es sich anfühlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="51"/>
        <source>In the Emotions lane, give each stage a score from low to high and a word or two. The curve shows where the journey hurts.</source>
        <translation>Geben Sie in der Ebene Emotionen jeder Phase einen Wert von niedrig bis hoch und ein, zwei Worte. Die Kurve zeigt, wo die Journey wehtut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="58"/>
        <source>Find the pains and the chances</source>
        <translation>Schmerzpunkte und Chancen finden</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="59"/>
        <source>Where the curve dips, write the pain points, then the opportunities that answer them. Mark the moments that matter; let the room vote with dots.</source>
        <translation>Wo die Kurve absinkt, schreiben Sie die Schmerzpunkte auf, dann die Chancen, die darauf antworten. Markieren Sie die Schlüsselmomente; lassen Sie den Raum mit Punkten abstimmen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="66"/>
        <source>Share it</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="67"/>
        <source>Present it to the team stage by stage (F5), and hand out a PDF: a one-page overview, a handout pack or a wall poster (File ▸ Export PDF).</source>
        <translation>Präsentieren Sie sie dem Team Phase für Phase (F5), und verteilen Sie ein PDF: eine einseitige Übersicht, ein Handout-Paket oder ein Wandposter (Datei ▸ Als PDF exportieren).</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="77"/>
        <source>Double-click a cell</source>
        <translation>Doppelklick in eine Zelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="78"/>
        <source>Add a card there</source>
        <translation>Dort eine Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="81"/>
        <source>Enter, F2, double-click a card</source>
        <translation>Eingabe, F2, Doppelklick auf eine Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="82"/>
        <source>Rename the card</source>
        <translation>Die Karte umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="85"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="86"/>
        <source>Select the next card in that direction</source>
        <translation>Die nächste Karte in dieser Richtung auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="89"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="90"/>
        <source>Delete the selected cards or emotion point</source>
        <translation>Die ausgewählten Karten oder den Emotionspunkt löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="93"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="94"/>
        <source>Put back what is being dragged, or stop typing</source>
        <translation>Gezogenes zurücklegen oder das Tippen beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="97"/>
        <source>Space + drag, middle button</source>
        <translation>Leertaste + Ziehen, mittlere Taste</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="98"/>
        <source>Pan the map</source>
        <translation>Die Map verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="101"/>
        <source>Ctrl + wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="102"/>
        <source>Zoom about the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="105"/>
        <source>→, Page Down, Space (presenting)</source>
        <translation>→, Bild ab, Leertaste (beim Präsentieren)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="106"/>
        <source>Next slide; ← and Page Up go back</source>
        <translation>Nächste Folie; ← und Bild auf gehen zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="109"/>
        <source>Enter, a click on a card (presenting)</source>
        <translation>Eingabe, ein Klick auf eine Karte (beim Präsentieren)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="110"/>
        <source>Zoom into the card with its notes; Esc goes back</source>
        <translation>Die Karte mit ihren Notizen vergrößern; Esc geht zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="121"/>
        <source>A customer journey map shows, stage by stage, what one kind of customer does, meets, thinks and feels on their way with your business. Making one takes six steps:</source>
        <translation>Eine Customer Journey Map zeigt Phase für Phase, was eine Art von Kundschaft auf ihrem Weg mit Ihrem Unternehmen tut, erlebt, denkt und fühlt. Eine zu erstellen braucht sechs Schritte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="127"/>
        <source>The sample map that opens on the first start is a café&apos;s journey made this way.</source>
        <translation>Die Beispiel-Map, die beim ersten Start geöffnet wird, ist die Journey eines Cafés, auf diese Weise erstellt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="153"/>
        <source>A desktop editor for customer journey maps.</source>
        <translation>Ein Desktop-Editor für Customer Journey Maps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="154"/>
        <source>Journeyboard is free software under the MIT licence.</source>
        <translation>Journeyboard ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="155"/>
        <source>It is built on:</source>
        <translation>Es baut auf:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="157"/>
        <source>DejaVu fonts (a free licence derived from the Bitstream Vera licence)</source>
        <translation>DejaVu-Schriften (eine freie Lizenz, abgeleitet von der Bitstream-Vera-Lizenz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="161"/>
        <source>Qt and PySide6 (LGPL 3)</source>
        <translation>Qt und PySide6 (LGPL 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="162"/>
        <source>SQLAlchemy (MIT) and SQLite (public domain)</source>
        <translation>SQLAlchemy (MIT) und SQLite (gemeinfrei)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="163"/>
        <source>reportlab (BSD) and Pillow (MIT-CMU)</source>
        <translation>reportlab (BSD) und Pillow (MIT-CMU)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="164"/>
        <source>platformdirs (MIT)</source>
        <translation>platformdirs (MIT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="165"/>
        <source>arabic-reshaper (MIT) and python-bidi (LGPL 3)</source>
        <translation>arabic-reshaper (MIT) und python-bidi (LGPL 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="167"/>
        <source>Droid Sans Fallback (Apache 2.0) and NanumGothic (SIL Open Font License)</source>
        <translation>Droid Sans Fallback (Apache 2.0) und NanumGothic (SIL Open Font License)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="42"/>
        <source>Maps from other tools ({patterns})</source>
        <translation>Maps aus anderen Programmen ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52"/>
        <source>Import “{name}”</source>
        <translation>„{name}“ importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Told by its first row</source>
        <translation>An der ersten Zeile erkannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>A card a row, under Stage, Lane and Title columns</source>
        <translation>Eine Karte je Zeile, unter den Spalten Stage, Lane und Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59"/>
        <source>A grid: stages across, lanes down</source>
        <translation>Ein Raster: Phasen nebeneinander, Ebenen untereinander</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>The spreadsheet is:</source>
        <translation>Die Tabelle ist:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>1 stage</source>
        <translation>1 Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>{count} stages</source>
        <translation>{count} Phasen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <source>1 lane</source>
        <translation>1 Ebene</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <source>{count} lanes</source>
        <translation>{count} Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>1 persona</source>
        <translation>1 Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>{count} personas</source>
        <translation>{count} Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="112"/>
        <source>1 emotion point</source>
        <translation>1 Emotionspunkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113"/>
        <source>{count} emotion points</source>
        <translation>{count} Emotionspunkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>“{title}”: {counts}. It opens as a new map; nothing is written to {name}.</source>
        <translation>„{title}“: {counts}. Sie öffnet sich als neue Map; in {name} wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>No map can be made from this file.</source>
        <translation>Aus dieser Datei lässt sich keine Map machen.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="114"/>
        <source>Choose a picture for the card</source>
        <translation>Ein Bild für die Karte auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="175"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="176"/>
        <source>YYYY-MM-DD, or leave empty</source>
        <translation>JJJJ-MM-TT, oder leer lassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="177"/>
        <location filename="../../app/ui/inspector.py" line="215"/>
        <location filename="../../app/ui/inspector.py" line="277"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="177"/>
        <source>Change map title</source>
        <translation>Titel der Map ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="179"/>
        <source>What should this map help to change?</source>
        <translation>Was soll diese Map verändern helfen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="180"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="181"/>
        <source>Change map objective</source>
        <translation>Ziel der Map ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="184"/>
        <source>The situation the journey starts from</source>
        <translation>Die Lage, von der die Journey ausgeht</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="185"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="186"/>
        <source>Change map scenario</source>
        <translation>Szenario der Map ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="188"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="188"/>
        <source>Change map owner</source>
        <translation>Verantwortliche der Map ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="190"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="190"/>
        <source>Change date created</source>
        <translation>Erstellungsdatum ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="194"/>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="195"/>
        <source>Change date reviewed</source>
        <translation>Prüfdatum ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="199"/>
        <source>Lowest emotion score</source>
        <translation>Niedrigster Emotionswert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="200"/>
        <location filename="../../app/ui/inspector.py" line="205"/>
        <source>Change emotion scale</source>
        <translation>Emotionsskala ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="204"/>
        <source>Highest emotion score</source>
        <translation>Höchster Emotionswert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="210"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="211"/>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="215"/>
        <source>Change card title</source>
        <translation>Titel der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="216"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="216"/>
        <source>Change card notes</source>
        <translation>Notizen der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="219"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="220"/>
        <source>Change card channel</source>
        <translation>Kanal der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="223"/>
        <source>Who on your side looks after this</source>
        <translation>Wer sich auf Ihrer Seite darum kümmert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="224"/>
        <source>Owner or team</source>
        <translation>Person oder Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="225"/>
        <source>Change card owner</source>
        <translation>Verantwortliche der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="228"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="228"/>
        <source>Change card evidence</source>
        <translation>Beleg der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="232"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="233"/>
        <source>Change card priority</source>
        <translation>Priorität der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="237"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="238"/>
        <source>Change card votes</source>
        <translation>Stimmen der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="241"/>
        <source>Moment that matters</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="243"/>
        <source>Change moment that matters</source>
        <translation>Schlüsselmoment ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="245"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="245"/>
        <source>Change card colour</source>
        <translation>Farbe der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="250"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="250"/>
        <source>Change card picture</source>
        <translation>Bild der Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="254"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="255"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="255"/>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="257"/>
        <source>What happens in this stage</source>
        <translation>Was in dieser Phase geschieht</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="258"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="259"/>
        <source>Change stage description</source>
        <translation>Beschreibung der Phase ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="262"/>
        <source>What the customer wants to get done here</source>
        <translation>Was die Kundschaft hier erledigen will</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="263"/>
        <source>Customer&apos;s goal</source>
        <translation>Ziel der Kundschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="264"/>
        <source>Change customer&apos;s goal</source>
        <translation>Ziel der Kundschaft ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="267"/>
        <location filename="../../app/ui/inspector.py" line="279"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="268"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="269"/>
        <source>Resize stage</source>
        <translation>Breite der Phase ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="274"/>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="276"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="276"/>
        <source>Change lane kind</source>
        <translation>Art der Ebene ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="277"/>
        <source>Rename lane</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="280"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="281"/>
        <source>Resize lane</source>
        <translation>Höhe der Ebene ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="286"/>
        <source>Emotion point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="287"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="287"/>
        <source>Change emotion score</source>
        <translation>Emotionswert ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="289"/>
        <source>How they feel, in a few words</source>
        <translation>Wie sie sich fühlen, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="290"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="291"/>
        <source>Change emotion label</source>
        <translation>Emotionsbeschriftung ändern</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../app/layout/legend.py" line="98"/>
        <source>moment that matters</source>
        <translation>wichtiger Moment</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="101"/>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="103"/>
        <source>priority: low, medium, high</source>
        <translation>Priorität: niedrig, mittel, hoch</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="106"/>
        <source>lowest point, biggest drop</source>
        <translation>Tiefpunkt, stärkster Abfall</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="109"/>
        <source>at a card’s foot: channel · owner</source>
        <translation>am Fuß einer Karte: Kanal · Verantwortlich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Journey maps (*.journey)</source>
        <translation>Journey Maps (*.journey)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Save a copy as</source>
        <translation>Eine Kopie speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Import a map</source>
        <translation>Eine Map importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Find cards…</source>
        <translation>Karten suchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Stages and lanes locked</source>
        <translation>Phasen und Ebenen gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Open it read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>The map was left open by a Journeyboard that stopped; it is yours now.</source>
        <translation>Die Map war in einem Journeyboard geöffnet, das beendet wurde; jetzt gehört sie Ihnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Brought up to date from an older Journeyboard; a backup was kept.</source>
        <translation>Von einem älteren Journeyboard auf den neuesten Stand gebracht; eine Sicherung wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>it is open in {holder}</source>
        <translation>sie ist in {holder} geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Opening “{name}”…</source>
        <translation>„{name}“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Emotion &amp;curves</source>
        <translation>Emotions&amp;kurven</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>About Journeyboard</source>
        <translation>Über Journeyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Getting Started with Journeyboard</source>
        <translation>Erste Schritte mit Journeyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>Open a journey map</source>
        <translation>Eine Journey Map öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539"/>
        <source>Saved the map as {path}</source>
        <translation>Map gespeichert als {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="564"/>
        <source>Drawing {name}…</source>
        <translation>{name} wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Saved the picture as {path}</source>
        <translation>Das Bild wurde als {path} gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="573"/>
        <source>Picture cancelled; nothing was written.</source>
        <translation>Bild abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578"/>
        <source>Export a picture</source>
        <translation>Ein Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>1 card found</source>
        <translation>1 Karte gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="583"/>
        <source>{count} cards found</source>
        <translation>{count} Karten gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="638"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="639"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="640"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652"/>
        <source>No map is open. File ▸ New starts one from a template.</source>
        <translation>Keine Map ist geöffnet. Datei ▸ Neu beginnt eine aus einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="693"/>
        <source>Offline</source>
        <translation>Offline (ohne Verbindung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="701"/>
        <source>Offline: read only until {name} can be reached</source>
        <translation>Offline: nur lesen, bis {name} erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="695"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="697"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="703"/>
        <source>Read-only: changes cannot be saved to {name}</source>
        <translation>Schreibgeschützt: Änderungen können nicht in {name} gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="705"/>
        <source>Every change is saved to {name}</source>
        <translation>Jede Änderung wird in {name} gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Save the map under a new name now?</source>
        <translation>Die Map jetzt unter einem neuen Namen speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="735"/>
        <source>Journeyboard stopped while the untitled map “{name}” was open. Every change up to then was kept. Open it again?</source>
        <translation>Journeyboard wurde beendet, während die unbenannte Map „{name}“ geöffnet war. Jede Änderung bis dahin wurde behalten. Wieder öffnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="744"/>
        <source>Keep the map “{title}”?</source>
        <translation>Die Map „{title}“ behalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="749"/>
        <source>It has no name yet and lives in Journeyboard&apos;s own folder, where File ▸ Open Recent finds it. Save As gives it a place of its own.</source>
        <translation>Sie hat noch keinen Namen und liegt im eigenen Ordner von Journeyboard, wo Datei ▸ Zuletzt geöffnet sie findet. Speichern unter gibt ihr einen eigenen Platz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="753"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="754"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="755"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <location filename="../../app/ui/map_commands.py" line="83"/>
        <source>Add a stage first: captured cards go into a stage&apos;s Inbox.</source>
        <translation>Fügen Sie zuerst eine Phase hinzu: Gesammelte Karten kommen in den Eingang einer Phase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="93"/>
        <source>Add the Inbox lane</source>
        <translation>Die Eingangs-Ebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="114"/>
        <source>Duplicate card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="115"/>
        <source>Duplicate {count} cards</source>
        <translation>{count} Karten duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="147"/>
        <source>Select a card first: the pasted cards go just below it.</source>
        <translation>Wählen Sie zuerst eine Karte aus: Die eingefügten Karten kommen direkt darunter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="159"/>
        <source>Paste card</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="160"/>
        <source>Paste {count} cards</source>
        <translation>{count} Karten einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="188"/>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="189"/>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="196"/>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="197"/>
        <source>What will this lane hold?</source>
        <translation>Was soll diese Ebene enthalten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="209"/>
        <source>Add lane “{title}”</source>
        <translation>Ebene „{title}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="217"/>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="219"/>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="225"/>
        <source>Select a stage first: click its name at the top of the map.</source>
        <translation>Wählen Sie zuerst eine Phase aus: Klicken Sie oben in der Map auf ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="234"/>
        <source>Delete the stage “{name}”?</source>
        <translation>Die Phase „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="235"/>
        <source>Delete the stage “{name}” and its card? You can undo this.</source>
        <translation>Die Phase „{name}“ und ihre Karte löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="236"/>
        <source>Delete the stage “{name}” and its {count} cards? You can undo this.</source>
        <translation>Die Phase „{name}“ und ihre {count} Karten löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="241"/>
        <source>Delete stage “{name}”</source>
        <translation>Phase „{name}“ löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="248"/>
        <source>Select a lane first: click its name at the left of the map.</source>
        <translation>Wählen Sie zuerst eine Ebene aus: Klicken Sie links in der Map auf ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="257"/>
        <source>Delete the lane “{name}”?</source>
        <translation>Die Ebene „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="258"/>
        <source>Delete the lane “{name}” and its card? You can undo this.</source>
        <translation>Die Ebene „{name}“ und ihre Karte löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="259"/>
        <source>Delete the lane “{name}” and its {count} cards? You can undo this.</source>
        <translation>Die Ebene „{name}“ und ihre {count} Karten löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="264"/>
        <source>Delete lane “{name}”</source>
        <translation>Ebene „{name}“ löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="272"/>
        <source>Take snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="273"/>
        <source>Name this snapshot:</source>
        <translation>Name dieser Momentaufnahme:</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="274"/>
        <source>Snapshot {date}</source>
        <translation>Momentaufnahme {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="281"/>
        <source>Take snapshot “{name}”</source>
        <translation>Momentaufnahme „{name}“ speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="288"/>
        <source>This map has no snapshots yet: Map ▸ Take Snapshot keeps one.</source>
        <translation>Diese Map hat noch keine Momentaufnahmen: Map ▸ Momentaufnahme speichern legt eine an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="295"/>
        <source>Restore snapshot</source>
        <translation>Momentaufnahme wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="296"/>
        <source>Bring back the map as it was in:</source>
        <translation>Die Map so zurückholen, wie sie war in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_commands.py" line="303"/>
        <source>Restore “{name}”</source>
        <translation>„{name}“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="356"/>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="356"/>
        <source>Move {count} cards</source>
        <translation>{count} Karten verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="386"/>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="399"/>
        <source>Resize stage</source>
        <translation>Breite der Phase ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="421"/>
        <source>Move lane</source>
        <translation>Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="437"/>
        <source>Change emotion score</source>
        <translation>Emotionswert ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="458"/>
        <source>Add emotion point</source>
        <translation>Emotionspunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="509"/>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="509"/>
        <source>Delete {count} cards</source>
        <translation>{count} Karten löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/scene.py" line="511"/>
        <source>Delete emotion point</source>
        <translation>Emotionspunkt löschen</translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="42"/>
        <source>The map as it was opened</source>
        <translation>Die Map, wie sie geöffnet wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="78"/>
        <source>it was opened read-only</source>
        <translation>sie wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="80"/>
        <source>Read-only: “{name}” cannot be changed here ({why}). File ▸ Save As keeps a copy you can edit.</source>
        <translation>Schreibgeschützt: „{name}“ kann hier nicht geändert werden ({why}). Datei ▸ Speichern unter behält eine Kopie, die Sie bearbeiten können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="86"/>
        <source>Read-only: {why}. File ▸ Save As keeps a copy you can edit as a file.</source>
        <translation>Nur lesen: {why}. Datei ▸ Speichern unter behält eine Kopie, die Sie als Datei bearbeiten können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="100"/>
        <source>Offline: the workspace cannot be reached. You can read the map, but changes are refused until the connection is back; Journeyboard tries every few seconds.</source>
        <translation>Offline: Der Arbeitsbereich ist nicht erreichbar. Sie können die Map lesen, Änderungen werden aber abgelehnt, bis die Verbindung wieder steht; Journeyboard versucht es alle paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="158"/>
        <source>Everyone has voted</source>
        <translation>Alle haben abgestimmt</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="161"/>
        <source>person {person} of {people}</source>
        <translation>Person {person} von {people}</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="163"/>
        <source>person {person}</source>
        <translation>Person {person}</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="167"/>
        <source>1 dot left</source>
        <translation>1 Punkt übrig</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="168"/>
        <source>{count} dots left</source>
        <translation>{count} Punkte übrig</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="170"/>
        <source>Dot vote · {person} · {dots}</source>
        <translation>Punktabfrage · {person} · {dots}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../app/ui/actions.py" line="19"/>
        <source>&amp;File/E&amp;xport</source>
        <translation>&amp;Datei/E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="287"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="289"/>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <location filename="../../app/model/data/fields.py" line="470"/>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="471"/>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="472"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="473"/>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="474"/>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/model/data/fields.py" line="475"/>
        <source>emotion point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <location filename="../../app/model/data/content_codec.py" line="61"/>
        <location filename="../../app/model/data/fields.py" line="476"/>
        <source>snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
</context>
<context>
    <name>OpenMap</name>
    <message>
        <location filename="../../app/ui/open_map.py" line="23"/>
        <source>The stages and lanes are locked while the room adds cards. Unlock them with Map ▸ Lock Structure.</source>
        <translation>Die Phasen und Ebenen sind gesperrt, während der Raum Karten hinzufügt. Entsperren Sie sie mit Map ▸ Struktur sperren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_map.py" line="167"/>
        <source>What you wrote is on the clipboard.</source>
        <translation>Was Sie geschrieben haben, liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="16"/>
        <source>★ Moment that matters</source>
        <translation>★ Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="19"/>
        <source>{marks} {priority} priority</source>
        <translation>{marks} Priorität {priority}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="31"/>
        <location filename="../../app/model/interchange/markdown.py" line="84"/>
        <location filename="../../app/model/interchange/markdown.py" line="96"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="41"/>
        <source>● 1 vote</source>
        <translation>● 1 Stimme</translation>
    </message>
    <message>
        <location filename="../../app/model/data/card_facts.py" line="41"/>
        <source>● {count} votes</source>
        <translation>● {count} Stimmen</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="69"/>
        <location filename="../../app/export/story_page.py" line="188"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="70"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="71"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="105"/>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="123"/>
        <source>{stage}, continued</source>
        <translation>{stage} (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="125"/>
        <source>{stage}, continued · {lane}</source>
        <translation>{stage} (Fortsetzung) · {lane}</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="249"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="347"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="431"/>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="461"/>
        <source>{title}, ranked by votes and priority</source>
        <translation>{title}, nach Stimmen und Priorität geordnet</translation>
    </message>
    <message>
        <location filename="../../app/export/handout.py" line="463"/>
        <source>{title}, ranked by priority</source>
        <translation>{title}, nach Priorität geordnet</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="93"/>
        <source>and 1 more persona</source>
        <translation>und 1 weitere Persona</translation>
    </message>
    <message>
        <location filename="../../app/layout/legend.py" line="94"/>
        <source>and {count} more personas</source>
        <translation>und {count} weitere Personas</translation>
    </message>
    <message>
        <location filename="../../app/export/pdf_options.py" line="102"/>
        <source>{paper} landscape</source>
        <translation>{paper} quer</translation>
    </message>
    <message>
        <location filename="../../app/export/pdf_options.py" line="103"/>
        <source>{paper} portrait</source>
        <translation>{paper} hoch</translation>
    </message>
    <message>
        <location filename="../../app/export/pdf_options.py" line="123"/>
        <source>Customer journey map</source>
        <translation>Customer Journey Map</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_plan.py" line="120"/>
        <source>At most {scale} % fits on this paper.</source>
        <translation>Auf dieses Papier passen höchstens {scale} %.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_plan.py" line="122"/>
        <source>Choose larger paper.</source>
        <translation>Wählen Sie größeres Papier.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_plan.py" line="125"/>
        <source>A poster at {percent} % would take {sheets} sheets; Journeyboard prints at most {most}. {advice}</source>
        <translation>Ein Poster mit {percent} % bräuchte {sheets} Blätter; Journeyboard druckt höchstens {most}. {advice}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheets.py" line="91"/>
        <source>sheet {sheet} of {sheets} · {percent} % · </source>
        <translation>Blatt {sheet} von {sheets} · {percent} % · </translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheets.py" line="222"/>
        <source>lay the edge of R{row} C{column} here</source>
        <translation>Kante von Z{row} S{column} hier anlegen</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="143"/>
        <source>A poster of 1 sheet</source>
        <translation>Ein Poster aus 1 Blatt</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="144"/>
        <source>A poster of {count} sheets</source>
        <translation>Ein Poster aus {count} Blättern</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="148"/>
        <source>1 row of {columns}</source>
        <translation>1 Reihe zu {columns}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="149"/>
        <source>{count} rows of {columns}</source>
        <translation>{count} Reihen zu {columns}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="151"/>
        <source>landscape</source>
        <translation>quer</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="151"/>
        <source>portrait</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="153"/>
        <source>{sheets}: {rows}, {paper} {turned}, at {percent} % ({size}); card titles print at {points} pt.</source>
        <translation>{sheets}: {rows}, {paper} {turned}, in {percent} % ({size}); Kartentitel werden in {points} pt gedruckt.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="169"/>
        <source>That reads from close up; at {percent} % they print at {points} pt, to read from a step back.</source>
        <translation>Das liest sich aus der Nähe; in {percent} % werden sie in {points} pt gedruckt und lesen sich auch mit etwas Abstand.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="176"/>
        <source>1. Print at actual size (100 %, not “fit to page”).</source>
        <translation>1. In Originalgröße drucken (100 %, nicht „an Seite anpassen“).</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="177"/>
        <source>2. Leave R1 C1 as it is. On all the other sheets, trim the dashed edges: the left, the top, or both.</source>
        <translation>2. Z1 S1 bleibt, wie es ist. Bei allen anderen Blättern die gestrichelten Kanten abschneiden: links, oben oder beide.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="182"/>
        <source>3. Lay each sheet over its neighbours, its edge on the cyan line that names it, so that the magenta ticks meet across the seam. Tape on the back.</source>
        <translation>3. Jedes Blatt über seine Nachbarn legen, seine Kante auf die cyanfarbene Linie, die es nennt, so dass sich die magentafarbenen Striche über die Naht treffen. Auf der Rückseite kleben.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="187"/>
        <source>4. Trim the outer edges last, at the corner marks.</source>
        <translation>4. Zuletzt die Außenkanten an den Eckmarken beschneiden.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="190"/>
        <source>The seams all fall between stages and lanes.</source>
        <translation>Alle Nähte liegen zwischen Phasen und Ebenen.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="193"/>
        <source>At {percent} % the seams would all fall between stages and lanes, on {sheets} sheets.</source>
        <translation>In {percent} % lägen alle Nähte zwischen Phasen und Ebenen, auf {sheets} Blättern.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="202"/>
        <source>For a print shop: export it on {paper} at {percent} %: one sheet, nothing to tape.</source>
        <translation>Für eine Druckerei: auf {paper} in {percent} % exportieren – ein Blatt, nichts zu kleben.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_plan.py" line="173"/>
        <source>R{row} C{column}</source>
        <translation>Z{row} S{column}</translation>
    </message>
    <message>
        <location filename="../../app/export/pdf.py" line="47"/>
        <source>The PDF&apos;s fonts have no letters for {characters}: they print as empty boxes.</source>
        <translation>Die Schriften des PDFs haben keine Zeichen für {characters}: Sie werden als leere Kästchen gedruckt.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview_paper.py" line="70"/>
        <source>It reads on {paper}; or print it as a handout or a poster.</source>
        <translation>Auf {paper} ist sie lesbar; oder drucken Sie sie als Handout oder Poster.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview_paper.py" line="74"/>
        <source>No paper is large enough: print it as a handout or a poster.</source>
        <translation>Kein Papier ist groß genug: Drucken Sie sie als Handout oder Poster.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview_paper.py" line="76"/>
        <source>On one {paper} page this map&apos;s cards would print at {size} pt, too small to read (at least {least} pt). {advice}</source>
        <translation>Auf einer Seite {paper} würden die Karten dieser Map in {size} pt gedruckt, zu klein zum Lesen (mindestens {least} pt). {advice}</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="162"/>
        <source>Lowest point and biggest drop, {fall} down</source>
        <translation>Tiefpunkt und größter Abfall, {fall} tiefer</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="164"/>
        <source>Lowest point</source>
        <translation>Tiefpunkt</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="166"/>
        <source>Biggest drop, {fall} down</source>
        <translation>Größter Abfall, {fall} tiefer</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="182"/>
        <source>No pain points on the map yet.</source>
        <translation>Noch keine Schmerzpunkte auf der Map.</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="187"/>
        <source>Top pain points</source>
        <translation>Wichtigste Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../app/export/story_page.py" line="189"/>
        <source>Opportunities there</source>
        <translation>Chancen dort</translation>
    </message>
    <message>
        <location filename="../../app/export/persona_page.py" line="69"/>
        <source>primary persona</source>
        <translation>primäre Persona</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="42"/>
        <source>Overview: the whole map on one page</source>
        <translation>Übersicht: die ganze Map auf einer Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="43"/>
        <source>Handout pack: overview, personas, a page per stage, ranked lists</source>
        <translation>Handout-Paket: Übersicht, Personas, eine Seite je Phase, Ranglisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="46"/>
        <source>Poster: the map at a true scale over several sheets</source>
        <translation>Poster: die Map in echtem Maßstab über mehrere Blätter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="55"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="72"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="73"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="79"/>
        <source>100 % is the size of the map on screen at 100 %; 150 % reads from a step back</source>
        <translation>100 % ist die Größe der Map auf dem Bildschirm bei 100 %; 150 % liest sich aus einem Schritt Abstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="85"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="88"/>
        <source>&amp;Open the PDF when it is done</source>
        <translation>Das PDF nach dem Erstellen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="92"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Aufbau:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="93"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="94"/>
        <source>O&amp;rientation:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="95"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="96"/>
        <source>Poster &amp;scale:</source>
        <translation>Poster-&amp;Maßstab:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="97"/>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="101"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="151"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="163"/>
        <source>{sheets} sheets: more than the {most} a poster may have; choose a smaller scale</source>
        <translation>{sheets} Blätter: mehr als die {most}, die ein Poster haben darf; wählen Sie einen kleineren Maßstab</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="166"/>
        <source>{sheets} sheets to tape together, and one showing how</source>
        <translation>{sheets} Blätter zum Zusammenkleben, und eines, das zeigt, wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="170"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="170"/>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="17"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="18"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="19"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="20"/>
        <source>Tabloid (11 × 17 in)</source>
        <translation>Tabloid (11 × 17 Zoll)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="21"/>
        <source>A2 (print shop)</source>
        <translation>A2 (Druckerei)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="22"/>
        <source>A1 (print shop)</source>
        <translation>A1 (Druckerei)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="23"/>
        <source>A0 (print shop)</source>
        <translation>A0 (Druckerei)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="60"/>
        <source>A PDF is being written; wait until it is done.</source>
        <translation>Ein PDF wird gerade geschrieben; warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="73"/>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="79"/>
        <location filename="../../app/ui/pdf_export.py" line="135"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="98"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="118"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="118"/>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="119"/>
        <source>Wrote {pages} to {path}</source>
        <translation>{pages} nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="123"/>
        <source>{wrote}. No program to show PDFs was found: open it yourself.</source>
        <translation>{wrote}. Es wurde kein Programm zum Anzeigen von PDFs gefunden: Öffnen Sie sie selbst.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="64"/>
        <source>No personas yet. Add one to say who this journey is for.</source>
        <translation>Noch keine Personas. Fügen Sie eine hinzu, um zu sagen, für wen diese Journey ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="110"/>
        <source>Tick to show this persona&apos;s emotion curve on the map</source>
        <translation>Ankreuzen, um die Emotionskurve dieser Persona auf der Map zu zeigen</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/markdown.py" line="128"/>
        <location filename="../../app/ui/personas_panel.py" line="115"/>
        <source>{name} (primary)</source>
        <translation>{name} (Hauptpersona)</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="150"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="151"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="152"/>
        <source>Make primary</source>
        <translation>Zur Hauptpersona machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="153"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="153"/>
        <source>Move persona up</source>
        <translation>Persona nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="156"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="157"/>
        <source>Move persona down</source>
        <translation>Persona nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="180"/>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="181"/>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="189"/>
        <source>Delete the persona “{name}” and their emotion curve?</source>
        <translation>Die Persona „{name}“ und ihre Emotionskurve löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="191"/>
        <location filename="../../app/ui/personas_panel.py" line="257"/>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="203"/>
        <source>Make persona primary</source>
        <translation>Persona zur Hauptpersona machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="213"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="215"/>
        <source>Rename persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="217"/>
        <source>For example: busy parent, first-time buyer</source>
        <translation>Zum Beispiel: vielbeschäftigte Mutter, Erstkäufer</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="218"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="219"/>
        <source>Change persona role</source>
        <translation>Rolle der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="223"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="223"/>
        <source>Change persona photo</source>
        <translation>Foto der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="225"/>
        <source>Something they would say, in their words</source>
        <translation>Etwas, das sie sagen würde, in ihren Worten</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="226"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="227"/>
        <source>Change persona quote</source>
        <translation>Zitat der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="230"/>
        <source>What they want to achieve</source>
        <translation>Was sie erreichen will</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="231"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="232"/>
        <source>Change persona goals</source>
        <translation>Ziele der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="235"/>
        <source>What gets in their way</source>
        <translation>Was ihr im Weg steht</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="236"/>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="237"/>
        <source>Change persona frustrations</source>
        <translation>Frustrationen der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="240"/>
        <source>Age, where they live, work, family</source>
        <translation>Alter, Wohnort, Arbeit, Familie</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="241"/>
        <source>About them</source>
        <translation>Über sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="242"/>
        <source>Change persona details</source>
        <translation>Angaben zur Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="245"/>
        <source>Habits: how, when and where they buy</source>
        <translation>Gewohnheiten: wie, wann und wo sie kauft</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="246"/>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="247"/>
        <source>Change persona behaviours</source>
        <translation>Verhalten der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="250"/>
        <source>Why they act: what matters to them</source>
        <translation>Warum sie handelt: was ihr wichtig ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="251"/>
        <source>Motivations</source>
        <translation>Motivationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="252"/>
        <source>Change persona motivations</source>
        <translation>Motivationen der Persona ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="260"/>
        <source>Choose a photo</source>
        <translation>Ein Foto auswählen</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="29"/>
        <source>Export a picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="31"/>
        <source>The &amp;whole map</source>
        <translation>Die &amp;ganze Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="32"/>
        <source>One &amp;stage:</source>
        <translation>Eine &amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="37"/>
        <source>The &amp;emotion curve</source>
        <translation>Die &amp;Emotionskurve</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="50"/>
        <source>Compose it on a 16:9 &amp;slide</source>
        <translation>Auf einer 16:9-&amp;Folie anordnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="54"/>
        <source>{width} pixels wide: for documents, print, full screen</source>
        <translation>{width} Pixel breit: für Dokumente, Druck, Vollbild</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="55"/>
        <source>{width} pixels wide: for a slide</source>
        <translation>{width} Pixel breit: für eine Folie</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="56"/>
        <source>{width} pixels wide: for an email, type set to read there</source>
        <translation>{width} Pixel breit: für eine E-Mail, die Schrift dort lesbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="60"/>
        <source>Si&amp;ze of a PNG:</source>
        <translation>&amp;Größe eines PNG:</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_dialog.py" line="65"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <location filename="../../app/ui/picture_field.py" line="41"/>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="42"/>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="43"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="46"/>
        <source>Choose picture…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="47"/>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="48"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="115"/>
        <source>This picture cannot be shown</source>
        <translation>Dieses Bild kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="129"/>
        <source>“{file}” is a damaged picture: it cannot be shown. Nothing was changed.</source>
        <translation>„{file}“ ist ein beschädigtes Bild: Es kann nicht angezeigt werden. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="153"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../app/ui/pictures.py" line="174"/>
        <source>A picture of {width} × {height} pixels is too large to draw (at most {most} million pixels): make it at most {fits} pixels wide.</source>
        <translation>Ein Bild von {width} × {height} Pixeln ist zu groß zum Zeichnen (höchstens {most} Millionen Pixel): Machen Sie es höchstens {fits} Pixel breit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pictures.py" line="331"/>
        <source>A customer journey map drawn by Journeyboard {version}.</source>
        <translation>Eine Customer Journey Map, gezeichnet von Journeyboard {version}.</translation>
    </message>
    <message>
        <location filename="../../app/layout/picture.py" line="122"/>
        <source>stage {number}: {name}</source>
        <translation>Phase {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/layout/picture.py" line="127"/>
        <source>the emotion curve</source>
        <translation>die Emotionskurve</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="149"/>
        <source>workspace “{name}”</source>
        <translation>Arbeitsbereich „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/model/workspace/shared_map.py" line="150"/>
        <source>workspace “{name}” on {host}</source>
        <translation>Arbeitsbereich „{name}“ auf {host}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="26"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="29"/>
        <source>Light (for bright rooms)</source>
        <translation>Hell (für helle Räume)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="30"/>
        <source>Dark (for dim rooms and projectors)</source>
        <translation>Dunkel (für dunkle Räume und Projektoren)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="34"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="37"/>
        <source>The least height of a card&apos;s title on a projector 1,080 pixels high</source>
        <translation>Die kleinste Höhe eines Kartentitels auf einem Projektor mit 1.080 Pixeln Höhe</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="47"/>
        <source>Used from the next start of Journeyboard</source>
        <translation>Gilt ab dem nächsten Start von Journeyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="49"/>
        <source>Language (from the next start)</source>
        <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="50"/>
        <source>Presentation theme</source>
        <translation>Farbschema der Präsentation</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="51"/>
        <source>Projector text size</source>
        <translation>Textgröße am Projektor</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="52"/>
        <source>Paper for PDFs</source>
        <translation>Papier für PDFs</translation>
    </message>
    <message>
        <location filename="../../app/ui/languages.py" line="12"/>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../app/ui/present/window.py" line="65"/>
        <source>Journeyboard — presenting</source>
        <translation>Journeyboard — Präsentation</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="42"/>
        <source>the end of the walk</source>
        <translation>das Ende des Rundgangs</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="44"/>
        <source>Next: {slide}</source>
        <translation>Als Nächstes: {slide}</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="83"/>
        <source>Journeyboard — presenter&apos;s screen</source>
        <translation>Journeyboard — Bildschirm für die Moderation</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="94"/>
        <location filename="../../app/ui/present/presenter_screen.py" line="137"/>
        <source>No timebox running</source>
        <translation>Keine Zeitbox läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="96"/>
        <source>The room sees:</source>
        <translation>Der Raum sieht:</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="99"/>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="102"/>
        <source>→ next · ← back · Enter zoom into a card · Esc end</source>
        <translation>→ weiter · ← zurück · Eingabe: Karte vergrößern · Esc: beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="131"/>
        <source>Next: {slide}</source>
        <translation>Als Nächstes: {slide}</translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_screen.py" line="133"/>
        <source>Next: the end of the walk</source>
        <translation>Als Nächstes: das Ende des Rundgangs</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../app/ui/progress.py" line="25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../app/ui/recent.py" line="19"/>
        <source>not saved yet, in Journeyboard&apos;s folder</source>
        <translation>noch nicht gespeichert, im Ordner von Journeyboard</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../../app/layout/slides/card_slide.py" line="67"/>
        <source>Stage {number} of {count}: {stage} · {lane}</source>
        <translation>Phase {number} von {count}: {stage} · {lane}</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="37"/>
        <source>What we take away</source>
        <translation>Was wir mitnehmen</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="53"/>
        <source>Top pain points</source>
        <translation>Wichtigste Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="54"/>
        <source>Top pain points, by the room&apos;s vote</source>
        <translation>Wichtigste Schmerzpunkte, nach der Abstimmung im Raum</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="58"/>
        <source>Top opportunities</source>
        <translation>Wichtigste Chancen</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="59"/>
        <source>Top opportunities, by the room&apos;s vote</source>
        <translation>Wichtigste Chancen, nach der Abstimmung im Raum</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="110"/>
        <source>None on the map yet.</source>
        <translation>Noch keine auf der Map.</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/closing.py" line="155"/>
        <source>{stage} · {priority} priority</source>
        <translation>{stage} · Priorität {priority}</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/opening.py" line="149"/>
        <source>The whole journey</source>
        <translation>Die ganze Journey</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/opening.py" line="192"/>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/opening.py" line="192"/>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_slide.py" line="131"/>
        <source>Stage {number} of {count}: {name}</source>
        <translation>Phase {number} von {count}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_slide.py" line="135"/>
        <source>{stage} (slide {part} of {parts})</source>
        <translation>{stage} (Folie {part} von {parts})</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="37"/>
        <source>!!! high priority</source>
        <translation>!!! hohe Priorität</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="38"/>
        <source>!! medium priority</source>
        <translation>!! mittlere Priorität</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="39"/>
        <source>! low priority</source>
        <translation>! niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="57"/>
        <source>Stage {number} of {count}</source>
        <translation>Phase {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="61"/>
        <source>{stage} · slide {part} of {parts}</source>
        <translation>{stage} · Folie {part} von {parts}</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="113"/>
        <source>★ a moment that matters</source>
        <translation>★ ein Schlüsselmoment</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_header.py" line="119"/>
        <source>● dots from the vote</source>
        <translation>● Punkte aus der Abstimmung</translation>
    </message>
    <message>
        <location filename="../../app/layout/slides/stage_slide.py" line="333"/>
        <source>more on the next slide</source>
        <translation>weiter auf der nächsten Folie</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="38"/>
        <source>Start a journey map</source>
        <translation>Eine Journey Map beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="79"/>
        <source>Create map</source>
        <translation>Map erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="80"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="87"/>
        <source>&lt;b&gt;New from a template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neu aus einer Vorlage&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="89"/>
        <source>&lt;b&gt;Recent maps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Maps&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="31"/>
        <source>Blank map</source>
        <translation>Leere Map</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="32"/>
        <source>The five classic stages and the usual lanes, ready for your own journey.</source>
        <translation>Die fünf klassischen Phasen und die üblichen Ebenen, bereit für Ihre eigene Journey.</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="39"/>
        <source>Café or restaurant</source>
        <translation>Café oder Restaurant</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="40"/>
        <source>A first-time visitor becomes a regular: finding you, ordering, staying, coming back.</source>
        <translation>Ein erstmaliger Gast wird Stammgast: Sie finden, bestellen, bleiben, wiederkommen.</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="47"/>
        <source>Shop with a web shop</source>
        <translation>Laden mit Onlineshop</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="48"/>
        <source>A customer browses online, buys in store or online, returns an item and comes back.</source>
        <translation>Eine Kundin stöbert online, kauft im Laden oder online, gibt etwas zurück und kommt wieder.</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="55"/>
        <source>SaaS: trial to renewal</source>
        <translation>SaaS: vom Test zur Verlängerung</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="56"/>
        <source>A business signs up for a free trial, sets up, pays, uses it daily and renews.</source>
        <translation>Ein Unternehmen meldet sich für einen kostenlosen Test an, richtet ein, zahlt, nutzt es täglich und verlängert.</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="63"/>
        <source>Healthcare practice</source>
        <translation>Arztpraxis</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="64"/>
        <source>A new patient finds a practice, books, is treated, pays and recovers with follow-up.</source>
        <translation>Ein neuer Patient findet eine Praxis, bucht einen Termin, wird behandelt, zahlt und erholt sich mit Nachsorge.</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="71"/>
        <source>B2B lead generation</source>
        <translation>B2B-Leadgewinnung</translation>
    </message>
    <message>
        <location filename="../../app/model/interchange/templates.py" line="72"/>
        <source>A prospect hears of you, downloads a guide, books a call, signs and refers others.</source>
        <translation>Ein Interessent hört von Ihnen, lädt einen Leitfaden herunter, bucht ein Gespräch, unterschreibt und empfiehlt Sie weiter.</translation>
    </message>
</context>
<context>
    <name>Timebox</name>
    <message>
        <location filename="../../app/ui/timebox.py" line="83"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location filename="../../app/ui/timebox.py" line="85"/>
        <source>Timebox {time}</source>
        <translation>Timebox {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/timebox.py" line="86"/>
        <source>Timebox {time} · paused</source>
        <translation>Timebox {time} · angehalten</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../app/ui/canvas/title_editor.py" line="38"/>
        <source>Type a card, then Enter</source>
        <translation>Eine Karte tippen, dann Eingabe</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="26"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="27"/>
        <source>Where the customer meets you: a sign, a page, a call.</source>
        <translation>Wo die Kundschaft Ihnen begegnet: ein Schild, eine Seite, ein Anruf.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="31"/>
        <source>Customer actions</source>
        <translation>Handlungen der Kundschaft</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="32"/>
        <source>What the customer does in this stage, step by step.</source>
        <translation>Was die Kundschaft in dieser Phase tut, Schritt für Schritt.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="36"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="37"/>
        <source>What the customer wants to get done here.</source>
        <translation>Was die Kundschaft hier erledigen will.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="41"/>
        <source>Thoughts &amp; questions</source>
        <translation>Gedanken &amp; Fragen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="42"/>
        <source>What they think, ask or worry about here.</source>
        <translation>Was sie hier denkt, fragt oder befürchtet.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="46"/>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="47"/>
        <source>How they feel: double-click in a stage to add a point, then drag it up or down.</source>
        <translation>Wie es ihnen geht: Doppelklicken Sie in eine Phase, um einen Punkt zu setzen, und ziehen Sie ihn dann nach oben oder unten.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="54"/>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="55"/>
        <source>What goes wrong, slows them down or annoys them.</source>
        <translation>Was schiefgeht, sie aufhält oder ärgert.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="59"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="60"/>
        <source>Ideas to fix a pain point or create a good moment.</source>
        <translation>Ideen, um einen Schmerzpunkt zu beheben oder einen guten Moment zu schaffen.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="64"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="65"/>
        <source>The media used here: website, phone, in-store, email…</source>
        <translation>Die hier genutzten Medien: Website, Telefon, im Laden, E-Mail…</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="69"/>
        <source>Team / owner</source>
        <translation>Team / Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="70"/>
        <source>Who on your side makes this stage work, and what they do behind the scenes.</source>
        <translation>Wer auf Ihrer Seite diese Phase möglich macht, und was hinter den Kulissen geschieht.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="78"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="79"/>
        <source>How you measure this stage: a number you can track.</source>
        <translation>Wie Sie diese Phase messen: eine Zahl, die Sie verfolgen können.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="84"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="85"/>
        <source>Anything else worth remembering.</source>
        <translation>Alles andere, was sich zu merken lohnt.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="90"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="91"/>
        <source>Ideas from the room, not sorted yet: drag each one to its lane when there is time.</source>
        <translation>Ideen aus dem Raum, noch nicht sortiert: Ziehen Sie jede in ihre Ebene, wenn Zeit ist.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="98"/>
        <source>Custom lane</source>
        <translation>Eigene Ebene</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="99"/>
        <source>Your own row: name it for what you track.</source>
        <translation>Ihre eigene Zeile: Benennen Sie sie nach dem, was Sie verfolgen.</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="132"/>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="133"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="134"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="135"/>
        <source>Analytics</source>
        <translation>Analysedaten</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="136"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="140"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="141"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="142"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="143"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="150"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="151"/>
        <source>web shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="152"/>
        <source>social</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="153"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="154"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="155"/>
        <source>in-store</source>
        <translation>im Laden</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="156"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="157"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="158"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="159"/>
        <source>review site</source>
        <translation>Bewertungsportal</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="160"/>
        <source>word of mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="161"/>
        <source>print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="162"/>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="163"/>
        <source>video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="164"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/model/data/vocabulary.py" line="165"/>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="27"/>
        <source>Start a dot vote</source>
        <translation>Eine Punktabfrage starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="29"/>
        <source>Vote on the cards of these lanes:</source>
        <translation>Über die Karten dieser Ebenen abstimmen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="39"/>
        <source>As many as come up</source>
        <translation>So viele, wie kommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="40"/>
        <source>Dots for each person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="41"/>
        <source>People voting</source>
        <translation>Abstimmende Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="46"/>
        <source>Start the vote</source>
        <translation>Abfrage starten</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../app/ui/workshop.py" line="90"/>
        <source>Slide {number} of {count}</source>
        <translation>Folie {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="133"/>
        <source>{rank}. {title} — 1 dot</source>
        <translation>{rank}. {title} — 1 Punkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="134"/>
        <source>{rank}. {title} — {count} dots</source>
        <translation>{rank}. {title} — {count} Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="142"/>
        <source>The vote, most dots first:</source>
        <translation>Die Abfrage, meiste Punkte zuerst:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="144"/>
        <source>No card got a dot.</source>
        <translation>Keine Karte hat einen Punkt bekommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="172"/>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="172"/>
        <source>Minutes for the exercise:</source>
        <translation>Minuten für die Übung:</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="46"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="47"/>
        <source>The workspace {url} asks for your password:</source>
        <translation>Der Arbeitsbereich {url} verlangt Ihr Passwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="64"/>
        <source>Open from Workspace</source>
        <translation>Aus dem Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="74"/>
        <source>&amp;Show Maps</source>
        <translation>Maps &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="79"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="86"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="86"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="86"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="86"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="92"/>
        <source>Enter the workspace&apos;s address and show its maps.</source>
        <translation>Geben Sie die Adresse des Arbeitsbereichs ein und lassen Sie seine Maps zeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="130"/>
        <source>1 map</source>
        <translation>1 Map</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="131"/>
        <source>{count} maps, the last changed first</source>
        <translation>{count} Maps, die zuletzt geänderte zuerst</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace_dialog.py" line="135"/>
        <source>The workspace holds no maps yet: push one with journeyboard workspace push.</source>
        <translation>Der Arbeitsbereich enthält noch keine Maps: Laden Sie eine mit journeyboard workspace push hoch.</translation>
    </message>
</context>
</TS>
