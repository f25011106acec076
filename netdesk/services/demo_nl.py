"""The demo network in Dutch: the same story, people and dates as the English
one (so the screens look alike), told in Dutch, with Dutch job titles and a
few organisations as a Dutch reader knows them (a gemeente, a ministerie,
Rijkswaterstaat).

Each record is the English one with its words replaced, looked up by its
identity (an organisation's English name, a person's key, a conversation's
person and day), so the two networks cannot drift apart in shape.
"""

from __future__ import annotations

from dataclasses import replace

from netdesk.domain.goal import JobGoal
from netdesk.domain.pitch import PitchText
from netdesk.domain.promises import PromiseDirection
from netdesk.services.demo import (
    ENGLISH,
    DemoConversation,
    DemoMeeting,
    DemoNetwork,
    DemoOrganisation,
    DemoPerson,
    DemoPromise,
    DemoReferral,
)

THEIRS, MINE = PromiseDirection.THEIRS, PromiseDirection.MINE

# English organisation name -> its Dutch fields (name only where it changes).
ORGANISATIONS: dict[str, dict[str, str]] = {
    "Museum Het Zuiderlicht": {
        "sector": "Museum (toegepaste kunst en cultuurgeschiedenis)",
        "culture": (
            "Middelgroot museum, zo'n 60.000 objecten, vooral Nederlandse toegepaste kunst en "
            "handelsgeschiedenis. Zoë noemt de collectieafdeling hecht en heel precies; mensen "
            "blijven er jaren. Iedereen heeft het over datakwaliteit, door de overstap van Adlib."
        ),
        "positions": (
            "Registratie valt onder het hoofd collecties (Ruben Kuipers): twee registrators, "
            "één junior registrator (Lucas) en een bruikleencoördinator. Er wordt gesproken over "
            "een betaald traineeship 'collectie-informatie' van twaalf maanden. Vacatures staan "
            "eerst op hun eigen site, daarna op de museumvacaturebank."
        ),
        "availability": (
            "Over ongeveer drie maanden begint de migratie van het collectiesysteem en dan nemen "
            "ze tijdelijke registratiemedewerkers aan. Eva (HR) zegt dat ze liever mensen nemen "
            "die het team al kent van projecten of vrijwilligerswerk: zichtbaar zijn telt meer "
            "dan een perfecte brief. Over het budget voor het traineeship wordt over een maand "
            "besloten."
        ),
        "notes": "Dinsdag is hun rustige dag: de beste dag om een kop koffie voor te stellen.",
    },
    "Erfgoed Data Lab": {
        "sector": "Digitaal erfgoed (non-profit)",
        "culture": (
            "Klein team van een stuk of veertien, informeel, veel samen programmeren, alles open "
            "source. Ze houden van sollicitanten die iets kunnen laten zien wat ze gemaakt hebben; "
            "volgens Sem telt nieuwsgierigheid zwaarder dan een diploma informatica."
        ),
        "positions": (
            "Data stewards, linked-data-ontwikkelaars en projectcoördinatoren. Elk jaar één of "
            "twee datatrainees voor twaalf maanden, meestal alfa's met wat Python. Jasper Wouters "
            "(directeur) beslist."
        ),
        "availability": (
            "De volgende traineeronde gaat over ongeveer twee maanden open; vorig jaar zo'n 80 "
            "kandidaten voor twee plekken. Het aggregatieproject met drie provinciale archieven "
            "is net gefinancierd; dat kan een extra juniorfunctie betekenen."
        ),
        "notes": (
            "Neem het prototype van de herkomsttijdlijn en mijn GitHub-link mee naar elk gesprek."
        ),
    },
    "Bureau Erfgoedregistratie": {
        "sector": "Rijksoverheid (erfgoeddienst van het ministerie van OCW)",
        "culture": (
            "Onderdeel van een ministerie: formele procedures en een sterk besef van publieke "
            "verantwoording. Maar volgens Willem is het registratieteam jong en werken "
            "beleidsmensen en datamensen er door elkaar. Hybride, drie dagen per "
            "week in Amersfoort."
        ),
        "positions": (
            "Functienamen volgen het functiegebouw Rijk; starters beginnen als 'adviseur "
            "erfgoedregistratie' in schaal 9. Ze nemen ook elk jaar één rijkstrainee aan via het "
            "centrale traineeprogramma."
        ),
        "availability": (
            "De komende drie jaar wordt een landelijk register voor roerend erfgoed gebouwd, en "
            "daarvoor zijn mensen nodig die zowel collecties als datastandaarden begrijpen. De "
            "volgende wervingsronde wordt de komende maanden verwacht."
        ),
        "notes": "Lees de beleidsbrief over het register voor het gesprek met Noor.",
    },
    "Uitgeverij Noorderzon": {
        "sector": "Uitgeverij (kunst- en geschiedenisboeken)",
        "culture": (
            "Onafhankelijke uitgeverij, zo'n veertig titels per jaar, kunstboeken en populaire "
            "geschiedenis. Volgens Bram voelt het als een familiebedrijf: lange lunches, felle "
            "discussies over omslagen, krappe budgetten."
        ),
        "positions": (
            "Redactieassistent is de gebruikelijke ingang. Beeldresearch en rechtenclearing gaan "
            "meestal naar freelancers; Sanne is de enige rechtenspecialist in huis en ze heeft "
            "het veel te druk."
        ),
        "availability": (
            "Voor de grote museumcatalogus die over zo'n zes maanden af moet, is een "
            "beeldresearcher nodig, en daarna misschien een parttime rechtenassistent. Nog niets "
            "uitgeschreven."
        ),
    },
    "Cultuurwerk Advies": {
        "sector": "Adviesbureau (musea en erfgoed)",
        "notes": (
            "Adviseert musea over collectieplannen en reorganisaties; overziet de hele sector."
        ),
    },
    "Universiteit Rijnland": {
        "sector": "Hoger onderwijs",
        "notes": "Mijn universiteit. De loopbaanservice helpt alumni tot een jaar na afstuderen.",
    },
    "Kasteelmuseum Duinhof": {
        "sector": "Museum (kasteel en textielcollectie)",
        "notes": "Hier liep ik stage als registrator: de textielcollectie, in Adlib.",
    },
    "Archief Spaarnestad": {
        "name": "Gemeente Haarlem, Archief Spaarnestad",
        "sector": "Gemeente (gemeentelijk en regionaal archief)",
        "culture": "Rustig en methodisch; heel trots op hun vrijwilligers.",
        "availability": (
            "Een paar keer per jaar komen er tijdelijke projectfuncties voor digitalisering."
        ),
    },
    "Veilinghuis Van Loon & Sterk": {
        "sector": "Kunstmarkt (veilinghuis)",
    },
    "Stichting Open Collecties": {
        "sector": "Stichting (open erfgoeddata)",
        "notes": (
            "Organiseert Wikidata-edit-a-thons met musea; ik doe vrijwilligerswerk in hun "
            "herkomstproject."
        ),
    },
    "Cultuurfonds Delta": {
        "sector": "Cultuurfonds",
    },
    "Kunstkring Magazine": {
        "sector": "Uitgeverij (kunsttijdschrift)",
    },
    "Havenmuseum Oostpoort": {
        "sector": "Museum (maritieme geschiedenis)",
        "availability": (
            "Subsidie toegekend om de scheepsmodellen opnieuw te registreren; het project begint "
            "over een paar maanden."
        ),
    },
    "Fotoarchief Hunzeland": {
        "name": "Rijkswaterstaat, Beeldbank",
        "sector": "Rijksoverheid (Rijkswaterstaat, beeldbank en archief)",
        "location": "Utrecht",
        "website": "https://beeldbank.rijkswaterstaat.example",
        "availability": (
            "Honderd jaar foto's van dijken, sluizen en bruggen wordt opnieuw beschreven; "
            "tijdelijke metadatafuncties via detachering."
        ),
    },
    "Restauratieatelier Kwast & Vernis": {
        "sector": "Restauratieatelier",
    },
}

TAGS = {
    "mentor": "mentor",
    "academia": "wetenschap",
    "provenance": "herkomst",
    "career service": "loopbaanservice",
    "data": "data",
    "wikidata": "wikidata",
    "alumni": "alumni",
    "museum": "museum",
    "internship": "stage",
    "friend": "vriend",
    "teacher": "docent",
    "freelance": "freelance",
    "design": "ontwerp",
    "registrar": "registrator",
    "decision maker": "beslisser",
    "HR": "HR",
    "education": "educatie",
    "linked data": "linked data",
    "hackathon": "hackathon",
    "government": "overheid",
    "policy": "beleid",
    "python": "python",
    "publishing": "uitgeverij",
    "rights": "rechten",
    "consultancy": "advies",
    "archive": "archief",
    "digitisation": "digitalisering",
    "volunteering": "vrijwilligerswerk",
    "art market": "kunstmarkt",
    "open data": "open data",
    "funding": "fondsen",
    "heritage": "erfgoed",
    "writing": "schrijven",
    "photography": "fotografie",
    "conservation": "restauratie",
}

# Person key -> (position, how we met, notes).
PEOPLE: dict[str, tuple[str, str, str]] = {
    "marijke": (
        "Universitair hoofddocent museumstudies",
        "Scriptiebegeleider (master Museum- en Collectiestudies)",
        "Begeleidde mijn scriptie over de herkomst van de Indonesische textiel in Duinhof. Kent "
        "de helft van de registrators in Nederland. Mailt liever dan LinkedIn en antwoordt op "
        "vrijdagmiddag.",
    ),
    "daan": (
        "Loopbaanadviseur, Loopbaanservice Geesteswetenschappen",
        "Loopbaanworkshop 'Netwerken voor alfa's'",
        "Door zijn workshop houd ik dit overzicht bij. Leest cv's mee; afspraak via het portaal.",
    ),
    "yara": (
        "Promovendus digital humanities",
        "Wikidata-edit-a-thon in de universiteitsbibliotheek",
        "Leerde me SPARQL bij veel te veel koffie. Haar promotieonderzoek gaat over koloniale "
        "collecties als linked data.",
    ),
    "mirjam": (
        "Alumnifunctionaris, Faculteit Geesteswetenschappen",
        "Borrel van het alumninetwerk",
        "Vroeg of ik op een alumniavond wil spreken zodra ik een baan heb.",
    ),
    "gerda": (
        "Conservator collecties",
        "Stagebegeleider (stage collectieregistratie)",
        "Begeleidde mijn stage van vijf maanden bij de registratie van de textielcollectie. "
        "Direct, gul met haar tijd, en weet altijd welk museum gaat werven.",
    ),
    "tim": (
        "Collectiemedewerker",
        "Medestagiair bij Kasteelmuseum Duinhof",
        "Bleef na onze stage. Eerlijk over wat kleine musea echt betalen.",
    ),
    "lotte": (
        "Marketingcoördinator bij een theater",
        "Vriendin van mijn bachelor in Utrecht",
        "Kent iedereen in de Utrechtse culturele wereld. Haar neef is Bram bij Noorderzon.",
    ),
    "ahmed": (
        "UX-ontwerper",
        "Huisgenoot",
        "Maakte mijn cv leesbaar. Speelt elke avond graag de interviewer.",
    ),
    "henk": (
        "Gepensioneerd geschiedenisdocent; vrijwilliger bij een historische vereniging",
        "Mijn geschiedenisleraar op de middelbare school",
        "Door hem ben ik kunstgeschiedenis gaan studeren. Vorig jaar met pensioen; transcribeert "
        "boedelinventarissen voor de historische vereniging in Amersfoort en kent de "
        "restauratieateliers daar.",
    ),
    "dewi": (
        "Freelance vertaler (Nederlands, Engels, Indonesisch)",
        "Bestuursjaar bij de studievereniging",
        "Vertaalt tentoonstellingsteksten voor meerdere musea, dus ze weet wie het druk heeft.",
    ),
    "sophie": (
        "Freelance tentoonstellingsontwerper",
        "Vriendin van een vriend: collega van Ahmed, ontmoet op zijn verjaardag",
        "Belgische, woont in Rotterdam. Ontwierp tentoonstellingen in het Havenmuseum en in "
        "Zuiderlicht.",
    ),
    "zoe": (
        "Senior collectieregistrator",
        "Voorgesteld door Marijke Verbeek (ook haar oud-student)",
        "Al twaalf jaar registrator. Openhartig en gul: zei dat mijn cv de stage tekortdeed. "
        "Leidt de datakant van hun migratie naar een nieuw collectiesysteem.",
    ),
    "lucas": (
        "Junior collectieregistrator",
        "Alumniavond; hij studeerde een jaar voor mij af",
        "Eerst een traineeship, daarna een juniorcontract: precies de weg die ik wil.",
    ),
    "ruben": (
        "Hoofd collecties",
        "Voorgesteld door Zoë op de nieuwjaarsborrel van het museum",
        "Beslist over het traineeship. Vond het verhaal over de bruikleen aan Lyon mooi. Niet "
        "te gretig opvolgen.",
    ),
    "eva": (
        "HR-adviseur",
        "Banenmarkt 'Werken in de cultuur', Amsterdam",
        "",
    ),
    "mila": (
        "Educatiemedewerker",
        "Vriendin van een vriendin: oud-collega van Lotte",
        "Educatie is niet mijn richting, maar zij hoort alles wat er in het gebouw speelt.",
    ),
    "sem": (
        "Collectiedatamanager",
        "Voorgesteld door Zoë van der Berg",
        "Oud-registrator die de data in ging. Tekent datamodellen op servetjes. Spoorde me aan "
        "mijn scripts op GitHub te zetten.",
    ),
    "priya": (
        "Linked-open-data-ontwikkelaar",
        "Erfgoedhackathon in Den Haag (zelfde team)",
        "Samen bouwden we het prototype van de herkomsttijdlijn. Heel precies over URI's.",
    ),
    "jasper": (
        "Directeur",
        "Doorverwezen door Sem de Jong; nog geen contact gehad",
        "Houdt van een korte mail met een link naar iets wat je gemaakt hebt. Wachten tot mijn "
        "portfoliopagina online staat.",
    ),
    "noor": (
        "Beleidsadviseur erfgoedregistratie",
        "Doorverwezen door Sem de Jong",
        "Was registrator bij een provinciaal depot voordat ze naar beleid ging. Werkt aan het "
        "landelijk register voor roerend erfgoed. Netwerkgesprek gepland.",
    ),
    "willem": (
        "Teamleider data en registratie",
        "Symposium 'Collecties als data', Amersfoort",
        "Wist mijn Wikidata-vraag van het symposium nog. Deelt graag documenten.",
    ),
    "bas": (
        "Data-analist",
        "Python-meetup in Utrecht",
        "",
    ),
    "bram": (
        "Redacteur kunst en geschiedenis",
        "Voorgesteld door Lotte Jansen (haar neef)",
        "Hartelijk, praat snel, vergeet mails: altijd opvolgen.",
    ),
    "sanne": (
        "Coördinator rechten en toestemmingen",
        "Voorgesteld door Bram Visser",
        "Regelt voor elk boek de beeldrechten met musea; mijn registratiewerk sluit direct aan "
        "bij het hare.",
    ),
    "kees": (
        "Uitgever",
        "Boekpresentatie bij Noorderzon",
        "Maakte jaren geleden een catalogus met Marijke.",
    ),
    "joost": (
        "Senior adviseur museumstrategie",
        "Banenmarkt 'Werken in de cultuur', Amsterdam",
        "Recht voor zijn raap en grappig. Weet wie er gaat werven voordat de vacatures er zijn.",
    ),
    "linh": (
        "Junior adviseur",
        "Alumniavond museumstudies",
        "Studeerde twee jaar voor mij af en ging van een museumstage naar advieswerk. Heel open "
        "over salarissen en werkdruk.",
    ),
    "hanneke": (
        "Archivaris, digitaliseringsprojecten",
        "Voorgesteld door Gerda Bosman",
        "Leidt het scannen van de bouwvergunningen van de gemeente; zoekt mensen die "
        "metadatarichtlijnen kunnen schrijven.",
    ),
    "olaf": (
        "Coördinator studiezaal",
        "Open dag van het archief",
        "",
    ),
    "charlotte": (
        "Herkomstonderzoeker",
        "Voorgesteld door Marijke Verbeek na mijn scriptieverdediging",
        "Controleert elk kavel tegen registers van vermiste kunst. Zegt dat de kunstmarkt beter "
        "betaalt, maar nooit stilstaat.",
    ),
    "pieterjan": (
        "Specialist oude meesters",
        "Kijkdag in het veilinghuis",
        "",
    ),
    "ayse": (
        "Coördinator Wikidata en GLAM",
        "Voorgesteld door Yara Haddad",
        "Leidt het herkomstdataproject waar ik vrijwilliger ben: mijn beste manier om "
        "datavaardigheden te laten zien.",
    ),
    "lars": (
        "Projectleider",
        "Voorgesteld door Ayşe Kaya op een edit-a-thon",
        "",
    ),
    "anouk": (
        "Programmamedewerker erfgoed",
        "Voorgesteld door Joost ’t Hart",  # noqa: RUF001 (typographic apostrophe, as the name is written)
        "Beoordeelt subsidieaanvragen voor digitaliseringsprojecten, dus ze weet welke musea "
        "projecten gaan starten (en mensen gaan aannemen).",
    ),
    "fatima": (
        "Adjunct-hoofdredacteur",
        "Voorgesteld door Bram Visser",
        "Geeft de opdrachten voor de rubriek 'Achter de schermen' over museumwerk.",
    ),
    "jelle": (
        "Freelance kunstcriticus",
        "Lezersavond van Kunstkring",
        "",
    ),
    "thijs": (
        "Conservator maritieme collecties",
        "Doorverwezen door Anouk Bakker; nog geen contact gehad",
        "Leidt de herregistratie van de scheepsmodellen. Anouk en Sophie noemen.",
    ),
    "esther": (
        "Vrijwilligerscoördinator",
        "Vrijwilliger bij de Museumnacht Rotterdam",
        "",
    ),
    "rik": (
        "Metadataspecialist, beeldbank",
        "Erfgoedhackathon in Den Haag",
        "",
    ),
    "ines": (
        "Schilderijenrestaurator",
        "Voorgesteld door Henk Smeets",
        "Liet me zien hoe conditierapporten tussen atelier en registrator heen en weer gaan.",
    ),
}

# (person key, days ago) -> (topics, notes, how it helped[, referral notes…]).
CONVERSATIONS: dict[tuple[str, int], tuple[str, ...]] = {
    ("marijke", 355): (
        "Voortgang scriptie: het herkomsthoofdstuk",
        "De lacune in de herkomst van de Duinhof-textiel tussen 1938 en 1952 doorgenomen. Ze "
        "vroeg wat ik na mijn afstuderen wil; ik zei registratie of collectiedata, maar had geen "
        "idee hoe ik daar moest komen.",
        "Door haar vragen zag ik dat ik wil beginnen in de registratie, niet als conservator.",
    ),
    ("gerda", 340): (
        "Gevraagd of ze referent wil zijn op mijn cv",
        "Ze zei meteen ja, en vertelde dat mijn textielregistraties nu gebruikt worden voor de "
        "bruikleen aan Lyon.",
        "Een referent, en een concreet resultaat van mijn stage voor op mijn cv.",
    ),
    ("daan", 330): (
        "Workshop 'Netwerken voor alfa's'",
        "Belangrijkste advies: vertel mensen precies wat voor baan je zoekt, en houd bij wie je "
        "sprak, waarover, en naar wie ze je doorverwezen. Diezelfde avond met "
        "dit bestand begonnen.",
        "Gaf me de methode die ik nog steeds gebruik: een doelzin, dit overzicht en een "
        "bedankje na elk gesprek.",
    ),
    ("yara", 320): (
        "Hulp met SPARQL voor de bijlage van mijn scriptie",
        "Yara bood aan naar mijn Wikidata-query's te kijken. Ze repareerde er twee in tien "
        "minuten en legde property paths uit op een servetje.",
        "De bijlage werkt nu, en ik kan linked data uitleggen in een gesprek.",
    ),
    ("mirjam", 305): (
        "Alumniavond: het mentorprogramma",
        "Mirjam vroeg iedereen zich aan te melden voor alumnimentoring. Aangemeld als mentee.",
        "Bracht me in het mentorprogramma voor alumni.",
    ),
    ("lucas", 305): (
        "Alumniavond: van traineeship naar junior registrator",
        "Lucas ging van een traineeship van zes maanden naar een contract als junior "
        "registrator bij Zuiderlicht. Traineeships staan vaak alleen op de eigen site van het "
        "museum.",
        "Liet me een realistische ingang zien: eerst een traineeship, dan een contract.",
    ),
    ("linh", 305): (
        "Alumniavond: hoe advieswerk eruitziet",
        "Linh kwam naar me toe toen ze hoorde dat ik stage liep bij Duinhof; haar bureau "
        "schreef hun collectieplan. Gepraat over wisselen tussen musea en advieswerk.",
        "Liet me advieswerk zien als route die collectiekennis blijft gebruiken.",
    ),
    ("marijke", 290): (
        "Laatste versie van mijn scriptie gestuurd",
        "Ze antwoordde dezelfde dag met commentaar op hoofdstuk 3, en bood aan me na mijn "
        "verdediging voor te stellen aan registrators die ze kent.",
        "Hoofdstuk 3 is veel scherper, en het aanbod voor introducties kwam ongevraagd.",
    ),
    ("marijke", 280): (
        "Scriptieverdediging, en wie ik hierna moet spreken",
        "Na de verdediging (een 8,5!) schreef ze ter plekke twee introducties: Zoë bij "
        "Zuiderlicht voor registratie, Charlotte bij het veilinghuis voor herkomstonderzoek.",
        "Twee warme introducties in één keer; allebei wilden ze me spreken.",
        "Registrator bij Zuiderlicht, haar oud-student",
        "Herkomstonderzoek in de kunstmarkt",
    ),
    ("zoe", 275): (
        "Hoe collectieregistrators aan een baan komen",
        "Gevraagd hoe collectieregistrators worden aangenomen; ze raadde traineeships aan, en "
        "zei dat ik het Adlib-werk bovenaan mijn cv moet zetten, niet onderaan.",
        "Mijn cv herschreven rond de stage: het opent nu met Adlib en de bruikleen aan Lyon.",
    ),
    ("charlotte", 270): (
        "Herkomstonderzoek in de kunstmarkt",
        "Charlotte liet me een dag zien van kavels controleren tegen registers van vermiste "
        "kunst. De markt gaat snel; musea geven je meer tijd per object.",
        "Hielp me inzien dat herkomstwerk in een museum beter bij me past dan bij een veiling.",
    ),
    ("tim", 260): (
        "Zijn vaste contract; wat kleine musea betalen",
        "Tim kreeg een vast contract bij Duinhof. Openhartig gepraat over startsalarissen.",
        "Realistische salarisverwachtingen voor een eerste baan in een museum.",
    ),
    ("zoe", 250): (
        "Introductie bij Sem de Jong van Erfgoed Data Lab",
        "Zoë stelde me voor aan Sem; ze denkt dat mijn mix van registratie en Python precies "
        "is wat het Data Lab zoekt.",
        "Een directe lijn naar de organisatie die het best bij mijn datavaardigheden past.",
        "Collectiedatamanager, oud-registrator",
    ),
    ("sem", 245): (
        "Netwerkgesprek: datafuncties in het erfgoed",
        "Gevraagd hoe een data steward verschilt van een ontwikkelaar in zijn team, en wat ze "
        "missen bij sollicitanten. Hij raadde aan mijn scripts op GitHub te zetten en over twee "
        "maanden mee te doen aan de erfgoedhackathon in Den Haag.",
        "Mijn Adlib-opschoonscripts op GitHub gezet en ingeschreven voor de hackathon.",
    ),
    ("joost", 240): (
        "Banenmarkt: wat een adviesbureau voor museumstrategie doet",
        "Bij de stand van Cultuurwerk gestopt. Joost vroeg wat ik wilde en mijn antwoord was "
        "veel te lang. Hij gaf me toch zijn kaartje en zei dat ik hem moest bellen.",
        "Eerlijke feedback op mijn pitch; die avond teruggebracht tot drie zinnen.",
    ),
    ("eva", 240): (
        "Banenmarkt: hoe Zuiderlicht werft",
        "Volgens Eva worden open sollicitaties gelezen, maar leiden ze zelden ergens toe; het is "
        "beter om bekend te zijn bij het team. Vacatures staan eerst op hun website.",
        "Gestopt met open sollicitaties en me gericht op kennismaken met het collectieteam.",
    ),
    ("joost", 232): (
        "Vervolggesprek na de banenmarkt",
        "Mijn kortere pitch op hem uitgeprobeerd; die beviel hem. Overal waar een "
        "collectiesysteem wordt vervangen, zijn registrators nodig, dus let op migraties.",
        "Geleerd te zoeken naar musea die van collectiesysteem wisselen.",
    ),
    ("lotte", 215): (
        "Etentje; haar neef werkt bij een uitgeverij",
        "Tijdens het eten vertelde Lotte dat haar neef Bram kunstboeken redigeert bij "
        "Noorderzon. Ze vroeg het hem voor mij.",
        "Zette de deur open naar uitgeverijen, waar ik nooit aan had gedacht.",
        "Haar neef, redacteur van het kunstfonds",
    ),
    ("bram", 210): (
        "Hoe een kunstboek gemaakt wordt, en wie de beeldresearch doet",
        "Rechtenclearing en beeldresearch gaan naar freelancers, vaak mensen met "
        "museumervaring. Hij lachte toen ik zei dat ik bruikleenpapieren leuk vind.",
        "Liet me zien dat registratievaardigheden ook passen bij beeldresearch en rechten.",
    ),
    ("lotte", 205): (
        "Introductie bij Mila Koster",
        "Lotte bracht me in contact met Mila, haar oud-collega, nu bij educatie in Zuiderlicht.",
        "Een tweede contact binnen Zuiderlicht.",
        "Oud-collega, educatie bij Zuiderlicht",
    ),
    ("mila", 200): (
        "Het leven binnen Zuiderlicht",
        "Mila werkt bij educatie, niet bij collecties, maar vertelde dat het museum Adlib gaat "
        "vervangen en dat het collectieteam overbelast is.",
        "Nieuws van binnenuit: door de migratie komt er meer registratiewerk aan.",
    ),
    ("henk", 195): (
        "Gebeld voor zijn verjaardag; mijn zoektocht naar werk",
        "Hij geniet van zijn pensioen en de historische vereniging. Verteld wat ik zoek.",
        "Herinnerde me eraan waarom ik begon, en hij bood aan rond te vragen in Amersfoort.",
    ),
    ("priya", 190): (
        "Erfgoedhackathon: een herkomsttijdlijn uit Wikidata",
        "In Priya's team beland. We bouwden een tijdlijn van objectverplaatsingen; zij deed de "
        "query's, ik schoonde de data op en schreef het demoverhaal.",
        "Een werkend prototype om in gesprekken te laten zien, en een contact onder de "
        "ontwikkelaars.",
    ),
    ("rik", 190): (
        "Hackathon: rommelige fotometadata",
        "Rik zat aan de tafel naast ons. We vergeleken hoe beeldbanken rechteninformatie "
        "vastleggen.",
        "Geleerd hoe beeldbanken rechten vastleggen; ook handig voor beeldresearch.",
    ),
    ("yara", 188): (
        "Wie organiseert Wikidata-evenementen met musea?",
        "Yara gevraagd wie die organiseert. Ze stelde me voor aan Ayşe van Stichting Open "
        "Collecties.",
        "Een introductie bij de open-datakant van het erfgoed.",
        "Organiseert de edit-a-thons met musea",
    ),
    ("ayse", 185): (
        "Vrijwilligerswerk in het herkomstdataproject",
        "Drie musea voegen samen met hen herkomstgegevens toe aan Wikidata. Vrijwilligers "
        "welkom, training wordt gegeven.",
        "Aangesloten als vrijwilliger: echte ervaring met museumdata voor mijn cv.",
    ),
    ("gerda", 180): (
        "Afgestudeerd! Waar ik nu moet zoeken",
        "Gerda verteld dat ik ben afgestudeerd. Ze zei dat ik ook naar archieven moet kijken: "
        "digitaliseringsprojecten hebben altijd mensen nodig die metadata begrijpen.",
        "Mijn zoektocht verbreed naar archieven.",
    ),
    ("daan", 175): (
        "Cv-check via de loopbaanservice",
        "Daans oordeel: hobby's eruit, GitHub-link erin, één pagina is genoeg.",
        "Een cv van één pagina dat begint met wat ik kan.",
    ),
    ("kees", 170): (
        "Boekpresentatie van het Delfts-blauwboek",
        "Kees kwam naar me toe toen hij hoorde dat ik bij Marijke had gestudeerd. Kort gepraat "
        "over catalogi.",
        "Geleerd dat Noorderzon museumcatalogi mee uitgeeft.",
    ),
    ("gerda", 165): (
        "Introductie bij Hanneke de Wit van Archief Spaarnestad",
        "Gerda mailde ons allebei; Hanneke leidt de digitalisering bij het archief.",
        "Een introductie bij een projectleider archiefdigitalisering.",
        "Leidt digitaliseringsprojecten",
    ),
    ("hanneke", 160): (
        "Netwerkgesprek: metadatawerk bij archiefdigitalisering",
        "Ze scannen 200.000 bouwvergunningen en hebben metadatarichtlijnen en "
        "kwaliteitscontroles nodig. Geen vacature, maar er komen tijdelijke projectfuncties.",
        "Geleerd dat projectfuncties bij een archief een realistische eerste baan zijn, en wat "
        "ze vragen.",
    ),
    ("charlotte", 155): (
        "Een artikel over recente restitutieverzoeken",
        "Charlotte stuurde me een artikel en vroeg wat ik van de reactie van het museum vond.",
        "Houdt mijn herkomstkennis actueel; goed materiaal voor gesprekken.",
    ),
    ("sophie", 150): (
        "Verjaardag van Ahmed: tentoonstellingsontwerp en museumteams",
        "Volgens Sophie zijn registrators de onbezongen helden van elke tentoonstelling die ze "
        "bouwde.",
        "Een blik van buiten op hoe museumteams werken, en een nieuwe vriendin.",
    ),
    ("sem", 145): (
        "Mijn scripts op GitHub gedeeld",
        "Sem antwoordde met drie concrete suggesties en zei dat ik moet solliciteren in de "
        "volgende traineeronde.",
        "Feedback op mijn code en een duidelijk duwtje om in de volgende traineeronde te "
        "solliciteren.",
    ),
    ("esther", 140): (
        "Vrijwilliger bij de Museumnacht Rotterdam",
        "Esther coördineert de vrijwilligers bij het Havenmuseum; het collectieteam heeft later "
        "misschien hulp nodig.",
        "Een voet tussen de deur bij Havenmuseum Oostpoort.",
    ),
    ("zoe", 135): (
        "Even bijpraten na mijn afstuderen",
        "De migratie begint over ongeveer een halfjaar; ze hebben dan extra handen nodig bij de "
        "registratie.",
        "Wist maanden eerder dan anderen van het extra registratiewerk.",
    ),
    ("willem", 130): (
        "Symposium 'Collecties als data': het landelijk register",
        "Na zijn lezing gevraagd hoe het register aansluit op Wikidata. Hij nodigde me uit hem "
        "te mailen.",
        "Het registerproject begrepen, en een open uitnodiging om contact te houden.",
    ),
    ("willem", 125): (
        "Documentatie van het datamodel van het register",
        "Willem stuurde de openbare documentatie, zoals beloofd.",
        "Kon goede vragen voorbereiden voor iedereen bij het Bureau.",
    ),
    ("ayse", 120): (
        "Herkomst-edit-a-thon",
        "Herkomstgegevens toegevoegd voor veertig objecten. Ayşe stelde me voor aan Lars, die "
        "het project en de financiering beheert.",
        "Praktisch werk met herkomstdata dat ik in sollicitaties kan noemen.",
        "Beheert het herkomstproject",
    ),
    ("henk", 118): (
        "Een restaurator die hij kent in Amersfoort",
        "Henk vertelde zijn vriendin bij Kwast & Vernis over mij; Inès laat me het atelier zien.",
        "Een introductie bij de restauratie, het andere eind van het werk van een registrator.",
        "Schilderijenrestaurator, een vriendin van hem",
    ),
    ("ines", 112): (
        "Atelierbezoek bij Kwast & Vernis",
        "Inès liet zien hoe conditierapporten teruggaan naar de registrator van het museum.",
        "Ik kan nu met vertrouwen praten over conditierapporten en het hanteren van objecten.",
    ),
    ("pieterjan", 110): (
        "Kijkdag van de veiling oude meesters",
        "Hij gaf me een rondleiding langs de veiling. Leuk, maar het bevestigde dat de markt "
        "niet mijn wereld is.",
        "De veilingwereld voorgoed afgestreept.",
    ),
    ("olaf", 100): (
        "Open dag van het archief",
        "Olaf liet me de studiezaal zien en het transcriptieproject voor vrijwilligers.",
        "Een vrijwilligersproject gevonden dat mijn paleografie bijhoudt.",
    ),
    ("lars", 100): (
        "Vrijwilligersuren voor het herkomstproject",
        "Lars vroeg of ik vier uur per week herkomstcontroles kan doen. Ja gezegd.",
        "Een vaste verbintenis die op mijn cv zichtbaar is.",
    ),
    ("joost", 95): (
        "Welke musea het komende jaar van collectiesysteem wisselen",
        "Joost noemde vier musea die hun systeem vervangen. Hij stelde me voor aan Anouk bij "
        "Cultuurfonds Delta, dat veel van deze projecten financiert.",
        "Een shortlist van musea die binnenkort registrators nodig hebben, en het fonds erachter.",
        "Financiert digitaliseringsprojecten",
    ),
    ("bas", 95): (
        "Python-meetup: dashboards voor de erfgoedmonitor",
        "Bas presenteerde zijn dashboard; daarna gepraat over het rijkstraineeship.",
        "Een kijkje binnen het rijkstraineeship en de selectiedagen.",
    ),
    ("anouk", 90): (
        "Hoe gesubsidieerde digitaliseringsprojecten beginnen",
        "Projecten die over ongeveer een halfjaar starten: de scheepsmodellen van het "
        "Havenmuseum en twee archieven in Zeeland. Elk budget bevat tijdelijke "
        "registratiemedewerkers.",
        "Ik weet welke projecten de komende maanden tijdelijke mensen nodig hebben.",
    ),
    ("gerda", 85): (
        "De textiel is terug uit Lyon",
        "Gerda stuurde foto's van de textiel in de tentoonstelling in Lyon en vroeg hoe mijn "
        "zoektocht gaat.",
        "Foto's voor mijn portfoliopagina, en een herinnering dat ze voor me duimt.",
    ),
    ("bram", 80): (
        "Introductie bij Fatima Öztürk van Kunstkring Magazine",
        "Fatima zoekt iemand die wil schrijven over museumwerk achter de schermen.",
        "Een kans om voor een breed publiek over registratiewerk te schrijven.",
        "Adjunct-hoofdredacteur, rubriek 'Achter de schermen'",
    ),
    ("fatima", 75): (
        "Een rubriek over registrators voorgesteld",
        "Ze wil een voorstel over wat een registrator doet op de dag dat een bruikleen het "
        "gebouw verlaat.",
        "Een mogelijke publicatie die laat zien dat ik voor een breed publiek kan schrijven.",
    ),
    ("jelle", 70): (
        "Lezersavond van Kunstkring",
        "Volgens Jelle betaalt freelance schrijven weinig, maar bouw je er een naam mee op. "
        "Twee glazen wijn verder.",
        "Een realistisch beeld van freelance schrijven naast een baan.",
    ),
    ("bram", 65): (
        "Rechten en toestemmingen bij Noorderzon",
        "Koffie op hun kantoor; Bram stelde me voor aan Sanne, die voor elk boek de beeldrechten "
        "regelt.",
        "De persoon bij Noorderzon ontmoet wiens werk het dichtst bij het mijne ligt.",
        "Rechten en toestemmingen",
    ),
    ("sanne", 60): (
        "Freelance beeldresearch voor de grote museumcatalogus",
        "Sanne vroeg of ik beeldresearch wil doen voor een museumcatalogus. Mijn cv gestuurd.",
        "Een mogelijke eerste betaalde opdracht bij een uitgeverij.",
    ),
    ("zoe", 58): (
        "Het traineeship collectie-informatie",
        "Zoë denkt dat het traineeship doorgaat; over ongeveer drie maanden wordt over het "
        "budget besloten. Ze bood aan me de vacature te sturen voordat die openbaar wordt.",
        "Vroeg bericht over het traineeship, en haar belofte om het door te sturen.",
    ),
    ("linh", 55): (
        "Gefeliciteerd met haar museumauditproject",
        "Ze vroeg naar mijn zoektocht en vertelde dat het Bureau ook via het rijkstraineeship "
        "werft.",
        "Het rijkstraineeship aan mijn lijst toegevoegd.",
    ),
    ("sem", 50): (
        "Het aggregatieproject is gefinancierd",
        "Sem belde om het me zelf te vertellen. Het kan een extra juniorfunctie naast de "
        "trainees betekenen.",
        "Vroeg nieuws over een mogelijke baan bij mijn favoriete organisatie.",
    ),
    ("ayse", 48): (
        "Het halfjaarverslag van het herkomstproject",
        "Ayşe vroeg me de resultaten van de edit-a-thon uit te werken voor het verslag aan het "
        "fonds.",
        "Mijn naam in een verslag dat drie musea gaan lezen.",
    ),
    ("priya", 45): (
        "Een blog over ons hackathonprototype",
        "Priya wil een blog over het prototype op de site van het Data Lab. Afgesproken het samen "
        "te schrijven.",
        "Een blog die we samen schrijven op de eigen site van het Data Lab: zichtbaar voor het "
        "hele team.",
    ),
    ("mila", 42): (
        "Personeelsnieuwsbrief: data van de migratie",
        "De migratie heeft nu een startdatum, over vier maanden; ze gaan tijdelijke "
        "registratiemedewerkers werven.",
        "Concrete timing voor de tijdelijke functies bij Zuiderlicht.",
    ),
    ("hanneke", 40): (
        "Wanneer de volgende projectfunctie opengaat",
        "De volgende functie gaat over ongeveer twee maanden open. Ze raadde me aan te praten "
        "met Ravi Ramdin, een metadataconsultant die precies zo begonnen is.",
        "Een realistische ingang, en een naam om te benaderen.",
        "Freelance metadataconsultant",
    ),
    ("marijke", 38): (
        "Bijgepraat over iedereen aan wie ze me voorstelde",
        "Ze was blij, en bood aan een referentiebrief te schrijven voor het traineeship.",
        "Een referentiebrief van mijn begeleider, aangeboden voordat ik erom vroeg.",
    ),
    ("dewi", 35): (
        "Welke musea het nu druk hebben",
        "Dewi vertaalt teksten voor Zuiderlicht en het Havenmuseum; beide hebben het nog maanden "
        "druk.",
        "Bevestigd dat het Havenmuseum aan het opschalen is en het benaderen waard is.",
    ),
    ("ahmed", 32): (
        "Proefgesprek aan de keukentafel",
        "Ahmed speelde een chagrijnig hoofd collecties. Mijn antwoord over zwakke punten was zwak.",
        "De lastige vragen geoefend; mijn antwoord over zwakke punten herschreven.",
    ),
    ("anouk", 30): (
        "Subsidie voor het Havenmuseum toegekend",
        "Anouk raadde me aan contact op te nemen met Thijs Hoekstra, de conservator die het "
        "scheepsmodellenproject leidt.",
        "Een concrete aanwijzing voor een project dat registrators nodig heeft.",
        "Leidt de herregistratie van de scheepsmodellen",
    ),
    ("tim", 28): (
        "Een vacature voor collectiemedewerker in Leiden",
        "Niet helemaal mijn niveau, maar Tim dacht aan mij. Hij is zelf nieuwsgierig naar "
        "archiefwerk.",
        "Een vacature die ik zelf niet had gevonden.",
    ),
    ("joost", 25): (
        "Adviesbureau of museum voor een eerste baan?",
        "Zijn advies: eerst een museum, dan heb je iets om over te adviseren. Hij bood aan mijn "
        "cv door te sturen naar de projectleider van een museumaudit.",
        "Een helder antwoord op de vraag waar ik steeds omheen bleef draaien.",
    ),
    ("willem", 22): (
        "Neemt het registerteam rijkstrainees aan?",
        "Ja, één per jaar. Volgens hem is registratie-ervaring het hardst nodig aan de "
        "beleidskant.",
        "Bevestigd dat het traineeship een route naar het Bureau is.",
    ),
    ("fatima", 20): (
        "Feedback op mijn voorstel voor de rubriek",
        "Ze vindt de invalshoek van de bruikleendag goed en wil 800 woorden binnen vijf weken. "
        "Ze noemde ook Ilse Brouwer, een beeldresearcher die me over freelancen kan vertellen.",
        "Een echte opdracht, en nog een contact bij de uitgeverijen.",
        "Freelance beeldresearcher",
    ),
    ("sem", 18): (
        "Voorbereiding op de volgende traineeronde",
        "Sem las mijn concept-motivatiebrief. Hij raadde me aan met Noor El Amrani te praten "
        "over het landelijk register, en Jasper te mailen zodra mijn portfoliopagina online staat.",
        "Twee introducties en een veel scherpere motivatiebrief.",
        "Beleidsadviseur voor het landelijk register",
        "Directeur; beslist over de traineeplekken",
    ),
    ("noor", 16): (
        "Noor gevraagd om een netwerkgesprek",
        "Connectieverzoek met een bericht waarin ik Sem noemde. Ze accepteerde en stelde een "
        "datum voor.",
        "Een netwerkgesprek over het landelijk register.",
    ),
    ("lucas", 14): (
        "Hoe de selectiedag voor het traineeship eruitziet",
        "Een registratieopdracht met echte objecten, daarna een gesprek met Ruben. Witte "
        "handschoenen meenemen? Nee.",
        "Ik weet wat ik voor de selectiedag moet oefenen.",
    ),
    ("priya", 12): (
        "Eerste versie van onze blog",
        "Mijn helft gestuurd. Zij voegt het technische deel en de schermafbeeldingen toe.",
        "De blog is bijna klaar om te publiceren.",
    ),
    ("zoe", 10): (
        "De nieuwjaarsborrel van Zuiderlicht",
        "Zoë nodigde me uit en stelde me voor aan Ruben Kuipers, het hoofd collecties.",
        "De persoon ontmoet die over het traineeship beslist, in een ontspannen sfeer.",
        "Hoofd collecties",
    ),
    ("ruben", 10): (
        "Een kort gesprek op de nieuwjaarsborrel",
        "Hij vroeg naar mijn Adlib-werk en de bruikleen aan Lyon. Over een paar weken valt het "
        "besluit over het traineeship.",
        "Hij kent mijn naam en mijn ervaring voordat de vacature opengaat.",
    ),
    ("lotte", 9): (
        "Haar sollicitatie voor een baan als festivalprogrammeur",
        "Lotte vroeg me haar brief na te lezen. Fijn om iets terug te doen voor Bram.",
        "Fijn om zelf te helpen; ze hoorde ook dat het bij Noorderzon heel druk is.",
    ),
    ("sanne", 8): (
        "Omvang van de beeldresearch voor de catalogus",
        "180 afbeeldingen van ongeveer 40 bruikleengevers. Honorarium en deadline nog af te "
        "spreken.",
        "Een duidelijke omvang voor wat misschien mijn eerste freelanceopdracht wordt.",
    ),
    ("henk", 6): (
        "Succes gewenst, en hoe het zoeken gaat",
        "Henk wil horen hoe het gesprek met Noor gaat. Hij klonk trots.",
        "",
    ),
    ("linh", 5): (
        "Een kop koffie in Rotterdam afspreken",
        "Linh bood aan meer te vertellen over haar overstap van museum naar advieswerk.",
        "",
    ),
    ("willem", 4): (
        "Het datamodel van het register, voor mijn gesprek met Noor",
        "Een halfuur over hoe het register objecten, eigenaren en locaties koppelt. Ik begrijp "
        "nu wat de beleidskant van de datakant nodig heeft. Hij stuurt het "
        "concept-datawoordenboek.",
        "",
    ),
    ("yara", 3): (
        "Haar promotiedata en mijn zoektocht",
        "Yara worstelt met de collectie-export van een museum; ik bood aan die voor haar op te "
        "schonen.",
        "Een echte dataset om op te oefenen, en een kans om haar terug te helpen.",
    ),
    ("bas", 2): (
        "Data van de informatiebijeenkomst over het traineeship",
        "Bas stuurde de data en een beschrijving van de assessmentdag.",
        "",
    ),
    ("sophie", 1): (
        "Het scheepsmodellenproject bij het Havenmuseum",
        "Volgens Sophie is het team overbelast; ze heeft mijn naam genoemd bij Thijs.",
        "",
    ),
    ("noor", -3): (
        "Netwerkgesprek: het landelijk register en waar een starter past",
        "Wat ik wil weten:\n"
        "- hoe de beleidskant en de datakant van het register samenwerken\n"
        "- hoe ze starters werven: rechtstreekse vacatures of het rijkstraineeship\n"
        "- wat sollicitanten met een museumachtergrond meestal missen\n"
        "- met wie ik nog meer zou moeten praten\n"
        "Meenemen: cv van één pagina, een print van de herkomsttijdlijn. Geen "
        "sollicitatiegesprek: niet om een baan vragen.",
        "",
    ),
    ("linh", -5): (
        "Koffie in Rotterdam: van museumstage naar advieswerk",
        "Vragen hoe ze koos, hoe haar eerste jaar was, en of ze het opnieuw zou doen.",
        "",
    ),
}

# (person key, direction, conversation day) -> the promise.
PROMISES: dict[tuple[str, PromiseDirection, int | None], str] = {
    ("zoe", THEIRS, 58): (
        "Me de vacature voor het traineeship collectie-informatie sturen voordat die openbaar wordt"
    ),
    ("joost", THEIRS, 25): "Mijn cv doorsturen naar de projectleider van de museumaudit",
    (
        "marijke",
        THEIRS,
        38,
    ): "Een referentiebrief schrijven voor mijn sollicitatie op het traineeship",
    ("sem", THEIRS, 18): "De functieomschrijving voor de datatraineeronde sturen zodra die af is",
    (
        "hanneke",
        THEIRS,
        40,
    ): "Laten weten wanneer de volgende projectfunctie bij het archief openstaat",
    (
        "anouk",
        THEIRS,
        30,
    ): "De lijst sturen van digitaliseringsprojecten uit de laatste subsidieronde",
    (
        "sanne",
        THEIRS,
        8,
    ): "Honorarium en deadline voor de beeldresearch van de catalogus bevestigen",
    ("bram", THEIRS, 65): (
        "Aan de ontwerpstudio vragen of ze een beeldresearcher nodig hebben voor de volgende "
        "reeks kunstboeken"
    ),
    ("willem", THEIRS, 4): "Het concept-datawoordenboek van het landelijk register sturen",
    ("noor", MINE, 16): "Mijn scriptiehoofdstuk over herkomstonderzoek delen voor ons gesprek",
    ("sem", MINE, 18): "Sem de verbeterde versie van mijn Adlib-opschoonscript sturen",
    (
        "fatima",
        MINE,
        20,
    ): "De rubriek van 800 woorden over de bruikleendag van een registrator inleveren",
    ("yara", MINE, 3): "De collectie-export van het museum opschonen voor Yara's promotiedataset",
    ("priya", MINE, 12): "Mijn helft van de hackathonblog afmaken",
    ("tim", MINE, 28): "Tim in contact brengen met Hanneke over projectfuncties bij het archief",
    ("lotte", MINE, 9): "Lottes sollicitatiebrief voor de festivalbaan nalezen",
    ("gerda", THEIRS, 340): "Referent zijn op mijn cv",
    ("willem", THEIRS, 130): "De openbare documentatie van het datamodel van het register sturen",
    ("ayse", MINE, 48): "De resultaten van de edit-a-thon uitwerken voor het projectverslag",
    ("henk", MINE, 195): "Henk een foto van mijn diploma-uitreiking sturen",
}

GOAL = JobGoal(
    roles=("collectieregistrator", "specialist collectiedata"),
    sectors=("musea", "cultureel erfgoed", "kunstboekuitgeverijen"),
    regions=("Randstad", "Haarlem"),
    summary="Een eerste baan vanaf het voorjaar, vier of vijf dagen per week, waar zorg voor "
    "objecten en zorg voor data samenkomen.",
)

_WHO = (
    "Ik ben Sanne, ik heb net mijn master Museum- en Collectiestudies afgerond, en tijdens "
    "mijn stage bij een stadsmuseum heb ik meer dan duizend objecten geregistreerd"
)
_LOOKING = (
    "Ik verken functies in collectieregistratie en collectiedata bij musea en erfgoedorganisaties"
)
_OFFER = (
    "Ik breng zorgvuldig registratiewerk mee, wat Python en Wikidata, en ik kan data goed "
    "uitleggen aan conservatoren"
)
_REQUEST = "Met wie zou ik volgens jou nog meer moeten praten?"
PITCHES = (
    ("Elevator pitch van 30 seconden", 30, PitchText(_WHO, _LOOKING, _OFFER, _REQUEST)),
    (
        "Introductie van 2 minuten voor een netwerkgesprek",
        120,
        PitchText(
            _WHO + ", van keramiek tot prenten",
            _LOOKING + ", het liefst waar registratie en digitale toegang samenkomen",
            _OFFER + ". Tijdens mijn stage heb ik 3000 records opgeschoond voor de online "
            "catalogus, en ik werk graag samen met restauratoren en fotografen",
            "Ik hoor graag hoe jij gekomen bent waar je nu bent, en met wie ik volgens jou nog "
            "meer moet praten; mag ik jouw naam noemen?",
        ),
    ),
    (
        "Voor uitgeverijen",
        45,
        PitchText(
            "Ik ben Sanne, een registrator met een museumopleiding die dol is op kunstboeken",
            "Ik ben benieuwd hoe uitgeverijen omgaan met beeldrechten en collectiedata",
            _OFFER,
            # Deliberately what the guidance warns against: the pitch check shows it.
            "Eigenlijk: hebben jullie vacatures voor iemand zoals ik?",
        ),
    ),
)

MEETING = DemoMeeting(
    with_=("noor", -3),
    place="Bureau Erfgoedregistratie, Amersfoort: receptie, vragen naar Noor",
    purpose=(
        "Begrijpen hoe de beleidskant en de datakant van het landelijk register samenwerken, "
        "hoe starters binnenkomen (rechtstreekse vacatures of het rijkstraineeship), en wat "
        "sollicitanten met een museumachtergrond meestal missen."
    ),
    news=(
        "De beleidsbrief over het landelijk register is vorige maand verschenen: eerst een "
        "pilot met vijf provinciale depots, daarna de musea. Lezen voor het gesprek."
    ),
    position=(
        "Adviseur erfgoedregistratie (schaal 9): adviseert collectiebeheerders over het "
        "registreren van objecten in het register en controleert de binnenkomende data. Vraagt "
        "een master erfgoed of informatiekunde en kennis van datastandaarden."
    ),
    background=(
        "Zes jaar registrator bij een provinciaal depot voordat ze naar beleid ging. Volgens Sem "
        "houdt ze van concrete vragen en heeft ze weinig geduld met vage."
    ),
    questions=(
        ("positions", "Hoe ben je gekomen waar je nu bent?"),
        ("culture", "Hoe zou je de cultuur van je team en van de organisatie omschrijven?"),
        (
            "availability",
            "Hoe worden hier meestal nieuwe mensen aangenomen: via vacatures, via netwerken, "
            "via interne doorstroom?",
        ),
        ("skills", "Met welke tools of systemen moet ik bekend zijn?"),
        ("advice", "Als je naar mijn ervaring kijkt, wat zou ik als eerste versterken?"),
        ("referrals", "Met wie zou ik volgens jou nog meer moeten praten?"),
        ("referrals", "Mag ik jouw naam noemen als ik contact met diegene opneem?"),
    ),
)


def _organisation(org: DemoOrganisation) -> DemoOrganisation:
    dutch = ORGANISATIONS[org.name]
    return replace(
        org,
        name=dutch.get("name", org.name),
        sector=dutch["sector"],
        location=dutch.get("location", org.location),
        website=dutch.get("website", org.website),
        culture=dutch.get("culture", ""),
        positions=dutch.get("positions", ""),
        availability=dutch.get("availability", ""),
        notes=dutch.get("notes", ""),
    )


def _person(person: DemoPerson) -> DemoPerson:
    position, how_met, notes = PEOPLE[person.key]
    organisation = person.organisation
    if organisation:
        organisation = ORGANISATIONS[organisation].get("name", organisation)
    return replace(
        person,
        organisation=organisation,
        position=position,
        how_met=how_met,
        notes=notes,
        tags=tuple(TAGS[tag] for tag in person.tags),
    )


def _conversation(talk: DemoConversation) -> DemoConversation:
    topics, notes, how_helped, *referral_notes = CONVERSATIONS[talk.who, talk.days_ago]
    if len(referral_notes) != len(talk.referrals):
        raise ValueError(f"referral notes of {talk.who}, {talk.days_ago} days ago")
    return replace(
        talk,
        topics=topics,
        notes=notes,
        how_helped=how_helped,
        referrals=tuple(
            replace(ref, note=note)
            for ref, note in zip(talk.referrals, referral_notes, strict=True)
        ),
    )


def _promise(promise: DemoPromise) -> DemoPromise:
    key = (promise.who, promise.direction, promise.made_days_ago)
    return replace(promise, description=PROMISES[key])


DUTCH = DemoNetwork(
    organisations=tuple(_organisation(org) for org in ENGLISH.organisations),
    people=tuple(_person(person) for person in ENGLISH.people),
    conversations=tuple(_conversation(talk) for talk in ENGLISH.conversations),
    promises=tuple(_promise(promise) for promise in ENGLISH.promises),
    goal=GOAL,
    pitches=PITCHES,
    meeting=MEETING,
)

__all__ = ["DUTCH", "DemoReferral"]
