<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="35"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38"/>
        <source>Start a map from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="46"/>
        <source>Open a .journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="54"/>
        <source>Keep a copy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61"/>
        <source>A print-ready overview, handout pack or poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="65"/>
        <source>&amp;Export Picture (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="69"/>
        <source>Export Picture (S&amp;VG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>&amp;Close Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="92"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="99"/>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="106"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="109"/>
        <source>Walk a room through the map, stage by stage, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116"/>
        <source>Start or Pause the &amp;Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="119"/>
        <source>A count-down for the room&apos;s exercise, in the corner of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126"/>
        <source>Reset the Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131"/>
        <source>Set the Timebox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134"/>
        <source>Sound When the Time Is Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="140"/>
        <source>Add &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="143"/>
        <source>Type a new card in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147"/>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="150"/>
        <source>A new column of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="154"/>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157"/>
        <source>A new row: touchpoints, pains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="159"/>
        <source>Add &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="160"/>
        <source>Delete Selected S&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161"/>
        <source>Delete Selected La&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="164"/>
        <source>&amp;Capture Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="168"/>
        <source>Type the room&apos;s ideas into an Inbox lane, with the stages and lanes locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="174"/>
        <source>&amp;Lock Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="178"/>
        <source>Stages and lanes cannot be moved, renamed or deleted; cards stay free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="184"/>
        <source>Start a &amp;Dot Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="187"/>
        <source>Each person gives dots to the cards of chosen lanes: click a card, or press +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="194"/>
        <source>R&amp;eset the Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="196"/>
        <source>Every card back to no dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="199"/>
        <source>Close the Vote and Show the &amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="202"/>
        <source>Take S&amp;napshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="204"/>
        <source>&amp;Restore Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="207"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="210"/>
        <source>The method, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="212"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="213"/>
        <source>&amp;About Journeyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>&amp;{verb}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="67"/>
        <source>Lane colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="69"/>
        <source>Use the colour of the card&apos;s lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="83"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="102"/>
        <source>Card colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="25"/>
        <source>Choose whose journey it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="26"/>
        <source>A persona is one kind of customer, described well enough to argue about: what they want, what worries them, a sentence they would say. Start with one (the Personas panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>Name the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="35"/>
        <source>The columns: what the customer goes through, in their words, from first hearing of you to coming back (or not). Five to eight is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="42"/>
        <source>Fill the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="43"/>
        <source>The rows: what they do, where they meet you (touchpoints), what they think and ask. Double-click a cell to add a card; drag cards to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="50"/>
        <source>Draw how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="51"/>
        <source>In the Emotions lane, give each stage a score from low to high and a word or two. The curve shows where the journey hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="58"/>
        <source>Find the pains and the chances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="59"/>
        <source>Where the curve dips, write the pain points, then the opportunities that answer them. Mark the moments that matter; let the room vote with dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="66"/>
        <source>Share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="67"/>
        <source>Present it to the team stage by stage (F5), and hand out a PDF: a one-page overview, a handout pack or a wall poster (File ▸ Export PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="77"/>
        <source>Double-click a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="78"/>
        <source>Add a card there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="81"/>
        <source>Enter, F2, double-click a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="82"/>
        <source>Rename the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="85"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="86"/>
        <source>Select the next card in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="89"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="90"/>
        <source>Delete the selected cards or emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="93"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="94"/>
        <source>Put back what is being dragged, or stop typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="97"/>
        <source>Space + drag, middle button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="98"/>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="101"/>
        <source>Ctrl + wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="102"/>
        <source>Zoom about the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="105"/>
        <source>→, Page Down, Space (presenting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="106"/>
        <source>Next stage; ← and Page Up go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="117"/>
        <source>A customer journey map shows, stage by stage, what one kind of customer does, meets, thinks and feels on their way with your business. Making one takes six steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="123"/>
        <source>The sample map, open behind this window, is a café&apos;s journey made this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="149"/>
        <source>A desktop editor for customer journey maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="150"/>
        <source>Journeyboard is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="151"/>
        <source>It is built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="153"/>
        <source>DejaVu fonts (a free licence derived from the Bitstream Vera licence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="113"/>
        <source>Choose a picture for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="174"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="175"/>
        <source>YYYY-MM-DD, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="176"/>
        <location filename="../../app/ui/inspector.py" line="214"/>
        <location filename="../../app/ui/inspector.py" line="276"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="176"/>
        <source>Change map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="178"/>
        <source>What should this map help to change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="179"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="180"/>
        <source>Change map objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="183"/>
        <source>The situation the journey starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="184"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="185"/>
        <source>Change map scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="187"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="187"/>
        <source>Change map owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="189"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="189"/>
        <source>Change date created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="193"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="194"/>
        <source>Change date reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="198"/>
        <source>Lowest emotion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="199"/>
        <location filename="../../app/ui/inspector.py" line="204"/>
        <source>Change emotion scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="203"/>
        <source>Highest emotion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="209"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="210"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="214"/>
        <source>Change card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="215"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="215"/>
        <source>Change card notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="218"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="219"/>
        <source>Change card channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="222"/>
        <source>Who on your side looks after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="223"/>
        <source>Owner or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="224"/>
        <source>Change card owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="227"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="227"/>
        <source>Change card evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="231"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="232"/>
        <source>Change card priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="236"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="237"/>
        <source>Change card votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="240"/>
        <source>Moment that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="242"/>
        <source>Change moment that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="244"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="244"/>
        <source>Change card colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="249"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="249"/>
        <source>Change card picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="253"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="254"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="254"/>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="256"/>
        <source>What happens in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="257"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="258"/>
        <source>Change stage description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="261"/>
        <source>What the customer wants to get done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="262"/>
        <source>Customer&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="263"/>
        <source>Change customer&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="266"/>
        <location filename="../../app/ui/inspector.py" line="278"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="267"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="268"/>
        <source>Resize stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="273"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="275"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="275"/>
        <source>Change lane kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="276"/>
        <source>Rename lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="279"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="280"/>
        <source>Resize lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="285"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="286"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="286"/>
        <source>Change emotion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="288"/>
        <source>How they feel, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="289"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector.py" line="290"/>
        <source>Change emotion label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Find cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Stages and lanes locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>The map was left open by a Journeyboard that stopped; it is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Brought up to date from an older Journeyboard; a backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>it is open in {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>Opening “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>Opening cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <source>Emotion &amp;curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>About Journeyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Getting Started with Journeyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Open a journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Drawing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>Saved the picture as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>Picture cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>Export a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>{count} card(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="456"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468"/>
        <source>No map is open. File ▸ New starts one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <source>Every change is saved to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>Journeyboard stopped while the untitled map “{name}” was open. Every change up to then was kept. Open it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>Keep the map “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534"/>
        <source>It has no name yet and lives in Journeyboard&apos;s own folder, where File ▸ Open Recent finds it. Save As gives it a place of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="539"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="36"/>
        <source>The map as it was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="69"/>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="73"/>
        <source>Read-only: “{name}” cannot be changed here ({why}). File ▸ Save As keeps a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../app/ui/actions.py" line="217"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="218"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="219"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="220"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="50"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="65"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="66"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="72"/>
        <source>100 % is the size of the map on screen at 100 %; 150 % reads from a step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="80"/>
        <source>&amp;Open the PDF when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="84"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="85"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="86"/>
        <source>O&amp;rientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="87"/>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="88"/>
        <source>Poster &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="89"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="93"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="142"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="149"/>
        <source>{sheets} sheets to tape together, and one showing how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="153"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="153"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_dialog.py" line="155"/>
        <source>about {n} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="123"/>
        <source>A PDF is being written; wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="130"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="131"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="136"/>
        <location filename="../../app/ui/pdf_export.py" line="184"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="154"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="172"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="172"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_export.py" line="173"/>
        <source>Wrote {pages} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="64"/>
        <source>No personas yet. Add one to say who this journey is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="110"/>
        <source>Tick to show this persona&apos;s emotion curve on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="115"/>
        <source>{name} (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="150"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="151"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="152"/>
        <source>Make primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="153"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="153"/>
        <source>Move persona up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="156"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="157"/>
        <source>Move persona down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="180"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="181"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="189"/>
        <source>Delete the persona “{name}” and their emotion curve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="191"/>
        <location filename="../../app/ui/personas_panel.py" line="259"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="203"/>
        <source>Make persona primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="213"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="215"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="215"/>
        <source>Rename persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="217"/>
        <source>For example: busy parent, first-time buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="218"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="219"/>
        <source>Change persona role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="225"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="225"/>
        <source>Change persona photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="227"/>
        <source>Something they would say, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="228"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="229"/>
        <source>Change persona quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="232"/>
        <source>What they want to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="233"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="234"/>
        <source>Change persona goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="237"/>
        <source>What gets in their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="238"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="239"/>
        <source>Change persona frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="242"/>
        <source>Age, where they live, work, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="243"/>
        <source>About them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="244"/>
        <source>Change persona details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="247"/>
        <source>Habits: how, when and where they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="248"/>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="249"/>
        <source>Change persona behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="252"/>
        <source>Why they act: what matters to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="253"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="254"/>
        <source>Change persona motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/personas_panel.py" line="263"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <location filename="../../app/ui/picture_field.py" line="39"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="40"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="41"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="44"/>
        <source>Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="45"/>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="46"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="113"/>
        <source>This picture cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="126"/>
        <source>Could not read “{file}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="132"/>
        <source>“{file}” is a damaged picture: it cannot be shown. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picture_field.py" line="160"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="27"/>
        <source>Light (for bright rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="28"/>
        <source>Dark (for dim rooms and projectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="32"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="35"/>
        <source>The least height of a card&apos;s title on a projector 1,080 pixels high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="42"/>
        <source>Presentation theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="43"/>
        <source>Projector text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="44"/>
        <source>Paper for PDFs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../app/ui/present/window.py" line="56"/>
        <source>Journeyboard — presenting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <location filename="../../app/ui/present/presenter_notes.py" line="61"/>
        <source>Journeyboard — presenter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/present/presenter_notes.py" line="64"/>
        <source>Presenter notes · the room sees the other screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../app/ui/progress.py" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="33"/>
        <source>Start a journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="63"/>
        <source>Create map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="64"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="71"/>
        <source>&lt;b&gt;New from a template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/start_dialog.py" line="73"/>
        <source>&lt;b&gt;Recent maps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="26"/>
        <source>Start a dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="28"/>
        <source>Vote on the cards of these lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="38"/>
        <source>As many as come up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="39"/>
        <source>Dots for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="40"/>
        <source>People voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/vote_dialog.py" line="45"/>
        <source>Start the vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../app/ui/workshop.py" line="123"/>
        <source>The vote, most dots first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="125"/>
        <source>No card got a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="151"/>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workshop.py" line="151"/>
        <source>Minutes for the exercise:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
