<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="23"/>
        <source>About netdesk</source>
        <translation>Over netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="66"/>
        <source>Data file: {name}</source>
        <translation>Gegevensbestand: {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="69"/>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or later ({licence}).</source>
        <translation>Vrije software: je mag het delen en aanpassen onder de GNU General Public License, versie 3 of later ({licence}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="62"/>
        <source>Open the data folder</source>
        <translation>De gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="64"/>
        <source>Open this folder</source>
        <translation>Deze map openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="77"/>
        <source>The networking advice comes from the career service of Leiden University.</source>
        <translation>Het netwerkadvies komt van de loopbaanservice van de Universiteit Leiden.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="48"/>
        <source>Your data folder (click to open it):</source>
        <translation>Je gegevensmap (klik om hem te openen):</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="33"/>
        <source>Your professional network during a job search: who you know, where they work, what you talked about, whom they referred you to, and whether you thanked them.</source>
        <translation>Je professionele netwerk tijdens het zoeken naar werk: wie je kent, waar ze werken, waarover je sprak, naar wie ze je doorverwezen en of je ze bedankt hebt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="41"/>
        <source>netdesk uses no network: your data stays on this computer, in one file that only you can read.</source>
        <translation>netdesk gebruikt geen netwerkverbinding: je gegevens blijven op deze computer, in één bestand dat alleen jij kunt lezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/about_dialog.py" line="26"/>
        <source>netdesk {version}</source>
        <translation>netdesk {version}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="284"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="281"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="278"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/backups_dialog.py" line="286"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week geleden</numerusform>
            <numerusform>%n weken geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="127"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="266"/>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="82"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="265"/>
        <source>Before an update of netdesk</source>
        <translation>Vóór een update van netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="210"/>
        <source>Choose a backup to put back. The newest is at the top.</source>
        <translation>Kies een reservekopie om terug te zetten. De nieuwste staat bovenaan.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="91"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="93"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="262"/>
        <source>Daily backup</source>
        <translation>Dagelijkse reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="251"/>
        <source>It was made by an older netdesk and is brought up to date after restoring.</source>
        <translation>Gemaakt door een oudere netdesk; na het terugzetten wordt hij bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="299"/>
        <source>Made by a newer netdesk: update netdesk to restore it.</source>
        <translation>Gemaakt door een nieuwere netdesk: werk netdesk bij om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="263"/>
        <source>Made on request</source>
        <translation>Op verzoek gemaakt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="133"/>
        <source>Open backups &amp;folder</source>
        <translation>&amp;Map met reservekopieën openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="92"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="104"/>
        <source>Records now and after restoring the backup</source>
        <translation>Gegevens nu en na het terugzetten van de reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="130"/>
        <source>Restore from a &amp;JSON backup file…</source>
        <translation>Terugzetten uit een &amp;JSON-reservekopie…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="72"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="121"/>
        <source>Restoring</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="109"/>
        <source>Restoring replaces everything now in netdesk. A copy of your current data is kept first, in %1.</source>
        <translation>Terugzetten vervangt alles wat nu in netdesk staat. Eerst wordt een kopie van je huidige gegevens bewaard, in %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="334"/>
        <source>Restoring… netdesk first checks the backup.</source>
        <translation>Bezig met terugzetten… netdesk controleert eerst de reservekopie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="88"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="248"/>
        <source>Taken %1: %2.</source>
        <translation>Gemaakt %1: %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="347"/>
        <source>The backup could not be restored; your data is as it was. (%1)</source>
        <translation>De reservekopie kon niet worden teruggezet; je gegevens zijn zoals ze waren. (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="303"/>
        <source>The backup no longer exists.</source>
        <translation>De reservekopie bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="307"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Deze reservekopie is beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="304"/>
        <source>This file is not a netdesk backup.</source>
        <translation>Dit bestand is geen reservekopie van netdesk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="102"/>
        <source>What restoring the selected backup changes:</source>
        <translation>Wat het terugzetten van de gekozen reservekopie verandert:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="89"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="261"/>
        <source>When netdesk closed</source>
        <translation>Toen netdesk sloot</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="90"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="264"/>
        <source>Your data just before a restore</source>
        <translation>Je gegevens vlak vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="192"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="275"/>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="201"/>
        <source>netdesk makes a backup when it closes, once a day while it runs, and before it updates or restores your data; there is none yet.</source>
        <translation>netdesk maakt een reservekopie bij het sluiten, eens per dag terwijl het draait, en vóór het je gegevens bijwerkt of terugzet; er is er nog geen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/backups_dialog.py" line="305"/>
        <source>netdesk may not read this backup.</source>
        <translation>netdesk mag deze reservekopie niet lezen.</translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="242"/>
        <source>After restoring</source>
        <translation>Na terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="231"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="233"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="261"/>
        <source>In the trash</source>
        <translation>In de prullenbak</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="236"/>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="238"/>
        <source>Messages sent</source>
        <translation>Verstuurde berichten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="242"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="232"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="239"/>
        <source>Own message templates</source>
        <translation>Eigen berichtsjablonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="237"/>
        <source>Pitches</source>
        <translation>Pitches</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="234"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="242"/>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="244"/>
        <source>Records now and after restoring</source>
        <translation>Gegevens nu en na het terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="235"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="47"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="137"/>
        <source>Add channel</source>
        <translation>Kanaal toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="49"/>
        <location filename="../../netdesk/views/channels_dialog.py" line="108"/>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiveren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="121"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="35"/>
        <source>Conversation channels</source>
        <translation>Gesprekskanalen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="51"/>
        <source>Move &amp;down</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="50"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="137"/>
        <location filename="../../netdesk/views/channels_dialog.py" line="155"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="48"/>
        <source>Re&amp;name…</source>
        <translation>Herbe&amp;noemen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="155"/>
        <source>Rename channel</source>
        <translation>Kanaal hernoemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="38"/>
        <source>The ways you talk to people. Archived channels stay on old conversations but are not offered for new ones.</source>
        <translation>De manieren waarop je mensen spreekt. Gearchiveerde kanalen blijven bij oude gesprekken staan, maar worden niet aangeboden voor nieuwe.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="108"/>
        <source>Un&amp;archive</source>
        <translation>Uit het archief &amp;halen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/channels_dialog.py" line="87"/>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="83"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="95"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="87"/>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="101"/>
        <source>&amp;How we met:</source>
        <translation>&amp;Hoe we elkaar kennen:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="88"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="107"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="93"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="94"/>
        <source>&amp;Position:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="104"/>
        <source>&amp;Relevance:</source>
        <translation>&amp;Relevantie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="84"/>
        <source>Anything worth remembering about them</source>
        <translation>Alles wat de moeite waard is om te onthouden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="43"/>
        <source>Edit contact</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="102"/>
        <source>First &amp;met:</source>
        <translation>Eerste &amp;ontmoeting:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="111"/>
        <source>How I know them</source>
        <translation>Hoe ik ze ken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="106"/>
        <source>Keep in to&amp;uch every:</source>
        <translation>Contact &amp;houden elke:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="70"/>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="97"/>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="103"/>
        <source>Met &amp;through:</source>
        <translation>Leren kennen &amp;via:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="43"/>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="76"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="82"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="62"/>
        <source>One address per line</source>
        <translation>Eén adres per regel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="63"/>
        <source>One number per line</source>
        <translation>Eén nummer per regel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="98"/>
        <source>Other lin&amp;ks:</source>
        <translation>Andere lin&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="66"/>
        <source>Other profiles or pages, one per line</source>
        <translation>Andere profielen of pagina&apos;s, één per regel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="96"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="105"/>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="53"/>
        <source>Where they work</source>
        <translation>Waar ze werken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="109"/>
        <source>Who they are</source>
        <translation>Wie ze zijn</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="69"/>
        <source>e.g. alumni event, internship, a friend</source>
        <translation>bijv. alumni-evenement, stage, een vriend</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="78"/>
        <source>e.g. alumni, museum, mentor</source>
        <translation>bijv. alumni, museum, mentor</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/contact_dialog.py" line="181"/>
        <source>“{name}” will be added as a new organisation.</source>
        <translation>“{name}” wordt toegevoegd als nieuwe organisatie.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../netdesk/views/contact_picker.py" line="60"/>
        <source>Type a name…</source>
        <translation>Typ een naam…</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../netdesk/views/panels.py" line="45"/>
        <source>Add a contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="39"/>
        <source>Everyone you know belongs here: former colleagues, fellow students, teachers, friends and their friends. Start your inventory of who you know and where they work: add a person with Ctrl+N, or import your LinkedIn connections from File → Import.</source>
        <translation>Iedereen die je kent hoort hier: oud-collega&apos;s, medestudenten, docenten, vrienden en hun vrienden. Begin je inventarisatie van wie je kent en waar ze werken: voeg iemand toe met Ctrl+N, of importeer je LinkedIn-connecties via Bestand → Importeren.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="46"/>
        <source>No contact matches “{text}”</source>
        <translation>Geen contactpersoon past bij “{text}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="38"/>
        <source>No contacts yet</source>
        <translation>Nog geen contactpersonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="37"/>
        <source>Search names, organisations, positions, tags, notes…</source>
        <translation>Zoek in namen, organisaties, functies, tags, notities…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="59"/>
        <source>Select a person to see everything about them.</source>
        <translation>Kies een persoon om alles over hem of haar te zien.</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="100"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="124"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="133"/>
        <source>&amp;How it helped:</source>
        <translation>&amp;Hoe het hielp:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="78"/>
        <source>&amp;Me</source>
        <translation>&amp;Ik</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="127"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="122"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="116"/>
        <source>&amp;Sent on</source>
        <translation>&amp;Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="123"/>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="126"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="61"/>
        <source>Edit conversation</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="118"/>
        <source>How the conversation helped me (for the thank-you note)</source>
        <translation>Hoe het gesprek me hielp (voor het bedankje)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="91"/>
        <source>I told them what &amp;job I am looking for</source>
        <translation>Ik heb verteld wat voor &amp;baan ik zoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="61"/>
        <source>Log a conversation</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="96"/>
        <source>Name of someone they suggested</source>
        <translation>Naam van iemand die ze noemden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="137"/>
        <source>Referrals and thanks</source>
        <translation>Doorverwijzingen en bedankjes</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="131"/>
        <source>Referred me to</source>
        <translation>Verwees me naar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="130"/>
        <source>Referred me to:</source>
        <translation>Verwees me naar:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="103"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="125"/>
        <source>Started by:</source>
        <translation>Begonnen door:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="132"/>
        <source>Thank&amp;s:</source>
        <translation>Be&amp;dankt:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="135"/>
        <source>The conversation</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="79"/>
        <source>The&amp;y</source>
        <translation>&amp;Zij</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="90"/>
        <source>What I learned, advice, what to follow up</source>
        <translation>Wat ik leerde, adviezen, wat ik moet opvolgen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="89"/>
        <source>e.g. how registrars get hired at the museum</source>
        <translation>bijv. hoe registrars bij het museum worden aangenomen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/conversation_dialog.py" line="225"/>
        <source>{name} (new contact)</source>
        <translation>{name} (nieuwe contactpersoon)</translation>
    </message>
</context>
<context>
    <name>ConversationsPanel</name>
    <message>
        <location filename="../../netdesk/views/panels.py" line="134"/>
        <source>Keep an overview of whom you spoke to, about what and when, whom they referred you to, and whether you thanked them. Log one with Ctrl+L after every coffee, call or message.</source>
        <translation>Houd overzicht van wie je sprak, waarover en wanneer, naar wie ze je doorverwezen en of je ze bedankt hebt. Leg na elke koffie, elk telefoontje of bericht een gesprek vast met Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="139"/>
        <source>Log a conversation</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="140"/>
        <source>No conversation matches “{text}”</source>
        <translation>Geen gesprek past bij “{text}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="133"/>
        <source>No conversations logged yet</source>
        <translation>Nog geen gesprekken vastgelegd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="132"/>
        <source>Search people, topics, notes, channels…</source>
        <translation>Zoek in personen, onderwerpen, notities, kanalen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="154"/>
        <source>Select a conversation to read it in full.</source>
        <translation>Kies een gesprek om het helemaal te lezen.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="243"/>
        <source>&amp;Look again</source>
        <translation>Opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="267"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Niet dezelfde persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="509"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Een contactpersoon kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="212"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="192"/>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="211"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="464"/>
        <source>Could not merge</source>
        <translation>Samenvoegen mislukt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="268"/>
        <source>Do not propose this pair again</source>
        <translation>Dit paar niet meer voorstellen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="206"/>
        <source>Emails</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="149"/>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="326"/>
        <source>Find duplicates</source>
        <translation>Dubbele contactpersonen zoeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="167"/>
        <source>First and last name swapped</source>
        <translation>Voor- en achternaam verwisseld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="210"/>
        <source>First met</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="168"/>
        <source>Initial and full first name</source>
        <translation>Voorletter en volledige voornaam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="259"/>
        <source>Keep the left contact, with everything of the right one added</source>
        <translation>De linker contactpersoon houden, met alles van de rechter erbij</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="264"/>
        <source>Keep the right contact, with everything of the left one added</source>
        <translation>De rechter contactpersoon houden, met alles van de linker erbij</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="187"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="191"/>
        <source>Likelihood</source>
        <translation>Waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="385"/>
        <source>Likely</source>
        <translation>Waarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="208"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="277"/>
        <source>Looking for people who are in your contacts twice…</source>
        <translation>Zoeken naar mensen die twee keer in je contacten staan…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="476"/>
        <source>Mark {left} and {right} as different people</source>
        <translation>{left} en {right} markeren als verschillende mensen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="257"/>
        <source>Merge into &amp;left</source>
        <translation>Samenvoegen in &amp;links</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="262"/>
        <source>Merge into &amp;right</source>
        <translation>Samenvoegen in &amp;rechts</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="458"/>
        <source>Merge {other} into {keep}</source>
        <translation>{other} samenvoegen in {keep}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="246"/>
        <source>No likely duplicates</source>
        <translation>Geen waarschijnlijke dubbelen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="510"/>
        <source>One of the two is in the trash. Restore it first, or look again.</source>
        <translation>Een van de twee staat in de prullenbak. Zet die eerst terug, of zoek opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="513"/>
        <source>One of the two no longer exists.</source>
        <translation>Een van de twee bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="189"/>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="204"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="207"/>
        <source>Phones</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="205"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="386"/>
        <source>Possible</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="188"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="164"/>
        <source>Same LinkedIn profile</source>
        <translation>Hetzelfde LinkedIn-profiel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="165"/>
        <source>Same email address</source>
        <translation>Hetzelfde e-mailadres</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="166"/>
        <source>Same name</source>
        <translation>Dezelfde naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="352"/>
        <source>Showing the {shown} most likely of {total} pairs.</source>
        <translation>De {shown} waarschijnlijkste van {total} paren worden getoond.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="169"/>
        <source>Similar name</source>
        <translation>Vergelijkbare naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="209"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="173"/>
        <source>These people may be in your network twice. Compare each pair, then merge them into one (Ctrl+Z undoes a merge) or mark them as different people.</source>
        <translation>Deze mensen staan misschien twee keer in je netwerk. Vergelijk elk paar en voeg ze samen tot één (Ctrl+Z maakt samenvoegen ongedaan), of markeer ze als verschillende mensen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="383"/>
        <source>Very likely</source>
        <translation>Zeer waarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="190"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/duplicates_dialog.py" line="247"/>
        <source>netdesk looks for people with the same LinkedIn profile or email address, and for similar names at one organisation.</source>
        <translation>netdesk zoekt naar mensen met hetzelfde LinkedIn-profiel of e-mailadres, en naar vergelijkbare namen bij één organisatie.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="74"/>
        <source>&amp;All contacts</source>
        <translation>&amp;Alle contactpersonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="64"/>
        <source>&amp;Backup (JSON): everything, to restore later or elsewhere</source>
        <translation>&amp;Reservekopie (JSON): alles, om later of elders terug te zetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="98"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="62"/>
        <source>&amp;Spreadsheet (CSV): contacts, one row each</source>
        <translation>&amp;Spreadsheet (CSV): contactpersonen, één rij per persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="60"/>
        <source>&amp;vCard 3.0: contacts, for most address books and phones</source>
        <translation>&amp;vCard 3.0: contactpersonen, voor de meeste adresboeken en telefoons</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="63"/>
        <source>Ca&amp;lendar (iCalendar): follow-ups, promises due and meetings</source>
        <translation>Agen&amp;da (iCalendar): opvolgingen, toezeggingen die aan de beurt zijn en afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="187"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="123"/>
        <source>Cells that a spreadsheet could run as a formula start with an apostrophe.</source>
        <translation>Cellen die een spreadsheet als formule zou kunnen uitvoeren, beginnen met een apostrof.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="73"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="126"/>
        <source>Each entry has a reminder. Exporting again updates the same entries in your calendar rather than adding new ones.</source>
        <translation>Elk item heeft een herinnering. Opnieuw exporteren werkt dezelfde items in je agenda bij in plaats van nieuwe toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="119"/>
        <source>Every field netdesk holds goes into the cards, notes and profile links too; netdesk reads its own cards back without loss.</source>
        <translation>Elk veld dat netdesk bewaart, gaat ook mee in de kaarten, notities en profiellinks; netdesk leest zijn eigen kaarten zonder verlies terug.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="54"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="168"/>
        <location filename="../../netdesk/views/export_dialog.py" line="173"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="191"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="90"/>
        <source>Follow-ups and promises as &amp;to-dos, not events</source>
        <translation>Opvolgingen en toezeggingen als &amp;taken, niet als afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="56"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/export_dialog.py" line="77"/>
        <source>Only the %n selected contact(s)</source>
        <translation>
            <numerusform>Alleen de %n gekozen contactpersoon</numerusform>
            <numerusform>Alleen de %n gekozen contactpersonen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="130"/>
        <source>The backup holds your notes on real people: keep it somewhere private.</source>
        <translation>De reservekopie bevat je notities over echte mensen: bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="188"/>
        <source>netdesk backups (*.json)</source>
        <translation>netdesk-reservekopieën (*.json)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="174"/>
        <source>netdesk could not write {path}: {reason}. Nothing was written.</source>
        <translation>netdesk kon {path} niet schrijven: {reason}. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="61"/>
        <source>v&amp;Card 4.0: contacts, for newer address books</source>
        <translation>v&amp;Card 4.0: contactpersonen, voor nieuwere adresboeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/export_dialog.py" line="185"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-bestanden (*.vcf)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="51"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Functies:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="52"/>
        <source>&amp;Sectors:</source>
        <translation>&amp;Sectoren:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="54"/>
        <source>&amp;Target organisations:</source>
        <translation>&amp;Doelorganisaties:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="55"/>
        <source>In my own &amp;words:</source>
        <translation>In mijn eigen &amp;woorden:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="29"/>
        <source>My job goal</source>
        <translation>Mijn baandoel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="53"/>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gio&apos;s:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="32"/>
        <source>What you are looking for, in a few words. It fills in the “what I&apos;m looking for” part of a new pitch, and Today shows who has not heard it yet. One item per line.</source>
        <translation>Wat je zoekt, in een paar woorden. Het vult het deel “wat ik zoek” van een nieuwe pitch in, en Vandaag laat zien wie het nog niet gehoord heeft. Eén item per regel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="41"/>
        <source>e.g. Amsterdam
Leiden</source>
        <translation>bijv. Amsterdam
Leiden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="42"/>
        <source>e.g. Rijksmuseum
Naturalis</source>
        <translation>bijv. Rijksmuseum
Naturalis</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="44"/>
        <source>e.g. a first job from March, four days a week, where I work with visitors</source>
        <translation>bijv. een eerste baan vanaf maart, vier dagen per week, waarin ik met bezoekers werk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="39"/>
        <source>e.g. museum educator
exhibition assistant</source>
        <translation>bijv. museumdocent
tentoonstellingsassistent</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/goal_dialog.py" line="40"/>
        <source>e.g. museums
cultural heritage</source>
        <translation>bijv. musea
cultureel erfgoed</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="158"/>
        <source>After meeting someone, connect on LinkedIn with a personal message, and invite interesting people for a coffee.</source>
        <translation>Maak na een ontmoeting contact op LinkedIn met een persoonlijk bericht, en nodig interessante mensen uit voor een kop koffie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="185"/>
        <source>Afterwards, thank them, and say how much and in what way the meeting helped you.</source>
        <translation>Bedank ze achteraf, en vertel hoeveel en op welke manier het gesprek je heeft geholpen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="131"/>
        <source>Approach the contacts who matter for your search: what can they tell you about the culture, the positions and the work available where they work? Keep your research per organisation.</source>
        <translation>Benader de contacten die ertoe doen voor je zoektocht: wat kunnen ze je vertellen over de cultuur, de functies en het werk waar zij werken? Houd je onderzoek per organisatie bij.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="139"/>
        <source>Ask whether they know anyone who could help you further, and note who referred you to whom.</source>
        <translation>Vraag of ze iemand kennen die je verder kan helpen, en noteer wie je naar wie heeft doorverwezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="104"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="107"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="194"/>
        <source>Do</source>
        <translation>Wel doen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="224"/>
        <source>Don&apos;t</source>
        <translation>Niet doen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="227"/>
        <source>Don&apos;t ask for a job straight away, and don&apos;t only get in touch when you need something: networking is about information.</source>
        <translation>Vraag niet meteen om een baan, en neem niet alleen contact op als je iets nodig hebt: netwerken draait om informatie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="234"/>
        <source>Don&apos;t go to a networking meeting ill-prepared: you would miss the help and referrals you hoped for.</source>
        <translation>Ga niet onvoorbereid naar een netwerkgesprek: dan mis je de hulp en doorverwijzingen waarop je hoopte.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="241"/>
        <source>Don&apos;t let your network lapse, even once you have a job.</source>
        <translation>Laat je netwerk niet verslappen, ook niet als je eenmaal een baan hebt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="76"/>
        <source>Go to {screen}</source>
        <translation>Naar {screen}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="146"/>
        <source>Help others the same way: by being a good contact to others, you extend your own network.</source>
        <translation>Help anderen op dezelfde manier: door zelf een goed contact te zijn, breid je je eigen netwerk uit.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="106"/>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="170"/>
        <source>It is about information, orientation and advice, not a job interview. Have a brief, clear introduction ready: who you are, what you want, what you can do.</source>
        <translation>Het gaat om informatie, oriëntatie en advies, niet om een sollicitatiegesprek. Zorg voor een korte, duidelijke introductie: wie je bent, wat je wilt, wat je kunt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="204"/>
        <source>Keep an overview of whom you spoke to, about what and when, whom they referred you to, and whether you sent a message of thanks.</source>
        <translation>Houd overzicht van wie je sprak, waarover en wanneer, naar wie ze je doorverwezen en of je een bedankje hebt gestuurd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="211"/>
        <source>Maintain your network: make sure people hear from you now and then.</source>
        <translation>Onderhoud je netwerk: zorg dat mensen af en toe iets van je horen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="127"/>
        <source>Make an inventory of where all your contacts work.</source>
        <translation>Maak een inventaris van waar al je contacten werken.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="110"/>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="197"/>
        <source>Network every day: interesting people and information turn up in unexpected places. Keep at it; networking is for the long term.</source>
        <translation>Netwerk elke dag: interessante mensen en informatie duiken op onverwachte plekken op. Houd vol; netwerken is voor de lange termijn.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="40"/>
        <source>Networking guide</source>
        <translation>Netwerkgids</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="49"/>
        <source>Networking means making and keeping contact with people who can help you reach your goals, and helping them in turn. It is the best way to learn about interesting employers and jobs. This is the advice netdesk is built on, with the screen that helps you follow it.</source>
        <translation>Netwerken is contact maken en houden met mensen die je kunnen helpen je doelen te bereiken, en hen op hun beurt helpen. Het is de beste manier om interessante werkgevers en banen te leren kennen. Dit is het advies waarop netdesk is gebouwd, met het scherm dat je helpt het te volgen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="155"/>
        <source>Networking online</source>
        <translation>Online netwerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="105"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="109"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="108"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="178"/>
        <source>Research the organisation and the position beforehand, and prepare questions about what you do not know yet.</source>
        <translation>Verdiep je vooraf in de organisatie en de functie, en bereid vragen voor over wat je nog niet weet.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="215"/>
        <source>Send a reminder to people who said they could do something to help you.</source>
        <translation>Stuur een herinnering aan mensen die zeiden dat ze iets konden doen om je te helpen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="120"/>
        <source>Tell the people around you what kind of job you are looking for. Write your goal down, and see whom you have not told yet.</source>
        <translation>Vertel de mensen om je heen wat voor baan je zoekt. Schrijf je doel op, en kijk wie je het nog niet verteld hebt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="167"/>
        <source>The networking interview</source>
        <translation>Het netwerkgesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="103"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/guide_dialog.py" line="117"/>
        <source>Use your network to find work</source>
        <translation>Gebruik je netwerk om werk te vinden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="107"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="152"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/import_dialog.py" line="354"/>
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon &amp;importeren</numerusform>
            <numerusform>%n contactpersonen &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="121"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="154"/>
        <location filename="../../netdesk/views/import_dialog.py" line="357"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="357"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="236"/>
        <source>Every row ({count})</source>
        <translation>Elke rij ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="96"/>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="106"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="303"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importeren geannuleerd: er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="88"/>
        <source>Import contacts</source>
        <translation>Contactpersonen importeren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="280"/>
        <source>Importing… Cancel stops and changes nothing.</source>
        <translation>Bezig met importeren… Annuleren stopt en verandert niets.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="210"/>
        <source>Nothing has been imported. Cancel, and choose another file.</source>
        <translation>Er is niets geïmporteerd. Kies Annuleren en kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="208"/>
        <source>Nothing has been imported. Choose another format above, or Cancel.</source>
        <translation>Er is niets geïmporteerd. Kies hierboven een ander formaat, of Annuleren.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="176"/>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="131"/>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="118"/>
        <source>Show rows</source>
        <translation>Rijen tonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="267"/>
        <source>Skipped rows are listed with the reason; fix them in the file and import it again to add them.</source>
        <translation>Overgeslagen rijen staan erbij met de reden; verbeter ze in het bestand en importeer het opnieuw om ze toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="371"/>
        <source>Stopping… nothing will be changed.</source>
        <translation>Bezig met stoppen… er wordt niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="265"/>
        <source>There is nothing new to import.</source>
        <translation>Er is niets nieuws om te importeren.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="308"/>
        <source>Your contacts changed since this preview; nothing was imported. The file is being read again.</source>
        <translation>Je contacten zijn veranderd sinds dit voorbeeld; er is niets geïmporteerd. Het bestand wordt opnieuw gelezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="191"/>
        <source>read as {encoding}</source>
        <translation>gelezen als {encoding}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_dialog.py" line="254"/>
        <source>{rows} rows: {new} new, {updated} to update, {duplicates} already known or repeated, {skipped} skipped.</source>
        <translation>{rows} rijen: {new} nieuw, {updated} bij te werken, {duplicates} al bekend of herhaald, {skipped} overgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="32"/>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="30"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="33"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="31"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="98"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="95"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="94"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="96"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="97"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/import_preview.py" line="99"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="135"/>
        <source>%n calendar entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n agenda-item opgeslagen in {path}.</numerusform>
            <numerusform>%n agenda-items opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="140"/>
        <source>%n contact(s) written to {path}.</source>
        <translation>
            <numerusform>%n contactpersoon opgeslagen in {path}.</numerusform>
            <numerusform>%n contactpersonen opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="46"/>
        <source>&amp;Import contacts…</source>
        <translation>Contactpersonen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="58"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="49"/>
        <source>Add contacts from LinkedIn, a vCard file, Google or Outlook (or drop a file here)</source>
        <translation>Voeg contactpersonen toe uit LinkedIn, een vCard-bestand, Google of Outlook (of sleep een bestand hierheen)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="132"/>
        <source>Backup written to {path}.</source>
        <translation>Reservekopie opgeslagen in {path}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="89"/>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contactpersonen (*.csv *.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="52"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="64"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dubbele contactpersonen zoeken…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="67"/>
        <source>Find people who are in your contacts twice, and merge them</source>
        <translation>Zoek mensen die twee keer in je contacten staan, en voeg ze samen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="87"/>
        <source>Import contacts</source>
        <translation>Contactpersonen importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="108"/>
        <source>Imported %n new contact(s)</source>
        <translation>
            <numerusform>%n nieuwe contactpersoon geïmporteerd</numerusform>
            <numerusform>%n nieuwe contactpersonen geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="61"/>
        <source>Put back one of netdesk&apos;s backups, or a JSON backup; your data is kept first</source>
        <translation>Zet een van de reservekopieën van netdesk terug, of een JSON-reservekopie; je gegevens worden eerst bewaard</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="157"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="175"/>
        <source>Restored. Your data as it was is kept in {path}.</source>
        <translation>Teruggezet. Je gegevens zoals ze waren, staan in {path}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="55"/>
        <source>Save contacts as vCard or CSV, your calendar as iCalendar, or a full backup</source>
        <translation>Bewaar contactpersonen als vCard of CSV, je agenda als iCalendar, of een volledige reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/interchange_actions.py" line="159"/>
        <source>netdesk backups (*.json);;All files (*)</source>
        <translation>netdesk-reservekopieën (*.json);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/interchange_actions.py" line="110"/>
        <source>updated %n</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="200"/>
        <source>, at {place}</source>
        <translation>, in {place}</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="229"/>
        <source>A planned meeting needs a person: choose one and finish, or press Cancel again to leave the meeting as it was.</source>
        <translation>Een geplande afspraak heeft een persoon nodig: kies iemand en rond af, of druk nogmaals op Annuleren om de afspraak te laten zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="189"/>
        <source>My own questions</source>
        <translation>Mijn eigen vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="58"/>
        <source>Prepare a meeting</source>
        <translation>Een afspraak voorbereiden</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="260"/>
        <source>Save the meeting</source>
        <translation>Afspraak opslaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/interview_wizard.py" line="196"/>
        <source>{kind} with {person}, {when}{place}.</source>
        <translation>{kind} met {person}, {when}{place}.</translation>
    </message>
</context>
<context>
    <name>IntroductionPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/wizard/pages.py" line="312"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="273"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="257"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="252"/>
        <source>Choose a pitch version; tailor this meeting&apos;s copy if you like.</source>
        <translation>Kies een versie van je pitch; pas de kopie voor deze afspraak gerust aan.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="262"/>
        <source>Introduction for this meeting</source>
        <translation>Introductie voor deze afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="251"/>
        <source>My introduction</source>
        <translation>Mijn introductie</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="256"/>
        <source>Pitch version</source>
        <translation>Pitchversie</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="264"/>
        <source>Use the version&apos;s &amp;words again</source>
        <translation>De &amp;woorden van de versie opnieuw gebruiken</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="269"/>
        <source>You have no pitch yet: write one under Pitch (Ctrl+P), or type it here.</source>
        <translation>Je hebt nog geen pitch: schrijf er een onder Pitch (Ctrl+P), of typ hem hier.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="261"/>
        <source>Your introduction for this meeting</source>
        <translation>Je introductie voor deze afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="320"/>
        <source>tailored for this meeting</source>
        <translation>aangepast voor deze afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="317"/>
        <source>target {target}</source>
        <translation>doel {target}</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="313"/>
        <source>{words} · about {length} spoken</source>
        <translation>{words} · ongeveer {length} gesproken</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="114"/>
        <location filename="../../netdesk/views/inventory_panel.py" line="117"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="93"/>
        <location filename="../../netdesk/views/inventory_panel.py" line="115"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="116"/>
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="95"/>
        <source>%n target employer(s)</source>
        <translation>
            <numerusform>%n doelwerkgever</numerusform>
            <numerusform>%n doelwerkgevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/inventory_panel.py" line="97"/>
        <source>%n where you know nobody</source>
        <translation>
            <numerusform>%n waar je nog niemand kent</numerusform>
            <numerusform>%n waar je nog niemand kent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="146"/>
        <source>Double-click to see the people there</source>
        <translation>Dubbelklik om de mensen daar te zien</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="57"/>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="120"/>
        <source>No organisations yet. Name where each contact works, and mark the employers you would like to work for as targets.</source>
        <translation>Nog geen organisaties. Vul bij elke contactpersoon in waar die werkt, en markeer de werkgevers waar je graag zou werken als doel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="92"/>
        <source>No sector</source>
        <translation>Geen sector</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="57"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="52"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="57"/>
        <source>Sector / organisation</source>
        <translation>Sector / organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="140"/>
        <source>Target employer</source>
        <translation>Doelwerkgever</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="138"/>
        <source>Target employer — you know nobody here yet</source>
        <translation>Doelwerkgever — je kent hier nog niemand</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="127"/>
        <source>Target employers where you know nobody yet: {names}. Who might know someone there?</source>
        <translation>Doelwerkgevers waar je nog niemand kent: {names}. Wie kent daar misschien iemand?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/inventory_panel.py" line="111"/>
        <source>{people} at {organisations} in {sectors}; {without} without an organisation.</source>
        <translation>{people} bij {organisations} in {sectors}; {without} zonder organisatie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="887"/>
        <location filename="../../netdesk/views/main_window.py" line="1248"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="889"/>
        <location filename="../../netdesk/views/main_window.py" line="1250"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="1254"/>
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in de prullenbak</numerusform>
            <numerusform>%n in de prullenbak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="1251"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open toezegging</numerusform>
            <numerusform>%n open toezeggingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="888"/>
        <location filename="../../netdesk/views/main_window.py" line="1249"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/main_window.py" line="890"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="253"/>
        <source>&amp;About netdesk</source>
        <translation>&amp;Over netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="113"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="224"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="328"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="221"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="310"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="242"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="359"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="287"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaris</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1273"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="192"/>
        <source>&amp;Log conversation…</source>
        <translation>Gesprek &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="119"/>
        <location filename="../../netdesk/views/main_window.py" line="281"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="258"/>
        <source>&amp;Networking guide</source>
        <translation>&amp;Netwerkgids</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="114"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="117"/>
        <source>&amp;Promises</source>
        <translation>&amp;Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="214"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="109"/>
        <location filename="../../netdesk/views/main_window.py" line="284"/>
        <location filename="../../netdesk/views/main_window.py" line="584"/>
        <location filename="../../netdesk/views/main_window.py" line="1066"/>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="584"/>
        <source>&amp;Today ({count})</source>
        <translation>&amp;Vandaag ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="270"/>
        <source>&amp;Tour</source>
        <translation>&amp;Rondleiding</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="245"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="339"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="292"/>
        <source>&amp;Write a message…</source>
        <translation>&amp;Bericht schrijven…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="272"/>
        <source>A short walk past the main screens and what each is for</source>
        <translation>Een korte wandeling langs de belangrijkste schermen en waarvoor elk dient</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="183"/>
        <source>Add a person to your network</source>
        <translation>Een persoon aan je netwerk toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="189"/>
        <source>Add an organisation, e.g. an employer you would like to work for</source>
        <translation>Een organisatie toevoegen, bijv. een werkgever waar je graag zou werken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="763"/>
        <source>Add promise “{what}”</source>
        <translation>Toezegging “{what}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="697"/>
        <location filename="../../netdesk/views/main_window.py" line="715"/>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="248"/>
        <source>C&amp;hannels…</source>
        <translation>&amp;Kanalen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="209"/>
        <source>Close netdesk</source>
        <translation>netdesk sluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="116"/>
        <source>Conversation&amp;s</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1099"/>
        <source>Could not open the demo network</source>
        <translation>Het demonetwerk kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="651"/>
        <source>Could not {action}</source>
        <translation>Niet gelukt: {action}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="894"/>
        <source>Delete {what}</source>
        <translation>{what} verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="154"/>
        <source>Demo network (changes are not kept)</source>
        <translation>Demonetwerk (wijzigingen worden niet bewaard)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="217"/>
        <source>Do again what was just taken back</source>
        <translation>Opnieuw doen wat net ongedaan is gemaakt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="862"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="832"/>
        <source>Edit conversation with {name}</source>
        <translation>Gesprek met {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="853"/>
        <source>Edit promise “{what}”</source>
        <translation>Toezegging “{what}” bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="250"/>
        <source>Edit the list of ways you talk to people (coffee, phone, …)</source>
        <translation>De lijst bewerken van manieren waarop je mensen spreekt (koffie, telefoon, …)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="300"/>
        <source>Edit the message templates, or restore the ones netdesk ships with</source>
        <translation>De berichtsjablonen bewerken, of die van netdesk terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="221"/>
        <source>Edit the selected record</source>
        <translation>Het gekozen item bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="800"/>
        <location filename="../../netdesk/views/main_window.py" line="816"/>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1030"/>
        <source>Employers, with your research and the people there</source>
        <translation>Werkgevers, met je onderzoek en de mensen daar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="267"/>
        <source>Every key netdesk answers to, searchable</source>
        <translation>Elke toets waar netdesk op reageert, doorzoekbaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1029"/>
        <source>Everyone you know, and where they work</source>
        <translation>Iedereen die je kent, en waar ze werken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="115"/>
        <source>I&amp;nventory</source>
        <translation>I&amp;nventaris</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1296"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1279"/>
        <source>Like the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="736"/>
        <source>Log conversation with {name}</source>
        <translation>Gesprek met {name} vastleggen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="367"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="230"/>
        <source>Mark &amp;thanks sent</source>
        <translation>&amp;Bedankje verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="236"/>
        <source>Mark promise &amp;done</source>
        <translation>Toezegging &amp;gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="281"/>
        <source>Meetings being prepared and coming up</source>
        <translation>Afspraken in voorbereiding en binnenkort</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="298"/>
        <source>Message &amp;templates…</source>
        <translation>Bericht&amp;sjablonen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="227"/>
        <source>Move the selected records to the trash (Ctrl+Z brings them back)</source>
        <translation>De gekozen items naar de prullenbak verplaatsen (Ctrl+Z haalt ze terug)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="899"/>
        <source>Moved {what} to the trash. Ctrl+Z brings it back.</source>
        <translation>{what} naar de prullenbak verplaatst. Ctrl+Z haalt het terug.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="303"/>
        <source>My &amp;pitch</source>
        <translation>Mijn &amp;pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="183"/>
        <source>New &amp;contact…</source>
        <translation>Nieuwe &amp;contactpersoon…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="186"/>
        <source>New &amp;organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="198"/>
        <source>New &amp;promise…</source>
        <translation>Nieuwe &amp;toezegging…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="201"/>
        <source>Note something someone offered to do for you, or you for them</source>
        <translation>Noteer iets wat iemand aanbood voor jou te doen, of jij voor hen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="195"/>
        <source>Note whom you spoke to, about what, and whom they referred you to</source>
        <translation>Noteer wie je sprak, waarover, en naar wie ze je doorverwezen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="204"/>
        <source>Open data &amp;folder</source>
        <translation>Gegevens&amp;map openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="118"/>
        <source>P&amp;itch</source>
        <translation>P&amp;itch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="275"/>
        <source>Prepare a &amp;meeting…</source>
        <translation>Een &amp;afspraak voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="278"/>
        <source>Prepare a networking interview step by step, with the selected person</source>
        <translation>Een netwerkgesprek stap voor stap voorbereiden, met de gekozen persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="571"/>
        <source>Prepare the meeting</source>
        <translation>De afspraak voorbereiden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="929"/>
        <source>Promise “{what}” done</source>
        <translation>Toezegging “{what}” gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="233"/>
        <source>Record that you thanked this person for the conversation</source>
        <translation>Vastleggen dat je deze persoon hebt bedankt voor het gesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="245"/>
        <source>Restore deleted records or empty the trash</source>
        <translation>Verwijderde items terugzetten of de prullenbak legen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="955"/>
        <source>Restore from trash</source>
        <translation>Terugzetten uit de prullenbak</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1179"/>
        <source>Saved. It is hidden by the current search.</source>
        <translation>Opgeslagen. Het valt buiten de huidige zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="242"/>
        <source>Search this list</source>
        <translation>Deze lijst doorzoeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="206"/>
        <source>Show the folder with your data file and its backups</source>
        <translation>De map met je gegevensbestand en de reservekopieën tonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1286"/>
        <source>Speak this language from the next start</source>
        <translation>Deze taal gebruiken vanaf de volgende start</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="216"/>
        <source>Take back the last change</source>
        <translation>De laatste wijziging terugdraaien</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="913"/>
        <source>Thanks to {name}</source>
        <translation>Bedankje aan {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1093"/>
        <source>The demo network opens in a window of its own; your data is not touched.</source>
        <translation>Het demonetwerk opent in een eigen venster; je gegevens worden niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1274"/>
        <source>The language netdesk speaks</source>
        <translation>De taal van netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="261"/>
        <source>The networking advice netdesk is built on, with the screen for each point</source>
        <translation>Het netwerkadvies waarop netdesk is gebouwd, met het scherm voor elk punt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="239"/>
        <source>Tick off the selected promise</source>
        <translation>De gekozen toezegging afvinken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1337"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>De reservekopie van vandaag kon niet worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="357"/>
        <source>Too&amp;ls</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="255"/>
        <source>Version, licence, and the folder that holds your data</source>
        <translation>Versie, licentie, en de map met je gegevens</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1032"/>
        <source>What people offered to do for you, and you for them</source>
        <translation>Wat mensen aanboden voor jou te doen, en jij voor hen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="284"/>
        <source>What to do today: thanks, follow-ups</source>
        <translation>Wat je vandaag doet: bedankjes, opvolging</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="289"/>
        <source>Where your contacts work, by sector; target employers where you know nobody</source>
        <translation>Waar je contacten werken, per sector; doelwerkgevers waar je nog niemand kent</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1031"/>
        <source>Whom you spoke to, about what, and who they referred</source>
        <translation>Wie je sprak, waarover, en naar wie ze je doorverwezen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="295"/>
        <source>Write to someone from a template (the selected person, or pick one)</source>
        <translation>Schrijf iemand met een sjabloon (de gekozen persoon, of kies er een)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="306"/>
        <source>Write, time and rehearse your personal introduction</source>
        <translation>Je persoonlijke introductie schrijven, timen en oefenen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="151"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1100"/>
        <source>netdesk could not start a second window for the demo.</source>
        <translation>netdesk kon geen tweede venster voor de demo starten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/main_window.py" line="1297"/>
        <source>netdesk speaks the chosen language from its next start.</source>
        <translation>netdesk spreekt de gekozen taal vanaf de volgende keer dat je het opent.</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="616"/>
        <source>&amp;Route or video link checked</source>
        <translation>&amp;Route of videolink gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="615"/>
        <source>B&amp;usiness cards</source>
        <translation>&amp;Visitekaartjes</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="613"/>
        <source>Don&apos;t go ill-prepared.</source>
        <translation>Ga niet onvoorbereid.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="612"/>
        <source>Materials and logistics</source>
        <translation>Materiaal en praktische zaken</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="617"/>
        <source>Meeting confir&amp;med (a day or two before)</source>
        <translation>Afspraak beve&amp;stigd (een dag of twee van tevoren)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="614"/>
        <source>My &amp;CV is up to date and with me</source>
        <translation>Mijn &amp;cv is bijgewerkt en gaat mee</translation>
    </message>
</context>
<context>
    <name>MeetingKinds</name>
    <message>
        <location filename="../../netdesk/views/meeting_kinds.py" line="18"/>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meeting_kinds.py" line="17"/>
        <source>Coffee</source>
        <translation>Koffie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meeting_kinds.py" line="19"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meeting_kinds.py" line="16"/>
        <source>Networking interview</source>
        <translation>Netwerkgesprek</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="137"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="133"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="131"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="135"/>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="124"/>
        <source>An address, a café, or a video-call link</source>
        <translation>Een adres, een café of een videolink</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="122"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="127"/>
        <source>Kind of meeting</source>
        <translation>Soort afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="178"/>
        <source>No organisation recorded</source>
        <translation>Geen organisatie bekend</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="114"/>
        <source>Organisation of the new person</source>
        <translation>Organisatie van de nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="136"/>
        <source>P&amp;lace or link:</source>
        <translation>P&amp;laats of link:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="109"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="190"/>
        <source>Pick someone, or type a new name.</source>
        <translation>Kies iemand, of typ een nieuwe naam.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="125"/>
        <source>Place or video link</source>
        <translation>Plaats of videolink</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="105"/>
        <source>The meeting</source>
        <translation>De afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="115"/>
        <source>Where the new person works</source>
        <translation>Waar de nieuwe persoon werkt</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="106"/>
        <source>Whom are you meeting, when and where?</source>
        <translation>Met wie heb je een afspraak, wanneer en waar?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="184"/>
        <source>“{name}” is not in your contacts yet and will be added.</source>
        <translation>“{name}” staat nog niet in je contacten en wordt toegevoegd.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/meetings_page.py" line="168"/>
        <source>%n thing(s) missing</source>
        <translation>
            <numerusform>%n ding ontbreekt</numerusform>
            <numerusform>%n dingen ontbreken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="85"/>
        <source>&amp;Briefing…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="90"/>
        <source>&amp;Log the outcome…</source>
        <translation>&amp;Uitkomst vastleggen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="174"/>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="175"/>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="92"/>
        <source>Afterwards: note what was said, referrals and promises; then send thanks</source>
        <translation>Achteraf: noteer wat er gezegd is, doorverwijzingen en toezeggingen; stuur daarna een bedankje</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="334"/>
        <source>Briefing {name}</source>
        <translation>Briefing {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="83"/>
        <source>Continue preparing this meeting (Enter)</source>
        <translation>Verder met het voorbereiden van deze afspraak (Enter)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="95"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="402"/>
        <source>Delete meeting</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="114"/>
        <source>Don&apos;t go ill-prepared</source>
        <translation>Ga niet onvoorbereid</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="160"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="158"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="293"/>
        <source>Edit meeting with {name}</source>
        <translation>Afspraak met {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="371"/>
        <source>Log the outcome of the meeting with {name}</source>
        <translation>De uitkomst van de afspraak met {name} vastleggen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="115"/>
        <source>Meeting someone for a networking interview? Prepare it step by step: your purpose, your introduction, research on the organisation and the person, and the questions you want answered. Then print a briefing to take along, and log the outcome afterwards.</source>
        <translation>Heb je een netwerkgesprek met iemand? Bereid het stap voor stap voor: je doel, je introductie, onderzoek naar de organisatie en de persoon, en de vragen waarop je een antwoord wilt. Print daarna een briefing om mee te nemen, en leg achteraf de uitkomst vast.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="69"/>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="96"/>
        <source>Move to the trash (Ctrl+Z brings it back)</source>
        <translation>Naar de prullenbak verplaatsen (Ctrl+Z haalt hem terug)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="410"/>
        <source>Moved the meeting to the trash. Ctrl+Z brings it back.</source>
        <translation>De afspraak is naar de prullenbak verplaatst. Ctrl+Z haalt hem terug.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="219"/>
        <location filename="../../netdesk/views/meetings_page.py" line="272"/>
        <source>Open the meeting</source>
        <translation>De afspraak openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="82"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="79"/>
        <source>P&amp;repare a meeting…</source>
        <translation>Een afspraak voo&amp;rbereiden…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="332"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="159"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="251"/>
        <source>Prepare a meeting</source>
        <translation>Een afspraak voorbereiden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="80"/>
        <source>Prepare a networking interview step by step (Ctrl+I)</source>
        <translation>Een netwerkgesprek stap voor stap voorbereiden (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="110"/>
        <source>Prepare my first meeting</source>
        <translation>Mijn eerste afspraak voorbereiden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="86"/>
        <source>Preview and print the briefing to take along</source>
        <translation>De briefing bekijken en printen om mee te nemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="166"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>Ready?</source>
        <translation>Klaar?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="88"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="345"/>
        <source>Save the briefing</source>
        <translation>De briefing opslaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="330"/>
        <source>Save the briefing as PDF</source>
        <translation>De briefing opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/meetings_page.py" line="73"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="469"/>
        <source>&amp;Copied</source>
        <translation>&amp;Gekopieerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="269"/>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="294"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="293"/>
        <source>&amp;Write to:</source>
        <translation>Schrijven &amp;aan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="410"/>
        <source>({over} too many for LinkedIn)</source>
        <translation>({over} te veel voor LinkedIn)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="126"/>
        <source>A { or } that is not part of a placeholder (write {{ or }} for a brace).</source>
        <translation>Een { of } die niet bij een invulveld hoort (schrijf {{ of }} voor een accolade).</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="340"/>
        <source>Choose whom to write to first.</source>
        <translation>Kies eerst aan wie je schrijft.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="78"/>
        <source>Coffee invitation</source>
        <translation>Uitnodiging voor koffie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="271"/>
        <source>Copy the message, to paste it into LinkedIn or anywhere</source>
        <translation>Kopieer het bericht om het in LinkedIn of ergens anders te plakken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="357"/>
        <source>Could not fill in the template</source>
        <translation>Het sjabloon kon niet worden ingevuld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="455"/>
        <source>Could not keep your name</source>
        <translation>Je naam kon niet worden bewaard</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="518"/>
        <source>Could not mark the message as sent</source>
        <translation>Het bericht kon niet als verstuurd worden gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="235"/>
        <source>How you sign your messages</source>
        <translation>Hoe je je berichten ondertekent</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="81"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="237"/>
        <source>Kept for every message from now on; change it later under Edit → Message templates.</source>
        <translation>Wordt bewaard voor elk volgend bericht; je wijzigt hem later onder Bewerken → Berichtsjablonen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="77"/>
        <source>LinkedIn connection request</source>
        <translation>LinkedIn-connectieverzoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="275"/>
        <source>Mark as &amp;sent</source>
        <translation>Markeren als &amp;verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="143"/>
        <source>Mark message sent</source>
        <translation>Bericht markeren als verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="249"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="234"/>
        <source>My name</source>
        <translation>Mijn naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="384"/>
        <source>No email address is known for this person.</source>
        <translation>Er is geen e-mailadres van deze persoon bekend.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="483"/>
        <source>No mail program</source>
        <translation>Geen e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="484"/>
        <source>No mail program opened. Copy the text and paste it into your mail.</source>
        <translation>Er is geen e-mailprogramma geopend. Kopieer de tekst en plak hem in je e-mail.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="116"/>
        <source>Not known yet, so shown as … in the text: {names}.</source>
        <translation>Nog onbekend, dus in de tekst weergegeven als …: {names}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="261"/>
        <source>Once it is sent, they are no longer on Today&apos;s “not yet told”.</source>
        <translation>Zodra het verstuurd is, staan ze niet meer bij “nog niet verteld” op Vandaag.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="274"/>
        <source>Open &amp;LinkedIn profile</source>
        <translation>&amp;LinkedIn-profiel openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="273"/>
        <source>Open in &amp;mail program</source>
        <translation>Openen in e-&amp;mailprogramma</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="83"/>
        <source>Referral request</source>
        <translation>Verzoek om doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="80"/>
        <source>Reminder of an offer to help</source>
        <translation>Herinnering aan een aanbod om te helpen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="82"/>
        <source>Report back to a referrer</source>
        <translation>Terugkoppeling aan wie je doorverwees</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="296"/>
        <source>S&amp;ubject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="300"/>
        <source>Sign &amp;as (my name):</source>
        <translation>&amp;Ondertekenen als (mijn naam):</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="247"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="215"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="79"/>
        <source>Thank-you</source>
        <translation>Bedankje</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="415"/>
        <source>This is your first message to them, and it asks for a job (“{phrase}”). Networking is about information and advice: ask about their work, and let a job come up later.</source>
        <translation>Dit is je eerste bericht aan deze persoon, en het vraagt om een baan (“{phrase}”). Netwerken draait om informatie en advies: vraag naar hun werk, en laat een baan later vanzelf ter sprake komen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="259"/>
        <source>This message tells them my job &amp;goal</source>
        <translation>Dit bericht vertelt mijn &amp;baandoel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="295"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="120"/>
        <source>Unknown placeholders: {names}.</source>
        <translation>Onbekende invulvelden: {names}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="339"/>
        <source>Write a message</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="229"/>
        <source>Write to</source>
        <translation>Schrijven aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="96"/>
        <source>how the conversation helped</source>
        <translation>hoe het gesprek hielp</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="102"/>
        <source>my job goal</source>
        <translation>mijn baandoel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="103"/>
        <source>my name</source>
        <translation>mijn naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="98"/>
        <source>the first name of who referred me</source>
        <translation>de voornaam van wie me doorverwees</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="100"/>
        <source>the first name of whom they referred me to</source>
        <translation>de voornaam van naar wie ik werd doorverwezen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="90"/>
        <source>their first name</source>
        <translation>hun voornaam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="92"/>
        <source>their full name</source>
        <translation>hun volledige naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="91"/>
        <source>their last name</source>
        <translation>hun achternaam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="93"/>
        <source>their organisation</source>
        <translation>hun organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="94"/>
        <source>their position</source>
        <translation>hun functie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="97"/>
        <source>what they offered to do</source>
        <translation>wat ze aanboden te doen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="95"/>
        <source>what we talked about</source>
        <translation>waarover we spraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="99"/>
        <source>who referred me</source>
        <translation>wie me doorverwees</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="101"/>
        <source>whom they referred me to</source>
        <translation>naar wie ik werd doorverwezen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="402"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="398"/>
        <source>{count} characters</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/message_dialog.py" line="363"/>
        <source>{template} — {name}</source>
        <translation>{template} — {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="64"/>
        <source>&amp;Availability of work:</source>
        <translation>&amp;Beschikbaarheid van werk:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="53"/>
        <source>&amp;Location:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="63"/>
        <source>&amp;Positions:</source>
        <translation>&amp;Functies:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="52"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="54"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="41"/>
        <source>Anything else</source>
        <translation>Al het overige</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="62"/>
        <source>Corporate &amp;culture:</source>
        <translation>Bedrijfs&amp;cultuur:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="30"/>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="42"/>
        <source>How people work there, values, atmosphere</source>
        <translation>Hoe mensen er werken, waarden, sfeer</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="40"/>
        <source>I would like to work here (target employer)</source>
        <translation>Hier zou ik graag werken (doelwerkgever)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="43"/>
        <source>Kinds of jobs, career paths, who does what</source>
        <translation>Soorten banen, loopbanen, wie wat doet</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="71"/>
        <source>My research</source>
        <translation>Mijn onderzoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="56"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="30"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="65"/>
        <source>Recent ne&amp;ws:</source>
        <translation>Recent &amp;nieuws:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="44"/>
        <source>Recent news, projects, changes</source>
        <translation>Recent nieuws, projecten, veranderingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="55"/>
        <source>Target:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="46"/>
        <source>Vacancies, how hiring happens, when they recruit</source>
        <translation>Vacatures, hoe er wordt aangenomen, wanneer ze werven</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/organisation_dialog.py" line="36"/>
        <source>e.g. museums, publishing, consultancy</source>
        <translation>bijv. musea, uitgeverij, advieswerk</translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message>
        <location filename="../../netdesk/views/panels.py" line="88"/>
        <source>Add an organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="89"/>
        <source>No organisation matches “{text}”</source>
        <translation>Geen organisatie past bij “{text}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="82"/>
        <source>No organisations yet</source>
        <translation>Nog geen organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="81"/>
        <source>Search organisations, sectors, places, notes…</source>
        <translation>Zoek in organisaties, sectoren, plaatsen, notities…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="110"/>
        <source>Select an organisation to see your research and the people there.</source>
        <translation>Kies een organisatie om je onderzoek en de mensen daar te zien.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="96"/>
        <source>Target employers only</source>
        <translation>Alleen doelwerkgevers</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="83"/>
        <source>The places where your contacts work, and the employers you would like to work for. They appear here when you name one for a contact, or add one with Ctrl+Shift+N and keep notes on its culture, positions and work.</source>
        <translation>De plekken waar je contacten werken, en de werkgevers waar je graag zou werken. Ze verschijnen hier als je er een invult bij een contactpersoon, of voeg er een toe met Ctrl+Shift+N en houd notities bij over de cultuur, de functies en het werk.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="51"/>
        <source>I promised &amp;to:</source>
        <translation>Ik heb toegezegd &amp;te:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="39"/>
        <source>Log the outcome of the meeting with {name}</source>
        <translation>De uitkomst van de afspraak met {name} vastleggen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="48"/>
        <source>One per line, e.g. Send her my portfolio</source>
        <translation>Eén per regel, bijv. Haar mijn portfolio sturen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="47"/>
        <source>One per line, e.g. Send me the traineeship page</source>
        <translation>Eén per regel, bijv. Me de pagina over het traineeship sturen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="52"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="53"/>
        <source>Promises made</source>
        <translation>Gedane toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/outcome_dialog.py" line="50"/>
        <source>They &amp;offered to:</source>
        <translation>Zij boden &amp;aan om:</translation>
    </message>
</context>
<context>
    <name>PhrasesDialog</name>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="43"/>
        <source>&amp;Filler words:</source>
        <translation>&amp;Stopwoorden:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="42"/>
        <source>Asking for a &amp;job:</source>
        <translation>Vragen om een &amp;baan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="39"/>
        <source>My filler words</source>
        <translation>Mijn stopwoorden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="36"/>
        <source>My phrases that ask for a job</source>
        <translation>Mijn zinnen die om een baan vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="22"/>
        <source>Phrases for the pitch checks</source>
        <translation>Zinnen voor de pitchcontroles</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="38"/>
        <source>e.g. anyhow</source>
        <translation>bijv. eigenlijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="35"/>
        <source>e.g. take me on as an intern</source>
        <translation>bijv. neem me aan als stagiair</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/phrases_dialog.py" line="25"/>
        <source>netdesk knows {requests} English and Dutch ways of asking for a job outright and {fillers} filler words. Add your own below, one per line; a * stands for any one word (“do you have * job”).</source>
        <translation>netdesk kent {requests} Engelse en Nederlandse manieren om direct om een baan te vragen en {fillers} stopwoorden. Voeg hieronder je eigen toe, één per regel; een * staat voor één willekeurig woord (“hebben jullie * baan”).</translation>
    </message>
</context>
<context>
    <name>PitchPage</name>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="269"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="276"/>
        <source> wpm</source>
        <translation> woorden per minuut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/pitch_editor.py" line="628"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="667"/>
        <source>A sentence of {words} words (“{start}”) is hard to follow when spoken; split it.</source>
        <translation>Een zin van {words} woorden (“{start}”) is moeilijk te volgen als je hem uitspreekt; splits hem.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="658"/>
        <source>About {seconds} s longer than the target: keep one example per part.</source>
        <translation>Ongeveer {seconds} s langer dan het doel: houd één voorbeeld per deel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="788"/>
        <source>Add pitch “{name}”</source>
        <translation>Pitch “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="373"/>
        <source>Add your own phrases that ask for a job, and your own filler words</source>
        <translation>Voeg je eigen zinnen toe die om een baan vragen, en je eigen stopwoorden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="381"/>
        <source>As you will say it</source>
        <translation>Zoals je het zegt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="245"/>
        <source>Before any networking conversation, have a brief, clear introduction ready: who you are, what you are looking for and what you can offer, with one clear request such as “who else should I talk to?”. Don&apos;t open by asking for a job.

Write it here in parts, time it, and rehearse it out loud.</source>
        <translation>Zorg vóór elk netwerkgesprek voor een korte, duidelijke introductie: wie je bent, wat je zoekt en wat je te bieden hebt, met één duidelijke vraag, zoals “met wie zou ik nog meer moeten praten?”. Begin niet met een vraag om een baan.

Schrijf hem hier in delen, time hem en oefen hem hardop.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="365"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="189"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="366"/>
        <source>Copy the pitch as plain text</source>
        <translation>De pitch kopiëren als platte tekst</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="189"/>
        <source>Copy this version, e.g. to tailor it for a sector</source>
        <translation>Deze versie kopiëren, bijv. om hem aan te passen voor een sector</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="781"/>
        <source>Create the pitch</source>
        <translation>De pitch maken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="480"/>
        <source>Default version · target {length}</source>
        <translation>Standaardversie · doel {length}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="193"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="815"/>
        <source>Delete pitch “{name}”</source>
        <translation>Pitch “{name}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="226"/>
        <source>Edit my &amp;goal…</source>
        <translation>Mijn &amp;doel bewerken…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="676"/>
        <source>Filler words: {found}. Leave them out when you speak.</source>
        <translation>Stopwoorden: {found}. Laat ze weg als je spreekt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="621"/>
        <source>Follows the parts. Edit it freely to make it your own.</source>
        <translation>Opgebouwd uit de delen. Pas het gerust aan, zodat het echt van jou is.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="244"/>
        <source>Have your introduction ready</source>
        <translation>Zorg dat je introductie klaarligt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="278"/>
        <source>How fast you speak; most people say about 130 words a minute</source>
        <translation>Hoe snel je spreekt; de meeste mensen zeggen ongeveer 130 woorden per minuut</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="875"/>
        <source>I&apos;m looking for a role as {roles}</source>
        <translation>Ik zoek een functie als {roles}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="880"/>
        <source>I&apos;m looking for my next step</source>
        <translation>Ik zoek mijn volgende stap</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="322"/>
        <source>In parts</source>
        <translation>In delen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="198"/>
        <source>Make default</source>
        <translation>Standaard maken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="850"/>
        <source>Make “{name}” the default pitch</source>
        <translation>“{name}” de standaardpitch maken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="837"/>
        <source>Move pitch “{name}”</source>
        <translation>Pitch “{name}” verplaatsen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="196"/>
        <source>Move this version down</source>
        <translation>Deze versie omlaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="193"/>
        <source>Move this version to the trash (Ctrl+Z brings it back)</source>
        <translation>Deze versie naar de prullenbak verplaatsen (Ctrl+Z haalt hem terug)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="195"/>
        <source>Move this version up</source>
        <translation>Deze versie omhoog</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="823"/>
        <source>Moved pitch “{name}” to the trash. Ctrl+Z brings it back.</source>
        <translation>Pitch “{name}” is naar de prullenbak verplaatst. Ctrl+Z haalt hem terug.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="222"/>
        <source>My job goal</source>
        <translation>Mijn baandoel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="750"/>
        <source>My pitch</source>
        <translation>Mijn pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="187"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="632"/>
        <source>No words yet · target {target}</source>
        <translation>Nog geen woorden · doel {target}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="680"/>
        <source>Not rehearsed yet.</source>
        <translation>Nog niet geoefend.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="895"/>
        <source>Not set yet. Say what you are looking for, and new pitches start with it.</source>
        <translation>Nog niet ingesteld. Zeg wat je zoekt, dan beginnen nieuwe pitches daarmee.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="649"/>
        <source>Nothing to suggest. Now say it out loud a few times.</source>
        <translation>Niets voor te stellen. Zeg het nu een paar keer hardop.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="970"/>
        <source>One clear request</source>
        <translation>Eén duidelijke vraag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="417"/>
        <source>One clear request (optional)</source>
        <translation>Eén duidelijke vraag (optioneel)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="716"/>
        <source>Open the pitch</source>
        <translation>De pitch openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="371"/>
        <source>Phrases…</source>
        <translation>Zinnen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="170"/>
        <source>Pitch versions</source>
        <translation>Pitchversies</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="369"/>
        <source>Print this pitch on its own</source>
        <translation>Alleen deze pitch printen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="983"/>
        <source>Printed from netdesk</source>
        <translation>Geprint vanuit netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="368"/>
        <source>Print…</source>
        <translation>Printen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="336"/>
        <source>Recompose from the parts</source>
        <translation>Opnieuw opbouwen uit de delen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="582"/>
        <source>Recompose pitch “{name}”</source>
        <translation>Pitch “{name}” opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="579"/>
        <source>Recompose the pitch</source>
        <translation>De pitch opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="904"/>
        <source>Regions: {items}</source>
        <translation>Regio&apos;s: {items}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="360"/>
        <source>Rehe&amp;arse…</source>
        <translation>Oe&amp;fenen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="683"/>
        <source>Rehearsed: {times}</source>
        <translation>Geoefend: {times}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="191"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="735"/>
        <source>Rename pitch “{name}”</source>
        <translation>Pitch “{name}” hernoemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="732"/>
        <source>Rename the pitch</source>
        <translation>De pitch hernoemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="191"/>
        <source>Rename this version (F2)</source>
        <translation>Deze versie hernoemen (F2)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="338"/>
        <source>Replace your own wording with the parts joined again (Ctrl+Z brings it back)</source>
        <translation>Je eigen formulering vervangen door de opnieuw samengevoegde delen (Ctrl+Z haalt hem terug)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="227"/>
        <source>Roles, sectors, regions and organisations you aim for</source>
        <translation>Functies, sectoren, regio&apos;s en organisaties waar je op mikt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="900"/>
        <source>Roles: {items}</source>
        <translation>Functies: {items}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="564"/>
        <source>Save the pitch</source>
        <translation>De pitch opslaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="362"/>
        <source>Say it out loud against the clock (F5)</source>
        <translation>Zeg het hardop met de klok erbij (F5)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="902"/>
        <source>Sectors: {items}</source>
        <translation>Sectoren: {items}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="692"/>
        <source>Set the target</source>
        <translation>Het doel instellen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="284"/>
        <source>Speaking &amp;rate:</source>
        <translation>Spreek&amp;tempo:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="277"/>
        <source>Speaking rate in words per minute</source>
        <translation>Spreektempo in woorden per minuut</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="187"/>
        <source>Start a new pitch version</source>
        <translation>Een nieuwe pitchversie beginnen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="356"/>
        <location filename="../../netdesk/views/pitch_editor.py" line="389"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="282"/>
        <source>Target &amp;length:</source>
        <translation>Gewenste &amp;lengte:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="270"/>
        <source>Target length in seconds</source>
        <translation>Doellengte in seconden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="481"/>
        <source>Target {length}</source>
        <translation>Doel {length}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="906"/>
        <source>Targets: {items}</source>
        <translation>Doelorganisaties: {items}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="327"/>
        <source>The pitch as you will say it</source>
        <translation>De pitch zoals je hem zegt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="199"/>
        <source>Use this version when preparing a meeting, unless you choose another</source>
        <translation>Deze versie gebruiken bij het voorbereiden van een afspraak, tenzij je een andere kiest</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="216"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="416"/>
        <source>What I can offer</source>
        <translation>Wat ik te bieden heb</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="415"/>
        <source>What I&apos;m looking for</source>
        <translation>Wat ik zoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="414"/>
        <source>Who I am</source>
        <translation>Wie ik ben</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="240"/>
        <source>Write my first pitch</source>
        <translation>Mijn eerste pitch schrijven</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="624"/>
        <source>Write the parts first; they are joined here.</source>
        <translation>Schrijf eerst de delen; hier worden ze samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="617"/>
        <source>Your own wording: changing the parts no longer changes it.</source>
        <translation>Je eigen formulering: als je de delen verandert, verandert deze niet meer mee.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="871"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="885"/>
        <source>around {regions}</source>
        <translation>rond {regions}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="474"/>
        <source>default version</source>
        <translation>standaardversie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="297"/>
        <source>e.g. I make collections come alive for children and teachers, and I&apos;m at ease with groups of thirty.</source>
        <translation>bijv. Ik breng collecties tot leven voor kinderen en docenten, en ik voel me op mijn gemak bij groepen van dertig.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="290"/>
        <source>e.g. I&apos;m Noor, I recently graduated in art history in Leiden, and I have guided school groups at a city museum for two years.</source>
        <translation>bijv. Ik ben Noor, ik ben net afgestudeerd in kunstgeschiedenis in Leiden, en ik heb twee jaar schoolgroepen rondgeleid in een stadsmuseum.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="294"/>
        <source>e.g. I&apos;m exploring roles in museum education in the Randstad.</source>
        <translation>bijv. Ik verken functies in museumeducatie in de Randstad.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="301"/>
        <source>e.g. Who else do you think I should talk to? May I mention your name?</source>
        <translation>bijv. Met wie zou ik volgens jou nog meer moeten praten? Mag ik jouw naam noemen?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="882"/>
        <source>in {sectors}</source>
        <translation>in {sectors}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="638"/>
        <source>on target</source>
        <translation>op doel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="640"/>
        <source>on target, {seconds} s to spare</source>
        <translation>op doel, nog {seconds} s over</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="876"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="774"/>
        <source>{name} (copy{number})</source>
        <translation>{name} (kopie{number})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="750"/>
        <source>{name}{number}</source>
        <translation>{name}{number}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="673"/>
        <source>{phrase} ({count} times)</source>
        <translation>{phrase} ({count} keer)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="634"/>
        <source>{seconds} s too long</source>
        <translation>{seconds} s te lang</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="974"/>
        <source>{words} words · about {length} spoken at {rate} words a minute · target {target}</source>
        <translation>{words} woorden · ongeveer {length} gesproken bij {rate} woorden per minuut · doel {target}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="642"/>
        <source>{words} · about {length} spoken · target {target}</source>
        <translation>{words} · ongeveer {length} gesproken · doel {target}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="656"/>
        <source>“{part}” is still empty.</source>
        <translation>“{part}” is nog leeg.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/pitch_editor.py" line="662"/>
        <source>“{phrase}” asks for a job outright. A networking conversation asks for information and advice; ask whom else to talk to instead.</source>
        <translation>“{phrase}” vraagt direct om een baan. Een netwerkgesprek vraagt om informatie en advies; vraag liever met wie je nog meer kunt praten.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="54"/>
        <source>&amp;Done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="51"/>
        <source>&amp;Due by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="58"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="61"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="52"/>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="53"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="63"/>
        <source>Due:</source>
        <translation>Uiterlijk:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="35"/>
        <source>Edit promise</source>
        <translation>Toezegging bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="41"/>
        <source>I offered to do something for &amp;them</source>
        <translation>Ik bood aan iets te doen voor &amp;hen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="35"/>
        <source>New promise</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="59"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="40"/>
        <source>They offered to do something for &amp;me</source>
        <translation>Zij boden aan iets te doen voor &amp;mij</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="62"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="60"/>
        <source>Who offered:</source>
        <translation>Wie bood het aan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/promise_dialog.py" line="50"/>
        <source>e.g. introduce me to the head of collections</source>
        <translation>bijv. me voorstellen aan het hoofd collecties</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../netdesk/views/panels.py" line="201"/>
        <source>Everything promised has been done. Untick “Open only” to see every promise, or note a new one with Ctrl+Shift+P.</source>
        <translation>Alles wat is toegezegd, is gedaan. Vink “Alleen open” uit om alle toezeggingen te zien, of noteer een nieuwe met Ctrl+Shift+P.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="200"/>
        <source>No open promises</source>
        <translation>Geen openstaande toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="180"/>
        <source>No promise matches “{text}”</source>
        <translation>Geen toezegging past bij “{text}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="173"/>
        <source>No promises yet</source>
        <translation>Nog geen toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="179"/>
        <source>Note a promise</source>
        <translation>Een toezegging noteren</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="186"/>
        <source>Open only</source>
        <translation>Alleen open</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="172"/>
        <source>Search promises and people…</source>
        <translation>Zoek in toezeggingen en mensen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/panels.py" line="174"/>
        <source>When someone offers to help (an introduction, a vacancy to forward) or you offer something, note it here with Ctrl+Shift+P so nobody forgets. Today reminds you when one is due.</source>
        <translation>Als iemand aanbiedt te helpen (een introductie, een vacature doorsturen) of jij iets aanbiedt, noteer het hier met Ctrl+Shift+P zodat niemand het vergeet. Vandaag herinnert je eraan als er een verloopt.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="206"/>
        <source>A networking interview is for information, orientation and advice. It is not a job interview: don&apos;t ask for a job. Ask what you want to know about the organisation, the work and the field.</source>
        <translation>Een netwerkgesprek is voor informatie, oriëntatie en advies. Het is geen sollicitatiegesprek: vraag niet om een baan. Vraag wat je wilt weten over de organisatie, het werk en het vakgebied.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="229"/>
        <source>In your own &amp;words:</source>
        <translation>In je eigen &amp;woorden:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="202"/>
        <location filename="../../netdesk/wizard/pages.py" line="222"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="203"/>
        <source>What do you want to learn from this meeting?</source>
        <translation>Wat wil je van deze afspraak leren?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="216"/>
        <source>e.g. How do registrars and data people work together here, and what would make my profile stronger for that kind of role?</source>
        <translation>bijv. Hoe werken registrars en datamensen hier samen, en wat zou mijn profiel sterker maken voor zo&apos;n functie?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="239"/>
        <source>“{phrase}” sounds like asking for a job. Keep the purpose to information and advice.</source>
        <translation>“{phrase}” klinkt als vragen om een baan. Houd het doel bij informatie en advies.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <location filename="../../netdesk/wizard/pages.py" line="590"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="446"/>
        <source>&amp;Add →</source>
        <translation>&amp;Toevoegen →</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="463"/>
        <source>&amp;Keep my own questions in the bank</source>
        <translation>Mijn eigen vragen in de vragenbank &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="449"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="447"/>
        <source>Add the selected bank question (or double-click it)</source>
        <translation>De gekozen vraag uit de bank toevoegen (of dubbelklik erop)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="419"/>
        <source>Covered before?</source>
        <translation>Al eerder besproken?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="543"/>
        <source>May already be answered: {when}</source>
        <translation>Misschien al beantwoord: {when}</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="456"/>
        <source>Move question down</source>
        <translation>Vraag omlaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="452"/>
        <source>Move question up</source>
        <translation>Vraag omhoog</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="457"/>
        <source>Move the question down (Alt+Down)</source>
        <translation>De vraag omlaag zetten (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="453"/>
        <source>Move the question up (Alt+Up)</source>
        <translation>De vraag omhoog zetten (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="418"/>
        <location filename="../../netdesk/wizard/pages.py" line="419"/>
        <source>Question bank</source>
        <translation>Vragenbank</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="406"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="408"/>
        <source>What don&apos;t you know yet? Pick {fewest} to {most} questions to guide the conversation; edit them (F2), reorder them, add your own.</source>
        <translation>Wat weet je nog niet? Kies {fewest} tot {most} vragen als leidraad voor het gesprek; bewerk ze (F2), zet ze in volgorde, voeg je eigen toe.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="461"/>
        <source>Your own question</source>
        <translation>Je eigen vraag</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="460"/>
        <source>Your own question, then Enter</source>
        <translation>Je eigen vraag, dan Enter</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="429"/>
        <source>Your questions, in order</source>
        <translation>Je vragen, op volgorde</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="513"/>
        <source>asked on {date}</source>
        <translation>gevraagd op {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="514"/>
        <source>talked about on {date}</source>
        <translation>besproken op {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="592"/>
        <source>{fewest} to {most} is usual</source>
        <translation>{fewest} tot {most} is gebruikelijk</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../netdesk/views/record_dialog.py" line="109"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/record_dialog.py" line="106"/>
        <source>Discard your changes?</source>
        <translation>Je wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/record_dialog.py" line="107"/>
        <source>What you typed in this form will be lost.</source>
        <translation>Wat je in dit formulier hebt getypt, gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/record_dialog.py" line="154"/>
        <source>{label} (line {line})</source>
        <translation>{label} (regel {line})</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="90"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="142"/>
        <source>&amp;Start again</source>
        <translation>Opnieuw &amp;starten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="133"/>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="81"/>
        <source>Elapsed time</source>
        <translation>Verstreken tijd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="174"/>
        <source>Last times, newest first: {times}</source>
        <translation>Laatste tijden, nieuwste eerst: {times}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="53"/>
        <source>Rehearse: {name}</source>
        <translation>Oefenen: {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="166"/>
        <source>Right on target.</source>
        <translation>Precies op doel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="93"/>
        <source>Start or stop the timer (Space)</source>
        <translation>De timer starten of stoppen (spatie)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="85"/>
        <source>Time used of the target</source>
        <translation>Gebruikte tijd van het doel</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="167"/>
        <source>Within your target, with {seconds} s to spare.</source>
        <translation>Binnen je doel, met nog {seconds} s over.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="171"/>
        <source>Your last rehearsal times will be shown here.</source>
        <translation>Je laatste oefentijden verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="153"/>
        <source>{elapsed} / {target}</source>
        <translation>{elapsed} / {target}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/rehearsal_dialog.py" line="162"/>
        <source>{seconds} s over your target. Which sentence could go?</source>
        <translation>{seconds} s over je doel. Welke zin kan eruit?</translation>
    </message>
</context>
<context>
    <name>ResearchPage</name>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="350"/>
        <source>&amp;Availability of work:</source>
        <translation>&amp;Beschikbaarheid van werk:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="349"/>
        <source>&amp;Positions:</source>
        <translation>&amp;Functies:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="395"/>
        <source>(no topics noted)</source>
        <translation>(geen onderwerpen genoteerd)</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="350"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="353"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="348"/>
        <source>Corporate &amp;culture:</source>
        <translation>Bedrijfs&amp;cultuur:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="348"/>
        <source>Corporate culture</source>
        <translation>Bedrijfscultuur</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="344"/>
        <source>Earlier conversations with this person</source>
        <translation>Eerdere gesprekken met deze persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="357"/>
        <source>Earlier talks:</source>
        <translation>Eerdere gesprekken:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="332"/>
        <source>How people work there, values, atmosphere</source>
        <translation>Hoe mensen er werken, waarden, sfeer</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="333"/>
        <source>Kinds of jobs, career paths, who does what</source>
        <translation>Soorten banen, loopbanen, wie wat doet</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="392"/>
        <source>No organisation is recorded for this person; notes stay with the meeting.</source>
        <translation>Er is geen organisatie bekend voor deze persoon; de notities blijven bij de afspraak.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="352"/>
        <source>Position or field</source>
        <translation>Functie of vakgebied</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="349"/>
        <source>Positions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="351"/>
        <source>Recent ne&amp;ws:</source>
        <translation>Recent &amp;nieuws:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="351"/>
        <source>Recent news</source>
        <translation>Recent nieuws</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="335"/>
        <source>Recent news, projects, changes</source>
        <translation>Recent nieuws, projecten, veranderingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="328"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="385"/>
        <source>The notes below were started for {previous}: check them before they are saved to {organisation}.</source>
        <translation>De notities hieronder zijn begonnen voor {previous}: controleer ze voordat ze bij {organisation} worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="352"/>
        <source>The p&amp;osition or field:</source>
        <translation>De f&amp;unctie of het vakgebied:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="353"/>
        <source>The person&apos;s bac&amp;kground:</source>
        <translation>De achter&amp;grond van de persoon:</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="336"/>
        <source>The position or field you are curious about</source>
        <translation>De functie of het vakgebied waar je benieuwd naar bent</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="337"/>
        <source>Their background: role, path, interests</source>
        <translation>Hun achtergrond: rol, loopbaan, interesses</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="334"/>
        <source>Vacancies, how hiring happens, when</source>
        <translation>Vacatures, hoe er wordt aangenomen, wanneer</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="330"/>
        <source>What do you know, and what don&apos;t you know yet? Research well in advance.</source>
        <translation>Wat weet je al, en wat weet je nog niet? Doe ruim van tevoren onderzoek.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="380"/>
        <source>What you write about the organisation is kept on {organisation} too, so the next meeting there starts from it.</source>
        <translation>Wat je over de organisatie schrijft, wordt ook bij {organisation} bewaard, zodat de volgende afspraak daar er meteen mee begint.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="399"/>
        <source>You have not spoken to this person before.</source>
        <translation>Je hebt deze persoon nog niet eerder gesproken.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="60"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="132"/>
        <source>A copy of the current data file is kept first, in %1.</source>
        <translation>Eerst wordt een kopie van het huidige gegevensbestand bewaard, in %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="143"/>
        <source>Everything now in netdesk will be replaced by the backup, including what you added or changed since it was made.</source>
        <translation>Alles wat nu in netdesk staat, wordt vervangen door de reservekopie, ook wat je sindsdien hebt toegevoegd of veranderd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="47"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="127"/>
        <source>Made on %1 by netdesk %2</source>
        <translation>Gemaakt op %1 door netdesk %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="77"/>
        <source>Reading the backup…</source>
        <translation>De reservekopie lezen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="42"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="206"/>
        <source>Restoring… this takes a moment for a large network.</source>
        <translation>Bezig met terugzetten… dit duurt even bij een groot netwerk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="197"/>
        <source>The backup cannot be read.</source>
        <translation>De reservekopie kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="189"/>
        <source>The backup holds a field netdesk lacks.</source>
        <translation>De reservekopie bevat een veld dat netdesk niet kent.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="187"/>
        <source>The backup holds a table netdesk lacks.</source>
        <translation>De reservekopie bevat een tabel die netdesk niet kent.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="191"/>
        <source>The backup holds a value of the wrong kind.</source>
        <translation>De reservekopie bevat een waarde van de verkeerde soort.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="183"/>
        <source>The backup is damaged or incomplete.</source>
        <translation>De reservekopie is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="190"/>
        <source>The backup lacks a field.</source>
        <translation>In de reservekopie ontbreekt een veld.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="188"/>
        <source>The backup lacks a table.</source>
        <translation>In de reservekopie ontbreekt een tabel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="184"/>
        <source>The backup was made by a newer netdesk. Update netdesk to restore it.</source>
        <translation>De reservekopie is gemaakt door een nieuwere netdesk. Werk netdesk bij om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="192"/>
        <source>The backup&apos;s records do not fit together (a duplicate, or a link to a record that is missing).</source>
        <translation>De gegevens in de reservekopie passen niet bij elkaar (een dubbel item, of een verwijzing naar een ontbrekend item).</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="137"/>
        <source>The data file is empty: the backup fills it.</source>
        <translation>Het gegevensbestand is leeg: de reservekopie vult het.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="180"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="179"/>
        <source>The file is far too large to be a backup.</source>
        <translation>Het bestand is veel te groot voor een reservekopie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="181"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Het bestand is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="176"/>
        <source>The file no longer exists.</source>
        <translation>Het bestand bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="178"/>
        <source>This is a folder, not a backup file.</source>
        <translation>Dit is een map, geen reservekopiebestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="182"/>
        <source>This is not a netdesk backup.</source>
        <translation>Dit is geen reservekopie van netdesk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="177"/>
        <source>netdesk may not read this file.</source>
        <translation>netdesk mag dit bestand niet lezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/restore_dialog.py" line="166"/>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="667"/>
        <source>Everything is prepared. Good luck!</source>
        <translation>Alles is voorbereid. Succes!</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="694"/>
        <source>Fewer than {n} questions.</source>
        <translation>Minder dan {n} vragen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="695"/>
        <source>More than {n} questions: choose the best.</source>
        <translation>Meer dan {n} vragen: kies de beste.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="691"/>
        <source>No introduction: choose or write your pitch.</source>
        <translation>Geen introductie: kies of schrijf je pitch.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="690"/>
        <source>No purpose: what do you want to learn?</source>
        <translation>Geen doel: wat wil je leren?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="698"/>
        <source>No question about whom else to talk to.</source>
        <translation>Geen vraag over met wie je nog meer kunt praten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="693"/>
        <source>No questions prepared.</source>
        <translation>Geen vragen voorbereid.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="692"/>
        <source>No research on the organisation, the position or the person.</source>
        <translation>Geen onderzoek naar de organisatie, de functie of de persoon.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="641"/>
        <source>Ready?</source>
        <translation>Klaar?</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="664"/>
        <source>Still missing (you may finish anyway):</source>
        <translation>Nog niet gedaan (je kunt toch afronden):</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="699"/>
        <source>The meeting is not confirmed yet.</source>
        <translation>De afspraak is nog niet bevestigd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="701"/>
        <source>The route or video link is not checked.</source>
        <translation>De route of videolink is niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="700"/>
        <source>Your CV is not ticked as ready.</source>
        <translation>Je cv is niet afgevinkt als klaar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/wizard/pages.py" line="679"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="211"/>
        <source>Show all {count}</source>
        <translation>Alle {count} tonen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="80"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="89"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="124"/>
        <source>Clear the search</source>
        <translation>De zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="134"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="131"/>
        <source>Delete the selected pitch version or meeting</source>
        <translation>De gekozen pitchversie of afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="121"/>
        <source>Dialogs</source>
        <translation>Dialoogvensters</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="135"/>
        <source>Edit a chosen question</source>
        <translation>Een gekozen vraag bewerken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="123"/>
        <source>Enter or double-click</source>
        <translation>Enter of dubbelklikken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="125"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="72"/>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="89"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="120"/>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="135"/>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="139"/>
        <source>Meeting preparation</source>
        <translation>Voorbereiding van een afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="137"/>
        <source>Move a chosen question up or down</source>
        <translation>Een gekozen vraag omhoog of omlaag zetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="125"/>
        <source>Move between fields and buttons</source>
        <translation>Tussen velden en knoppen wisselen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="157"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Geen sneltoets past bij “{text}”.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="123"/>
        <source>Open the selected record</source>
        <translation>Het gekozen item openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="127"/>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="128"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="131"/>
        <source>Pitch, Meetings</source>
        <translation>Pitch, Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="126"/>
        <source>Refresh Today</source>
        <translation>Vandaag vernieuwen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="129"/>
        <source>Rehearsal</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="128"/>
        <source>Rehearse the pitch</source>
        <translation>De pitch oefenen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="127"/>
        <source>Rename a pitch version</source>
        <translation>Een pitchversie hernoemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="133"/>
        <source>Save and close</source>
        <translation>Opslaan en sluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="76"/>
        <source>Search actions and keys…</source>
        <translation>Zoek in acties en toetsen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="77"/>
        <source>Search the shortcuts</source>
        <translation>De sneltoetsen doorzoeken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="129"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="129"/>
        <source>Start or stop the rehearsal timer</source>
        <translation>De oefentimer starten of stoppen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="125"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="126"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/shortcuts_dialog.py" line="89"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="93"/>
        <source>&amp;Open another data folder…</source>
        <translation>Een andere gegevensmap &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="87"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>De nieuwste goede reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="131"/>
        <source>Changes made after that are not in it.</source>
        <translation>Wijzigingen van daarna staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="170"/>
        <source>Choose a data folder for netdesk</source>
        <translation>Kies een gegevensmap voor netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="94"/>
        <source>Choose a folder holding a netdesk data file, or an empty folder to start a new one. Nothing here is changed.</source>
        <translation>Kies een map met een gegevensbestand van netdesk, of een lege map om een nieuw bestand te beginnen. Hier wordt niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="102"/>
        <source>Leave everything as it is, and close netdesk.</source>
        <translation>Alles laten zoals het is, en netdesk sluiten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="182"/>
        <source>The backup could not be restored</source>
        <translation>De reservekopie kon niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="132"/>
        <source>The backup from {when}. {lost} Your current file is kept, unchanged, as {kept}.</source>
        <translation>De reservekopie van {when}. {lost} Je huidige bestand wordt ongewijzigd bewaard als {kept}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="126"/>
        <source>The backup is older than this file: every change made since {when}, including those made with the newer netdesk, is not in it.</source>
        <translation>De reservekopie is ouder dan dit bestand: alle wijzigingen sinds {when}, ook die met de nieuwere netdesk, staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="69"/>
        <source>netdesk cannot open your data</source>
        <translation>netdesk kan je gegevens niet openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="183"/>
        <source>netdesk could not put the backup {backup} in place of {path} ({reason}). Your data file has not been deleted. Backups are in {folder}.</source>
        <translation>netdesk kon de reservekopie {backup} niet in de plaats van {path} zetten ({reason}). Je gegevensbestand is niet verwijderd. De reservekopieën staan in {folder}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/startup_problem_dialog.py" line="120"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
</context>
<context>
    <name>StreakChart</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="42"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contactpersoon toegevoegd</numerusform>
            <numerusform>%n contactpersonen toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="39"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="76"/>
        <source>%n day(s) with networking in the last twelve weeks</source>
        <translation>
            <numerusform>%n dag met netwerken in de afgelopen twaalf weken</numerusform>
            <numerusform>%n dagen met netwerken in de afgelopen twaalf weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="41"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n bericht verstuurd</numerusform>
            <numerusform>%n berichten verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/streak_chart.py" line="40"/>
        <source>%n thank-you(s) sent</source>
        <translation>
            <numerusform>%n bedankje verstuurd</numerusform>
            <numerusform>%n bedankjes verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/streak_chart.py" line="66"/>
        <source>Networking activity over the last twelve weeks</source>
        <translation>Netwerkactiviteit in de afgelopen twaalf weken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/streak_chart.py" line="37"/>
        <source>No networking</source>
        <translation>Niet genetwerkt</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../netdesk/views/table_panel.py" line="264"/>
        <source>Check the spelling, or search for part of a name. Press Esc in the search field to see the whole list again.</source>
        <translation>Controleer de spelling, of zoek op een deel van een naam. Druk op Esc in het zoekveld om de hele lijst weer te zien.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/table_panel.py" line="268"/>
        <source>Clear the search</source>
        <translation>De zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/table_panel.py" line="255"/>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="128"/>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="108"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="138"/>
        <source>&amp;LinkedIn note limit:</source>
        <translation>&amp;Limiet LinkedIn-notitie:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="107"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="75"/>
        <source>&amp;New from this one</source>
        <translation>&amp;Nieuw op basis van deze</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="103"/>
        <source>&amp;Restore default</source>
        <translation>&amp;Standaard terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="102"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="112"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="186"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="186"/>
        <source>Default, edited</source>
        <translation>Standaard, bewerkt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="430"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="426"/>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="427"/>
        <source>Delete the template “{name}”? Messages already sent keep their text.</source>
        <translation>Het sjabloon “{name}” verwijderen? Berichten die al verstuurd zijn, houden hun tekst.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="95"/>
        <source>Insert a placeholder…</source>
        <translation>Een invulveld invoegen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="130"/>
        <source>LinkedIn allows 300 characters in an invitation note (200 on some free accounts).</source>
        <translation>LinkedIn staat 300 tekens toe in een notitie bij een uitnodiging (200 bij sommige gratis accounts).</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="57"/>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="405"/>
        <source>My {kind}</source>
        <translation>Mijn {kind}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="278"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="109"/>
        <source>S&amp;ubject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="312"/>
        <source>Save your changes to “{name}”?</source>
        <translation>Je wijzigingen in “{name}” opslaan?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="137"/>
        <source>Sign messages &amp;as:</source>
        <translation>Berichten ondertekenen &amp;als:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="444"/>
        <source>Sign messages as</source>
        <translation>Berichten ondertekenen als</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="279"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="280"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="66"/>
        <source>Texts for the messages netdesk helps you write. Words in braces, like {first_name}, are filled in from the person, the conversation and your job goal.</source>
        <translation>Teksten voor de berichten die netdesk je helpt schrijven. Woorden tussen accolades, zoals {first_name}, worden ingevuld vanuit de persoon, het gesprek en je baandoel.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="317"/>
        <source>The text has a problem to fix before it can be saved: {problems}</source>
        <translation>De tekst heeft een probleem dat eerst moet worden opgelost voordat hij kan worden opgeslagen: {problems}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="309"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/templates_dialog.py" line="124"/>
        <source>fills in {my_name}</source>
        <translation>vult {my_name} in</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_panel.py" line="478"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_panel.py" line="457"/>
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n ding te doen</numerusform>
            <numerusform>%n dingen te doen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="658"/>
        <source>A note that tells them what you are looking for</source>
        <translation>Een bericht dat vertelt wat je zoekt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="632"/>
        <source>Briefing…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="806"/>
        <source>Could not {action}</source>
        <translation>Niet gelukt: {action}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="547"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="845"/>
        <source>Gathering what is waiting for you…</source>
        <translation>Even kijken wat er op je wacht…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="681"/>
        <source>Hide them from Today for a week</source>
        <translation>Een week verbergen op Vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="517"/>
        <source>I have thanked them (another way)</source>
        <translation>Ik heb ze bedankt (op een andere manier)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="543"/>
        <source>I reminded them (another way): ask again in a week</source>
        <translation>Ik heb ze herinnerd (op een andere manier): vraag het over een week opnieuw</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="549"/>
        <source>It has been done</source>
        <translation>Het is gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="587"/>
        <location filename="../../netdesk/views/today_panel.py" line="662"/>
        <location filename="../../netdesk/views/today_panel.py" line="674"/>
        <source>Log conversation…</source>
        <translation>Gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="763"/>
        <source>Mark promise done</source>
        <translation>Toezegging gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="752"/>
        <source>Mark reminded</source>
        <translation>Herinnerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="772"/>
        <source>Mark reported back</source>
        <translation>Teruggekoppeld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="742"/>
        <source>Mark thanks sent</source>
        <translation>Bedankje verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="293"/>
        <source>Message templates…</source>
        <translation>Berichtsjablonen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="457"/>
        <source>Nothing waiting for you.</source>
        <translation>Er wacht niets op je.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="519"/>
        <location filename="../../netdesk/views/today_panel.py" line="551"/>
        <location filename="../../netdesk/views/today_panel.py" line="595"/>
        <location filename="../../netdesk/views/today_panel.py" line="617"/>
        <location filename="../../netdesk/views/today_panel.py" line="643"/>
        <location filename="../../netdesk/views/today_panel.py" line="665"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="641"/>
        <source>Prepare the meeting step by step, then print its briefing</source>
        <translation>De afspraak stap voor stap voorbereiden, en daarna de briefing printen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="639"/>
        <source>Prepare…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="634"/>
        <source>Preview and print the briefing to take along</source>
        <translation>De briefing bekijken en printen om mee te nemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="295"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="296"/>
        <source>Refresh (F5)</source>
        <translation>Vernieuwen (F5)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="541"/>
        <source>Reminded</source>
        <translation>Herinnerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="613"/>
        <source>Reported back</source>
        <translation>Teruggekoppeld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="490"/>
        <source>Set my job goal…</source>
        <translation>Mijn baandoel instellen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="592"/>
        <location filename="../../netdesk/views/today_panel.py" line="679"/>
        <source>Snooze a week</source>
        <translation>Een week uitstellen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="789"/>
        <source>Snooze for a week</source>
        <translation>Een week uitstellen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="515"/>
        <source>Thanks sent</source>
        <translation>Bedankje verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="615"/>
        <source>They know how it went (I told them another way)</source>
        <translation>Ze weten hoe het ging (ik heb het op een andere manier verteld)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="318"/>
        <source>Today gathers what keeps your network alive: thank-you notes still to send, promises due for a reminder, people you have not spoken to for a while, referrals to follow up, and your coming meetings. When something is due, it appears here.

A few minutes of networking every day adds up: perhaps send someone a short message to keep in touch.</source>
        <translation>Vandaag verzamelt wat je netwerk levend houdt: bedankjes die je nog moet sturen, toezeggingen waar je aan mag herinneren, mensen die je al een tijd niet hebt gesproken, doorverwijzingen om op te volgen en je komende afspraken. Als er iets te doen is, verschijnt het hier.

Elke dag een paar minuten netwerken telt op: stuur iemand misschien een kort bericht om contact te houden.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="451"/>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="580"/>
        <source>Write invitation…</source>
        <translation>Uitnodiging schrijven…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="564"/>
        <location filename="../../netdesk/views/today_panel.py" line="656"/>
        <source>Write note…</source>
        <translation>Bericht schrijven…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="534"/>
        <source>Write reminder…</source>
        <translation>Herinnering schrijven…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="606"/>
        <source>Write report…</source>
        <translation>Terugkoppeling schrijven…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_panel.py" line="508"/>
        <source>Write thank-you…</source>
        <translation>Bedankje schrijven…</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../netdesk/views/tour.py" line="51"/>
        <source>A short tour of netdesk</source>
        <translation>Een korte rondleiding door netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="78"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="115"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="136"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="200"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="76"/>
        <source>End the tour (Esc). Help → Tour shows it again.</source>
        <translation>De rondleiding beëindigen (Esc). Help → Rondleiding toont hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="116"/>
        <source>Everyone you know, and where they work. Tell them what kind of job you are looking for, and note how often you want to keep in touch.</source>
        <translation>Iedereen die je kent, en waar ze werken. Vertel ze wat voor baan je zoekt, en noteer hoe vaak je contact wilt houden.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="151"/>
        <source>Have a brief, clear introduction ready: who you are, what you want and what you can do. Write it, time it and rehearse it.</source>
        <translation>Zorg voor een korte, duidelijke introductie: wie je bent, wat je wilt en wat je kunt. Schrijf hem, time hem en oefen hem.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="129"/>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="137"/>
        <source>Keep an overview of whom you spoke to, about what and when, whom they referred you to, and whether you sent a message of thanks.</source>
        <translation>Houd overzicht van wie je sprak, waarover en wanneer, naar wie ze je doorverwezen en of je een bedankje hebt gestuurd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="157"/>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="108"/>
        <source>Network a little every day. Today shows what to do now: thank-you notes to send, promises due for a reminder, people who have not heard from you in a while, and your coming meetings.</source>
        <translation>Netwerk elke dag een beetje. Vandaag laat zien wat je nu kunt doen: bedankjes om te sturen, toezeggingen waar je aan mag herinneren, mensen die al een tijd niets van je hebben gehoord, en je komende afspraken.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="158"/>
        <source>Never go ill-prepared. Prepare a networking interview step by step, print a briefing to take along, and note afterwards how it helped.</source>
        <translation>Ga nooit onvoorbereid. Bereid een netwerkgesprek stap voor stap voor, print een briefing om mee te nemen, en noteer achteraf hoe het je hielp.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="80"/>
        <location filename="../../netdesk/views/tour.py" line="200"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="197"/>
        <source>Open it with {keys}</source>
        <translation>Open het met {keys}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="122"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="150"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="143"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="75"/>
        <source>Skip tour</source>
        <translation>Rondleiding overslaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="192"/>
        <source>Step {step} of {count}</source>
        <translation>Stap {step} van {count}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="123"/>
        <source>The employers your contacts work for and those you would like to work for, with your research: culture, positions and availability of work.</source>
        <translation>De werkgevers waar je contacten werken en die waar jij graag zou werken, met je onderzoek: cultuur, functies en beschikbaarheid van werk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="107"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="144"/>
        <source>What people offered to do for you, and you for them. Send a reminder when a promise is due, and be a good contact to others too.</source>
        <translation>Wat mensen aanboden voor jou te doen, en jij voor hen. Stuur een herinnering als een toezegging verloopt, en wees zelf ook een goed contact voor anderen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/tour.py" line="130"/>
        <source>Where the people you know work, by sector, and the target employers where you know nobody yet: ask your contacts who could introduce you.</source>
        <translation>Waar de mensen die je kent werken, per sector, en de doelwerkgevers waar je nog niemand kent: vraag je contactpersonen wie je daar kan introduceren.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="67"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="69"/>
        <source>&amp;Empty trash…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="65"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="43"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="45"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="138"/>
        <source>Delete all {count} record(s) in the trash for good? This cannot be undone. Backups made earlier still contain them.</source>
        <translation>Alle {count} item(s) in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt. Eerder gemaakte reservekopieën bevatten ze nog.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="122"/>
        <location filename="../../netdesk/views/trash_dialog.py" line="127"/>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="123"/>
        <source>Delete {count} record(s) for good? This cannot be undone. Backups made earlier still contain them.</source>
        <translation>{count} item(s) definitief verwijderen? Dit kan niet ongedaan worden gemaakt. Eerder gemaakte reservekopieën bevatten ze nog.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="59"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="51"/>
        <source>Deleted records wait here until you empty the trash. A deleted person&apos;s conversations and promises come back with them when restored.</source>
        <translation>Verwijderde items wachten hier tot je de prullenbak leegt. Als je een verwijderde persoon terugzet, komen diens gesprekken en toezeggingen mee terug.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="137"/>
        <location filename="../../netdesk/views/trash_dialog.py" line="142"/>
        <source>Empty trash</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="48"/>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="44"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="47"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="46"/>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="64"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/trash_dialog.py" line="38"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="86"/>
        <source>Add my first contact…</source>
        <translation>Mijn eerste contactpersoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="73"/>
        <source>Already connected on LinkedIn?</source>
        <translation>Al verbonden op LinkedIn?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="74"/>
        <source>Bring in everyone you are connected with, with where they work. To get the file from LinkedIn:
1. Open LinkedIn and choose Me → Settings &amp; Privacy.
2. Under Data privacy, choose Get a copy of your data.
3. Tick Connections only, and request the archive.
4. LinkedIn emails you a link, usually within minutes; the download holds Connections.csv.
Then choose the file here. You see a preview before anything is saved.</source>
        <translation>Haal iedereen binnen met wie je verbonden bent, met waar ze werken. Zo krijg je het bestand van LinkedIn:
1. Open LinkedIn en kies Ik → Instellingen en privacy.
2. Kies onder Gegevensprivacy: Een kopie van je gegevens downloaden.
3. Vink alleen Connecties aan en vraag het archief aan.
4. LinkedIn mailt je een link, meestal binnen een paar minuten; de download bevat Connections.csv.
Kies daarna hier het bestand. Je ziet eerst een voorbeeld voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="98"/>
        <source>Explore the demo network</source>
        <translation>Het demonetwerk verkennen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="68"/>
        <source>Import my LinkedIn connections…</source>
        <translation>Mijn LinkedIn-connecties importeren…</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="102"/>
        <source>Just looking around?</source>
        <translation>Even rondkijken?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="57"/>
        <source>Most jobs are found through people. netdesk keeps track of who you know, where they work, what you talked about, whom they referred you to, and whether you thanked them. Everything stays on this computer.

How would you like to start?</source>
        <translation>De meeste banen vind je via mensen. netdesk houdt bij wie je kent, waar ze werken, waarover je sprak, naar wie ze je doorverwezen en of je ze bedankt hebt. Alles blijft op deze computer.

Hoe wil je beginnen?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="103"/>
        <source>See netdesk at work with invented people before you type anything. The demo opens in a separate window on a throwaway copy; it never mixes with your own data.</source>
        <translation>Zie netdesk aan het werk met verzonnen mensen voordat je iets typt. De demo opent in een apart venster op een wegwerpkopie; hij raakt nooit aan je eigen gegevens.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="91"/>
        <source>Start with one person you could ask for advice: a former colleague, a teacher, a friend who works where you would like to work. You can add the rest later, one by one or from a file.</source>
        <translation>Begin met één persoon die je om advies zou kunnen vragen: een oud-collega, een docent, een vriend die werkt waar jij graag zou werken. De rest kun je later toevoegen, een voor een of uit een bestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="90"/>
        <source>Starting from scratch?</source>
        <translation>Helemaal vanaf nul beginnen?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/welcome.py" line="50"/>
        <source>Welcome to netdesk</source>
        <translation>Welkom bij netdesk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../netdesk/app.py" line="218"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="204"/>
        <source>netdesk cannot open your data</source>
        <translation>netdesk kan je gegevens niet openen</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="221"/>
        <source>netdesk hit an unexpected problem: {message}

Everything saved before this is safe. Please report the details below.</source>
        <translation>netdesk liep tegen een onverwacht probleem aan: {message}

Alles wat je daarvoor hebt opgeslagen, is veilig. Meld alsjeblieft de details hieronder.</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="188"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="199"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="198"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="198"/>
        <source>Dark text on a light background</source>
        <translation>Donkere tekst op een lichte achtergrond</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="196"/>
        <source>Light or dark as your computer is set</source>
        <translation>Licht of donker, zoals je computer is ingesteld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="199"/>
        <source>Light text on a dark background</source>
        <translation>Lichte tekst op een donkere achtergrond</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/appearance.py" line="195"/>
        <source>Like the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="92"/>
        <source>A networking interview is for information and advice, not a request for a job.</source>
        <translation>Een netwerkgesprek is voor informatie en advies, niet om een baan te vragen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="110"/>
        <source>Afterwards</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="85"/>
        <source>Availability of work</source>
        <translation>Beschikbaarheid van werk</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="37"/>
        <location filename="../../netdesk/printing/briefing_print.py" line="38"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="36"/>
        <source>Briefing: {name}</source>
        <translation>Briefing: {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="107"/>
        <source>Business cards</source>
        <translation>Visitekaartjes</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="106"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="66"/>
        <source>CV not ready</source>
        <translation>Cv niet klaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="43"/>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="42"/>
        <source>Coffee</source>
        <translation>Koffie</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="50"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="113"/>
        <source>Connect on LinkedIn with a personal note</source>
        <translation>Maak contact op LinkedIn met een persoonlijke notitie</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="83"/>
        <source>Culture</source>
        <translation>Cultuur</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="53"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="44"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="72"/>
        <source>First met</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="99"/>
        <source>From my pitch “{name}”.</source>
        <translation>Uit mijn pitch “{name}”.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="71"/>
        <source>How we met</source>
        <translation>Hoe we elkaar kennen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="79"/>
        <source>I offered</source>
        <translation>Ik bood aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="73"/>
        <source>Led to them by</source>
        <translation>Bij hen gekomen via</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="55"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="115"/>
        <source>Log the conversation in netdesk, with any new referrals and promises</source>
        <translation>Leg het gesprek vast in netdesk, met nieuwe doorverwijzingen en toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="109"/>
        <source>Meeting confirmed</source>
        <translation>Afspraak bevestigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="95"/>
        <source>My introduction</source>
        <translation>Mijn introductie</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="101"/>
        <source>My questions</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="41"/>
        <source>Networking interview</source>
        <translation>Netwerkgesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="96"/>
        <source>No introduction chosen yet.</source>
        <translation>Nog geen introductie gekozen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="69"/>
        <source>No person chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="91"/>
        <source>No purpose written down yet.</source>
        <translation>Nog geen doel opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="102"/>
        <source>No questions prepared yet.</source>
        <translation>Nog geen vragen voorbereid.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="89"/>
        <source>No research written down yet.</source>
        <translation>Nog geen onderzoek opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="77"/>
        <source>Open promises</source>
        <translation>Open toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="75"/>
        <source>Our conversations so far</source>
        <translation>Onze gesprekken tot nu toe</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="54"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="84"/>
        <source>Positions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="86"/>
        <source>Recent news</source>
        <translation>Recent nieuws</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="82"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="108"/>
        <source>Route or video link checked</source>
        <translation>Route of videolink gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="112"/>
        <source>Send thanks within 24 hours, saying how the conversation helped</source>
        <translation>Stuur binnen 24 uur een bedankje, en vertel hoe het gesprek hielp</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="56"/>
        <source>Still missing:</source>
        <translation>Nog niet gedaan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="100"/>
        <source>Tailored for this meeting from my pitch “{name}”.</source>
        <translation>Voor deze afspraak aangepast vanuit mijn pitch “{name}”.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="114"/>
        <source>Tell whoever referred me how it went</source>
        <translation>Vertel wie me doorverwees hoe het ging</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="98"/>
        <source>That is {over} seconds over the {target} seconds I aimed for.</source>
        <translation>Dat is {over} seconden boven de {target} seconden die ik wilde.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="70"/>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="87"/>
        <source>The position or field</source>
        <translation>De functie of het vakgebied</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="88"/>
        <source>Their background</source>
        <translation>Hun achtergrond</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="78"/>
        <source>They offered</source>
        <translation>Zij boden aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="74"/>
        <source>They referred me to</source>
        <translation>Zij verwezen me naar</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="105"/>
        <source>To bring and check</source>
        <translation>Meenemen en controleren</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="76"/>
        <source>We have not spoken before.</source>
        <translation>We hebben elkaar nog niet eerder gesproken.</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="90"/>
        <source>What I want to learn</source>
        <translation>Wat ik wil leren</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="47"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="48"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="103"/>
        <source>asked before, on {date}</source>
        <translation>al eerder gevraagd, op {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="104"/>
        <source>came up on {date}: {topic}</source>
        <translation>kwam ter sprake op {date}: {topic}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="39"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="80"/>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="62"/>
        <source>fewer than five questions</source>
        <translation>minder dan vijf vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="63"/>
        <source>more than ten questions</source>
        <translation>meer dan tien vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="59"/>
        <source>no introduction</source>
        <translation>geen introductie</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="58"/>
        <source>no purpose written down</source>
        <translation>geen doel opgeschreven</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="64"/>
        <source>no question asking whom else to talk to</source>
        <translation>geen vraag met wie je nog meer kunt praten</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="61"/>
        <source>no questions</source>
        <translation>geen vragen</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="60"/>
        <source>no research</source>
        <translation>geen onderzoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="49"/>
        <source>not set yet</source>
        <translation>nog niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="52"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="81"/>
        <source>overdue, was due {date}</source>
        <translation>te laat, was uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="117"/>
        <source>prepared {date}</source>
        <translation>voorbereid {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="67"/>
        <source>route or link not checked</source>
        <translation>route of link niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="175"/>
        <source>the PDF could not be written</source>
        <translation>de PDF kon niet worden geschreven</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="65"/>
        <source>the meeting is not confirmed</source>
        <translation>de afspraak is niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="51"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="46"/>
        <source>{position} at {organisation}</source>
        <translation>{position} bij {organisation}</translation>
    </message>
    <message>
        <location filename="../../netdesk/printing/briefing_print.py" line="97"/>
        <source>{words} words: about {seconds} seconds spoken, at {rate} words a minute.</source>
        <translation>{words} woorden: ongeveer {seconds} seconden gesproken, bij {rate} woorden per minuut.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="18"/>
        <source>Follow up with {name}</source>
        <translation>Opvolgen: {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="19"/>
        <source>Keep in touch every {days} days. Last in touch: {last}.</source>
        <translation>Contact houden elke {days} dagen. Laatste contact: {last}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="26"/>
        <source>Meeting with {name}</source>
        <translation>Afspraak met {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="27"/>
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="21"/>
        <source>Promised {name}: {description}</source>
        <translation>Toegezegd aan {name}: {description}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="22"/>
        <source>Remind {name}: {description}</source>
        <translation>{name} herinneren: {description}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="20"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="25"/>
        <source>{channel} with {name}</source>
        <translation>{channel} met {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="24"/>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/calendar_wording.py" line="23"/>
        <source>{kind} with {name}</source>
        <translation>{kind} met {name}</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="24"/>
        <source>Coffee</source>
        <translation>Koffie</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="27"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="29"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="23"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="28"/>
        <source>LinkedIn message</source>
        <translation>LinkedIn-bericht</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="30"/>
        <source>Networking interview</source>
        <translation>Netwerkgesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="25"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/channel_names.py" line="26"/>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="98"/>
        <source>  {table}: {now} now, {after} after restoring</source>
        <translation>  {table}: {now} nu, {after} na terugzetten</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="200"/>
        <source>Backup written: {path}</source>
        <translation>Reservekopie geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="389"/>
        <source>Briefing saved: {path}</source>
        <translation>Briefing opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="288"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="290"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="258"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="286"/>
        <source>Data file</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="258"/>
        <source>Data file already existed</source>
        <translation>Gegevensbestand bestond al</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="262"/>
        <source>Demo network: {contacts} contacts at {organisations} organisations, {conversations} conversations, {promises} open promises.</source>
        <translation>Demonetwerk: {contacts} contactpersonen bij {organisations} organisaties, {conversations} gesprekken, {promises} open toezeggingen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="55"/>
        <location filename="../../netdesk/cli_interchange.py" line="103"/>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="140"/>
        <source>Duplicates (nothing written):</source>
        <translation>Dubbelen (niets geschreven):</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="125"/>
        <source>Export every contact as vCard or a spreadsheet-safe CSV, follow-ups, promises and meetings as an iCalendar file, or everything as a JSON backup.</source>
        <translation>Exporteer elke contactpersoon als vCard of als spreadsheetveilige CSV, opvolgingen, toezeggingen en afspraken als iCalendar-bestand, of alles als JSON-reservekopie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="410"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="102"/>
        <source>Import contacts from a file. The format is detected from the file&apos;s content unless --format says it. Every row is listed as new, updated, duplicate or skipped (with the reason); everything is written in one go, or nothing.</source>
        <translation>Contactpersonen importeren uit een bestand. Het formaat wordt herkend aan de inhoud van het bestand, tenzij --format het aangeeft. Elke rij wordt vermeld als nieuw, bijgewerkt, dubbel of overgeslagen (met de reden); alles wordt in één keer geschreven, of niets.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="59"/>
        <source>Imported: {new} new contacts, {updated} updated.</source>
        <translation>Geïmporteerd: {new} nieuwe contactpersonen, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="292"/>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="410"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="398"/>
        <source>No meetings yet. Prepare one in netdesk with Ctrl+I.</source>
        <translation>Nog geen afspraken. Bereid er een voor in netdesk met Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="64"/>
        <source>Nothing to import: every contact in the file is already known.</source>
        <translation>Niets te importeren: elke contactpersoon in het bestand is al bekend.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="289"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="410"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="291"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="120"/>
        <source>Restored. The data as it was before is kept in {path}</source>
        <translation>Teruggezet. De gegevens zoals ze eerst waren, staan in {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="83"/>
        <source>Save the printed briefing for a meeting (by default the next upcoming one) as a PDF.</source>
        <translation>De geprinte briefing voor een afspraak (standaard de eerstvolgende) opslaan als PDF.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="287"/>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="141"/>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="410"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="139"/>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="410"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="407"/>
        <source>call</source>
        <translation>telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="406"/>
        <source>coffee</source>
        <translation>koffie</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="384"/>
        <source>could not write the PDF to {path}: {reason}.</source>
        <translation>kon de PDF niet schrijven naar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="189"/>
        <source>could not write {path}: {reason}.</source>
        <translation>kon {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="62"/>
        <source>create the data file if it does not exist</source>
        <translation>het gegevensbestand aanmaken als het nog niet bestaat</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="281"/>
        <source>current</source>
        <translation>actueel</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="402"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="400"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="408"/>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="124"/>
        <source>export contacts (vCard, CSV), the calendar (iCalendar) or a backup (JSON)</source>
        <translation>contactpersonen (vCard, CSV), de agenda (iCalendar) of een reservekopie (JSON) exporteren</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="63"/>
        <source>fill it with the demo network</source>
        <translation>vul het met het demonetwerk</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="50"/>
        <source>folder holding the data file (default: $NETDESK_DATA_DIR, else your user-data folder)</source>
        <translation>map met het gegevensbestand (standaard: $NETDESK_DATA_DIR, anders je map voor gebruikersgegevens)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="120"/>
        <source>for a JSON backup: replace the data already there (a copy of it is kept first)</source>
        <translation>bij een JSON-reservekopie: de gegevens die er al staan vervangen (er wordt eerst een kopie bewaard)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="132"/>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="140"/>
        <source>iCalendar: follow-ups and promises as to-dos rather than events</source>
        <translation>iCalendar: opvolgingen en toezeggingen als taken in plaats van afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="101"/>
        <source>import contacts from LinkedIn, a vCard file, Google or Outlook</source>
        <translation>contactpersonen importeren uit LinkedIn, een vCard-bestand, Google of Outlook</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="68"/>
        <source>language of the demo network (default: the interface language)</source>
        <translation>taal van het demonetwerk (standaard: de taal van de interface)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="155"/>
        <source>line {row}</source>
        <translation>regel {row}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="153"/>
        <source>line {row}, {name}</source>
        <translation>regel {row}, {name}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="97"/>
        <source>list the meetings with their ids and stop</source>
        <translation>de afspraken met hun id&apos;s tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="43"/>
        <source>netdesk: your professional network during a job search.</source>
        <translation>netdesk: je professionele netwerk tijdens het zoeken naar werk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="405"/>
        <source>networking interview</source>
        <translation>netwerkgesprek</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="283"/>
        <source>older; it is upgraded the next time netdesk opens it</source>
        <translation>ouder; het wordt bijgewerkt als netdesk het de volgende keer opent</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="57"/>
        <source>open the window on a temporary copy of the demo network; your data is not touched</source>
        <translation>het venster openen op een tijdelijke kopie van het demonetwerk; je gegevens worden niet aangeraakt</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="401"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="75"/>
        <source>print today&apos;s agenda: thanks to send, promises due, people to keep in touch with, referrals, meetings, and your streak</source>
        <translation>de agenda van vandaag tonen: bedankjes te versturen, toezeggingen die aan de beurt zijn, mensen om weer eens te spreken, doorverwijzingen, afspraken en je netwerkritme</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="82"/>
        <source>save the briefing for a meeting as a PDF, or list the meetings</source>
        <translation>de briefing voor een afspraak opslaan als PDF, of de afspraken tonen</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="71"/>
        <source>show the data file, its version, record counts and integrity</source>
        <translation>het gegevensbestand tonen, met zijn versie, aantallen en integriteit</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="115"/>
        <source>show what would happen; write nothing</source>
        <translation>laten zien wat er zou gebeuren; niets schrijven</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="95"/>
        <source>the PDF file to write</source>
        <translation>het PDF-bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="299"/>
        <source>the data file {path} failed its integrity check: {problem}</source>
        <translation>het gegevensbestand {path} kwam niet door de integriteitscontrole: {problem}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="108"/>
        <source>the file to import</source>
        <translation>het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="130"/>
        <source>the file to write</source>
        <translation>het bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="112"/>
        <source>the file&apos;s format (default: detected); json restores a netdesk backup</source>
        <translation>het formaat van het bestand (standaard: herkend); json zet een reservekopie van netdesk terug</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="92"/>
        <source>the meeting&apos;s id, from --list (default: the next upcoming meeting)</source>
        <translation>het id van de afspraak, uit --list (standaard: de eerstvolgende afspraak)</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="377"/>
        <source>there is no meeting {id}; netdesk briefing --list shows the meetings.</source>
        <translation>er is geen afspraak {id}; netdesk briefing --list toont de afspraken.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="363"/>
        <source>there is no upcoming meeting; give a meeting&apos;s id (netdesk briefing --list shows them).</source>
        <translation>er is geen komende afspraak; geef het id van een afspraak (netdesk briefing --list toont ze).</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="202"/>
        <source>unexpected error ({kind}: {message}); nothing was changed after it.</source>
        <translation>onverwachte fout ({kind}: {message}); daarna is er niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli.py" line="135"/>
        <source>vCard version</source>
        <translation>vCard-versie</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="203"/>
        <source>{count} calendar entries written: {path}</source>
        <translation>{count} agenda-items geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="206"/>
        <source>{count} contacts written: {path}</source>
        <translation>{count} contactpersonen geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="108"/>
        <source>{data} already holds data; restoring would replace all of it. Run again with --replace to do that (a copy of the current data is kept first).</source>
        <translation>{data} bevat al gegevens; terugzetten zou die allemaal vervangen. Voer het opnieuw uit met --replace om dat te doen (er wordt eerst een kopie van de huidige gegevens bewaard).</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="89"/>
        <source>{file}: netdesk backup made {when} by netdesk {version}</source>
        <translation>{file}: reservekopie van netdesk, gemaakt {when} door netdesk {version}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="128"/>
        <source>{file}: {format}, read as {encoding}</source>
        <translation>{file}: {format}, gelezen als {encoding}</translation>
    </message>
    <message>
        <location filename="../../netdesk/cli_interchange.py" line="131"/>
        <source>{new} new, {updated} updated, {duplicates} duplicates, {skipped} skipped</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {duplicates} dubbel, {skipped} overgeslagen</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../netdesk/views/details.py" line="187"/>
        <location filename="../../netdesk/views/details.py" line="246"/>
        <source>(planned)</source>
        <translation>(gepland)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="112"/>
        <source>(target employer)</source>
        <translation>(doelwerkgever)</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="303"/>
        <source>A conversation that helped:</source>
        <translation>Een gesprek dat hielp:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="252"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="221"/>
        <source>Availability of work</source>
        <translation>Beschikbaarheid van werk</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="250"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="171"/>
        <source>Conversations ({count})</source>
        <translation>Gesprekken ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="219"/>
        <source>Corporate culture</source>
        <translation>Bedrijfscultuur</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="60"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="65"/>
        <source>First met</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="279"/>
        <source>Give and take</source>
        <translation>Geven en nemen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="129"/>
        <source>How I was led to them:</source>
        <translation>Hoe ik bij hen kwam:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="265"/>
        <source>How it helped</source>
        <translation>Hoe het hielp</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="64"/>
        <source>How we met</source>
        <translation>Hoe we elkaar kennen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="304"/>
        <source>I did:</source>
        <translation>Ik deed:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="155"/>
        <source>I offered</source>
        <translation>Ik bood aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="305"/>
        <source>I offered:</source>
        <translation>Ik bood aan:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="74"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="301"/>
        <source>Kept their promise:</source>
        <translation>Hielden hun toezegging:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="75"/>
        <source>Last spoke</source>
        <translation>Laatst gesproken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="62"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="213"/>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="102"/>
        <source>Meetings being prepared ({count})</source>
        <translation>Afspraken in voorbereiding ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="67"/>
        <source>Met through</source>
        <translation>Leren kennen via</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="173"/>
        <source>No conversations logged yet. Press Ctrl+L to log one.</source>
        <translation>Nog geen gesprekken vastgelegd. Druk op Ctrl+L om er een vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="237"/>
        <source>Nobody yet. Who might know someone here?</source>
        <translation>Nog niemand. Wie kent hier misschien iemand?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="253"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="85"/>
        <location filename="../../netdesk/views/details.py" line="223"/>
        <location filename="../../netdesk/views/details.py" line="263"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="295"/>
        <source>Nothing yet.</source>
        <translation>Nog niets.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="166"/>
        <source>Open promises ({count})</source>
        <translation>Open toezeggingen ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="249"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="63"/>
        <source>Other links</source>
        <translation>Andere links</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="227"/>
        <source>People I know here ({count})</source>
        <translation>Mensen die ik hier ken ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="61"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="220"/>
        <source>Positions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="222"/>
        <source>Recent news</source>
        <translation>Recent nieuws</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="122"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="255"/>
        <location filename="../../netdesk/views/details.py" line="302"/>
        <source>Referred me to</source>
        <translation>Verwees me naar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="193"/>
        <source>Referred me to:</source>
        <translation>Verwees me naar:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="72"/>
        <source>Relevance</source>
        <translation>Relevantie</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="212"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="251"/>
        <source>Started by</source>
        <translation>Begonnen door</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="73"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="208"/>
        <source>Target employer</source>
        <translation>Doelwerkgever</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="258"/>
        <source>Thanks</source>
        <translation>Bedankje</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="198"/>
        <source>Thanks not sent yet</source>
        <translation>Nog niet bedankt</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="196"/>
        <source>Thanks sent {date}</source>
        <translation>Bedankje verstuurd {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="281"/>
        <source>They have helped you {count} times and you have not offered anything back yet. People help more gladly when contact is not only about what you need: is there something you could do for them?</source>
        <translation>Ze hebben je {count} keer geholpen en je hebt nog niets teruggedaan. Mensen helpen graag als het contact niet alleen draait om wat jij nodig hebt: kun jij iets voor hen doen?</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="153"/>
        <source>They offered</source>
        <translation>Zij boden aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="133"/>
        <source>They referred me to:</source>
        <translation>Zij verwezen me naar:</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="253"/>
        <source>Told my goal</source>
        <translation>Mijn doel verteld</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="214"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="289"/>
        <source>What I did or offered ({count})</source>
        <translation>Wat ik deed of aanbood ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="288"/>
        <source>What they did for me ({count})</source>
        <translation>Wat zij voor mij deden ({count})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="253"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="159"/>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="94"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="271"/>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="159"/>
        <source>overdue since {date}</source>
        <translation>te laat sinds {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="272"/>
        <source>sent {date}</source>
        <translation>verstuurd {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="114"/>
        <source>{position} at {organisation}</source>
        <translation>{position} bij {organisation}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/details.py" line="96"/>
        <source>{when} (draft)</source>
        <translation>{when} (concept)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="98"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="112"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n maand geleden</numerusform>
            <numerusform>%n maanden geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="105"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week geleden</numerusform>
            <numerusform>%n weken geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="138"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="149"/>
        <source>I offered them</source>
        <translation>Ik bood hen aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="136"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="143"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="137"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="143"/>
        <source>Them</source>
        <translation>Zij</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="148"/>
        <source>They offered me</source>
        <translation>Zij boden mij aan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="165"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="100"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="114"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>over %n maand</numerusform>
            <numerusform>over %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/models/formatting.py" line="107"/>
        <source>in %n week(s)</source>
        <translation>
            <numerusform>over %n week</numerusform>
            <numerusform>over %n weken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="86"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="90"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="88"/>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/formatting.py" line="72"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../netdesk/messages.py" line="126"/>
        <source>Google Contacts (CSV)</source>
        <translation>Google Contacten (CSV)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="148"/>
        <source>LinkedIn address</source>
        <translation>LinkedIn-adres</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="124"/>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-connecties (CSV)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="127"/>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-contactpersonen (CSV)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="67"/>
        <source>The data file {path} is damaged ({detail}). netdesk has not changed it. Restore the newest backup from {backups}.</source>
        <translation>Het gegevensbestand {path} is beschadigd ({detail}). netdesk heeft het niet veranderd. Zet de nieuwste reservekopie terug uit {backups}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="53"/>
        <source>The data file {path} is empty (0 bytes), perhaps cut short by a crash or a full disk. netdesk has not changed it. Restore a backup from {backups}, or move the file away to start a new one.</source>
        <translation>Het gegevensbestand {path} is leeg (0 bytes), misschien afgebroken door een crash of een volle schijf. netdesk heeft het niet veranderd. Zet een reservekopie terug uit {backups}, of verplaats het bestand om een nieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="42"/>
        <source>The data file {path} was written by a newer netdesk (data version {found}; this netdesk knows up to {known}). It has not been changed. Install the newer netdesk to open it.</source>
        <translation>Het gegevensbestand {path} is geschreven door een nieuwere netdesk (gegevensversie {found}; deze netdesk kent tot en met {known}). Het is niet veranderd. Installeer de nieuwere netdesk om het te openen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="81"/>
        <source>The data file {path} was written by a newer netdesk.</source>
        <translation>Het gegevensbestand {path} is geschreven door een nieuwere netdesk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="48"/>
        <source>The data in {folder} is already open in another netdesk window (process {pid} on {host}). Switch to that window, or close it and start netdesk again.</source>
        <translation>De gegevens in {folder} zijn al geopend in een ander netdesk-venster (proces {pid} op {host}). Ga naar dat venster, of sluit het en start netdesk opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="80"/>
        <source>The data in {path} is open in another netdesk.</source>
        <translation>De gegevens in {path} zijn geopend in een andere netdesk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="63"/>
        <source>The file {path} is an SQLite database of another program, not a netdesk data file. netdesk has not changed it. Choose another data folder with --data-dir.</source>
        <translation>Het bestand {path} is een SQLite-database van een ander programma, geen gegevensbestand van netdesk. netdesk heeft het niet veranderd. Kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="58"/>
        <source>The file {path} is not a netdesk data file (it is not an SQLite database). netdesk has not changed it. Restore a backup from {backups}, or choose another data folder with --data-dir.</source>
        <translation>Het bestand {path} is geen gegevensbestand van netdesk (het is geen SQLite-database). netdesk heeft het niet veranderd. Zet een reservekopie terug uit {backups}, of kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="79"/>
        <source>There is no data file at {path}.</source>
        <translation>Er is geen gegevensbestand in {path}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="269"/>
        <source>adds {fields}</source>
        <translation>voegt {fields} toe</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="273"/>
        <source>already known, nothing new</source>
        <translation>al bekend, niets nieuws</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="130"/>
        <source>calendar (iCalendar)</source>
        <translation>agenda (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="159"/>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="142"/>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="151"/>
        <source>connected on</source>
        <translation>verbonden op</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="144"/>
        <location filename="../../netdesk/messages.py" line="145"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="152"/>
        <source>first met</source>
        <translation>eerste ontmoeting</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="138"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="153"/>
        <source>how we met</source>
        <translation>hoe we elkaar kennen</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="157"/>
        <source>keep in touch every</source>
        <translation>contact houden elke</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="139"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="259"/>
        <source>line {row}, {problem}</source>
        <translation>regel {row}, {problem}</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="279"/>
        <source>matches a contact in the trash; restore it from Edit → Trash first</source>
        <translation>komt overeen met een contactpersoon in de prullenbak; zet die eerst terug via Bewerken → Prullenbak</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="158"/>
        <source>met through</source>
        <translation>leren kennen via</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="243"/>
        <source>more cells than the header has columns (&quot;{value}&quot;).</source>
        <translation>meer cellen dan de kopregel kolommen heeft (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="140"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="128"/>
        <source>netdesk backup (JSON)</source>
        <translation>reservekopie van netdesk (JSON)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="312"/>
        <source>netdesk could not save to {path}: another program kept the file locked. Nothing was changed. Close programs that may be using it, then save again.</source>
        <translation>netdesk kon niet opslaan in {path}: een ander programma hield het bestand vast. Er is niets veranderd. Sluit programma&apos;s die het misschien gebruiken en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="316"/>
        <source>netdesk could not save to {path}: it may not open the file or create files beside it ({detail}). Nothing was changed. Check the folder&apos;s permissions.</source>
        <translation>netdesk kon niet opslaan in {path}: het mag het bestand niet openen of er geen bestanden naast maken ({detail}). Er is niets veranderd. Controleer de rechten van de map.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="304"/>
        <source>netdesk could not save to {path}: the disk is full. Nothing was changed. Free some space, then save again.</source>
        <translation>netdesk kon niet opslaan in {path}: de schijf is vol. Er is niets veranderd. Maak wat ruimte vrij en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="308"/>
        <source>netdesk could not save to {path}: the disk reported an error ({detail}). Nothing was changed. Check the disk (or network share), then save again.</source>
        <translation>netdesk kon niet opslaan in {path}: de schijf meldde een fout ({detail}). Er is niets veranderd. Controleer de schijf (of netwerkshare) en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="300"/>
        <source>netdesk could not save to {path}: the file or its folder is read-only. Nothing was changed. Make the file and its folder writable, then save again.</source>
        <translation>netdesk kon niet opslaan in {path}: het bestand of de map is alleen-lezen. Er is niets veranderd. Maak het bestand en de map beschrijfbaar en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="71"/>
        <source>netdesk may not read or write {path} ({detail}). Check the file&apos;s permissions.</source>
        <translation>netdesk mag {path} niet lezen of schrijven ({detail}). Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="267"/>
        <source>new contact</source>
        <translation>nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="154"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="141"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="146"/>
        <location filename="../../netdesk/messages.py" line="147"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="143"/>
        <source>position</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="156"/>
        <source>relevance</source>
        <translation>relevantie</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="258"/>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="275"/>
        <source>same person as line {row}</source>
        <translation>dezelfde persoon als regel {row}</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="129"/>
        <source>spreadsheet (CSV)</source>
        <translation>spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="155"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="248"/>
        <source>the card starting here has a line that is not a vCard property (&quot;{value}&quot;).</source>
        <translation>de kaart die hier begint, heeft een regel die geen vCard-eigenschap is (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="251"/>
        <source>the card starting here has no END:VCARD.</source>
        <translation>de kaart die hier begint, heeft geen END:VCARD.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="277"/>
        <source>this person was deleted for good in netdesk; not brought back</source>
        <translation>deze persoon is in netdesk definitief verwijderd; niet teruggehaald</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="125"/>
        <source>vCard address book</source>
        <translation>vCard-adresboek</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="149"/>
        <location filename="../../netdesk/messages.py" line="150"/>
        <source>web address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="241"/>
        <source>{field}: &quot;{value}&quot; is not a LinkedIn address.</source>
        <translation>{field}: “{value}” is geen LinkedIn-adres.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="242"/>
        <source>{field}: &quot;{value}&quot; is not a date.</source>
        <translation>{field}: “{value}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="255"/>
        <source>{field}: &quot;{value}&quot; is not a value netdesk knows.</source>
        <translation>{field}: “{value}” is geen waarde die netdesk kent.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="240"/>
        <source>{field}: &quot;{value}&quot; is not an email address.</source>
        <translation>{field}: “{value}” is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="257"/>
        <source>{field}: cannot be read (&quot;{value}&quot;).</source>
        <translation>{field}: kan niet worden gelezen (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="239"/>
        <source>{field}: far too long (&quot;{value}&quot;).</source>
        <translation>{field}: veel te lang (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="238"/>
        <source>{field}: missing (a name is needed).</source>
        <translation>{field}: ontbreekt (er is een naam nodig).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="252"/>
        <source>{field}: the text cannot be read in the character set the card names (&quot;{value}&quot;).</source>
        <translation>{field}: de tekst kan niet worden gelezen in de tekenset die de kaart noemt (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="244"/>
        <source>{field}: the value runs over several lines (&quot;{value}&quot;); a quote in the file is probably closed rows too late.</source>
        <translation>{field}: de waarde loopt over meerdere regels door (“{value}”); een aanhalingsteken in het bestand wordt waarschijnlijk te veel rijen later gesloten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="167"/>
        <source>{file}, line {row}</source>
        <translation>{file}, regel {row}</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="107"/>
        <source>{label}: &quot;{value}&quot; already exists.</source>
        <translation>{label}: “{value}” bestaat al.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="108"/>
        <source>{label}: &quot;{value}&quot; is in the trash; restore it from Edit → Trash instead.</source>
        <translation>{label}: “{value}” staat in de prullenbak; zet het liever terug via Bewerken → Prullenbak.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="96"/>
        <source>{label}: &quot;{value}&quot; is not a LinkedIn address (like https://www.linkedin.com/in/name).</source>
        <translation>{label}: “{value}” is geen LinkedIn-adres (zoals https://www.linkedin.com/in/naam).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="99"/>
        <source>{label}: &quot;{value}&quot; is not a phone number (digits, spaces, +, - and brackets).</source>
        <translation>{label}: “{value}” is geen telefoonnummer (cijfers, spaties, +, - en haakjes).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="93"/>
        <source>{label}: &quot;{value}&quot; is not a web address (like https://example.org).</source>
        <translation>{label}: “{value}” is geen webadres (zoals https://example.org).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="92"/>
        <source>{label}: &quot;{value}&quot; is not an email address.</source>
        <translation>{label}: “{value}” is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="111"/>
        <source>{label}: a person cannot refer you to themselves.</source>
        <translation>{label}: iemand kan je niet naar zichzelf doorverwijzen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="113"/>
        <source>{label}: its outcome has already been logged.</source>
        <translation>{label}: de uitkomst is al vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="104"/>
        <source>{label}: nobody called &quot;{value}&quot; is in your contacts; pick a name from the list.</source>
        <translation>{label}: er staat niemand met de naam “{value}” in je contacten; kies een naam uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="90"/>
        <source>{label}: please fill this in.</source>
        <translation>{label}: vul dit alsjeblieft in.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="112"/>
        <source>{label}: still in use.</source>
        <translation>{label}: nog in gebruik.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="103"/>
        <source>{label}: this record no longer exists.</source>
        <translation>{label}: dit item bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="91"/>
        <source>{label}: too long (at most {limit} characters).</source>
        <translation>{label}: te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="102"/>
        <source>{label}: {value} is out of range (1 to {limit}).</source>
        <translation>{label}: {value} valt buiten het bereik (1 tot {limit}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="78"/>
        <source>{path} already holds data; netdesk will not overwrite it.</source>
        <translation>{path} bevat al gegevens; netdesk overschrijft die niet.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="74"/>
        <source>{path} is a folder, but netdesk expects its data file there. Move the folder away or choose another data folder with --data-dir.</source>
        <translation>{path} is een map, maar netdesk verwacht daar zijn gegevensbestand. Verplaats de map of kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="334"/>
        <source>{path} is one of netdesk&apos;s own files (your data or its backups); an export there would destroy it. Nothing was written: choose another file.</source>
        <translation>{path} is een van netdesks eigen bestanden (je gegevens of de reservekopieën); een export daarheen zou het vernietigen. Er is niets geschreven: kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="205"/>
        <source>{where}: netdesk cannot tell which format this file is in. Choose the format, or export the file again.</source>
        <translation>{where}: netdesk kan niet zien in welk formaat dit bestand is. Kies het formaat, of exporteer het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="177"/>
        <source>{where}: netdesk may not read this file.</source>
        <translation>{where}: netdesk mag dit bestand niet lezen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="219"/>
        <source>{where}: the backup holds a field this netdesk does not know ({detail}).</source>
        <translation>{where}: de reservekopie bevat een veld dat deze netdesk niet kent ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="215"/>
        <source>{where}: the backup holds a table this netdesk does not know ({detail}).</source>
        <translation>{where}: de reservekopie bevat een tabel die deze netdesk niet kent ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="223"/>
        <source>{where}: the backup holds a value of the wrong kind ({detail}).</source>
        <translation>{where}: de reservekopie bevat een waarde van de verkeerde soort ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="222"/>
        <source>{where}: the backup lacks a field ({detail}).</source>
        <translation>{where}: in de reservekopie ontbreekt een veld ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="218"/>
        <source>{where}: the backup lacks a table ({detail}).</source>
        <translation>{where}: in de reservekopie ontbreekt een tabel ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="212"/>
        <source>{where}: the backup was made by a newer netdesk. Update netdesk to restore it.</source>
        <translation>{where}: de reservekopie is gemaakt door een nieuwere netdesk. Werk netdesk bij om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="226"/>
        <source>{where}: the backup&apos;s records do not fit together ({detail}).</source>
        <translation>{where}: de gegevens in de reservekopie passen niet bij elkaar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="230"/>
        <source>{where}: the file cannot be imported ({detail}).</source>
        <translation>{where}: het bestand kan niet worden geïmporteerd ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="179"/>
        <source>{where}: the file cannot be read ({detail}).</source>
        <translation>{where}: het bestand kan niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="210"/>
        <source>{where}: the file has a header but no contacts in it.</source>
        <translation>{where}: het bestand heeft een kopregel maar geen contactpersonen.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="211"/>
        <source>{where}: the file is damaged or cut short ({detail}).</source>
        <translation>{where}: het bestand is beschadigd of afgebroken ({detail}).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="183"/>
        <source>{where}: the file is empty.</source>
        <translation>{where}: het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="180"/>
        <source>{where}: the file is far larger than any contacts export ({detail} bytes).</source>
        <translation>{where}: het bestand is veel groter dan welke export van contactpersonen ook ({detail} bytes).</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="195"/>
        <source>{where}: the text is in an encoding netdesk cannot tell ({detail}). Save it as UTF-8 and import it again.</source>
        <translation>{where}: de tekst staat in een codering die netdesk niet kan herkennen ({detail}). Sla hem op als UTF-8 en importeer hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="176"/>
        <source>{where}: there is no such file.</source>
        <translation>{where}: dat bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="200"/>
        <source>{where}: this does not look like a file in the format {kind}. Choose the right format, or export the file again.</source>
        <translation>{where}: dit lijkt niet op een bestand in het formaat {kind}. Kies het juiste formaat, of exporteer het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="178"/>
        <source>{where}: this is a folder, not a file.</source>
        <translation>{where}: dit is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="185"/>
        <source>{where}: this is not a text file (it holds binary data), so netdesk cannot read it as {kind}.</source>
        <translation>{where}: dit is geen tekstbestand (het bevat binaire gegevens), dus netdesk kan het niet lezen als {kind}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/messages.py" line="190"/>
        <source>{where}: this is not a text file (it holds binary data). netdesk reads contacts from text files, such as CSV and vCard.</source>
        <translation>{where}: dit is geen tekstbestand (het bevat binaire gegevens). netdesk leest contactpersonen uit tekstbestanden, zoals CSV en vCard.</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="47"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="141"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="90"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/panels.py" line="181"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../netdesk/models/tables.py" line="232"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="124"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="132"/>
        <location filename="../../netdesk/models/tables.py" line="177"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="226"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="293"/>
        <source>Done {date}</source>
        <translation>Gedaan {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="309"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="72"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="116"/>
        <source>First met</source>
        <translation>Eerste ontmoeting</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="271"/>
        <source>How it helped</source>
        <translation>Hoe het hielp</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="106"/>
        <source>How we met</source>
        <translation>Hoe we elkaar kennen</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="102"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="94"/>
        <source>Last spoke</source>
        <translation>Laatst gesproken</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="113"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="165"/>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="109"/>
        <source>Met through</source>
        <translation>Leren kennen via</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="62"/>
        <location filename="../../netdesk/models/tables.py" line="156"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="246"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="262"/>
        <location filename="../../netdesk/models/tables.py" line="266"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="296"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="65"/>
        <location filename="../../netdesk/models/tables.py" line="220"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="295"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="168"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="217"/>
        <location filename="../../netdesk/models/tables.py" line="314"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="79"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="69"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="251"/>
        <source>Referred me to</source>
        <translation>Verwees me naar</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="86"/>
        <source>Relevance</source>
        <translation>Relevantie</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="164"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="239"/>
        <source>Started by</source>
        <translation>Begonnen door</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="322"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="91"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="159"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="160"/>
        <source>Target employer</source>
        <translation>Doelwerkgever</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="258"/>
        <source>Thanks sent</source>
        <translation>Bedankje verstuurd</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="245"/>
        <source>Told my goal</source>
        <translation>Doel verteld</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="174"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="321"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="211"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="317"/>
        <source>Who offered</source>
        <translation>Wie bood het aan</translation>
    </message>
    <message>
        <location filename="../../netdesk/models/tables.py" line="246"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="206"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="205"/>
        <source>%n active day(s)</source>
        <translation>
            <numerusform>%n actieve dag</numerusform>
            <numerusform>%n actieve dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="197"/>
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n dag op rij</numerusform>
            <numerusform>%n dagen op rij</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="211"/>
        <source>All done for today: nothing is waiting for you.</source>
        <translation>Alles gedaan voor vandaag: er wacht niets op je.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="123"/>
        <source>For {name}: I offered “{description}”</source>
        <translation>Voor {name}: ik bood aan “{description}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="154"/>
        <source>Get in touch with {referred}, referred by {referrer} ({when})</source>
        <translation>Neem contact op met {referred}, doorverwezen door {referrer} ({when})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="88"/>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="204"/>
        <source>Last 7 days: {days}, {actions}.</source>
        <translation>Afgelopen 7 dagen: {days}, {actions}.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="92"/>
        <source>My networking streak</source>
        <translation>Netwerkritme</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="196"/>
        <source>No streak yet: one networking action today starts one.</source>
        <translation>Nog geen dagen op rij: met één netwerkactie vandaag begin je.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="91"/>
        <source>Not yet told what I am looking for</source>
        <translation>Nog niet verteld wat ik zoek</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="87"/>
        <source>Promises due</source>
        <translation>Toezeggingen die aan de beurt zijn</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="89"/>
        <source>Referrals to follow up</source>
        <translation>Op te volgen doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="121"/>
        <source>Remind {name}: they offered “{description}”</source>
        <translation>{name} herinneren: ze boden aan “{description}”</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="188"/>
        <source>Set your job goal first (Pitch → My job goal): then netdesk shows who has not heard it yet.</source>
        <translation>Stel eerst je baandoel in (Pitch → Mijn baandoel): dan laat netdesk zien wie het nog niet gehoord heeft.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="163"/>
        <source>Tell {referrer} how it went with {referred} (spoke {when})</source>
        <translation>Vertel {referrer} hoe het ging met {referred} (gesproken {when})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="86"/>
        <source>Thanks to send</source>
        <translation>Bedankjes te versturen</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="221"/>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="90"/>
        <source>Upcoming meetings</source>
        <translation>Komende afspraken</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="133"/>
        <location filename="../../netdesk/views/today_text.py" line="150"/>
        <source>due today</source>
        <translation>vandaag te doen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="114"/>
        <source>due within %n hour(s)</source>
        <translation>
            <numerusform>binnen %n uur</numerusform>
            <numerusform>binnen %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="144"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="141"/>
        <source>last in touch {date}</source>
        <translation>laatst contact {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="132"/>
        <source>no date; offered %n day(s) ago</source>
        <translation>
            <numerusform>geen datum; %n dag geleden aangeboden</numerusform>
            <numerusform>geen datum; %n dagen geleden aangeboden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="139"/>
        <source>not in touch yet</source>
        <translation>nog geen contact gehad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="116"/>
        <location filename="../../netdesk/views/today_text.py" line="131"/>
        <location filename="../../netdesk/views/today_text.py" line="150"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="176"/>
        <source>prepared, briefing ready</source>
        <translation>voorbereid, briefing klaar</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="68"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="50"/>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="199"/>
        <source>{run}, today included.</source>
        <translation>{run}, vandaag meegeteld.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="200"/>
        <source>{run}; today is still open.</source>
        <translation>{run}; vandaag staat nog open.</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="145"/>
        <source>{who} — {every}, {last}</source>
        <translation>{who} — {every}, {last}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="182"/>
        <source>{who} — {relevance} relevance</source>
        <translation>{who} — relevantie {relevance}</translation>
    </message>
    <message>
        <location filename="../../netdesk/views/today_text.py" line="106"/>
        <source>{who}, {when}{about}</source>
        <translation>{who}, {when}{about}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/views/today_text.py" line="97"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
</context>
</TS>
