<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="115"/>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="151"/>
        <source>Finding recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="117"/>
        <source>Understood as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="119"/>
        <source>Notice about the language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="152"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="160"/>
        <source>Stopped: the reply so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="162"/>
        <source>Understood as: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="166"/>
        <source>Note: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="175"/>
        <source>Something went wrong: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop_app/context.py" line="99"/>
        <source>%s: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="186"/>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="79"/>
        <location filename="../../desktop_app/widgets/charts.py" line="96"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="322"/>
        <source>Show as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="324"/>
        <source>Show %s as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="329"/>
        <source>%s as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="125"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="130"/>
        <source>Ask for a book, film or article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="131"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="132"/>
        <source>Enter sends; Escape stops a reply being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="135"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="136"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="138"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="139"/>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="140"/>
        <source>Escape; the reply so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="235"/>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="235"/>
        <source>Delete the chat “%s”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="244"/>
        <source>Chat deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="305"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="353"/>
        <source>Not interested: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="353"/>
        <source>Disliked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="354"/>
        <source>Marked as seen: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="354"/>
        <source>Liked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="355"/>
        <source>Saved to wishlist: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="356"/>
        <source>Rated: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>Detected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="185"/>
        <source>Delete removes the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="230"/>
        <source>Detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="232"/>
        <source>%s: cannot be read (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="237"/>
        <source>%s: there is nothing in it to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="239"/>
        <source>%s: nothing in it can be imported (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/drop_zone.py" line="242"/>
        <source> (%n part(s) cannot be imported)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="180"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="181"/>
        <source>Open in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="181"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="184"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="186"/>
        <source>Your library, ratings, chats, list of models and settings.toml live in this folder. To use another folder, start Shelfwise with --home FOLDER or set the SHELFWISE_HOME environment variable; Shelfwise opens the library there, or starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="197"/>
        <source>Could not open %s in a file manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="61"/>
        <source>Drop zone for export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="62"/>
        <source>Drop export files, ZIP archives or a Calibre library folder here, or use the buttons to choose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="65"/>
        <source>Drop export files or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="68"/>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="69"/>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="92"/>
        <source>Choose files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="70"/>
        <source>Opens a file dialog; several files may be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="72"/>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="73"/>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="96"/>
        <source>Choose a folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="74"/>
        <source>For a Calibre library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="92"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplePrompts</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="198"/>
        <source>Ask for something to read or watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="200"/>
        <source>Describe it in your own words, in English or 中文. For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="206"/>
        <source>a sci-fi film like Arrival but lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="207"/>
        <source>我想读一本像《三体》的书，不要太长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="208"/>
        <source>essays by Paul Graham</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="213"/>
        <source>Ask: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="214"/>
        <source>Sends this example request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForYouView</name>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="45"/>
        <source>Kind of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="46"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="46"/>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="47"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="47"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="48"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="51"/>
        <location filename="../../desktop_app/views/for_you.py" line="62"/>
        <source>Variety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="52"/>
        <source>Left: closest to your taste; right: more varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="54"/>
        <source>Surprise me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="55"/>
        <source>Favour less obvious picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="56"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="57"/>
        <source>Refresh recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="59"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="68"/>
        <location filename="../../desktop_app/views/for_you.py" line="128"/>
        <source>Finding recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="76"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="95"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="96"/>
        <source>Undo the last feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="149"/>
        <source>Nothing to recommend yet: import what you have read or watched, or rate a few things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="161"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="161"/>
        <source>Disliked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="162"/>
        <source>Marked as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="162"/>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="163"/>
        <source>Saved to wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="164"/>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="126"/>
        <source>Connections graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="128"/>
        <source>The item and what it is linked to. Arrow keys choose an item, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="127"/>
        <source>Bring in what you have read, watched or saved: exports from Goodreads, Letterboxd, IMDb, Calibre, Pocket, Zotero and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="136"/>
        <source>C&amp;lear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="137"/>
        <source>Clear the list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="140"/>
        <location filename="../../desktop_app/views/import_view.py" line="196"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="141"/>
        <source>Detect automatically, or read every file as the format chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="143"/>
        <location filename="../../desktop_app/views/import_view.py" line="231"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="146"/>
        <source>Profile to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="147"/>
        <source>Default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="148"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="149"/>
        <source>Import the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="152"/>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="153"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="162"/>
        <source>Import message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="176"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="178"/>
        <source>Ca&amp;ncel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="179"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="180"/>
        <source>Stops after the current batch; what was imported so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="192"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="195"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="196"/>
        <location filename="../../desktop_app/views/import_view.py" line="200"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="196"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="197"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="197"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="197"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="197"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="198"/>
        <source>Import results per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="200"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="200"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="201"/>
        <source>Rows that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="203"/>
        <source>Review uncertain matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="204"/>
        <source>Opens the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="237"/>
        <source>Default profile (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="275"/>
        <source>Importing %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="276"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="281"/>
        <source>The library is not open yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="287"/>
        <source>Starting (after any background work already running)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="304"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="329"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="331"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="332"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="332"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="333"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="338"/>
        <source>Import cancelled. What was read before is kept; import the file again to finish it (nothing is added twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="341"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="343"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="345"/>
        <source>%n created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="346"/>
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="347"/>
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="348"/>
        <source>%n to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="349"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="351"/>
        <source>%s %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="379"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="383"/>
        <source>Re&amp;view uncertain matches (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="103"/>
        <source>Loading your insights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="105"/>
        <source>Insights status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="112"/>
        <source>Genres over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="113"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="114"/>
        <source>Decades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="115"/>
        <source>Top creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="117"/>
        <source>Genres you finished or rated, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="118"/>
        <source>Your ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="119"/>
        <source>Decades of what you finished or rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="120"/>
        <source>Creators you come back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="132"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="141"/>
        <source>Your taste profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="144"/>
        <source>A genre, person, tag or series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="145"/>
        <source>Genre, person, tag or series to boost or mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="146"/>
        <source>In any language, e.g. “science fiction” or “科幻”. Enter boosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="148"/>
        <location filename="../../desktop_app/views/insights_view.py" line="287"/>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="149"/>
        <source>Boost what is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="150"/>
        <source>Recommend more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="151"/>
        <location filename="../../desktop_app/views/insights_view.py" line="288"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="152"/>
        <source>Mute what is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="153"/>
        <source>Leave it out of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="159"/>
        <source>Taste profile message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="167"/>
        <source>Boosts and mutes in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="171"/>
        <source>Suggestions from what you finished and rated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="219"/>
        <source>Nothing to show yet: finish or rate a few things and they are summarised here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="221"/>
        <source>%n book(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="222"/>
        <source>%n film(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="223"/>
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="224"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="228"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="229"/>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="230"/>
        <source>average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="231"/>
        <source>liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="232"/>
        <source>%n on the wishlist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="243"/>
        <source>%s★: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="245"/>
        <source>%ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="246"/>
        <source>%ss: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="250"/>
        <source>%s: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="252"/>
        <location filename="../../desktop_app/views/insights_view.py" line="284"/>
        <source>, average %s★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="260"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="261"/>
        <source>genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="261"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="261"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="262"/>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="262"/>
        <source>collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="266"/>
        <source>More %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="267"/>
        <source>Remove the boost on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="269"/>
        <source>Muted: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="270"/>
        <source>Remove the mute on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="271"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="282"/>
        <source>%s — %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="287"/>
        <source>Boost %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="288"/>
        <source>Mute %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="301"/>
        <source>Type a genre, person, tag or series first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="77"/>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="86"/>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="87"/>
        <source>Close details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="97"/>
        <source>Your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="98"/>
        <source>What you did with this item, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="99"/>
        <source>Similar items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="99"/>
        <source>Enter or click opens an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="105"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="123"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="127"/>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="127"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="128"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="128"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="129"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="129"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="130"/>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="130"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="131"/>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="143"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="148"/>
        <source>Your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="153"/>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="153"/>
        <source>Dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="154"/>
        <location filename="../../desktop_app/views/item_detail.py" line="310"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="155"/>
        <location filename="../../desktop_app/views/item_detail.py" line="310"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="155"/>
        <source>Already seen or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="156"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="156"/>
        <source>Save to the wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="157"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="157"/>
        <source>Undo the last feedback on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="165"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="166"/>
        <source>Rate this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="201"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="249"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="255"/>
        <source>Open %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="258"/>
        <source>None yet: similar items appear once the library is indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="269"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="270"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="271"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="279"/>
        <source>%s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="292"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="292"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="292"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="293"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="293"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="297"/>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="297"/>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="297"/>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="298"/>
        <source>creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="298"/>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="299"/>
        <source>translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="299"/>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="300"/>
        <source>illustrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="300"/>
        <source>narrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="304"/>
        <source>Your rating: %s★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="305"/>
        <source>On your wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="305"/>
        <source>Reading or watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="306"/>
        <location filename="../../desktop_app/views/item_detail.py" line="316"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="306"/>
        <location filename="../../desktop_app/views/item_detail.py" line="317"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="309"/>
        <location filename="../../desktop_app/views/item_detail.py" line="318"/>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="309"/>
        <location filename="../../desktop_app/views/item_detail.py" line="318"/>
        <source>Disliked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="313"/>
        <source>You have not rated or marked this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="316"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="317"/>
        <source>Added to the wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="319"/>
        <source>Marked not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="319"/>
        <source>Marked as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="320"/>
        <source>Opened from a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="321"/>
        <source>Rated %s★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="327"/>
        <source>recorded %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="329"/>
        <source>%s (undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="404"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="405"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="405"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="406"/>
        <source>简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="411"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="412"/>
        <source>The new language applies the next time Shelfwise starts; the reasons given for recommendations follow it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="203"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="205"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="205"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="206"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="206"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="207"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="207"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="208"/>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="208"/>
        <source>Disliked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="209"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="209"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="103"/>
        <source>Search titles, people, tags, or describe it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="104"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="107"/>
        <source>Number of matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="111"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="112"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="112"/>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="112"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="113"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="113"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="115"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="116"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="116"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="116"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="117"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="117"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="118"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="118"/>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="118"/>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="119"/>
        <source>Disliked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="119"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="120"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="123"/>
        <source>%s★ or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="124"/>
        <source>Minimum rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="124"/>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="125"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="125"/>
        <source>Earliest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="126"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="126"/>
        <source>Latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="128"/>
        <source>Genre or tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="131"/>
        <source>Genre or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="138"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="139"/>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="142"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="164"/>
        <source>Library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="165"/>
        <source>Enter opens the selected item; Escape closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/library_view.py" line="262"/>
        <source>%n best match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/library_view.py" line="263"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="264"/>
        <source>Nothing matches: try other words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="266"/>
        <source>The library is empty: add what you read and watch from Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="69"/>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="70"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="71"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="72"/>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="73"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="74"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="75"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="76"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="77"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="78"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="79"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="84"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="85"/>
        <source>Ctrl+1 to Ctrl+9 switch views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="109"/>
        <source>Opening library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="150"/>
        <source>Library: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="156"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="178"/>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="194"/>
        <location filename="../../desktop_app/main_window.py" line="207"/>
        <source>Indexing paused: it continues next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="196"/>
        <source>Library indexed: %n item(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="213"/>
        <source>Shelfwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="53"/>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="53"/>
        <source>Shelfwise replied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelIndicator</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="298"/>
        <source>Checking the language model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="299"/>
        <source>Language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="300"/>
        <source>Model settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="301"/>
        <source>Open the language model settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="310"/>
        <source>No language model: %s — chat works without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="312"/>
        <source>%s — add a larger model in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="314"/>
        <source>Model: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="322"/>
        <source>Writes replies in: %s. Requests in other languages get a short templated reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="275"/>
        <source>Chat model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="275"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="275"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="276"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="277"/>
        <source>Chat models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="280"/>
        <source>all-MiniLM-L6-v2 (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="281"/>
        <source>Embedding model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="282"/>
        <source>Empty for the bundled all-MiniLM-L6-v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="285"/>
        <source>Chat model threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="290"/>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="290"/>
        <source>Chat with the selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="291"/>
        <source>Add a GGUF model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="291"/>
        <source>Add a GGUF chat model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="294"/>
        <source>Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="296"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="296"/>
        <source>Choose an embedding model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="298"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="298"/>
        <source>Use this embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="300"/>
        <source>A sentence-transformers folder; leave empty for the bundled all-MiniLM-L6-v2. Changing it re-indexes the whole library the next time Shelfwise starts, which can take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="303"/>
        <source>Chat model threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="304"/>
        <source>CPU threads the chat model uses; applies the next time it loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="308"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="308"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="312"/>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="314"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="314"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="335"/>
        <source>Chat model changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="341"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="342"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="348"/>
        <source>Checking %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="351"/>
        <source>Added %s; chat now uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="352"/>
        <source>Chat model added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="357"/>
        <source>Choose a sentence-transformers folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="367"/>
        <source>Embedding model saved: the library is re-indexed with it the next time Shelfwise starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="205"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="206"/>
        <source>Enter switches to the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="208"/>
        <location filename="../../desktop_app/views/settings_view.py" line="209"/>
        <source>New profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="212"/>
        <source>Several people can share this library: each profile has its own ratings, feedback and taste profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="216"/>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="216"/>
        <source>Switch to the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="217"/>
        <source>Start with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="218"/>
        <source>Open the selected profile when Shelfwise starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="220"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="220"/>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="230"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="232"/>
        <source>at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="233"/>
        <source>%s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="246"/>
        <source>Type a name for the new profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="248"/>
        <source>There is already a profile called %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="254"/>
        <source>Profile %s added: choose “Use this profile” to switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="261"/>
        <source>Now using the profile %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="267"/>
        <source>Shelfwise starts with the profile %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="379"/>
        <source>Default variety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="380"/>
        <source>Left: closest to your taste; right: more varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="382"/>
        <source>Surprise me by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="383"/>
        <source>Favour less obvious picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="386"/>
        <source>Variety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="388"/>
        <source>Where “For you” starts; you can still change both there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="45"/>
        <source>Open %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="62"/>
        <source>Like %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="63"/>
        <source>Dislike %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="64"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="64"/>
        <source>Not interested in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="65"/>
        <source>Already seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="65"/>
        <source>Already seen or read %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="66"/>
        <source>Save to wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="66"/>
        <source>Save %s to the wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="75"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="76"/>
        <source>Rate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="90"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="90"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="90"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="91"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="63"/>
        <location filename="../../desktop_app/views/review_view.py" line="101"/>
        <source>Uncertain matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="71"/>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="84"/>
        <source>Nothing to review. When an import finds a record that may be something already in your library, it waits here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="88"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="89"/>
        <source>Go to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="102"/>
        <source>Up and Down choose a match; Alt+S same, Alt+D different, Alt+E edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="110"/>
        <source>Why this is uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="121"/>
        <source>Is the imported record the same work as the library item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="123"/>
        <source>&lt;b&gt;Imported record&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="124"/>
        <source>&lt;b&gt;In your library&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="125"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="125"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="125"/>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="131"/>
        <source>Imported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="131"/>
        <source>Library %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="144"/>
        <source>&amp;Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="145"/>
        <source>Same work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="146"/>
        <source>Alt+S: merge the imported record into the library item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="148"/>
        <source>&amp;Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="149"/>
        <source>Different work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="150"/>
        <source>Alt+D: add the imported record as a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="152"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="153"/>
        <source>Edit the imported record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="154"/>
        <source>Alt+E: correct its title and year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="165"/>
        <source>Correct the imported record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="167"/>
        <source>Corrected title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="169"/>
        <source>Corrected year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="170"/>
        <location filename="../../desktop_app/views/review_view.py" line="268"/>
        <location filename="../../desktop_app/views/review_view.py" line="273"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="173"/>
        <source>Enter adds the corrected record as a new item; Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="175"/>
        <source>Add as &amp;new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="176"/>
        <source>Add the corrected record as a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="177"/>
        <source>&amp;Merge into the library item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="178"/>
        <source>Merge the corrected record into the library item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="180"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="181"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="191"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="192"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="229"/>
        <source>%s ↔ %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/review_view.py" line="233"/>
        <source>Uncertain matches (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="261"/>
        <source>%s, row %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="263"/>
        <source>Match %s%% · %s · from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="270"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="270"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="270"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="271"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="271"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="313"/>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="317"/>
        <source>The year must be a number between %s and %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="334"/>
        <source>“%s” was merged into “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="336"/>
        <source>“%s” was added as a new item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="143"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="230"/>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="231"/>
        <source>Start a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="232"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="238"/>
        <source>Past chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="239"/>
        <source>Newest first; select one to reopen it, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="242"/>
        <source>No chats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="243"/>
        <source>&amp;Delete chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="244"/>
        <source>Delete the selected chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="245"/>
        <source>Asks first; a deleted chat cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="435"/>
        <source>Shelfwise never connects to the internet: there is no account, no telemetry and nothing is sent anywhere. Your library, ratings, chats and settings stay in the data folder, and every model — search, recommendations and chat — runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="440"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="441"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="441"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="442"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="442"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="443"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="443"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="448"/>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="484"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="262"/>
        <source>%s %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="264"/>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="264"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="16"/>
        <source>Background work progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="18"/>
        <source>Cancel background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="19"/>
        <source>Stops the task shown; finished steps are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/task_bar.py" line="54"/>
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
