<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="284"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="281"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="278"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="286"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/export_dialog.py" line="77"/>
        <source>Only the %n selected contact(s)</source>
        <translation>
            <numerusform>Only the %n selected contact</numerusform>
            <numerusform>Only the %n selected contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/import_dialog.py" line="354"/>
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n contact</numerusform>
            <numerusform>&amp;Import %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="135"/>
        <source>%n calendar entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n calendar entry written to {path}.</numerusform>
            <numerusform>%n calendar entrys written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="140"/>
        <source>%n contact(s) written to {path}.</source>
        <translation>
            <numerusform>%n contact written to {path}.</numerusform>
            <numerusform>%n contacts written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="108"/>
        <source>Imported %n new contact(s)</source>
        <translation>
            <numerusform>Imported %n new contact</numerusform>
            <numerusform>Imported %n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="110"/>
        <source>updated %n</source>
        <translation>
            <numerusform>updated %n</numerusform>
            <numerusform>updated %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroductionPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/wizard/pages.py" line="312"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="114"/>
        <location filename="../../netdesk/views/inventory_panel.py" line="117"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="93"/>
        <location filename="../../netdesk/views/inventory_panel.py" line="115"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="116"/>
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="95"/>
        <source>%n target employer(s)</source>
        <translation>
            <numerusform>%n target employer</numerusform>
            <numerusform>%n target employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="97"/>
        <source>%n where you know nobody</source>
        <translation>
            <numerusform>%n where you know nobody</numerusform>
            <numerusform>%n where you know nobody</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="887"/>
        <location filename="../../netdesk/views/main_window.py" line="1248"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="889"/>
        <location filename="../../netdesk/views/main_window.py" line="1250"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="1254"/>
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="1251"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="888"/>
        <location filename="../../netdesk/views/main_window.py" line="1249"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="890"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/meetings_page.py" line="168"/>
        <source>%n thing(s) missing</source>
        <translation>
            <numerusform>%n thing missing</numerusform>
            <numerusform>%n things missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PitchPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/pitch_editor.py" line="628"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/wizard/pages.py" line="590"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreakChart</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="42"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="39"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="76"/>
        <source>%n day(s) with networking in the last twelve weeks</source>
        <translation>
            <numerusform>%n day with networking in the last twelve weeks</numerusform>
            <numerusform>%n days with networking in the last twelve weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="41"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="40"/>
        <source>%n thank-you(s) sent</source>
        <translation>
            <numerusform>%n thank-you sent</numerusform>
            <numerusform>%n thank-yous sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_panel.py" line="478"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_panel.py" line="457"/>
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="98"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="112"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="105"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="165"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="100"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="114"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="107"/>
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="47"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="141"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="90"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="181"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>today</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="206"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="205"/>
        <source>%n active day(s)</source>
        <translation>
            <numerusform>%n active day</numerusform>
            <numerusform>%n active days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="197"/>
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="114"/>
        <source>due within %n hour(s)</source>
        <translation>
            <numerusform>due within %n hour</numerusform>
            <numerusform>due within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="144"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="132"/>
        <source>no date; offered %n day(s) ago</source>
        <translation>
            <numerusform>no date; offered %n day ago</numerusform>
            <numerusform>no date; offered %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="116"/>
        <location filename="../../netdesk/views/today_text.py" line="131"/>
        <location filename="../../netdesk/views/today_text.py" line="150"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="97"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
