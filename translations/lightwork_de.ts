<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSetup</name>
    <message>
        <source>The address needs https:// (http:// only on this computer).</source>
        <translation>Die Adresse braucht https:// (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>The account token is empty.</source>
        <translation>Das Konto-Token ist leer.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ ist kein gültiger Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No profile %1.</source>
        <translation>Kein Profil %1.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already in this profile.</source>
        <translation>Ein Konto namens „%1“ existiert in diesem Profil bereits.</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Kein Konto %1.</translation>
    </message>
    <message>
        <source>A wallet named &quot;%1&quot; exists already in this profile.</source>
        <translation>Eine Wallet namens „%1“ existiert in diesem Profil bereits.</translation>
    </message>
</context>
<context>
    <name>AiForHire</name>
    <message>
        <source>The market&apos;s answer lacks the field “%1”.</source>
        <translation>In der Antwort des Markts fehlt das Feld „%1“.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a field “%1” of the wrong type.</source>
        <translation>Die Antwort des Markts enthält ein Feld „%1“ mit falschem Typ.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a field “%1” that is too long.</source>
        <translation>Die Antwort des Markts enthält ein zu langes Feld „%1“.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has an impossible number in “%1”.</source>
        <translation>Die Antwort des Markts enthält eine unmögliche Zahl in „%1“.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a malformed “%1”.</source>
        <translation>Die Antwort des Markts enthält ein fehlerhaftes „%1“.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has an item whose “%1” belongs elsewhere.</source>
        <translation>Die Antwort des Markts enthält einen Eintrag, dessen „%1“ woanders hingehört.</translation>
    </message>
    <message>
        <source>The market&apos;s invoice could not be read: %1</source>
        <translation>Die Rechnung des Markts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The market&apos;s invoice is for another payment than it says.</source>
        <translation>Die Rechnung des Markts gilt für eine andere Zahlung als angegeben.</translation>
    </message>
    <message>
        <source>The market&apos;s invoice asks for another amount than it says.</source>
        <translation>Die Rechnung des Markts verlangt einen anderen Betrag als angegeben.</translation>
    </message>
    <message>
        <source>The market&apos;s payment headers disagree with its answer.</source>
        <translation>Die Zahlungs-Header des Markts widersprechen seiner Antwort.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>Der Titel ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Titel ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>Die Beschreibung ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Beschreibung ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget must be a whole number of sats above zero.</source>
        <translation>Das Budget muss eine ganze Zahl von sat über null sein.</translation>
    </message>
    <message>
        <source>The price must be a whole number of sats above zero.</source>
        <translation>Der Preis muss eine ganze Zahl von sat über null sein.</translation>
    </message>
    <message>
        <source>The task is not known.</source>
        <translation>Die Aufgabe ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The task is not open for quotes.</source>
        <translation>Für die Aufgabe können keine Angebote abgegeben werden.</translation>
    </message>
    <message>
        <source>You cannot quote on your own task.</source>
        <translation>Sie können kein Angebot für Ihre eigene Aufgabe abgeben.</translation>
    </message>
    <message>
        <source>The quote update changes nothing.</source>
        <translation>Die Aktualisierung des Angebots ändert nichts.</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Eine Nachricht darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>The message is longer than %n characters.</source>
        <translation>
            <numerusform>Die Nachricht ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Nachricht ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery needs a file name.</source>
        <translation>Eine Lieferung braucht einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters.</source>
        <translation>
            <numerusform>Der Dateiname ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Dateiname ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery needs content.</source>
        <translation>Eine Lieferung braucht Inhalt.</translation>
    </message>
    <message>
        <source>The delivery is too large.</source>
        <translation>Die Lieferung ist zu groß.</translation>
    </message>
    <message>
        <source>The delivery&apos;s content is not valid base64.</source>
        <translation>Der Inhalt der Lieferung ist kein gültiges Base64.</translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>Die Notizen sind länger als %n Zeichen.</numerusform>
            <numerusform>Die Notizen sind länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must be a whole number of sats above zero.</source>
        <translation>Der Betrag muss eine ganze Zahl von sat über null sein.</translation>
    </message>
    <message>
        <source>A withdrawal needs an invoice.</source>
        <translation>Eine Auszahlung braucht eine Rechnung.</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>Die Rechnung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The invoice must carry an amount: 402ai cannot pay an open one.</source>
        <translation>Die Rechnung muss einen Betrag enthalten: 402ai kann keine Rechnung ohne Betrag bezahlen.</translation>
    </message>
    <message>
        <source>The invoice is for %1 sat, not %2 sat.</source>
        <translation>Die Rechnung lautet auf %1 sat, nicht auf %2 sat.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Feed</source>
        <extracomment>Navigation: the live task list.</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Post a task</source>
        <extracomment>Navigation: post a new task as a buyer.</extracomment>
        <translation>Aufgabe einstellen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Navigation: quotes received and sent.</extracomment>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Earnings</source>
        <extracomment>Navigation: what the user earned as a worker.</extracomment>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Navigation: the Lightning wallet.</extracomment>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>ProofLayer</source>
        <extracomment>Navigation: the ProofLayer market (a product name; do not translate).</extracomment>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Navigation: paid tools (e.g. sats4ai).</extracomment>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation: settings.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>Navigation rail: picks the profile (e.g. Buyer, Worker) the app acts as.</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Act as another profile: its markets, wallet and limits</source>
        <extracomment>Tooltip of the profile switcher in the navigation rail.</extracomment>
        <translation>Zu einem anderen Profil wechseln: seine Märkte, Wallet und Limits</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>The server&apos;s token contains characters that can&apos;t be sent back in a header.</source>
        <translation>Das Token des Servers enthält Zeichen, die nicht in einem Header zurückgesendet werden können.</translation>
    </message>
    <message>
        <source>The payment challenge lacks an id, method or request.</source>
        <translation>Der Zahlungs-Challenge fehlt eine ID, eine Methode oder eine Anfrage.</translation>
    </message>
</context>
<context>
    <name>AutoTopUpSection</name>
    <message>
        <source>Auto top-up</source>
        <extracomment>Settings section: automatic top-up of the market balance.</extracomment>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <source>Top up my AI for Hire balance automatically</source>
        <extracomment>Settings: turns automatic top-ups of the AI for Hire balance on or off.</extracomment>
        <translation>Mein AI for Hire-Guthaben automatisch aufladen</translation>
    </message>
    <message>
        <source>When the balance falls below</source>
        <extracomment>Settings: the balance below which a top-up happens.</extracomment>
        <translation>Aufladen bei Guthaben unter</translation>
    </message>
    <message>
        <source>Top up by</source>
        <extracomment>Settings: how much one automatic top-up adds.</extracomment>
        <translation>Aufladen um</translation>
    </message>
    <message>
        <source>At most per day</source>
        <extracomment>Settings: the most automatic top-ups may add in 24 hours.</extracomment>
        <translation>Höchstens pro Tag</translation>
    </message>
    <message>
        <source>Counts towards the daily cap above.</source>
        <extracomment>Settings: explains the auto top-up daily cap.</extracomment>
        <translation>Zählt zum Tageslimit oben.</translation>
    </message>
    <message>
        <source>Pays from your wallet, within your spending limits and never above the daily cap, when the balance is found below the threshold. It runs each time the Wallet page reads your wallet&apos;s balance, which also shows what it did.</source>
        <extracomment>Settings: explains auto top-up; the Wallet page is where it runs and reports.</extracomment>
        <translation>Zahlt aus Ihrer Wallet, innerhalb Ihrer Ausgabenlimits und nie über dem Tageslimit, wenn das Guthaben unter dem Schwellenwert liegt. Das geschieht jedes Mal, wenn die Wallet-Seite das Guthaben Ihrer Wallet abfragt; dort sehen Sie auch, was ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance at 402ai</source>
        <extracomment>Earnings: caption above the market balance.</extracomment>
        <translation>Guthaben bei 402ai</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <extracomment>Accessible name of the balance; %1 is e.g. &quot;370 sat&quot;.</extracomment>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>This profile has no 402ai account.</source>
        <extracomment>Earnings: the profile has no 402ai account, so there is no balance to show.</extracomment>
        <translation>Dieses Profil hat kein 402ai-Konto.</translation>
    </message>
    <message>
        <source>Ready to collect: %1</source>
        <extracomment>Earnings: how many whole sats Collect would move to the wallet.</extracomment>
        <translation>Bereit zum Übertragen: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinner while earnings are collected or read.</extracomment>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Collect to wallet</source>
        <extracomment>Earnings: moves the balance into the user&apos;s wallet.</extracomment>
        <translation>In die Wallet übertragen</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Earnings: asks the wallet whether a pending collect has arrived.</extracomment>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Bech32</name>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>der Text ist zu lang</translation>
    </message>
    <message>
        <source>it contains a character bech32 does not allow</source>
        <translation>er enthält ein Zeichen, das bech32 nicht erlaubt</translation>
    </message>
    <message>
        <source>it mixes upper and lower case</source>
        <translation>er mischt Groß- und Kleinbuchstaben</translation>
    </message>
    <message>
        <source>it has no &quot;1&quot; separator</source>
        <translation>er hat kein Trennzeichen „1“</translation>
    </message>
    <message>
        <source>the part before the &quot;1&quot; separator is empty</source>
        <translation>der Teil vor dem Trennzeichen „1“ ist leer</translation>
    </message>
    <message>
        <source>it is too short to hold a checksum</source>
        <translation>er ist zu kurz für eine Prüfsumme</translation>
    </message>
    <message>
        <source>its bech32 checksum does not match</source>
        <translation>seine bech32-Prüfsumme stimmt nicht</translation>
    </message>
</context>
<context>
    <name>BlockedPopup</name>
    <message>
        <source>Blocked</source>
        <extracomment>Heading of the feed&apos;s list of blocked buyers and hidden tasks.</extracomment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Nothing is blocked. Right-click a task to hide it or block its buyer.</source>
        <extracomment>The feed&apos;s block list is empty; how to add to it.</extracomment>
        <translation>Nichts ist blockiert. Klicken Sie mit der rechten Maustaste auf eine Aufgabe, um sie auszublenden oder ihren Auftraggeber zu blockieren.</translation>
    </message>
    <message>
        <source>Blocked buyers and tasks</source>
        <extracomment>Accessible name of the feed&apos;s block list.</extracomment>
        <translation>Blockierte Auftraggeber und Aufgaben</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <extracomment>A hidden task in the block list; %1 is its title.</extracomment>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <extracomment>A blocked buyer in the block list; %1 is the buyer&apos;s id.</extracomment>
        <translation>Auftraggeber: %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <extracomment>Removes an entry from the feed&apos;s block list, so its tasks show again.</extracomment>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <extracomment>Accessible name of Unblock; %1 is the buyer or task.</extracomment>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>Bolt11</name>
    <message>
        <source>the amount has an unknown multiplier &quot;%1&quot;</source>
        <translation>der Betrag hat einen unbekannten Multiplikator „%1“</translation>
    </message>
    <message>
        <source>the amount is not a positive whole number</source>
        <translation>der Betrag ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>the amount is not a whole number of millisatoshis</source>
        <translation>der Betrag ist keine ganze Zahl von Millisatoshi</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>der Betrag ist keine Zahl</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>der Betrag ist zu groß</translation>
    </message>
    <message>
        <source>the amount is more than 21 million bitcoin</source>
        <translation>der Betrag ist größer als 21 Millionen Bitcoin</translation>
    </message>
    <message>
        <source>the invoice is empty</source>
        <translation>die Rechnung ist leer</translation>
    </message>
    <message>
        <source>the invoice is longer than %1 characters</source>
        <translation>die Rechnung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it uses the bech32m checksum, which invoices do not use</source>
        <translation>sie verwendet die bech32m-Prüfsumme, die Rechnungen nicht verwenden</translation>
    </message>
    <message>
        <source>it does not start with &quot;ln&quot;, so it is not an invoice</source>
        <translation>sie beginnt nicht mit „ln“ und ist daher keine Rechnung</translation>
    </message>
    <message>
        <source>the network prefix &quot;%1&quot; is unknown</source>
        <translation>das Netzwerkpräfix „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>it is too short to hold a timestamp and a signature</source>
        <translation>sie ist zu kurz für einen Zeitstempel und eine Signatur</translation>
    </message>
    <message>
        <source>a tagged field is cut off</source>
        <translation>ein Tag-Feld ist abgeschnitten</translation>
    </message>
    <message>
        <source>a tagged field runs past the end of the invoice</source>
        <translation>ein Tag-Feld reicht über das Ende der Rechnung hinaus</translation>
    </message>
    <message>
        <source>the description is not valid UTF-8</source>
        <translation>die Beschreibung ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is too large</source>
        <translation>das Feld „%1“ ist zu groß</translation>
    </message>
    <message>
        <source>a fallback address field is empty</source>
        <translation>ein Fallback-Adressfeld ist leer</translation>
    </message>
    <message>
        <source>a fallback address has the wrong length</source>
        <translation>eine Fallback-Adresse hat die falsche Länge</translation>
    </message>
    <message>
        <source>a routing hint is malformed</source>
        <translation>ein Routing-Hinweis ist fehlerhaft</translation>
    </message>
    <message>
        <source>it requires feature %1, which Lightwork does not know</source>
        <translation>sie verlangt das Feature %1, das Lightwork nicht kennt</translation>
    </message>
    <message>
        <source>it has no payment hash</source>
        <translation>sie hat keinen Zahlungs-Hash</translation>
    </message>
    <message>
        <source>it has no payment secret</source>
        <translation>sie hat kein Zahlungsgeheimnis</translation>
    </message>
    <message>
        <source>it has both a description and a description hash</source>
        <translation>sie hat sowohl eine Beschreibung als auch einen Beschreibungs-Hash</translation>
    </message>
    <message>
        <source>it has neither a description nor a description hash</source>
        <translation>sie hat weder eine Beschreibung noch einen Beschreibungs-Hash</translation>
    </message>
    <message>
        <source>its signature has an invalid recovery id</source>
        <translation>ihre Signatur hat eine ungültige Recovery-ID</translation>
    </message>
    <message>
        <source>its signature is not in canonical low-S form, which an invoice naming its payee requires</source>
        <translation>ihre Signatur ist nicht in der kanonischen Low-S-Form, die eine Rechnung mit angegebenem Empfänger verlangt</translation>
    </message>
    <message>
        <source>its signature does not match the payee it names</source>
        <translation>ihre Signatur passt nicht zum angegebenen Empfänger</translation>
    </message>
    <message>
        <source>its signature is invalid: no payee key can be recovered</source>
        <translation>ihre Signatur ist ungültig: Es lässt sich kein Empfängerschlüssel wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Bolt11Encoder</name>
    <message>
        <source>the node key is not a valid private key</source>
        <translation>der Knotenschlüssel ist kein gültiger privater Schlüssel</translation>
    </message>
    <message>
        <source>the amount must be positive and at most 21 million bitcoin</source>
        <translation>der Betrag muss positiv sein und darf höchstens 21 Millionen Bitcoin betragen</translation>
    </message>
    <message>
        <source>the timestamp does not fit in 35 bits</source>
        <translation>der Zeitstempel passt nicht in 35 Bit</translation>
    </message>
    <message>
        <source>an invoice needs exactly one of description and description hash</source>
        <translation>eine Rechnung braucht genau eines von Beschreibung und Beschreibungs-Hash</translation>
    </message>
    <message>
        <source>expiry and CLTV delta can&apos;t be negative</source>
        <translation>Ablaufzeit und CLTV-Delta dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>a fallback address version must be 0 to 18</source>
        <translation>die Version einer Fallback-Adresse muss zwischen 0 und 18 liegen</translation>
    </message>
    <message>
        <source>a routing hint has no hops</source>
        <translation>ein Routing-Hinweis hat keine Hops</translation>
    </message>
    <message>
        <source>a feature bit is out of range</source>
        <translation>ein Feature-Bit liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a field is longer than 1023 five-bit groups</source>
        <translation>ein Feld ist länger als 1023 Fünf-Bit-Gruppen</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>das Signieren ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ClnWallet</name>
    <message>
        <source>“payment_hash” is not a 32-byte hex value</source>
        <translation>„payment_hash“ ist kein 32-Byte-Hexwert</translation>
    </message>
    <message>
        <source>“pay_index” is missing or not after %1</source>
        <translation>„pay_index“ fehlt oder liegt nicht nach %1</translation>
    </message>
    <message>
        <source>the invoice is not paid</source>
        <translation>die Rechnung ist nicht bezahlt</translation>
    </message>
    <message>
        <source>the preimage does not match the hash</source>
        <translation>das Preimage passt nicht zum Hash</translation>
    </message>
    <message>
        <source>“invoices” is not a list</source>
        <translation>„invoices“ ist keine Liste</translation>
    </message>
    <message>
        <source>a “pay_index” is not a count</source>
        <translation>ein „pay_index“ ist keine Anzahl</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of msat</source>
        <translation>„%1“ ist keine ganze Zahl von msat</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>„%1“ ist größer als jeder mögliche Betrag</translation>
    </message>
    <message>
        <source>an entry of “%1” is not an object</source>
        <translation>ein Eintrag von „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>Core Lightning&apos;s answer to %1 could not be read: %2.</source>
        <translation>Die Antwort von Core Lightning auf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“network” names an unknown network “%1”</source>
        <translation>„network“ nennt ein unbekanntes Netzwerk „%1“</translation>
    </message>
    <message>
        <source>the channels add up to more than any amount can be</source>
        <translation>die Kanäle ergeben zusammen mehr als jeder mögliche Betrag</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>die Rechnung lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>die Rechnung verlangt %1 sat statt %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>beliebiger Betrag</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>der Zahlungs-Hash der Rechnung ist nicht der angegebene</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>die Rechnung gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>The node reported paying another payment hash.</source>
        <translation>Der Knoten hat die Zahlung eines anderen Zahlungs-Hashs gemeldet.</translation>
    </message>
    <message>
        <source>The node reports the payment failed.</source>
        <translation>Der Knoten meldet, dass die Zahlung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The node reports the payment in flight.</source>
        <translation>Der Knoten meldet die Zahlung als noch unterwegs.</translation>
    </message>
    <message>
        <source>The node&apos;s answer could not be read (%1); the payment may have gone through.</source>
        <translation>Die Antwort des Knotens konnte nicht gelesen werden (%1); die Zahlung ist möglicherweise durchgegangen.</translation>
    </message>
    <message>
        <source>The node reported success, but its preimage does not match the payment hash.</source>
        <translation>Der Knoten hat Erfolg gemeldet, aber sein Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>The node reports the payment complete, but its preimage does not match the payment hash.</source>
        <translation>Der Knoten meldet die Zahlung als abgeschlossen, aber sein Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>“status” is an unknown state “%1”</source>
        <translation>„status“ ist ein unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <source>The wallet was closed before Core Lightning answered.</source>
        <translation>Die Wallet wurde geschlossen, bevor Core Lightning geantwortet hat.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>Der Netzwerkzugriff von Lightwork ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Core Lightning did not accept the rune for %1. Create one with lightning-cli createrune that allows the calls Lightwork makes.</source>
        <translation>Core Lightning hat die Rune für %1 nicht akzeptiert. Erstellen Sie mit lightning-cli createrune eine, die die Aufrufe von Lightwork erlaubt.</translation>
    </message>
    <message>
        <source>This Core Lightning node does not offer %1.</source>
        <translation>Dieser Core-Lightning-Knoten bietet %1 nicht an.</translation>
    </message>
    <message>
        <source>There is no clnrest API at %1.</source>
        <translation>Unter %1 gibt es keine clnrest-API.</translation>
    </message>
    <message>
        <source>Core Lightning refused %1.</source>
        <translation>Core Lightning hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Eine Rechnung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Eine Rechnung kann nicht ablaufen, bevor sie erstellt wird.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Diese Rechnung hat keinen Betrag; Lightwork bezahlt nur Rechnungen, die einen angeben.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>Die Rechnung gilt für %1, die Wallet ist aber auf %2.</translation>
    </message>
    <message>
        <source>A fee limit cannot be below zero.</source>
        <translation>Ein Gebührenlimit darf nicht unter null liegen.</translation>
    </message>
    <message>
        <source>The wallet was closed before Core Lightning answered; the payment may still complete.</source>
        <translation>Die Wallet wurde geschlossen, bevor Core Lightning geantwortet hat; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Core Lightning did not answer in time; the payment may still complete.</source>
        <translation>Core Lightning hat nicht rechtzeitig geantwortet; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>No complete answer from Core Lightning (%1); the payment may still complete.</source>
        <translation>Keine vollständige Antwort von Core Lightning (%1); die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Core Lightning&apos;s answer could not be read; the payment may have gone through.</source>
        <translation>Die Antwort von Core Lightning konnte nicht gelesen werden; die Zahlung ist möglicherweise durchgegangen.</translation>
    </message>
    <message>
        <source>Core Lightning said “%1”, and looking the payment up failed: %2</source>
        <translation>Core Lightning meldete „%1“, und die Abfrage der Zahlung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Core Lightning said “%1” but has no record of the payment.</source>
        <translation>Core Lightning meldete „%1“, hat aber keinen Eintrag zu der Zahlung.</translation>
    </message>
</context>
<context>
    <name>ConnectMarketStep</name>
    <message>
        <source>Add the markets you work or hire on. Tokens go to the system keychain, never to Lightwork&apos;s files.</source>
        <extracomment>First-run connect flow, step 3.</extracomment>
        <translation>Fügen Sie die Märkte hinzu, auf denen Sie arbeiten oder Aufträge vergeben. Tokens landen im Schlüsselbund des Systems, nie in den Dateien von Lightwork.</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Connect flow: which market.
----------
Accessible name of the market kind box.</extracomment>
        <translation>Markt</translation>
    </message>
    <message>
        <source>402ai</source>
        <extracomment>Market kinds: 402ai, ProofLayer and tools paid by Lightning (product names).</extracomment>
        <translation>402ai</translation>
    </message>
    <message>
        <source>ProofLayer</source>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>Tools by Lightning (L402)</source>
        <translation>Werkzeuge mit Lightning-Zahlung (L402)</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Connect flow: the market&apos;s address.</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <extracomment>Placeholder of the market address field.</extracomment>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Market address</source>
        <extracomment>Accessible name of the market address field.</extracomment>
        <translation>Marktadresse</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Connect flow: the user&apos;s name for the account.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optional, e.g. main</source>
        <extracomment>Placeholder of the account name field.</extracomment>
        <translation>Optional, z. B. Hauptkonto</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>Accessible name of the account name field.</extracomment>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>New 402ai account</source>
        <extracomment>Connect flow, 402ai: create an account.</extracomment>
        <translation>Neues 402ai-Konto</translation>
    </message>
    <message>
        <source>402ai accounts are prepaid: Lightwork creates one and you pay its first top-up, from your wallet or with a phone.</source>
        <extracomment>Connect flow, 402ai: how a new account is made.</extracomment>
        <translation>402ai-Konten sind Prepaid-Konten: Lightwork erstellt eines, und Sie bezahlen die erste Aufladung aus Ihrer Wallet oder mit einem Telefon.</translation>
    </message>
    <message>
        <source>First top-up in sat</source>
        <extracomment>Accessible name of the first top-up amount field.</extracomment>
        <translation>Erste Aufladung in sat</translation>
    </message>
    <message>
        <source>sat</source>
        <extracomment>After the first top-up amount field.</extracomment>
        <translation>sat</translation>
    </message>
    <message>
        <source>Create and top up…</source>
        <extracomment>Connect flow, 402ai: create the account and show its top-up invoice.</extracomment>
        <translation>Erstellen und aufladen …</translation>
    </message>
    <message>
        <source>The account is created. Pay its top-up to use it.</source>
        <extracomment>Connect flow, 402ai: the top-up invoice waits to be paid.</extracomment>
        <translation>Das Konto ist erstellt. Bezahlen Sie die Aufladung, um es zu nutzen.</translation>
    </message>
    <message>
        <source>Pay the top-up…</source>
        <extracomment>Connect flow, 402ai: open the Pay dialog for the top-up.</extracomment>
        <translation>Aufladung bezahlen …</translation>
    </message>
    <message>
        <source>Existing 402ai account</source>
        <extracomment>Connect flow, 402ai: an account made before.</extracomment>
        <translation>Bestehendes 402ai-Konto</translation>
    </message>
    <message>
        <source>Add this market</source>
        <extracomment>Connect flow: add a ProofLayer or tools market.</extracomment>
        <translation>Diesen Markt hinzufügen</translation>
    </message>
    <message>
        <source>Paste the account&apos;s X-Token</source>
        <extracomment>Placeholder of the X-Token field (402ai&apos;s account token).</extracomment>
        <translation>X-Token des Kontos einfügen</translation>
    </message>
    <message>
        <source>Account token</source>
        <extracomment>Accessible name of the X-Token field.</extracomment>
        <translation>Konto-Token</translation>
    </message>
    <message>
        <source>Test and add</source>
        <extracomment>Connect flow: check the market with a test request and add the account.</extracomment>
        <translation>Testen und hinzufügen</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Connect flow: heading of the accounts added so far.</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect my market and wallet</source>
        <extracomment>Title of the first-run connect flow.</extracomment>
        <translation>Meinen Markt und meine Wallet verbinden</translation>
    </message>
    <message>
        <source>Step 1 of 3: your profile</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Schritt 1 von 3: Ihr Profil</translation>
    </message>
    <message>
        <source>Step 2 of 3: a Lightning wallet</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Schritt 2 von 3: eine Lightning-Wallet</translation>
    </message>
    <message>
        <source>Step 3 of 3: market accounts</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Schritt 3 von 3: Marktkonten</translation>
    </message>
    <message>
        <source>A profile keeps its own market accounts, wallets and spending limits. Name it after what you use it for.</source>
        <extracomment>First-run connect flow, step 1.</extracomment>
        <translation>Ein Profil hat eigene Marktkonten, Wallets und Ausgabenlimits. Benennen Sie es nach seinem Zweck.</translation>
    </message>
    <message>
        <source>Profile name, e.g. Work</source>
        <extracomment>Placeholder of the profile name field.</extracomment>
        <translation>Profilname, z. B. Arbeit</translation>
    </message>
    <message>
        <source>Profile name</source>
        <extracomment>Accessible name of the profile name field.</extracomment>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Connect the wallet Lightwork pays from. You can skip this and pay each invoice with a phone instead.</source>
        <extracomment>First-run connect flow, step 2.</extracomment>
        <translation>Verbinden Sie die Wallet, aus der Lightwork zahlt. Sie können das überspringen und stattdessen jede Rechnung mit einem Telefon bezahlen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Accessible name of the connect flow&apos;s progress indicator.</extracomment>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>First-run connect flow: one step back.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>First-run connect flow: on to the market step with the saved wallet.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>First-run connect flow: no wallet now.</extracomment>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>First-run connect flow: store the profile and go on.</extracomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>First-run connect flow: done, open the app.</extracomment>
        <translation>Fertigstellen</translation>
    </message>
</context>
<context>
    <name>CopyableText</name>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the value beside it to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Accessible name of a Copy button; %1 names what is copied (e.g. &quot;Preimage&quot;).</extracomment>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The local database failed while %1.</source>
        <translation>Die lokale Datenbank ist beim %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of Lightwork (schema %1, this one knows %2)</source>
        <translation>sie wurde von einer neueren Version von Lightwork geschrieben (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>upgrading</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>Die Datei %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryDelegate</name>
    <message>
        <source>Delivery %1, %2, %3</source>
        <extracomment>What a screen reader says for a delivery: file name, size, age.</extracomment>
        <translation>Lieferung %1, %2, %3</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>Delivery: save the delivered file to a folder the user picks.</extracomment>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Delivered by you %1</source>
        <extracomment>Delivery: the user delivered this; %1 is when (&quot;5 min ago&quot;).</extracomment>
        <translation>Von Ihnen geliefert %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <extracomment>Delivery: the worker delivered this; %1 is when (&quot;5 min ago&quot;).</extracomment>
        <translation>Geliefert %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <extracomment>Delivery: the file&apos;s SHA-256 checksum; %1 is 64 hex digits.</extracomment>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 not known: the market did not send the file.</source>
        <extracomment>Delivery: the market sent neither the file nor a checksum.</extracomment>
        <translation>SHA-256 unbekannt: Der Markt hat die Datei nicht gesendet.</translation>
    </message>
    <message>
        <source>Checksum</source>
        <extracomment>Accessible name of a delivery&apos;s checksum.</extracomment>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Saved as %1 (SHA-256 matches)</source>
        <extracomment>Delivery: where it was saved; the written file hashes as the delivery.</extracomment>
        <translation>Gespeichert als %1 (SHA-256 stimmt überein)</translation>
    </message>
    <message>
        <source>Saved as %1, but its SHA-256 does not match</source>
        <extracomment>Delivery: where it was saved; the written file does not match.</extracomment>
        <translation>Gespeichert als %1, aber die SHA-256-Prüfsumme stimmt nicht überein</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Choose the file to deliver</source>
        <extracomment>Title of the dialog to pick the file to deliver.</extracomment>
        <translation>Zu liefernde Datei auswählen</translation>
    </message>
    <message>
        <source>Save the delivered file</source>
        <extracomment>Title of the dialog to save a delivered file.</extracomment>
        <translation>Gelieferte Datei speichern</translation>
    </message>
    <message>
        <source>Delivery</source>
        <extracomment>Task detail: heading of the delivery panel.</extracomment>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Drop the file here, or choose it. %1.</source>
        <extracomment>Delivery panel: where to drop the file; %1 is the size limit.</extracomment>
        <translation>Legen Sie die Datei hier ab oder wählen Sie sie aus. %1.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <extracomment>Delivery panel: opens the dialog to pick the file to deliver.</extracomment>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Delivery panel: label before the picked file&apos;s name.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Delivery panel: forget the picked file.</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>Delivery panel: label before the picked file&apos;s checksum (a technical name).</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Delivery panel: the file is being read and its checksum computed.</extracomment>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Checksum of the file to deliver</source>
        <extracomment>Accessible name of the picked file&apos;s checksum.</extracomment>
        <translation>Prüfsumme der zu liefernden Datei</translation>
    </message>
    <message>
        <source>Notes for the buyer (optional)</source>
        <extracomment>Delivery panel: placeholder of the notes sent with the file.</extracomment>
        <translation>Hinweise für den Auftraggeber (optional)</translation>
    </message>
    <message>
        <source>Deliver</source>
        <extracomment>Delivery panel: sends the file and notes to the market.</extracomment>
        <translation>Liefern</translation>
    </message>
    <message>
        <source>A task takes one delivery: it cannot be replaced afterwards.</source>
        <extracomment>Delivery panel: a delivery cannot be replaced on 402ai.</extracomment>
        <translation>Eine Aufgabe nimmt nur eine Lieferung an: Sie kann danach nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <extracomment>Accessible name of the upload&apos;s progress bar.</extracomment>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Delivery panel: stops the upload under way.</extracomment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Save as appears when the market sends the file. 402ai lists only names and notes.</source>
        <extracomment>Delivery panel (buyer): 402ai lists what was delivered but may not send the file.</extracomment>
        <translation>„Speichern unter“ erscheint, wenn der Markt die Datei sendet. 402ai listet nur Namen und Hinweise auf.</translation>
    </message>
</context>
<context>
    <name>EarningsCollect</name>
    <message>
        <source>The profile changed before the market was asked.</source>
        <translation>Das Profil hat sich geändert, bevor der Markt angefragt wurde.</translation>
    </message>
    <message>
        <source>The market says &quot;paid&quot;, but its node failed to pay (%1); the %2 sat stay debited from the balance. Contact the market.</source>
        <translation>Der Markt meldet „bezahlt“, aber sein Knoten konnte nicht zahlen (%1); die %2 sat bleiben vom Guthaben abgebucht. Wenden Sie sich an den Markt.</translation>
    </message>
    <message>
        <source>The market did not pay (status &quot;%1&quot;).</source>
        <translation>Der Markt hat nicht gezahlt (Status „%1“).</translation>
    </message>
    <message>
        <source>There is nothing to collect.</source>
        <translation>Es gibt nichts zu übertragen.</translation>
    </message>
    <message>
        <source>Lightwork: earnings from %1</source>
        <translation>Lightwork: Einnahmen von %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s invoice is not for exactly %1 sat.</source>
        <translation>Die Rechnung der Wallet lautet nicht auf genau %1 sat.</translation>
    </message>
    <message>
        <source>There is no 402ai account.</source>
        <translation>Es gibt kein 402ai-Konto.</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Earnings</source>
        <extracomment>Heading of the earnings page.</extracomment>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Earnings: reads the balance and the ledger again.</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <extracomment>Earnings: writes the listed ledger rows to a CSV file (opens a small form).</extracomment>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <extracomment>Earnings: what the listed ledger rows brought in and took out.</extracomment>
        <translation>Ein: %1 · Aus: %2</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Accessible name of the earnings page&apos;s ledger list.</extracomment>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>No sats moved yet</source>
        <extracomment>Earnings: the ledger has no rows yet.</extracomment>
        <translation>Noch keine sat bewegt</translation>
    </message>
    <message>
        <source>No rows match</source>
        <extracomment>Earnings: the filters hide every ledger row.</extracomment>
        <translation>Keine passenden Buchungen</translation>
    </message>
    <message>
        <source>Fees, escrow, top-ups and collected earnings appear here.</source>
        <extracomment>Earnings, empty ledger: what will appear here.</extracomment>
        <translation>Hier erscheinen Gebühren, Treuhandbeträge, Aufladungen und übertragene Einnahmen.</translation>
    </message>
    <message>
        <source>Try other words or clear the filters.</source>
        <extracomment>Earnings, nothing matches: what the user can do.</extracomment>
        <translation>Versuchen Sie andere Suchbegriffe oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Earnings, nothing matches: resets the filters.</extracomment>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>EngineSecrets</name>
    <message>
        <source>The keychain did not keep the secret.</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht behalten.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <source>The profile changed while its wallet was being opened.</source>
        <translation>Das Profil hat sich geändert, während seine Wallet geöffnet wurde.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (see lightwork-cli profile list).</source>
        <translation>Kein Profil namens „%1“ (siehe lightwork-cli profile list).</translation>
    </message>
    <message>
        <source>No market account to claim the top-up.</source>
        <translation>Kein Marktkonto, um die Aufladung abzurufen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no wallet (see lightwork-cli wallet add).</source>
        <translation>Profil „%1“ hat keine Wallet (siehe lightwork-cli wallet add).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 account (see lightwork-cli account add).</source>
        <translation>Profil „%1“ hat kein %2-Konto (siehe lightwork-cli account add).</translation>
    </message>
    <message>
        <source>No %2 account named &quot;%1&quot;.</source>
        <translation>Kein %2-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has several %2 accounts: choose one with --account.</source>
        <translation>Profil „%1“ hat mehrere %2-Konten: Wählen Sie eines mit --account.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <extracomment>Button next to an error message: try the failed step again.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ExportPopup</name>
    <message>
        <source>Export as CSV (rows: %1)</source>
        <extracomment>Title of the CSV export form; %1 is how many ledger rows will be written.</extracomment>
        <translation>Als CSV exportieren (Zeilen: %1)</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Accessible name of the CSV export&apos;s file path field.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the CSV export form.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Writes the CSV file.</extracomment>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FeedFilterBar</name>
    <message>
        <source>Search tasks</source>
        <extracomment>Placeholder of the feed&apos;s search box.</extracomment>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>Sort orders of the feed, in TaskFilterModel.SortOrder order.</extracomment>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Highest budget</source>
        <translation>Höchstes Budget</translation>
    </message>
    <message>
        <source>Fewest quotes</source>
        <translation>Wenigste Angebote</translation>
    </message>
    <message>
        <source>Sort by</source>
        <extracomment>Accessible name of the feed&apos;s sort order box.</extracomment>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Shows or hides the feed&apos;s filters (market, status, type, budget, age).</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Any market</source>
        <extracomment>Feed filter: a market&apos;s name, e.g. 402ai; empty for every market.</extracomment>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Feed filter: a status word such as &quot;open&quot;; empty for any.</extracomment>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any type</source>
        <extracomment>Feed filter: a task type; empty for any.</extracomment>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabenart</translation>
    </message>
    <message>
        <source>Budget (sat)</source>
        <extracomment>Feed filter: label before the budget range boxes.</extracomment>
        <translation>Budget (sat)</translation>
    </message>
    <message>
        <source>Lowest budget in sats</source>
        <extracomment>Feed filter: lowest budget in sats; 0 means no lower bound.</extracomment>
        <translation>Mindestbudget in sat</translation>
    </message>
    <message>
        <source>Highest budget in sats</source>
        <extracomment>Feed filter: highest budget in sats; 0 means no upper bound.</extracomment>
        <translation>Höchstbudget in sat</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>Feed filter: tasks of any age.</extracomment>
        <translation>Beliebiges Alter</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Feed filter: tasks from the last day.</extracomment>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>Feed filter: tasks from the last week.</extracomment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <extracomment>Feed filter: tasks from the last month.</extracomment>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Accessible name of the feed&apos;s age filter.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Resets the feed&apos;s search and every filter.</extracomment>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <extracomment>Opens the feed&apos;s saved searches: save the current one, apply or delete one.</extracomment>
        <translation>Gespeicherte Suchen …</translation>
    </message>
    <message>
        <source>Blocked (%1)</source>
        <extracomment>Opens the feed&apos;s block list; %1 is how many entries it has.</extracomment>
        <translation>Blockiert (%1)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Opens the feed&apos;s (empty) block list.</extracomment>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>Feed</source>
        <extracomment>Heading of the feed page.</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>Feed: how many tasks arrived since the user last looked; scrolls to them.</extracomment>
        <translation>
            <numerusform>%n neue</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <extracomment>Feed: stop highlighting the new tasks.</extracomment>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the feed&apos;s task list.</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <extracomment>Feed: nothing has been synced from any market yet.</extracomment>
        <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
        <source>No tasks match</source>
        <extracomment>Feed: the search and filters hide every task.</extracomment>
        <translation>Keine passenden Aufgaben</translation>
    </message>
    <message>
        <source>Tasks from your markets appear here as soon as they sync.</source>
        <extracomment>Feed, empty: where the tasks will come from.</extracomment>
        <translation>Aufgaben aus Ihren Märkten erscheinen hier, sobald sie synchronisiert sind.</translation>
    </message>
    <message>
        <source>Try other words or clear the filters.</source>
        <extracomment>Feed, nothing matches: what the user can do.</extracomment>
        <translation>Versuchen Sie andere Suchbegriffe oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Feed, nothing matches: resets the search and filters.</extracomment>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Feed: asks every market for its tasks now.</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the markets now (F5)</source>
        <extracomment>Tooltip of the feed&apos;s Refresh button; F5 is the keyboard shortcut.</extracomment>
        <translation>Märkte jetzt abfragen (F5)</translation>
    </message>
</context>
<context>
    <name>FeedPreferences</name>
    <message>
        <source>Give the search a name of at most %1 characters.</source>
        <extracomment>A saved feed search needs a name of at most %1 characters.</extracomment>
        <translation>Geben Sie der Suche einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The search is too long to save.</source>
        <extracomment>A saved feed search&apos;s words or filters were too long to keep.</extracomment>
        <translation>Die Suche ist zu lang zum Speichern.</translation>
    </message>
    <message>
        <source>Budgets and ages cannot be negative.</source>
        <extracomment>A saved feed search had a negative budget or age.</extracomment>
        <translation>Budgets und Alter dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is nothing to block.</source>
        <extracomment>Blocking a buyer or hiding a task whose id is unknown.</extracomment>
        <translation>Es gibt nichts zu blockieren.</translation>
    </message>
</context>
<context>
    <name>FeedQuery</name>
    <message>
        <source>The task list could not be read.</source>
        <extracomment>The feed could not read the tasks stored on this device.</extracomment>
        <translation>Die Aufgabenliste konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FeedRowMenu</name>
    <message>
        <source>Hide this task</source>
        <extracomment>Feed row menu: hides this one task from the feed.</extracomment>
        <translation>Diese Aufgabe ausblenden</translation>
    </message>
    <message>
        <source>Block this buyer</source>
        <extracomment>Feed row menu: hides every task of this task&apos;s buyer from the feed.</extracomment>
        <translation>Diesen Auftraggeber blockieren</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Setting up failed.</source>
        <extracomment>First run: the set-up failed without a reason from the backend.</extracomment>
        <translation>Die Einrichtung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Setting up the sandbox…</source>
        <extracomment>First run: shown while the sandbox market and wallets are created.</extracomment>
        <translation>Die Sandbox wird eingerichtet …</translation>
    </message>
    <message>
        <source>The sandbox is a practice market with test wallets and play money: nothing real is paid.</source>
        <extracomment>First run: what &quot;Try the sandbox&quot; gives.</extracomment>
        <translation>Die Sandbox ist ein Übungsmarkt mit Test-Wallets und Spielgeld: Es wird nichts wirklich bezahlt.</translation>
    </message>
    <message>
        <source>The sandbox is not available in this installation.</source>
        <extracomment>First run: the app was started without a sandbox.</extracomment>
        <translation>Die Sandbox ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <extracomment>First run: the default choice; sets up a practice market and wallets.</extracomment>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Connect my market and wallet</source>
        <extracomment>First run: connect a real market account and a Lightning wallet.</extracomment>
        <translation>Meinen Markt und meine Wallet verbinden</translation>
    </message>
</context>
<context>
    <name>HireClient</name>
    <message>
        <source>“%1” is not a valid 402ai id.</source>
        <translation>„%1“ ist keine gültige 402ai-ID.</translation>
    </message>
    <message>
        <source>The market did this (journal entry %1), but its answer could not be read: %2</source>
        <translation>Der Markt hat die Aktion ausgeführt (Journaleintrag %1), aber seine Antwort konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The market did this (journal entry %1; %2), but its answer was lost. Check the market before trying again.</source>
        <translation>Der Markt hat die Aktion ausgeführt (Journaleintrag %1; %2), aber seine Antwort ging verloren. Prüfen Sie den Markt, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The account is %1 sat short of the %2 sat escrow. Top it up, then accept again.</source>
        <translation>Dem Konto fehlen %1 sat für die Treuhand von %2 sat. Laden Sie es auf und nehmen Sie dann erneut an.</translation>
    </message>
    <message>
        <source>The account&apos;s balance does not cover the escrow. Top it up, then accept again.</source>
        <translation>Das Guthaben des Kontos deckt die Treuhand nicht. Laden Sie es auf und nehmen Sie dann erneut an.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>Die Datei %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The market did not open a new account (HTTP %1).</source>
        <translation>Der Markt hat kein neues Konto eröffnet (HTTP %1).</translation>
    </message>
    <message>
        <source>The market answered a top-up without an invoice.</source>
        <translation>Der Markt hat auf eine Aufladung ohne Rechnung geantwortet.</translation>
    </message>
    <message>
        <source>The market asks %1 sat for a top-up of %2 sat.</source>
        <translation>Der Markt verlangt %1 sat für eine Aufladung von %2 sat.</translation>
    </message>
    <message>
        <source>This 402ai account has no token yet; a top-up cannot be claimed for it.</source>
        <translation>Dieses 402ai-Konto hat noch kein Token; eine Aufladung kann dafür nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The market credited the top-up to another account than this one.</source>
        <translation>Der Markt hat die Aufladung einem anderen Konto als diesem gutgeschrieben.</translation>
    </message>
    <message>
        <source>The market answered with another task.</source>
        <translation>Der Markt hat mit einer anderen Aufgabe geantwortet.</translation>
    </message>
</context>
<context>
    <name>HireTaskFlow</name>
    <message>
        <source>There is no 402ai account.</source>
        <translation>Es gibt kein 402ai-Konto.</translation>
    </message>
    <message>
        <source>The profile changed before the market was asked.</source>
        <translation>Das Profil hat sich geändert, bevor der Markt angefragt wurde.</translation>
    </message>
    <message>
        <source>Task %1 has no quote %2.</source>
        <translation>Aufgabe %1 hat kein Angebot %2.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server does not allow this action.</source>
        <translation>Der Server erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>The server asks for a payment.</source>
        <translation>Der Server verlangt eine Zahlung.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Der Server kennt diesen Eintrag nicht.</translation>
    </message>
    <message>
        <source>The item is not in a state that allows this action.</source>
        <translation>Der Eintrag ist in keinem Zustand, der diese Aktion erlaubt.</translation>
    </message>
    <message>
        <source>Too many requests; the server asks to slow down.</source>
        <translation>Zu viele Anfragen; der Server bittet darum, es langsamer angehen zu lassen.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Der Server ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Unerwarteter HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Refusing %1: only HTTPS is allowed, except to this computer.</source>
        <translation>%1 wird abgelehnt: Nur HTTPS ist erlaubt, außer zu diesem Computer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not the trusted one.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, das nicht das vertrauenswürdige ist.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than allowed.</source>
        <translation>Die Antwort von %1 ist größer als erlaubt.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the answer; the request may have reached the server.</source>
        <translation>Die Verbindung zu %1 wurde vor der Antwort beendet; die Anfrage hat den Server möglicherweise erreicht.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>The server redirected a request that is not followed.</source>
        <translation>Der Server hat eine Anfrage umgeleitet; dieser Umleitung wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>Refusing a redirect to %1: only HTTPS is allowed.</source>
        <translation>Umleitung zu %1 wird abgelehnt: Nur HTTPS ist erlaubt.</translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>no L402, LSAT or Payment challenge found</source>
        <translation>keine L402-, LSAT- oder Payment-Challenge gefunden</translation>
    </message>
    <message>
        <source>invoice in the %1 challenge</source>
        <translation>Rechnung in der %1-Challenge</translation>
    </message>
    <message>
        <source>Payment challenge</source>
        <translation>Payment-Challenge</translation>
    </message>
    <message>
        <source>invoice in the Payment challenge</source>
        <translation>Rechnung in der Payment-Challenge</translation>
    </message>
    <message>
        <source>nothing to decode</source>
        <translation>nichts zu dekodieren</translation>
    </message>
    <message>
        <source>payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>not an invoice, LNURL, Lightning Address, payment link, payment challenge or macaroon</source>
        <translation>keine Rechnung, keine LNURL, keine Lightning-Adresse, kein Zahlungslink, keine Zahlungs-Challenge und kein Macaroon</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>“%1” is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <translation>„%1“ ist nicht true oder false</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>„%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of hex</source>
        <translation>„%1“ sind keine %2 Byte Hex</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Checking the keychain</source>
        <extracomment>Accessible name of the spinner while the keychain is checked.</extracomment>
        <translation>Schlüsselbund wird geprüft</translation>
    </message>
    <message>
        <source>Your keys and passwords will be kept in the system keychain.</source>
        <extracomment>First run: the system keychain works.</extracomment>
        <translation>Ihre Schlüssel und Passwörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Keys and passwords are kept for this session only.</source>
        <extracomment>First run: the user chose to keep secrets in memory only.</extracomment>
        <translation>Schlüssel und Passwörter werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <extracomment>First run: no usable system keychain was found.</extracomment>
        <translation>Kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <extracomment>First run: the keychain is being checked.</extracomment>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>Lightwork never writes secrets to disk without a keychain. If you keep them for this session only, they are forgotten when you quit and you will enter them again next time.</source>
        <extracomment>First run, no keychain: what choosing &quot;this session only&quot; means.</extracomment>
        <translation>Ohne Schlüsselbund schreibt Lightwork niemals Geheimnisse auf die Festplatte. Wenn Sie sie nur für diese Sitzung aufbewahren, werden sie beim Beenden vergessen und Sie geben sie beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>First run, no keychain: check for the keychain again (e.g. after unlocking it).</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <extracomment>First run, no keychain: keep secrets in memory until the app quits.</extracomment>
        <translation>Geheimnisse nur für diese Sitzung aufbewahren</translation>
    </message>
</context>
<context>
    <name>LedgerDelegate</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>What a screen reader says for a ledger row: kind, amount, where, when.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Kind</source>
        <extracomment>Accessible name of the ledger&apos;s kind filter.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Accessible name of the ledger&apos;s market filter.</extracomment>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Ledger filter: rows of any date.</extracomment>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>Ledger filter: rows of the last week.</extracomment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <extracomment>Ledger filter: rows of the last month.</extracomment>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <extracomment>Ledger filter: rows of the last year.</extracomment>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Accessible name of the ledger&apos;s period filter.</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <extracomment>Placeholder of the ledger&apos;s search box.</extracomment>
        <translation>Buchungen durchsuchen</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Resets the ledger&apos;s filters.</extracomment>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LnbitsEvents</name>
    <message>
        <source>An LNbits event could not be read: %1.</source>
        <translation>Ein LNbits-Ereignis konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>„%1“ ist größer als jeder mögliche Betrag</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>es ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“payment” is missing</source>
        <translation>„payment“ fehlt</translation>
    </message>
    <message>
        <source>“wallet_balance” is not a number</source>
        <translation>„wallet_balance“ ist keine Zahl</translation>
    </message>
    <message>
        <source>its preimage is not the payment&apos;s</source>
        <translation>sein Preimage gehört nicht zu der Zahlung</translation>
    </message>
    <message>
        <source>“amount” is 0</source>
        <translation>„amount“ ist 0</translation>
    </message>
</context>
<context>
    <name>LnbitsWallet</name>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>„%1“ ist größer als jeder mögliche Betrag</translation>
    </message>
    <message>
        <source>“%1” is below zero</source>
        <translation>„%1“ ist kleiner als null</translation>
    </message>
    <message>
        <source>LNbits&apos; answer to %1 could not be read: %2.</source>
        <translation>Die Antwort von LNbits auf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>die Rechnung lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>der Zahlungs-Hash der Rechnung ist nicht der angegebene</translation>
    </message>
    <message>
        <source>it states %1 sat instead of the %2 sat asked for</source>
        <translation>sie nennt %1 sat statt der angeforderten %2 sat</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>die Rechnung verlangt %1 sat statt %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>beliebiger Betrag</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>die Rechnung gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>LNbits&apos; answer could not be read (%1); the payment may have gone through.</source>
        <translation>Die Antwort von LNbits konnte nicht gelesen werden (%1); die Zahlung ist möglicherweise durchgegangen.</translation>
    </message>
    <message>
        <source>LNbits reported paying another payment hash (%1).</source>
        <translation>LNbits hat die Zahlung eines anderen Zahlungs-Hashs gemeldet (%1).</translation>
    </message>
    <message>
        <source>LNbits accepted the payment.</source>
        <translation>LNbits hat die Zahlung angenommen.</translation>
    </message>
    <message>
        <source>LNbits reports the payment failed.</source>
        <translation>LNbits meldet, dass die Zahlung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>LNbits reports the payment in flight.</source>
        <translation>LNbits meldet die Zahlung als noch unterwegs.</translation>
    </message>
    <message>
        <source>LNbits reported success, but its preimage does not match the payment hash.</source>
        <translation>LNbits hat Erfolg gemeldet, aber sein Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>LNbits failed without saying how (HTTP 520); the payment may have gone through.</source>
        <translation>LNbits ist ohne Angabe von Gründen fehlgeschlagen (HTTP 520); die Zahlung ist möglicherweise durchgegangen.</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>es geht um einen anderen Zahlungs-Hash</translation>
    </message>
    <message>
        <source>LNbits reports the payment paid, but its preimage could not be read: %1.</source>
        <translation>LNbits meldet die Zahlung als bezahlt, aber ihr Preimage konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>LNbits reports the payment paid, but its preimage does not match the payment hash.</source>
        <translation>LNbits meldet die Zahlung als bezahlt, aber ihr Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>The wallet was closed before LNbits answered.</source>
        <translation>Die Wallet wurde geschlossen, bevor LNbits geantwortet hat.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>Der Netzwerkzugriff von Lightwork ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>LNbits did not accept the key for this action. The invoice/read key can only receive; paying needs the wallet&apos;s admin key.</source>
        <translation>LNbits hat den Schlüssel für diese Aktion nicht akzeptiert. Mit dem Invoice/Read-Schlüssel kann nur empfangen werden; zum Bezahlen ist der Admin-Schlüssel der Wallet nötig.</translation>
    </message>
    <message>
        <source>There is no LNbits API at %1.</source>
        <translation>Unter %1 gibt es keine LNbits-API.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Eine Rechnung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>LNbits makes invoices in whole satoshis; %1 sat is not one.</source>
        <translation>LNbits erstellt Rechnungen nur in ganzen Satoshi; %1 sat ist kein ganzer Betrag.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Eine Rechnung kann nicht ablaufen, bevor sie erstellt wird.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Diese Rechnung hat keinen Betrag; Lightwork bezahlt nur Rechnungen, die einen angeben.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>Die Rechnung gilt für %1, die Wallet ist aber auf %2.</translation>
    </message>
    <message>
        <source>The wallet was closed before LNbits answered; the payment may still complete.</source>
        <translation>Die Wallet wurde geschlossen, bevor LNbits geantwortet hat; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>LNbits did not answer in time; the payment may still complete.</source>
        <translation>LNbits hat nicht rechtzeitig geantwortet; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>No complete answer from LNbits (%1); the payment may still complete.</source>
        <translation>Keine vollständige Antwort von LNbits (%1); die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>LNbits said “%1”, and looking the payment up failed: %2</source>
        <translation>LNbits meldete „%1“, und die Abfrage der Zahlung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>LNbits said “%1” but has no record of the payment.</source>
        <translation>LNbits meldete „%1“, hat aber keinen Eintrag zu der Zahlung.</translation>
    </message>
</context>
<context>
    <name>LndWallet</name>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>„%1“ ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>„%1“ ist größer als jeder mögliche Betrag</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of base64</source>
        <translation>„%1“ sind keine %2 Byte Base64</translation>
    </message>
    <message>
        <source>LND&apos;s answer to %1 could not be read: %2.</source>
        <translation>Die Antwort von LND auf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>a line of the stream is not a JSON object</source>
        <translation>eine Zeile des Streams ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a line of the stream has neither “result” nor “error”</source>
        <translation>eine Zeile des Streams hat weder „result“ noch „error“</translation>
    </message>
    <message>
        <source>“chains” names no chain</source>
        <translation>„chains“ nennt keine Chain</translation>
    </message>
    <message>
        <source>the node runs on “%1”, not bitcoin</source>
        <translation>der Knoten läuft auf „%1“, nicht auf bitcoin</translation>
    </message>
    <message>
        <source>“network” names an unknown network “%1”</source>
        <translation>„network“ nennt ein unbekanntes Netzwerk „%1“</translation>
    </message>
    <message>
        <source>“local_balance” is missing</source>
        <translation>„local_balance“ fehlt</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>die Rechnung lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>die Rechnung verlangt %1 sat statt %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>beliebiger Betrag</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not r_hash</source>
        <translation>der Zahlungs-Hash der Rechnung ist nicht r_hash</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>die Rechnung gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>es geht um einen anderen Zahlungs-Hash</translation>
    </message>
    <message>
        <source>“settled” is not true or false</source>
        <translation>„settled“ ist nicht true oder false</translation>
    </message>
    <message>
        <source>“state” is missing</source>
        <translation>„state“ fehlt</translation>
    </message>
    <message>
        <source>“state” is the unknown “%1”</source>
        <translation>„state“ hat den unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>it is about another payment hash (%1)</source>
        <translation>es geht um einen anderen Zahlungs-Hash (%1)</translation>
    </message>
    <message>
        <source>LND reports the payment succeeded, but its preimage could not be read: %1.</source>
        <translation>LND meldet die Zahlung als erfolgreich, aber ihr Preimage konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>LND reports the payment succeeded, but its preimage does not match the payment hash.</source>
        <translation>LND meldet die Zahlung als erfolgreich, aber ihr Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>LND gave no reason.</source>
        <translation>LND hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The payment is in flight.</source>
        <translation>Die Zahlung ist noch unterwegs.</translation>
    </message>
    <message>
        <source>LND reports the unknown status “%1”.</source>
        <translation>LND meldet den unbekannten Status „%1“.</translation>
    </message>
    <message>
        <source>The macaroon does not allow this. Paying needs admin.macaroon or one baked with info:read offchain:read offchain:write invoices:read invoices:write.</source>
        <translation>Das Macaroon erlaubt das nicht. Zum Bezahlen ist admin.macaroon nötig oder eines, das mit info:read offchain:read offchain:write invoices:read invoices:write erstellt wurde.</translation>
    </message>
    <message>
        <source>LND did not accept the macaroon. Use the hex of admin.macaroon from the node&apos;s data/chain/bitcoin/&lt;network&gt; directory.</source>
        <translation>LND hat das Macaroon nicht akzeptiert. Verwenden Sie den Hexwert von admin.macaroon aus dem Verzeichnis data/chain/bitcoin/&lt;network&gt; des Knotens.</translation>
    </message>
    <message>
        <source>%1 The payment was in flight; it may still complete.</source>
        <translation>%1 Die Zahlung war noch unterwegs; sie kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 The payment may have started; it may still complete.</source>
        <translation>%1 Die Zahlung wurde möglicherweise schon gestartet; sie kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>a line of the stream is too long</source>
        <translation>eine Zeile des Streams ist zu lang</translation>
    </message>
    <message>
        <source>There is no LND REST API at this address.</source>
        <translation>Unter dieser Adresse gibt es keine LND-REST-API.</translation>
    </message>
    <message>
        <source>LND said “%1”.</source>
        <translation>LND meldete „%1“.</translation>
    </message>
    <message>
        <source>LND did not settle the payment in time.</source>
        <translation>LND hat die Zahlung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>No complete answer from LND (%1).</source>
        <translation>Keine vollständige Antwort von LND (%1).</translation>
    </message>
    <message>
        <source>LND&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort von LND konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>LND&apos;s answer ended before the payment settled.</source>
        <translation>Die Antwort von LND endete, bevor die Zahlung abgeschlossen war.</translation>
    </message>
    <message>
        <source>LND could not look the payment up: %1</source>
        <translation>LND konnte die Zahlung nicht abfragen: %1</translation>
    </message>
    <message>
        <source>The payment was in flight when the connection to LND ended.</source>
        <translation>Die Zahlung war noch unterwegs, als die Verbindung zu LND endete.</translation>
    </message>
    <message>
        <source>LND did not report the payment&apos;s state in time.</source>
        <translation>LND hat den Zustand der Zahlung nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>the stream ended without the payment&apos;s state</source>
        <translation>der Stream endete ohne den Zustand der Zahlung</translation>
    </message>
    <message>
        <source>The wallet was closed before LND answered.</source>
        <translation>Die Wallet wurde geschlossen, bevor LND geantwortet hat.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>Der Netzwerkzugriff von Lightwork ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The macaroon is not hex. Paste the hex of the macaroon file (for example `xxd -p -c0 admin.macaroon`).</source>
        <translation>Das Macaroon ist nicht im Hex-Format. Fügen Sie den Hexwert der Macaroon-Datei ein (zum Beispiel `xxd -p -c0 admin.macaroon`).</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Eine Rechnung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>LND accepts invoice descriptions of at most %1 bytes.</source>
        <translation>LND akzeptiert Rechnungsbeschreibungen von höchstens %1 Byte.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Eine Rechnung kann nicht ablaufen, bevor sie erstellt wird.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Diese Rechnung hat keinen Betrag; Lightwork bezahlt nur Rechnungen, die einen angeben.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>Die Rechnung gilt für %1, die Wallet ist aber auf %2.</translation>
    </message>
    <message>
        <source>A fee limit cannot be negative.</source>
        <translation>Ein Gebührenlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A payment needs time to complete.</source>
        <translation>Eine Zahlung braucht Zeit, um abgeschlossen zu werden.</translation>
    </message>
    <message>
        <source>The wallet was closed before LND answered; the payment may still complete.</source>
        <translation>Die Wallet wurde geschlossen, bevor LND geantwortet hat; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>LND said “%1”, and looking the payment up failed: %2</source>
        <translation>LND meldete „%1“, und die Abfrage der Zahlung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>LND said “%1” but has no record of the payment.</source>
        <translation>LND meldete „%1“, hat aber keinen Eintrag zu der Zahlung.</translation>
    </message>
</context>
<context>
    <name>Lnurl</name>
    <message>
        <source>it is bech32 but not an LNURL</source>
        <translation>es ist bech32, aber keine LNURL</translation>
    </message>
    <message>
        <source>it uses the bech32m checksum</source>
        <translation>es verwendet die bech32m-Prüfsumme</translation>
    </message>
    <message>
        <source>its data has invalid padding</source>
        <translation>seine Daten haben ungültiges Padding</translation>
    </message>
    <message>
        <source>it does not contain a valid URL</source>
        <translation>es enthält keine gültige URL</translation>
    </message>
    <message>
        <source>it points to %1, which is not HTTPS</source>
        <translation>es verweist auf %1, eine Adresse ohne HTTPS</translation>
    </message>
    <message>
        <source>it is not an LNURL link</source>
        <translation>es ist kein LNURL-Link</translation>
    </message>
    <message>
        <source>the link is not a valid URL</source>
        <translation>der Link ist keine gültige URL</translation>
    </message>
    <message>
        <source>a Lightning Address looks like name@example.com</source>
        <translation>eine Lightning-Adresse sieht aus wie name@example.com</translation>
    </message>
    <message>
        <source>the name part may only hold a-z, 0-9, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;</source>
        <translation>der Namensteil darf nur a-z, 0-9, „-“, „_“ und „.“ enthalten</translation>
    </message>
    <message>
        <source>the name part can&apos;t be &quot;.&quot; or &quot;..&quot;</source>
        <translation>der Namensteil darf nicht „.“ oder „..“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain</source>
        <translation>„%1“ ist keine gültige Domain</translation>
    </message>
</context>
<context>
    <name>LnurlFetch</name>
    <message>
        <source>%1 is not an HTTPS address.</source>
        <translation>%1 ist keine HTTPS-Adresse.</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>Der Dienst meldet: %1</translation>
    </message>
    <message>
        <source>This LNURL is not a payment request.</source>
        <translation>Diese LNURL ist keine Zahlungsanforderung.</translation>
    </message>
</context>
<context>
    <name>LnurlInvoice</name>
    <message>
        <source>%1 takes %2 to %3 sat.</source>
        <translation>%1 nimmt %2 bis %3 sat an.</translation>
    </message>
</context>
<context>
    <name>LnurlResponse</name>
    <message>
        <source>The service reported an error without a reason.</source>
        <translation>Der Dienst hat einen Fehler ohne Begründung gemeldet.</translation>
    </message>
    <message>
        <source>The pay request has no HTTPS callback.</source>
        <translation>Die Zahlungsanforderung hat keinen HTTPS-Callback.</translation>
    </message>
    <message>
        <source>The pay request&apos;s amount range is invalid.</source>
        <translation>Der Betragsbereich der Zahlungsanforderung ist ungültig.</translation>
    </message>
    <message>
        <source>The pay request has no metadata.</source>
        <translation>Die Zahlungsanforderung hat keine Metadaten.</translation>
    </message>
    <message>
        <source>The pay request&apos;s metadata is not a JSON array.</source>
        <translation>Die Metadaten der Zahlungsanforderung sind kein JSON-Array.</translation>
    </message>
    <message>
        <source>The pay request&apos;s metadata has no text/plain entry.</source>
        <translation>Die Metadaten der Zahlungsanforderung haben keinen text/plain-Eintrag.</translation>
    </message>
    <message>
        <source>The withdraw request has no HTTPS callback.</source>
        <translation>Die Abhebungsanforderung hat keinen HTTPS-Callback.</translation>
    </message>
    <message>
        <source>The withdraw request has no k1.</source>
        <translation>Die Abhebungsanforderung hat kein k1.</translation>
    </message>
    <message>
        <source>The withdraw request&apos;s amount range is invalid.</source>
        <translation>Der Betragsbereich der Abhebungsanforderung ist ungültig.</translation>
    </message>
    <message>
        <source>The service did not answer with a JSON object.</source>
        <translation>Der Dienst hat nicht mit einem JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>The service did not return an invoice.</source>
        <translation>Der Dienst hat keine Rechnung zurückgegeben.</translation>
    </message>
    <message>
        <source>The success link points to another site.</source>
        <translation>Der Erfolgslink verweist auf eine andere Website.</translation>
    </message>
    <message>
        <source>The invoice does not commit to the service&apos;s metadata.</source>
        <translation>Die Rechnung ist nicht an die Metadaten des Dienstes gebunden.</translation>
    </message>
    <message>
        <source>The invoice is not for the amount asked for.</source>
        <translation>Die Rechnung lautet nicht auf den angeforderten Betrag.</translation>
    </message>
    <message>
        <source>The withdraw link offers %1 to %2 sat.</source>
        <translation>Der Abhebungslink bietet %1 bis %2 sat an.</translation>
    </message>
    <message>
        <source>%1 sat is not a whole, positive amount.</source>
        <translation>%1 sat ist kein ganzer, positiver Betrag.</translation>
    </message>
    <message>
        <source>It does not cover %1 sat.</source>
        <translation>Das schließt %1 sat nicht ein.</translation>
    </message>
    <message>
        <source>No whole number of sats lies in that range.</source>
        <translation>In diesem Bereich liegt keine ganze Zahl von sat.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is neither OK nor an error.</source>
        <translation>Die Antwort des Dienstes ist weder OK noch ein Fehler.</translation>
    </message>
</context>
<context>
    <name>Macaroon</name>
    <message>
        <source>not a version 2 macaroon</source>
        <translation>kein Macaroon der Version 2</translation>
    </message>
    <message>
        <source>the macaroon header is malformed</source>
        <translation>der Macaroon-Header ist fehlerhaft</translation>
    </message>
    <message>
        <source>the macaroon is cut off</source>
        <translation>das Macaroon ist abgeschnitten</translation>
    </message>
    <message>
        <source>a caveat is malformed</source>
        <translation>ein Caveat ist fehlerhaft</translation>
    </message>
    <message>
        <source>a first-party caveat has a location</source>
        <translation>ein First-Party-Caveat hat einen Ort</translation>
    </message>
    <message>
        <source>the macaroon signature is missing or not 32 bytes</source>
        <translation>die Signatur des Macaroons fehlt oder ist nicht 32 Byte lang</translation>
    </message>
    <message>
        <source>a V1 macaroon packet is malformed</source>
        <translation>ein V1-Macaroon-Paket ist fehlerhaft</translation>
    </message>
    <message>
        <source>the macaroon JSON is invalid</source>
        <translation>das Macaroon-JSON ist ungültig</translation>
    </message>
    <message>
        <source>the macaroon JSON lacks an identifier or signature</source>
        <translation>dem Macaroon-JSON fehlt ein Bezeichner oder eine Signatur</translation>
    </message>
    <message>
        <source>the macaroon JSON is empty</source>
        <translation>das Macaroon-JSON ist leer</translation>
    </message>
    <message>
        <source>the macaroon is empty</source>
        <translation>das Macaroon ist leer</translation>
    </message>
    <message>
        <source>the macaroon is too large</source>
        <translation>das Macaroon ist zu groß</translation>
    </message>
    <message>
        <source>the data is not a macaroon (first byte 0x%1)</source>
        <translation>die Daten sind kein Macaroon (erstes Byte 0x%1)</translation>
    </message>
    <message>
        <source>the token is too large to be a macaroon</source>
        <translation>das Token ist zu groß für ein Macaroon</translation>
    </message>
    <message>
        <source>the token is not base64</source>
        <translation>das Token ist kein Base64</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Version %1</source>
        <extracomment>Shown under the application name; %1 is a version such as 0.1.0.</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Work, hire and pay on Lightning-paid task markets</source>
        <extracomment>Tagline under the application name.</extracomment>
        <translation>Arbeiten, Aufträge vergeben und bezahlen auf Aufgabenmärkten mit Lightning-Zahlung</translation>
    </message>
</context>
<context>
    <name>MarketCache</name>
    <message>
        <source>The local cache could not be %1.</source>
        <translation>Der lokale Cache konnte nicht %1 werden.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
</context>
<context>
    <name>MarketClients</name>
    <message>
        <source>Account &quot;%1&quot; is not a 402ai account.</source>
        <translation>Das Konto „%1“ ist kein 402ai-Konto.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is not a tools account.</source>
        <translation>Das Konto „%1“ ist kein Werkzeug-Konto.</translation>
    </message>
    <message>
        <source>claimed earlier</source>
        <translation>bereits früher eingelöst</translation>
    </message>
    <message>
        <source>claimed; balance %1 sat</source>
        <translation>eingelöst; Guthaben %1 sat</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <extracomment>A message of the user&apos;s that is queued and not confirmed by the market yet.</extracomment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>A message the market refused; %1 is its reason (plain text, may be empty).</extracomment>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>You: %1, %2 %3</source>
        <extracomment>What a screen reader says for the user&apos;s own message: text, age, state.</extracomment>
        <translation>Sie: %1, %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a screen reader says for the other side&apos;s message: text and age.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Button under a message the market refused: send it again.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry sending this message</source>
        <translation>Senden dieser Nachricht erneut versuchen</translation>
    </message>
</context>
<context>
    <name>NostrEncryption</name>
    <message>
        <source>An encrypted Nostr message could not be read: %1.</source>
        <translation>Eine verschlüsselte Nostr-Nachricht konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>A NIP-04 initialisation vector must be 16 bytes.</source>
        <translation>Ein NIP-04-Initialisierungsvektor muss 16 Byte lang sein.</translation>
    </message>
    <message>
        <source>The Nostr message is too long.</source>
        <translation>Die Nostr-Nachricht ist zu lang.</translation>
    </message>
    <message>
        <source>The Nostr message could not be encrypted (OpenSSL failed).</source>
        <translation>Die Nostr-Nachricht konnte nicht verschlüsselt werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>it is too long (%1 characters)</source>
        <translation>sie ist zu lang (%1 Zeichen)</translation>
    </message>
    <message>
        <source>it is not “ciphertext?iv=vector”</source>
        <translation>sie hat nicht die Form „ciphertext?iv=vector“</translation>
    </message>
    <message>
        <source>it is not valid base64</source>
        <translation>sie ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>its initialisation vector is not 16 bytes</source>
        <translation>ihr Initialisierungsvektor ist nicht 16 Byte lang</translation>
    </message>
    <message>
        <source>its length is not a whole number of AES blocks</source>
        <translation>ihre Länge ist kein Vielfaches der AES-Blockgröße</translation>
    </message>
    <message>
        <source>its padding is invalid (wrong key?)</source>
        <translation>ihr Padding ist ungültig (falscher Schlüssel?)</translation>
    </message>
    <message>
        <source>A Nostr message must be 1 to %1 bytes long; this one is %2.</source>
        <translation>Eine Nostr-Nachricht muss 1 bis %1 Byte lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>it uses an unsupported encryption version</source>
        <translation>sie verwendet eine nicht unterstützte Verschlüsselungsversion</translation>
    </message>
    <message>
        <source>it is too short (%1 characters)</source>
        <translation>sie ist zu kurz (%1 Zeichen)</translation>
    </message>
    <message>
        <source>it is too short (%1 bytes)</source>
        <translation>sie ist zu kurz (%1 Byte)</translation>
    </message>
    <message>
        <source>it uses unsupported encryption version %1</source>
        <translation>sie verwendet die nicht unterstützte Verschlüsselungsversion %1</translation>
    </message>
    <message>
        <source>OpenSSL failed</source>
        <translation>OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>its authentication code does not match</source>
        <translation>ihr Authentifizierungscode stimmt nicht überein</translation>
    </message>
    <message>
        <source>its padding is invalid</source>
        <translation>ihr Padding ist ungültig</translation>
    </message>
</context>
<context>
    <name>NostrEvent</name>
    <message>
        <source>A Nostr event was rejected: %1.</source>
        <translation>Ein Nostr-Ereignis wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of lowercase hex</source>
        <translation>„%1“ besteht nicht aus %2 Byte Hex in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to %2</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>“tags” is missing</source>
        <translation>„tags“ fehlt</translation>
    </message>
    <message>
        <source>“tags” is not a list</source>
        <translation>„tags“ ist keine Liste</translation>
    </message>
    <message>
        <source>a tag is not a list</source>
        <translation>ein Tag ist keine Liste</translation>
    </message>
    <message>
        <source>a tag holds something not text</source>
        <translation>ein Tag enthält etwas, das kein Text ist</translation>
    </message>
    <message>
        <source>its id does not match its contents</source>
        <translation>seine ID passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>its signature is not valid</source>
        <translation>seine Signatur ist ungültig</translation>
    </message>
    <message>
        <source>The Nostr secret key is not a valid secp256k1 key.</source>
        <translation>Der geheime Nostr-Schlüssel ist kein gültiger secp256k1-Schlüssel.</translation>
    </message>
    <message>
        <source>The Nostr event could not be signed.</source>
        <translation>Das Nostr-Ereignis konnte nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>NwcUri</name>
    <message>
        <source>This is not a usable Nostr Wallet Connect link: %1</source>
        <translation>Das ist kein brauchbarer Nostr-Wallet-Connect-Link: %1</translation>
    </message>
    <message>
        <source>a relay address is not a valid URL.</source>
        <translation>eine Relay-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>a relay address carries a user name or password.</source>
        <translation>eine Relay-Adresse enthält einen Benutzernamen oder ein Passwort.</translation>
    </message>
    <message>
        <source>relay %1 is not encrypted (ws://); only wss:// relays are allowed off this computer.</source>
        <translation>Relay %1 ist nicht verschlüsselt (ws://); außerhalb dieses Computers sind nur wss://-Relays erlaubt.</translation>
    </message>
    <message>
        <source>a relay address is not a WebSocket URL (wss://).</source>
        <translation>eine Relay-Adresse ist keine WebSocket-URL (wss://).</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>der Link ist zu lang.</translation>
    </message>
    <message>
        <source>it does not start with nostr+walletconnect://.</source>
        <translation>der Link beginnt nicht mit nostr+walletconnect://.</translation>
    </message>
    <message>
        <source>the wallet&apos;s public key is not 64 hex digits of a valid key.</source>
        <translation>der öffentliche Schlüssel der Wallet besteht nicht aus 64 Hexadezimalziffern eines gültigen Schlüssels.</translation>
    </message>
    <message>
        <source>it names more than %1 relays.</source>
        <translation>der Link nennt mehr als %1 Relays.</translation>
    </message>
    <message>
        <source>it contains more than one secret.</source>
        <translation>der Link enthält mehr als ein Geheimnis.</translation>
    </message>
    <message>
        <source>the secret is not 64 hex digits of a valid key.</source>
        <translation>das Geheimnis besteht nicht aus 64 Hexadezimalziffern eines gültigen Schlüssels.</translation>
    </message>
    <message>
        <source>it contains more than one lightning address.</source>
        <translation>der Link enthält mehr als eine Lightning-Adresse.</translation>
    </message>
    <message>
        <source>the lightning address (lud16) is not name@domain.</source>
        <translation>die Lightning-Adresse (lud16) hat nicht die Form name@domain.</translation>
    </message>
    <message>
        <source>it has no secret.</source>
        <translation>der Link enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>it names no relay.</source>
        <translation>der Link nennt kein Relay.</translation>
    </message>
</context>
<context>
    <name>NwcWallet</name>
    <message>
        <source>The wallet is receiving too many requests; try again in a few seconds.</source>
        <translation>Die Wallet erhält zu viele Anfragen; versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>The wallet does not support this request.</source>
        <translation>Die Wallet unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>The wallet does not have enough funds for this payment.</source>
        <translation>Die Wallet hat nicht genug Guthaben für diese Zahlung.</translation>
    </message>
    <message>
        <source>This payment would exceed the spending budget of the wallet connection. Raise the budget in the wallet.</source>
        <translation>Diese Zahlung würde das Ausgabenbudget der Wallet-Verbindung überschreiten. Erhöhen Sie das Budget in der Wallet.</translation>
    </message>
    <message>
        <source>The wallet connection is not allowed to do this. Check its permissions in the wallet.</source>
        <translation>Die Wallet-Verbindung darf das nicht. Prüfen Sie ihre Berechtigungen in der Wallet.</translation>
    </message>
    <message>
        <source>The wallet does not know this connection. It may have been deleted; connect again.</source>
        <translation>Die Wallet kennt diese Verbindung nicht. Vielleicht wurde sie gelöscht; verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The wallet had an internal error.</source>
        <translation>In der Wallet ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The wallet does not support the encryption Lightwork used for this request.</source>
        <translation>Die Wallet unterstützt die Verschlüsselung nicht, die Lightwork für diese Anfrage verwendet hat.</translation>
    </message>
    <message>
        <source>The wallet reported an error.</source>
        <translation>Die Wallet hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The wallet could not make the payment.</source>
        <translation>Die Wallet konnte die Zahlung nicht ausführen.</translation>
    </message>
    <message>
        <source>The wallet has no record of this invoice or payment.</source>
        <translation>Die Wallet kennt diese Rechnung oder Zahlung nicht.</translation>
    </message>
    <message>
        <source>The wallet could not read the request.</source>
        <translation>Die Wallet konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The wallet connection has expired; connect again.</source>
        <translation>Die Wallet-Verbindung ist abgelaufen; verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The wallet reported an error (%1).</source>
        <translation>Die Wallet hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>payment_hash is not 64 hex digits</source>
        <translation>payment_hash besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>sie betrifft einen anderen Zahlungs-Hash</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer to %1 could not be used: %2.</source>
        <translation>Die Antwort der Wallet auf %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>The wallet reported the payment without a preimage; it is being checked.</source>
        <translation>Die Wallet hat die Zahlung ohne Preimage gemeldet; sie wird überprüft.</translation>
    </message>
    <message>
        <source>The wallet&apos;s preimage does not match the invoice; the payment is being checked.</source>
        <translation>Das Preimage der Wallet passt nicht zur Rechnung; die Zahlung wird überprüft.</translation>
    </message>
    <message>
        <source>the hash belongs to an invoice of the wallet, not to a payment</source>
        <translation>der Hash gehört zu einer Rechnung der Wallet, nicht zu einer Zahlung</translation>
    </message>
    <message>
        <source>amount or fees_paid is not a whole number</source>
        <translation>amount oder fees_paid ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>The wallet reports the payment as failed but holds its preimage.</source>
        <translation>Die Wallet meldet die Zahlung als fehlgeschlagen, hat aber ihr Preimage.</translation>
    </message>
    <message>
        <source>The wallet reports the payment as failed.</source>
        <translation>Die Wallet meldet die Zahlung als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The wallet&apos;s preimage does not match the payment hash.</source>
        <translation>Das Preimage der Wallet passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>The wallet reports the payment as settled but gave no preimage to prove it.</source>
        <translation>Die Wallet meldet die Zahlung als abgeschlossen, hat aber kein Preimage als Nachweis geliefert.</translation>
    </message>
    <message>
        <source>The payment is still in flight.</source>
        <translation>Die Zahlung ist noch unterwegs.</translation>
    </message>
    <message>
        <source>the hash belongs to a payment the wallet made, not to an invoice</source>
        <translation>der Hash gehört zu einer Zahlung der Wallet, nicht zu einer Rechnung</translation>
    </message>
    <message>
        <source>amount is not a whole number</source>
        <translation>amount ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>its preimage does not match the hash</source>
        <translation>ihr Preimage passt nicht zum Hash</translation>
    </message>
    <message>
        <source>it has no invoice</source>
        <translation>sie enthält keine Rechnung</translation>
    </message>
    <message>
        <source>the invoice does not decode (%1)</source>
        <translation>die Rechnung lässt sich nicht dekodieren (%1)</translation>
    </message>
    <message>
        <source>the invoice is not for the amount asked</source>
        <translation>die Rechnung lautet nicht auf den angefragten Betrag</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>die Rechnung ist für %1, nicht für %2</translation>
    </message>
    <message>
        <source>it does not say which chain the wallet is on</source>
        <translation>sie gibt nicht an, in welchem Netzwerk die Wallet ist</translation>
    </message>
    <message>
        <source>unknown network “%1”</source>
        <translation>unbekanntes Netzwerk „%1“</translation>
    </message>
    <message>
        <source>it has no balance</source>
        <translation>sie enthält kein Guthaben</translation>
    </message>
    <message>
        <source>balance is not a whole number of millisatoshis</source>
        <translation>balance ist keine ganze Zahl von Millisatoshi</translation>
    </message>
    <message>
        <source>The wallet offers no encryption Lightwork supports (NIP-44 v2 or NIP-04).</source>
        <translation>Die Wallet bietet keine Verschlüsselung an, die Lightwork unterstützt (NIP-44 v2 oder NIP-04).</translation>
    </message>
    <message>
        <source>The wallet connection was closed before the answer arrived.</source>
        <translation>Die Wallet-Verbindung wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The wallet connection was closed.</source>
        <translation>Die Wallet-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>None of the wallet connection&apos;s relays could be reached.</source>
        <translation>Keines der Relays der Wallet-Verbindung war erreichbar.</translation>
    </message>
    <message>
        <source>The wallet has not published what it offers (NIP-47 info event) on its relays. Check that the wallet is online and the connection still exists.</source>
        <translation>Die Wallet hat auf ihren Relays nicht veröffentlicht, was sie anbietet (NIP-47-Info-Ereignis). Prüfen Sie, ob die Wallet online ist und die Verbindung noch besteht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request is too large for NIP-47.</source>
        <translation>Die Anfrage ist zu groß für NIP-47.</translation>
    </message>
    <message>
        <source>The request could not be encrypted.</source>
        <translation>Die Anfrage konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The request could not be signed.</source>
        <translation>Die Anfrage konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The wallet did not answer in time.</source>
        <translation>Die Wallet hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No relay of the wallet connection could be reached.</source>
        <translation>Kein Relay der Wallet-Verbindung war erreichbar.</translation>
    </message>
    <message>
        <source>The relays refused the request: %1</source>
        <translation>Die Relays haben die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer could not be decrypted.</source>
        <translation>Die Antwort der Wallet konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort der Wallet ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The wallet answered a different request (%1 instead of %2).</source>
        <translation>Die Wallet hat auf eine andere Anfrage geantwortet (%1 statt %2).</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer has an unreadable error field.</source>
        <translation>Die Antwort der Wallet hat ein unlesbares Fehlerfeld.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer has neither a result nor an error.</source>
        <translation>Die Antwort der Wallet enthält weder ein Ergebnis noch einen Fehler.</translation>
    </message>
    <message>
        <source>The wallet was closed before the wallet service answered.</source>
        <translation>Die Wallet wurde geschlossen, bevor der Wallet-Dienst geantwortet hat.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Diese Rechnung hat keinen Betrag; Lightwork bezahlt nur Rechnungen mit Betrag.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>Die Rechnung ist für %1, aber die Wallet ist im Netzwerk %2.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>Die Rechnung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The wallet was closed before the wallet service answered; the payment may still complete.</source>
        <translation>Die Wallet wurde geschlossen, bevor der Wallet-Dienst geantwortet hat; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>This wallet connection may not pay invoices.</source>
        <translation>Diese Wallet-Verbindung darf keine Rechnungen bezahlen.</translation>
    </message>
    <message>
        <source>The wallet did not answer within %1 s; the payment may still complete.</source>
        <translation>Die Wallet hat nicht innerhalb von %1 s geantwortet; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Eine Rechnung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Eine Rechnung kann nicht ablaufen, bevor sie erstellt wurde.</translation>
    </message>
    <message>
        <source>Invoice descriptions are limited to 639 characters.</source>
        <translation>Rechnungsbeschreibungen sind auf 639 Zeichen begrenzt.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Allow this payment?</source>
        <extracomment>Title of the Pay dialog when a market action needs the user&apos;s approval to pay.</extracomment>
        <translation>Diese Zahlung erlauben?</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Title of the Pay dialog.</extracomment>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>This is above the amount Lightwork pays without asking. Nothing is paid unless you approve; unanswered, it is declined when the time runs out.</source>
        <extracomment>Pay dialog, a market action&apos;s payment: why the user is asked.</extracomment>
        <translation>Das liegt über dem Betrag, den Lightwork ohne Nachfrage zahlt. Es wird nichts bezahlt, solange Sie nicht zustimmen; ohne Antwort wird die Zahlung nach Ablauf der Zeit abgelehnt.</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Pay dialog: refuse a market action&apos;s payment (nothing is paid).</extracomment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>Pay dialog: allow a market action&apos;s payment; %1 is e.g. &quot;50 sat&quot;.</extracomment>
        <translation>%1 erlauben</translation>
    </message>
    <message>
        <source>Invoice, lightning: link, LNURL or Lightning Address</source>
        <extracomment>Label of the Pay dialog&apos;s input field.</extracomment>
        <translation>Rechnung, lightning:-Link, LNURL oder Lightning-Adresse</translation>
    </message>
    <message>
        <source>lnbc… or name@example.com</source>
        <extracomment>Placeholder of the Pay dialog&apos;s input field.</extracomment>
        <translation>lnbc… oder name@example.com</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Pay dialog: read the pasted invoice or address and show what it asks.</extracomment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Asking the service for an invoice…</source>
        <extracomment>Pay dialog: waiting for an LNURL service or Lightning Address to answer.</extracomment>
        <translation>Rechnung wird beim Dienst angefragt …</translation>
    </message>
    <message>
        <source>%1 – %2 sat</source>
        <extracomment>Placeholder of the amount field for an LNURL; %1 and %2 are the service&apos;s limits in sats.</extracomment>
        <translation>%1 – %2 sat</translation>
    </message>
    <message>
        <source>Amount in sat</source>
        <extracomment>Accessible name of the amount field (sats) for an LNURL or address.</extracomment>
        <translation>Betrag in sat</translation>
    </message>
    <message>
        <source>Get invoice</source>
        <extracomment>Pay dialog: ask the LNURL service for an invoice of the amount typed.</extracomment>
        <translation>Rechnung anfordern</translation>
    </message>
    <message>
        <source>This wallet</source>
        <extracomment>Pay dialog tab: pay from the wallet connected to Lightwork.</extracomment>
        <translation>Diese Wallet</translation>
    </message>
    <message>
        <source>Phone (QR)</source>
        <extracomment>Pay dialog tab: pay with a phone wallet by scanning a QR code.</extracomment>
        <translation>Telefon (QR)</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <extracomment>Pay dialog&apos;s primary button; %1 is the amount, e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <source>Pay this invoice from a wallet on your phone: Lightwork shows a QR code and checks the preimage your phone gives back.</source>
        <extracomment>Pay dialog, phone tab before the code is shown.</extracomment>
        <translation>Bezahlen Sie diese Rechnung mit einer Wallet auf Ihrem Telefon: Lightwork zeigt einen QR-Code und prüft das Preimage, das Ihr Telefon zurückgibt.</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <extracomment>Pay dialog, phone tab: show the invoice as a QR code.</extracomment>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Paying %1…</source>
        <extracomment>Pay dialog while the wallet pays; %1 is the amount.</extracomment>
        <translation>%1 wird bezahlt …</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <extracomment>Pay dialog result heading; %1 is the amount.</extracomment>
        <translation>%1 bezahlt</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <extracomment>Pay dialog result heading: the outcome is not known yet.</extracomment>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>Pay dialog result heading.</extracomment>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Routing fee: %1</source>
        <extracomment>Pay dialog: the routing fee paid; %1 is an amount such as &quot;1 sat&quot;.</extracomment>
        <translation>Routing-Gebühr: %1</translation>
    </message>
    <message>
        <source>Preimage (proof of payment)</source>
        <extracomment>Label above the preimage: the proof that the payment was made.</extracomment>
        <translation>Preimage (Zahlungsnachweis)</translation>
    </message>
    <message>
        <source>Preimage</source>
        <extracomment>What the Copy button beside the preimage copies.</extracomment>
        <translation>Preimage</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Pay dialog: look a pending payment up again (it is never paid twice).</extracomment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Pay dialog: close it (a payment under way goes on).</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Pay dialog: close it without paying.</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PayFlow</name>
    <message>
        <source>This invoice is already being paid or was paid (journal entry %1).</source>
        <extracomment>The Pay dialog; %1 is the number of the journal entry.</extracomment>
        <translation>Diese Rechnung wird bereits bezahlt oder wurde bezahlt (Journaleintrag %1).</translation>
    </message>
    <message>
        <source>The profile&apos;s wallet connection is gone.</source>
        <translation>Die Wallet-Verbindung des Profils ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The payment did not start.</source>
        <translation>Die Zahlung wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The wallet has not confirmed this payment yet, so it is pending, not failed. Lightwork looks it up by its hash and never pays it twice.</source>
        <extracomment>The Pay dialog when the wallet has not said how a payment ended.</extracomment>
        <translation>Die Wallet hat diese Zahlung noch nicht bestätigt, daher ist sie ausstehend, nicht fehlgeschlagen. Lightwork fragt sie über ihren Hash ab und bezahlt sie nie zweimal.</translation>
    </message>
    <message>
        <source>The payment did not complete; nothing was paid.</source>
        <translation>Die Zahlung wurde nicht abgeschlossen; es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <source>This invoice has no amount. Lightwork pays only invoices that state one: ask the payee for an invoice with an amount.</source>
        <extracomment>The Pay dialog, when a pasted invoice leaves the amount to the payer.</extracomment>
        <translation>Diese Rechnung enthält keinen Betrag. Lightwork bezahlt nur Rechnungen mit Betrag: Bitten Sie den Empfänger um eine Rechnung mit Betrag.</translation>
    </message>
    <message>
        <source>Opening your wallet…</source>
        <extracomment>The Pay dialog while the profile&apos;s wallet is being opened.</extracomment>
        <translation>Ihre Wallet wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>PayPhonePanel</name>
    <message>
        <source>Scan this code with the wallet on your phone and pay it there. Then paste the preimage your phone shows.</source>
        <extracomment>Pay dialog, phone tab: what to do with the QR code.</extracomment>
        <translation>Scannen Sie diesen Code mit der Wallet auf Ihrem Telefon und bezahlen Sie dort. Fügen Sie dann das Preimage ein, das Ihr Telefon anzeigt.</translation>
    </message>
    <message>
        <source>QR code of the invoice</source>
        <extracomment>Accessible name of the QR code in the Pay dialog.</extracomment>
        <translation>QR-Code der Rechnung</translation>
    </message>
    <message>
        <source>Payable for %1</source>
        <extracomment>Pay dialog, phone tab; %1 is minutes and seconds such as 9:58.</extracomment>
        <translation>Noch %1 zahlbar</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Pay dialog, phone tab: the invoice can no longer be paid.</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>What the Copy button beside the invoice copies.</extracomment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Preimage from your phone</source>
        <extracomment>Label of the field for the preimage a phone wallet shows after paying.</extracomment>
        <translation>Preimage von Ihrem Telefon</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <extracomment>Placeholder of the preimage field (64 hexadecimal digits).</extracomment>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>Button: check the pasted preimage and finish the payment.</extracomment>
        <translation>Absenden</translation>
    </message>
</context>
<context>
    <name>PayReview</name>
    <message>
        <source>Amount: %1</source>
        <extracomment>Accessible name of the amount in the Pay dialog; %1 is e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Asked by</source>
        <extracomment>Pay dialog row label: the service or market that asked for the payment.</extracomment>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Payee</source>
        <extracomment>Pay dialog row label: the node that receives the money.</extracomment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the payee&apos;s full node id to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the payee&apos;s node id</source>
        <extracomment>Accessible name of the button that copies the payee&apos;s node id.</extracomment>
        <translation>Knoten-ID des Empfängers kopieren</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Pay dialog row label: the Bitcoin network of the invoice.</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>%1 — not your wallet&apos;s network</source>
        <extracomment>Pay dialog: the invoice is for another network than the wallet; %1 is e.g. &quot;Bitcoin&quot;.</extracomment>
        <translation>%1 – nicht das Netzwerk Ihrer Wallet</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Pay dialog row label: how long the invoice can still be paid.</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Pay dialog countdown; %1 is minutes and seconds such as 9:58.</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Pay dialog: the invoice can no longer be paid.</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Fee limit</source>
        <extracomment>Pay dialog row label: the most the routing may cost.</extracomment>
        <translation>Gebührenlimit</translation>
    </message>
    <message>
        <source>For</source>
        <extracomment>Pay dialog row label: what the payment is for.</extracomment>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What is this payment for? (optional)</source>
        <extracomment>Placeholder of the Pay dialog&apos;s reason field; kept with the payment.</extracomment>
        <translation>Wofür ist diese Zahlung? (optional)</translation>
    </message>
    <message>
        <source>Reason for the payment</source>
        <extracomment>Accessible name of the Pay dialog&apos;s reason field.</extracomment>
        <translation>Zweck der Zahlung</translation>
    </message>
    <message>
        <source>Fee limit in sat, at most %1</source>
        <extracomment>Accessible name of the Pay dialog&apos;s fee limit field; %1 is the highest value.</extracomment>
        <translation>Gebührenlimit in sat, höchstens %1</translation>
    </message>
    <message>
        <source>sat (up to %1)</source>
        <extracomment>Pay dialog, after the fee limit field; %1 is the highest limit in sats.</extracomment>
        <translation>sat (bis %1)</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Pay dialog row label: the amount plus the most the routing may cost.</extracomment>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>PaymentChallenge</name>
    <message>
        <source>An %1 challenge has no token or macaroon.</source>
        <translation>Eine %1-Challenge enthält weder Token noch Macaroon.</translation>
    </message>
    <message>
        <source>An %1 challenge has no invoice.</source>
        <translation>Eine %1-Challenge enthält keine Rechnung.</translation>
    </message>
    <message>
        <source>The payment challenge has no request.</source>
        <translation>Die Zahlungs-Challenge enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>The payment request is too large.</source>
        <translation>Die Zahlungsanfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The payment request is not base64url.</source>
        <translation>Die Zahlungsanfrage ist kein Base64url.</translation>
    </message>
    <message>
        <source>The payment request is not a JSON object.</source>
        <translation>Die Zahlungsanfrage ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>PaymentDelegate</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>What a screen reader says for a payment: purpose, amount, state, age.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>PaymentGate</name>
    <message>
        <source>No wallet is connected, and this needs a payment.</source>
        <translation>Es ist keine Wallet verbunden, und hierfür ist eine Zahlung nötig.</translation>
    </message>
    <message>
        <source>The server&apos;s payment challenge cannot be paid: %1</source>
        <translation>Die Zahlungs-Challenge des Servers kann nicht bezahlt werden: %1</translation>
    </message>
    <message>
        <source>The server asks for L402 version %1, which Lightwork does not pay automatically.</source>
        <translation>Der Server verlangt L402 in Version %1, die Lightwork nicht automatisch bezahlt.</translation>
    </message>
    <message>
        <source>The server&apos;s invoice cannot be read: %1</source>
        <translation>Die Rechnung des Servers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This invoice is already being paid or was paid (journal entry %1).</source>
        <translation>Diese Rechnung wird bereits bezahlt oder wurde bezahlt (Journaleintrag %1).</translation>
    </message>
    <message>
        <source>%1 sat is above your confirmation threshold and nobody can confirm it.</source>
        <translation>%1 sat liegt über Ihrer Bestätigungsschwelle, und niemand kann die Zahlung bestätigen.</translation>
    </message>
    <message>
        <source>Payment declined.</source>
        <translation>Zahlung abgelehnt.</translation>
    </message>
    <message>
        <source>The journaled invoice is unreadable.</source>
        <translation>Die Rechnung im Journal ist unlesbar.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>Die Rechnung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Another wallet is already paying this invoice; it was not paid here. Run resume later.</source>
        <translation>Eine andere Wallet bezahlt diese Rechnung bereits; hier wurde sie nicht bezahlt. Führen Sie später resume aus.</translation>
    </message>
    <message>
        <source>Payment %1 is already being handled.</source>
        <translation>Zahlung %1 wird bereits bearbeitet.</translation>
    </message>
    <message>
        <source>The wallet did not confirm the payment (%1). It will be looked up by its hash; run resume later.</source>
        <translation>Die Wallet hat die Zahlung nicht bestätigt (%1). Sie wird über ihren Hash abgefragt; führen Sie später resume aus.</translation>
    </message>
    <message>
        <source>The wallet reported success without a valid preimage; the payment stays pending and will be looked up again.</source>
        <translation>Die Wallet hat Erfolg ohne gültiges Preimage gemeldet; die Zahlung bleibt ausstehend und wird erneut abgefragt.</translation>
    </message>
    <message>
        <source>The payment is still in flight. Run resume later to finish it.</source>
        <translation>Die Zahlung ist noch unterwegs. Führen Sie später resume aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation>Die Zahlung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The wallet lost track of the payment.</source>
        <translation>Die Wallet hat den Überblick über die Zahlung verloren.</translation>
    </message>
    <message>
        <source>the wallet never received the payment</source>
        <translation>die Wallet hat die Zahlung nie erhalten</translation>
    </message>
    <message>
        <source>Payment %1 moved on.</source>
        <translation>Der Status von Zahlung %1 hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>The payment was never sent; start it again.</source>
        <translation>Die Zahlung wurde nie gesendet; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Unknown payment state.</source>
        <translation>Unbekannter Zahlungsstatus.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>No market can claim this top-up.</source>
        <translation>Kein Markt kann diese Aufladung einlösen.</translation>
    </message>
    <message>
        <source>The journaled challenge is unreadable.</source>
        <translation>Die Challenge im Journal ist unlesbar.</translation>
    </message>
    <message>
        <source>the server had already accepted this payment</source>
        <translation>der Server hatte diese Zahlung bereits angenommen</translation>
    </message>
    <message>
        <source>Paid %1 sat, but the server did not accept the payment (hash %2).</source>
        <translation>%1 sat bezahlt, aber der Server hat die Zahlung nicht angenommen (Hash %2).</translation>
    </message>
    <message>
        <source>The invoice cannot be read: %1</source>
        <translation>Die Rechnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Interrupted before any payment, after the request may have reached the server; not repeated. Check the market before trying again.</source>
        <translation>Vor jeder Zahlung unterbrochen, nachdem die Anfrage den Server möglicherweise erreicht hatte; nicht wiederholt. Prüfen Sie den Markt, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>interrupted before paying</source>
        <translation>vor dem Bezahlen unterbrochen</translation>
    </message>
    <message>
        <source>No payment hash recorded.</source>
        <translation>Kein Zahlungs-Hash gespeichert.</translation>
    </message>
    <message>
        <source>Payment %1 was handed to another wallet (%2); connect that wallet again to finish it.</source>
        <translation>Zahlung %1 wurde an eine andere Wallet übergeben (%2); verbinden Sie diese Wallet erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The journaled preimage is missing or wrong.</source>
        <translation>Das Preimage im Journal fehlt oder ist falsch.</translation>
    </message>
</context>
<context>
    <name>PaymentJournal</name>
    <message>
        <source>Payment %1&apos;s secrets cannot be decrypted: the keychain&apos;s data key is not the one they were sealed with.</source>
        <translation>Die Geheimnisse von Zahlung %1 können nicht entschlüsselt werden: Der Datenschlüssel des Schlüsselbunds ist nicht der, mit dem sie verschlüsselt wurden.</translation>
    </message>
    <message>
        <source>There is no payment %1 in the journal.</source>
        <translation>Im Journal gibt es keine Zahlung %1.</translation>
    </message>
</context>
<context>
    <name>PaymentRecovery</name>
    <message>
        <source>Following job %1 of %2 (journal entry %3).</source>
        <translation>Verfolge Auftrag %1 von %2 (Journaleintrag %3).</translation>
    </message>
    <message>
        <source>The profile changed; the refund is claimed on the next start.</source>
        <translation>Das Profil wurde gewechselt; die Erstattung wird beim nächsten Start eingefordert.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>Die Buchungen konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>PaymentUri</name>
    <message>
        <source>invalid LNURL: %1</source>
        <translation>ungültige LNURL: %1</translation>
    </message>
    <message>
        <source>invalid Lightning Address: %1</source>
        <translation>ungültige Lightning-Adresse: %1</translation>
    </message>
    <message>
        <source>it is not an invoice, LNURL, Lightning Address or payment link</source>
        <translation>es ist keine Rechnung, keine LNURL, keine Lightning-Adresse und kein Zahlungslink</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a valid bitcoin amount</source>
        <translation>der Betrag „%1“ ist kein gültiger Bitcoin-Betrag</translation>
    </message>
    <message>
        <source>the link requires &quot;%1&quot;, which Lightwork does not support</source>
        <translation>der Link verlangt „%1“, was Lightwork nicht unterstützt</translation>
    </message>
    <message>
        <source>the bitcoin link has neither an address nor a lightning invoice</source>
        <translation>der Bitcoin-Link enthält weder eine Adresse noch eine Lightning-Rechnung</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>nichts zu bezahlen</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>der Text ist zu lang</translation>
    </message>
    <message>
        <source>the web link carries no lightning payment</source>
        <translation>der Weblink enthält keine Lightning-Zahlung</translation>
    </message>
</context>
<context>
    <name>PhoenixdEvents</name>
    <message>
        <source>A phoenixd event could not be read: %1.</source>
        <translation>Ein phoenixd-Ereignis konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>es ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“amountSat” is not an amount that can be received</source>
        <translation>„amountSat“ ist kein empfangbarer Betrag</translation>
    </message>
    <message>
        <source>its preimage is not the payment&apos;s</source>
        <translation>sein Preimage gehört nicht zur Zahlung</translation>
    </message>
</context>
<context>
    <name>PhoenixdWallet</name>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>„%1“ ist größer, als ein Betrag sein kann</translation>
    </message>
    <message>
        <source>phoenixd&apos;s answer to %1 could not be read: %2.</source>
        <translation>Die Antwort von phoenixd auf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>phoenixd&apos;s answer could not be read (%1); the payment may have gone through.</source>
        <translation>Die Antwort von phoenixd konnte nicht gelesen werden (%1); die Zahlung ist möglicherweise durchgegangen.</translation>
    </message>
    <message>
        <source>“chain” names an unknown network “%1”</source>
        <translation>„chain“ nennt ein unbekanntes Netzwerk „%1“</translation>
    </message>
    <message>
        <source>it states %1 sat instead of the %2 sat asked for</source>
        <translation>sie nennt %1 sat statt der angefragten %2 sat</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>die Rechnung lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>die Rechnung verlangt %1 sat statt %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>beliebiger Betrag</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>der Zahlungs-Hash der Rechnung ist nicht der angegebene</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>die Rechnung ist für %1, nicht für %2</translation>
    </message>
    <message>
        <source>phoenixd reported paying another payment hash (%1).</source>
        <translation>phoenixd hat die Zahlung eines anderen Zahlungs-Hashs gemeldet (%1).</translation>
    </message>
    <message>
        <source>phoenixd reported success, but its preimage does not match the payment hash.</source>
        <translation>phoenixd hat Erfolg gemeldet, aber sein Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>neither a payment nor a failure</source>
        <translation>weder eine Zahlung noch ein Fehlschlag</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>sie betrifft einen anderen Zahlungs-Hash</translation>
    </message>
    <message>
        <source>phoenixd reports the payment paid, but its preimage could not be read: %1.</source>
        <translation>phoenixd meldet die Zahlung als bezahlt, aber ihr Preimage konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>phoenixd reports the payment paid, but its preimage does not match the payment hash.</source>
        <translation>phoenixd meldet die Zahlung als bezahlt, aber ihr Preimage passt nicht zum Zahlungs-Hash.</translation>
    </message>
    <message>
        <source>The wallet was closed before phoenixd answered.</source>
        <translation>Die Wallet wurde geschlossen, bevor phoenixd geantwortet hat.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>Der Netzwerkzugriff von Lightwork ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>phoenixd did not accept the password. Use http-password from phoenix.conf: paying needs it, http-password-limited-access can only receive.</source>
        <translation>phoenixd hat das Passwort nicht akzeptiert. Verwenden Sie http-password aus phoenix.conf: Zum Bezahlen ist es nötig, mit http-password-limited-access kann nur empfangen werden.</translation>
    </message>
    <message>
        <source>There is no phoenixd API at %1.</source>
        <translation>Unter %1 gibt es keine phoenixd-API.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Eine Rechnung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>phoenixd makes invoices in whole satoshis; %1 sat is not one.</source>
        <translation>phoenixd erstellt Rechnungen in ganzen Satoshi; %1 sat ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>phoenixd accepts invoice descriptions of at most %1 characters.</source>
        <translation>phoenixd akzeptiert Rechnungsbeschreibungen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Eine Rechnung kann nicht ablaufen, bevor sie erstellt wurde.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Diese Rechnung hat keinen Betrag; Lightwork bezahlt nur Rechnungen mit Betrag.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>Die Rechnung ist für %1, aber die Wallet ist im Netzwerk %2.</translation>
    </message>
    <message>
        <source>The wallet was closed before phoenixd answered; the payment may still complete.</source>
        <translation>Die Wallet wurde geschlossen, bevor phoenixd geantwortet hat; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>phoenixd said “%1”, and looking the payment up failed: %2</source>
        <translation>phoenixd meldete „%1“, und die Abfrage der Zahlung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>phoenixd said “%1” but has no record of the payment.</source>
        <translation>phoenixd meldete „%1“, kennt die Zahlung aber nicht.</translation>
    </message>
    <message>
        <source>phoenixd did not answer in time; the payment may still complete.</source>
        <translation>phoenixd hat nicht rechtzeitig geantwortet; die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>No complete answer from phoenixd (%1); the payment may still complete.</source>
        <translation>Keine vollständige Antwort von phoenixd (%1); die Zahlung kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <extracomment>Shown on an area of the app that a later version fills.</extracomment>
        <translation>Demnächst verfügbar</translation>
    </message>
</context>
<context>
    <name>PostTaskForm</name>
    <message>
        <source>Give the task a title.</source>
        <extracomment>Post a task: the title field is empty.</extracomment>
        <translation>Geben Sie der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <source>Keep the title to %1 characters.</source>
        <extracomment>Post a task: the title is too long; %1 is the limit in characters.</extracomment>
        <translation>Der Titel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The title must be one line of text.</source>
        <extracomment>Post a task: the title holds a tab, line break or other control character.</extracomment>
        <translation>Der Titel muss eine einzige Textzeile sein.</translation>
    </message>
    <message>
        <source>Describe what is to be done.</source>
        <extracomment>Post a task: the description field is empty.</extracomment>
        <translation>Beschreiben Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>Keep the description to %1 characters.</source>
        <extracomment>Post a task: the description is too long; %1 is the limit in characters.</extracomment>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a budget in sats.</source>
        <extracomment>Post a task: the budget field is empty.</extracomment>
        <translation>Geben Sie ein Budget in sat ein.</translation>
    </message>
    <message>
        <source>The budget is a whole number of sats above zero.</source>
        <extracomment>Post a task: the budget is not a whole number of sats above zero.</extracomment>
        <translation>Das Budget muss eine ganze Zahl von sat über null sein.</translation>
    </message>
    <message>
        <source>The budget is above your per-payment cap of %1 sat (Settings).</source>
        <extracomment>Post a task: the budget is above the per-payment cap from Settings; %1 is the cap.</extracomment>
        <translation>Das Budget liegt über Ihrem Höchstbetrag pro Zahlung von %1 sat (Einstellungen).</translation>
    </message>
</context>
<context>
    <name>PostTaskPage</name>
    <message>
        <source>Post a task</source>
        <extracomment>Post a task page heading.</extracomment>
        <translation>Aufgabe einstellen</translation>
    </message>
    <message>
        <source>This profile has no 402ai account yet. Set one up (or try the sandbox) to post tasks.</source>
        <extracomment>Post a task: the profile has no 402ai account to post with.</extracomment>
        <translation>Dieses Profil hat noch kein 402ai-Konto. Richten Sie eines ein (oder probieren Sie die Sandbox aus), um Aufgaben einzustellen.</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Post a task: which market to post on.</extracomment>
        <translation>Markt</translation>
    </message>
    <message>
        <source>402ai</source>
        <extracomment>Post a task: the 402ai market (a product name).</extracomment>
        <translation>402ai</translation>
    </message>
    <message>
        <source>ProofLayer</source>
        <extracomment>Post a task: the ProofLayer market (a product name).</extracomment>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Post a task: label of the title field.
----------
Post a task: accessible name of the title field.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What needs doing, in one line</source>
        <extracomment>Post a task: placeholder of the title field.</extracomment>
        <translation>Was zu tun ist, in einer Zeile</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <extracomment>Post a task (ProofLayer): label of the optional context field.</extracomment>
        <translation>Kontext (optional)</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Post a task: label of the description field.
----------
Post a task: accessible name of the description field.</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Everything a worker needs to know</source>
        <extracomment>Post a task: placeholder of the description field.</extracomment>
        <translation>Alles, was ein Auftragnehmer wissen muss</translation>
    </message>
    <message>
        <source>Task type</source>
        <extracomment>Post a task (ProofLayer): the kind of task.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Aufgabenart</translation>
    </message>
    <message>
        <source>Worker type</source>
        <extracomment>Post a task (ProofLayer): who may work on it, a human or an agent.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Art des Auftragnehmers</translation>
    </message>
    <message>
        <source>Trust mode</source>
        <extracomment>Post a task (ProofLayer): whether the worker must attach a proof.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Vertrauensmodus</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Post a task (ProofLayer): the question the worker answers.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Frage</translation>
    </message>
    <message>
        <source>What should the worker answer?</source>
        <extracomment>Post a task (ProofLayer): placeholder of the question field.</extracomment>
        <translation>Was soll der Auftragnehmer beantworten?</translation>
    </message>
    <message>
        <source>Budget (sat)</source>
        <extracomment>Post a task: label of the budget field.</extracomment>
        <translation>Budget (sat)</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <extracomment>Post a task: placeholder of the budget field.</extracomment>
        <translation>z. B. 500</translation>
    </message>
    <message>
        <source>Budget in sats</source>
        <extracomment>Post a task: accessible name of the budget field.</extracomment>
        <translation>Budget in sat</translation>
    </message>
    <message>
        <source>Pay with</source>
        <extracomment>Post a task: how the posting fee is paid.</extracomment>
        <translation>Bezahlen mit</translation>
    </message>
    <message>
        <source>402ai balance (%1)</source>
        <extracomment>Post a task: pay from the 402ai balance; %1 is the balance.</extracomment>
        <translation>402ai-Guthaben (%1)</translation>
    </message>
    <message>
        <source>402ai balance</source>
        <extracomment>Post a task: pay from the 402ai balance (amount not known yet).</extracomment>
        <translation>402ai-Guthaben</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Post a task: pay from the Lightning wallet.</extracomment>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Pay and post</source>
        <extracomment>Post a task: pays the posting price and posts.</extracomment>
        <translation>Bezahlen und einstellen</translation>
    </message>
    <message>
        <source>Post another</source>
        <extracomment>Post a task: clears the form for the next task.</extracomment>
        <translation>Weitere einstellen</translation>
    </message>
    <message>
        <source>Posting</source>
        <extracomment>Post a task: the fee is being paid and the task posted.</extracomment>
        <translation>Wird eingestellt</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <extracomment>Post a task: the new task&apos;s id at the market, after posting.</extracomment>
        <translation>Aufgaben-ID: %1</translation>
    </message>
</context>
<context>
    <name>PreferenceSections</name>
    <message>
        <source>Sync</source>
        <extracomment>Settings section: how the feed stays current.</extracomment>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Check the markets every</source>
        <extracomment>Settings: how often the markets are asked for new tasks.</extracomment>
        <translation>Märkte abfragen alle</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>Settings: the unit after the polling interval.</extracomment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Quiet markets are asked less often, up to six times this.</source>
        <extracomment>Settings: explains the polling interval.</extracomment>
        <translation>Ruhige Märkte werden seltener abgefragt, bis zum Sechsfachen dieses Werts.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Settings section: desktop notifications.</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>A new task matches my filters</source>
        <extracomment>Settings: notify when a new task matches the feed&apos;s filters.</extracomment>
        <translation>Eine neue Aufgabe passt zu meinen Filtern</translation>
    </message>
    <message>
        <source>A quote arrives or is answered</source>
        <extracomment>Settings: notify when a quote arrives or is answered.</extracomment>
        <translation>Ein Angebot trifft ein oder wird beantwortet</translation>
    </message>
    <message>
        <source>A payment settles, fails or waits</source>
        <extracomment>Settings: notify when a payment settles, fails or is pending.</extracomment>
        <translation>Eine Zahlung wird abgeschlossen, schlägt fehl oder ist ausstehend</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>Settings section: colours.</extracomment>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: label of the colour scheme choice.</extracomment>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <extracomment>Settings, theme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Settings, theme: always light.</extracomment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Settings, theme: always dark.</extracomment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings section: the language of the app.
----------
Settings: label of the language choice.</extracomment>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ProofLayer</name>
    <message>
        <source>“%1” is not a ProofLayer id.</source>
        <translation>„%1“ ist keine ProofLayer-ID.</translation>
    </message>
    <message>
        <source>ProofLayer answered with another task than the one asked.</source>
        <translation>ProofLayer hat mit einer anderen Aufgabe geantwortet als der angefragten.</translation>
    </message>
    <message>
        <source>ProofLayer answered with another worker than the one asked.</source>
        <translation>ProofLayer hat mit einem anderen Auftragnehmer geantwortet als dem angefragten.</translation>
    </message>
    <message>
        <source>The Lightning Address %1 cannot receive payments: %2</source>
        <translation>Die Lightning-Adresse %1 kann keine Zahlungen empfangen: %2</translation>
    </message>
    <message>
        <source>it accepts less than one sat.</source>
        <translation>sie akzeptiert weniger als einen sat.</translation>
    </message>
    <message>
        <source>ProofLayer registered the payout address “%1”, not %2.</source>
        <translation>ProofLayer hat die Auszahlungsadresse „%1“ registriert, nicht %2.</translation>
    </message>
    <message>
        <source>ProofLayer created the task (journal entry %1), but its answer could not be read: %2</source>
        <translation>ProofLayer hat die Aufgabe erstellt (Journaleintrag %1), aber die Antwort konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Another worker claimed this task first.</source>
        <translation>Ein anderer Auftragnehmer hat diese Aufgabe zuerst übernommen.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has no “%1”.</source>
        <translation>In der Antwort von ProofLayer fehlt „%1“.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has “%1” of the wrong type.</source>
        <translation>In der Antwort von ProofLayer hat „%1“ den falschen Typ.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has a “%1” that is too long.</source>
        <translation>In der Antwort von ProofLayer ist „%1“ zu lang.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has an impossible value in “%1”.</source>
        <translation>Die Antwort von ProofLayer enthält einen unmöglichen Wert in „%1“.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has a “%1” with characters an id cannot have.</source>
        <translation>In der Antwort von ProofLayer enthält „%1“ Zeichen, die in einer ID nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address.</source>
        <translation>%1 muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The display name must have 1 to %1 characters.</source>
        <translation>Der Anzeigename muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The worker type must be human or agent.</source>
        <translation>Der Auftragnehmertyp muss human oder agent sein.</translation>
    </message>
    <message>
        <source>“%1” is not a Lightning Address: %2</source>
        <translation>„%1“ ist keine Lightning-Adresse: %2</translation>
    </message>
    <message>
        <source>The task type must be one of %1.</source>
        <translation>Der Aufgabentyp muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The worker type must be one of %1.</source>
        <translation>Der Auftragnehmertyp muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The trust mode must be one of %1.</source>
        <translation>Der Vertrauensmodus muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The title must have 1 to %1 characters.</source>
        <translation>Der Titel muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The task needs a question or instructions for the worker.</source>
        <translation>Die Aufgabe braucht eine Frage oder Anweisungen für den Auftragnehmer.</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>Die URL</translation>
    </message>
    <message>
        <source>The image URL</source>
        <translation>Die Bild-URL</translation>
    </message>
    <message>
        <source>An attachment is an image or a link.</source>
        <translation>Ein Anhang ist ein Bild oder ein Link.</translation>
    </message>
    <message>
        <source>An attachment needs an http:// or https:// address.</source>
        <translation>Ein Anhang braucht eine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The budget must be a whole number of sats above zero.</source>
        <translation>Das Budget muss eine ganze Zahl von sat über null sein.</translation>
    </message>
    <message>
        <source>The task&apos;s budget differs between the address, the body and the agreed price; nothing was sent.</source>
        <translation>Das Budget der Aufgabe unterscheidet sich zwischen Adresse, Inhalt und vereinbartem Preis; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object with at least one field.</source>
        <translation>Die Antwort muss ein JSON-Objekt mit mindestens einem Feld sein.</translation>
    </message>
    <message>
        <source>The confidence must be a number from 0 to 1.</source>
        <translation>Die Konfidenz muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>The proof URL</source>
        <translation>Die Nachweis-URL</translation>
    </message>
    <message>
        <source>This task requires proof: give a proof URL.</source>
        <translation>Diese Aufgabe verlangt einen Nachweis: Geben Sie eine Nachweis-URL an.</translation>
    </message>
</context>
<context>
    <name>ProofLayerFilterBar</name>
    <message>
        <source>All types</source>
        <extracomment>First entry of the task type filter: no filtering</extracomment>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Task type</source>
        <extracomment>Accessible name of the task type filter</extracomment>
        <translation>Aufgabenart</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>First entry of the status filter: no filtering</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Accessible name of the status filter</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Min sat</source>
        <extracomment>Placeholder of the smallest reward filter, in sats</extracomment>
        <translation>Min. sat</translation>
    </message>
    <message>
        <source>Smallest reward in sats</source>
        <extracomment>Accessible name of the smallest reward filter</extracomment>
        <translation>Kleinste Belohnung in sat</translation>
    </message>
    <message>
        <source>Max sat</source>
        <extracomment>Placeholder of the largest reward filter, in sats</extracomment>
        <translation>Max. sat</translation>
    </message>
    <message>
        <source>Largest reward in sats</source>
        <extracomment>Accessible name of the largest reward filter</extracomment>
        <translation>Größte Belohnung in sat</translation>
    </message>
</context>
<context>
    <name>ProofLayerFlow</name>
    <message>
        <source>Account &quot;%1&quot; is not registered as a worker yet (see lightwork-cli prooflayer register).</source>
        <translation>Das Konto „%1“ ist noch nicht als Auftragnehmer registriert (siehe lightwork-cli prooflayer register).</translation>
    </message>
    <message>
        <source>“%1” is not a Lightning Address (name@domain).</source>
        <translation>„%1“ ist keine Lightning-Adresse (name@domain).</translation>
    </message>
    <message>
        <source>The Lightning Address %1 cannot receive payments: %2</source>
        <translation>Die Lightning-Adresse %1 kann keine Zahlungen empfangen: %2</translation>
    </message>
    <message>
        <source>The Lightning Address %1 accepts less than one sat.</source>
        <translation>Die Lightning-Adresse %1 akzeptiert weniger als einen sat.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is registered as worker %2 already; add another account to register another worker.</source>
        <translation>Das Konto „%1“ ist bereits als Auftragnehmer %2 registriert; fügen Sie ein weiteres Konto hinzu, um einen weiteren Auftragnehmer zu registrieren.</translation>
    </message>
    <message>
        <source>Registered as worker %1, but the id could not be saved: %2</source>
        <translation>Als Auftragnehmer %1 registriert, aber die ID konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>Die Antwort ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The answer must be a JSON object ({ … }).</source>
        <translation>Die Antwort muss ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Task %1 is not claimed by your worker.</source>
        <translation>Aufgabe %1 ist nicht von Ihrem Auftragnehmer übernommen.</translation>
    </message>
</context>
<context>
    <name>ProofLayerPage</name>
    <message>
        <source>ProofLayer</source>
        <extracomment>ProofLayer page heading (a product name)</extracomment>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: ask ProofLayer for the feed, payouts and reputation now</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>ProofLayer page while the data folder is not open yet</extracomment>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>The ProofLayer screen is ready once Lightwork is set up.</source>
        <extracomment>ProofLayer page while the data folder is not open yet</extracomment>
        <translation>Die ProofLayer-Ansicht ist bereit, sobald Lightwork eingerichtet ist.</translation>
    </message>
    <message>
        <source>No ProofLayer account</source>
        <extracomment>ProofLayer page when the profile has no ProofLayer account</extracomment>
        <translation>Kein ProofLayer-Konto</translation>
    </message>
    <message>
        <source>ProofLayer tasks</source>
        <extracomment>Accessible name of the ProofLayer task list</extracomment>
        <translation>ProofLayer-Aufgaben</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <extracomment>Every ProofLayer task is hidden by the filters</extracomment>
        <translation>Keine Aufgabe entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No open tasks right now. Refresh, or come back later.</source>
        <extracomment>The ProofLayer feed is empty</extracomment>
        <translation>Derzeit keine offenen Aufgaben. Aktualisieren Sie, oder schauen Sie später wieder vorbei.</translation>
    </message>
</context>
<context>
    <name>ProofLayerPayoutDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>What a screen reader says for a payout row: amount, status, when</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>made %1 · updated %2</source>
        <extracomment>When a payout was made and when it last changed, e.g. &quot;made 5 min ago · updated just now&quot;</extracomment>
        <translation>erstellt %1 · aktualisiert %2</translation>
    </message>
</context>
<context>
    <name>ProofLayerTaskDelegate</name>
    <message>
        <source>Proof required</source>
        <extracomment>A ProofLayer task&apos;s trust mode: the worker must link a proof</extracomment>
        <translation>Nachweis erforderlich</translation>
    </message>
    <message>
        <source>Result only</source>
        <extracomment>A ProofLayer task&apos;s trust mode: the answer alone is enough</extracomment>
        <translation>Nur Ergebnis</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5, %6</source>
        <extracomment>What a screen reader says for a ProofLayer task row: title, type, reward, trust mode, status, deadline.</extracomment>
        <translation>%1, %2, %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <extracomment>Button: take a ProofLayer task (first come, first served; free)</extracomment>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Submit result</source>
        <extracomment>Button: open the result form for a claimed ProofLayer task</extracomment>
        <translation>Ergebnis absenden</translation>
    </message>
</context>
<context>
    <name>PushSocket</name>
    <message>
        <source>The wallet did not open its event feed in time.</source>
        <translation>Die Wallet hat ihren Ereignis-Stream nicht rechtzeitig geöffnet.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed stopped answering.</source>
        <translation>Der Ereignis-Stream der Wallet antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed needs wss://; plain ws:// is only allowed to this computer.</source>
        <translation>Der Ereignis-Stream der Wallet braucht wss://; unverschlüsseltes ws:// ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The wallet refused its event feed: %1</source>
        <translation>Die Wallet hat ihren Ereignis-Stream verweigert: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed was closed (code %1).</source>
        <translation>Der Ereignis-Stream der Wallet wurde geschlossen (Code %1).</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed was closed: %1</source>
        <translation>Der Ereignis-Stream der Wallet wurde geschlossen: %1</translation>
    </message>
    <message>
        <source>The wallet did not accept the credentials for its event feed.</source>
        <translation>Die Wallet hat die Zugangsdaten für ihren Ereignis-Stream nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed failed: %1</source>
        <translation>Der Ereignis-Stream der Wallet ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>QrWallet</name>
    <message>
        <source>A phone wallet cannot receive payments through Lightwork. Connect a node wallet to receive.</source>
        <translation>Eine Telefon-Wallet kann über Lightwork keine Zahlungen empfangen. Verbinden Sie zum Empfangen eine Knoten-Wallet.</translation>
    </message>
    <message>
        <source>Not confirmed: paste the preimage if your phone paid.</source>
        <translation>Nicht bestätigt: Fügen Sie das Preimage ein, falls Ihr Telefon bezahlt hat.</translation>
    </message>
    <message>
        <source>The phone wallet was closed before a preimage was pasted; the phone may still pay.</source>
        <translation>Die Telefon-Wallet wurde geschlossen, bevor ein Preimage eingefügt wurde; Ihr Telefon zahlt möglicherweise noch.</translation>
    </message>
    <message>
        <source>Phone wallet</source>
        <translation>Telefon-Wallet</translation>
    </message>
    <message>
        <source>Lightwork cannot see the phone wallet&apos;s balance; check it on the phone.</source>
        <translation>Lightwork kann das Guthaben der Telefon-Wallet nicht sehen; prüfen Sie es auf dem Telefon.</translation>
    </message>
    <message>
        <source>The invoice has no amount; a QR code is only shown for an invoice that names what to pay.</source>
        <translation>Die Rechnung hat keinen Betrag; ein QR-Code wird nur für eine Rechnung angezeigt, die den zu zahlenden Betrag nennt.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the phone wallet is set up for %2.</source>
        <translation>Die Rechnung ist für %1, aber die Telefon-Wallet ist für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>Die Rechnung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The invoice is too long for a QR code.</source>
        <translation>Die Rechnung ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Another wallet is already paying this invoice, so it is not shown as a QR code.</source>
        <translation>Eine andere Wallet bezahlt diese Rechnung bereits, daher wird sie nicht als QR-Code angezeigt.</translation>
    </message>
    <message>
        <source>Not paid from the phone yet; it may still be. Paste the preimage once it is.</source>
        <translation>Noch nicht vom Telefon bezahlt; das kann noch geschehen. Fügen Sie das Preimage ein, sobald es so weit ist.</translation>
    </message>
    <message>
        <source>A preimage is 64 hexadecimal characters (0–9, a–f); copy it from the phone wallet&apos;s payment details.</source>
        <translation>Ein Preimage besteht aus 64 Hexadezimalzeichen (0–9, a–f); kopieren Sie es aus den Zahlungsdetails der Telefon-Wallet.</translation>
    </message>
    <message>
        <source>This preimage does not belong to this invoice.</source>
        <translation>Dieses Preimage gehört nicht zu dieser Rechnung.</translation>
    </message>
    <message>
        <source>The QR code was closed; the phone may still pay it. Paste the preimage if it did.</source>
        <translation>Der QR-Code wurde geschlossen; Ihr Telefon bezahlt ihn möglicherweise noch. Fügen Sie das Preimage ein, falls es bezahlt hat.</translation>
    </message>
    <message>
        <source>Waiting for the phone to pay the QR code.</source>
        <translation>Warten, bis das Telefon den QR-Code bezahlt.</translation>
    </message>
</context>
<context>
    <name>QuoteChat</name>
    <message>
        <source>Quote from %1</source>
        <extracomment>Chat header: the worker who sent the quote (a market id).</extracomment>
        <translation>Angebot von %1</translation>
    </message>
    <message>
        <source>Your quote to %1</source>
        <extracomment>Chat header: the user&apos;s quote on this buyer&apos;s task (a market id).</extracomment>
        <translation>Ihr Angebot an %1</translation>
    </message>
    <message>
        <source>Price %1</source>
        <extracomment>Accessible name of the quote&apos;s price in the chat header.</extracomment>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>Open task</source>
        <extracomment>Chat header: opens the task this quote is for.</extracomment>
        <translation>Aufgabe öffnen</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of a quote&apos;s message list.</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages yet. Ask a question or agree on the details here.</source>
        <extracomment>Chat: a thread without messages.</extracomment>
        <translation>Noch keine Nachrichten. Stellen Sie hier Fragen oder vereinbaren Sie die Details.</translation>
    </message>
    <message>
        <source>Change your quote</source>
        <extracomment>Counter-offer: heading of the worker&apos;s form to change their quote.</extracomment>
        <translation>Ihr Angebot ändern</translation>
    </message>
    <message>
        <source>New price (sat)</source>
        <extracomment>Counter-offer: placeholder of the new price field (whole sats).</extracomment>
        <translation>Neuer Preis (sat)</translation>
    </message>
    <message>
        <source>What you offer now (optional)</source>
        <extracomment>Counter-offer: placeholder of the optional new text of the quote.</extracomment>
        <translation>Was Sie jetzt anbieten (optional)</translation>
    </message>
    <message>
        <source>Update quote</source>
        <extracomment>Counter-offer: changes the user&apos;s quote to the new price.</extracomment>
        <translation>Angebot aktualisieren</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter for a new line)</source>
        <extracomment>Chat composer placeholder: how to send and break lines.</extracomment>
        <translation>Nachricht schreiben (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>This quote was rejected: no more messages can be sent.</source>
        <extracomment>Chat composer placeholder when the market takes no more messages.</extracomment>
        <translation>Dieses Angebot wurde abgelehnt: Es können keine Nachrichten mehr gesendet werden.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Chat composer: characters typed and the most a message may have.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Chat: sends the message.</extracomment>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>QuoteDelegate</name>
    <message>
        <source>Quote of %1, %2, from %3, %4</source>
        <extracomment>What a screen reader says for a quote: price, status, worker, age.</extracomment>
        <translation>Angebot über %1, %2, von %3, %4</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>A quote list: marks the quote the user sent.</extracomment>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button on a quote: accept it and lock its price in escrow.</extracomment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>A quote: who sent it (the market&apos;s account id, plain text).</extracomment>
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <extracomment>A quote: how many messages its thread has.</extracomment>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteThreadDelegate</name>
    <message>
        <source>%1 sat</source>
        <extracomment>Quotes list: a quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <extracomment>Quotes list: a thread without messages yet.</extracomment>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Quotes list: the newest message was written by the user; %1 is its text.</extracomment>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3%4. %5</source>
        <extracomment>What a screen reader says for a quote thread: task, price, status, unread, last message.</extracomment>
        <translation>%1, %2, %3%4. %5</translation>
    </message>
    <message>
        <source>, new messages</source>
        <extracomment>Quotes list: spoken after the status when the thread has unread messages.</extracomment>
        <translation>, neue Nachrichten</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Quotes list: the quote came from this worker (a market id).</extracomment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <extracomment>Quotes list: the user&apos;s quote on this buyer&apos;s task (a market id).</extracomment>
        <translation>an %1</translation>
    </message>
</context>
<context>
    <name>QuoteThreads</name>
    <message>
        <source>The profile changed before the market answered.</source>
        <translation>Das Profil hat sich geändert, bevor der Markt geantwortet hat.</translation>
    </message>
    <message>
        <source>There is no 402ai account.</source>
        <translation>Es gibt kein 402ai-Konto.</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quotes</source>
        <extracomment>Quotes page heading.</extracomment>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Quotes page: asks the market for new quotes and messages now.</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Quote threads</source>
        <extracomment>Accessible name of the list of quote threads.</extracomment>
        <translation>Angebotsverläufe</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <extracomment>Quotes page: no quote threads yet.</extracomment>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Quotes you send on tasks, and quotes workers send on your tasks, appear here with their messages.</source>
        <extracomment>Quotes page, empty: where quotes come from.</extracomment>
        <translation>Angebote, die Sie für Aufgaben senden, und Angebote von Auftragnehmern für Ihre Aufgaben erscheinen hier mit ihren Nachrichten.</translation>
    </message>
    <message>
        <source>This profile has no 402ai account.</source>
        <extracomment>Quotes page, empty: the profile has no 402ai account.</extracomment>
        <translation>Dieses Profil hat kein 402ai-Konto.</translation>
    </message>
    <message>
        <source>Choose a quote</source>
        <extracomment>Quotes page: no thread chosen yet.</extracomment>
        <translation>Wählen Sie ein Angebot</translation>
    </message>
    <message>
        <source>Its messages and price appear here.</source>
        <extracomment>Quotes page: what the right side shows once a thread is chosen.</extracomment>
        <translation>Nachrichten und Preis des Angebots erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>Finish them</source>
        <extracomment>Banner after an interrupted run: pay the payments listed, which stopped before paying.</extracomment>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Show payments</source>
        <extracomment>Banner after an interrupted run: opens the Wallet area&apos;s recent payments.</extracomment>
        <translation>Zahlungen anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Banner after an interrupted run: hides the banner.</extracomment>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>RefundClaimer</name>
    <message>
        <source>This is not an LNURL-withdraw link.</source>
        <translation>Das ist kein LNURL-withdraw-Link.</translation>
    </message>
    <message>
        <source>This is not an LNURL: %1</source>
        <translation>Das ist keine LNURL: %1</translation>
    </message>
    <message>
        <source>A wallet is needed to receive the refund.</source>
        <translation>Zum Empfangen der Rückerstattung ist eine Wallet nötig.</translation>
    </message>
    <message>
        <source>The refund link&apos;s answer cannot be read: %1</source>
        <translation>Die Antwort des Rückerstattungslinks kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The refund service refuses the claim.</source>
        <translation>Der Rückerstattungsdienst lehnt die Anforderung ab.</translation>
    </message>
    <message>
        <source>This LNURL is not a withdraw link.</source>
        <translation>Diese LNURL ist kein Withdraw-Link.</translation>
    </message>
    <message>
        <source>The wallet&apos;s invoice is not for exactly %1 sat.</source>
        <translation>Die Rechnung der Wallet lautet nicht auf genau %1 sat.</translation>
    </message>
    <message>
        <source>The wallet has not received it yet.</source>
        <translation>Die Wallet hat sie noch nicht empfangen.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Become a ProofLayer worker</source>
        <extracomment>Heading of the ProofLayer worker registration form</extracomment>
        <translation>ProofLayer-Auftragnehmer werden</translation>
    </message>
    <message>
        <source>Workers claim tasks, submit a result and are paid 70 % of the budget at their Lightning Address. The address is checked before you register.</source>
        <extracomment>Explains the ProofLayer registration form</extracomment>
        <translation>Auftragnehmer übernehmen Aufgaben, senden ein Ergebnis ein und erhalten 70 % des Budgets an ihre Lightning-Adresse. Die Adresse wird vor der Registrierung geprüft.</translation>
    </message>
    <message>
        <source>Name buyers see</source>
        <extracomment>Label of the worker&apos;s display name field</extracomment>
        <translation>Für Auftraggeber sichtbarer Name</translation>
    </message>
    <message>
        <source>e.g. Alice</source>
        <extracomment>Placeholder of the worker&apos;s display name field</extracomment>
        <translation>z. B. Alice</translation>
    </message>
    <message>
        <source>Lightning Address for payouts</source>
        <extracomment>Label of the Lightning Address field (where ProofLayer payouts go)</extracomment>
        <translation>Lightning-Adresse für Auszahlungen</translation>
    </message>
    <message>
        <source>name@domain</source>
        <extracomment>Placeholder of the Lightning Address field</extracomment>
        <translation>name@domain</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Button: ask the Lightning Address&apos;s service whether it can receive payments</extracomment>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>Registering…</source>
        <extracomment>Button: register as a ProofLayer worker with the checked Lightning Address</extracomment>
        <translation>Wird registriert …</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <extracomment>Relative time of something less than a minute old (or dated in the future).</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Relative time in minutes, e.g. &quot;5 min ago&quot;.</extracomment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Relative time in hours, e.g. &quot;3 h ago&quot;.</extracomment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Relative time in days, e.g. &quot;2 d ago&quot; (abbreviated like &quot;min&quot; and &quot;h&quot;).</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Unsafe file name.</source>
        <translation>Unsicherer Dateiname.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Too many files named %1 already.</source>
        <translation>Es gibt bereits zu viele Dateien namens %1.</translation>
    </message>
</context>
<context>
    <name>SandboxDirectory</name>
    <message>
        <source>The sandbox at %1 answered something Lightwork cannot use (%2). Is it a Lightwork sandbox?</source>
        <translation>Die Sandbox unter %1 hat etwas geantwortet, das Lightwork nicht verwenden kann (%2). Ist es eine Lightwork-Sandbox?</translation>
    </message>
    <message>
        <source>its info is not JSON</source>
        <translation>ihre Info ist kein JSON</translation>
    </message>
    <message>
        <source>no usable 402ai address</source>
        <translation>keine brauchbare 402ai-Adresse</translation>
    </message>
    <message>
        <source>an unusable ProofLayer address</source>
        <translation>eine unbrauchbare ProofLayer-Adresse</translation>
    </message>
    <message>
        <source>its wallet list is not JSON</source>
        <translation>ihre Wallet-Liste ist kein JSON</translation>
    </message>
    <message>
        <source>a wallet without name, address or password</source>
        <translation>eine Wallet ohne Namen, Adresse oder Passwort</translation>
    </message>
    <message>
        <source>The sandbox at %1 did not answer: %2</source>
        <translation>Die Sandbox unter %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>The sandbox at %1 refused its admin key.</source>
        <translation>Die Sandbox unter %1 hat ihren Admin-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>SandboxSetup</name>
    <message>
        <source>The sandbox&apos;s admin key is missing (LIGHTWORK_SANDBOX_ADMIN_KEY), so its wallets cannot be looked up.</source>
        <translation>Der Admin-Schlüssel der Sandbox fehlt (LIGHTWORK_SANDBOX_ADMIN_KEY), daher können ihre Wallets nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>The buyer profile is gone.</source>
        <translation>Das Käuferprofil ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The sandbox has no wallet named &quot;%1&quot;; start it with --wallet %1:SATS.</source>
        <translation>Die Sandbox hat keine Wallet namens „%1“; starten Sie sie mit --wallet %1:SATS.</translation>
    </message>
    <message>
        <source>The sandbox wallet &quot;%1&quot; failed its connection test: %2</source>
        <translation>Die Sandbox-Wallet „%1“ hat den Verbindungstest nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Auftragnehmer</translation>
    </message>
</context>
<context>
    <name>SatsField</name>
    <message>
        <source>sat</source>
        <extracomment>Settings: the unit after an amount field (satoshis).</extracomment>
        <translation>sat</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPopup</name>
    <message>
        <source>Save this search</source>
        <extracomment>Heading of the saved-search popup of the feed.</extracomment>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Name, e.g. Translations</source>
        <extracomment>Placeholder of the name box when saving a feed search.</extracomment>
        <translation>Name, z. B. Übersetzungen</translation>
    </message>
    <message>
        <source>Name of the search</source>
        <extracomment>Accessible name of the name box when saving a feed search.</extracomment>
        <translation>Name der Suche</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Stores the feed&apos;s current search and filters under the typed name.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>No saved searches yet. New tasks that match a saved search raise a notification.</source>
        <extracomment>Saved-search popup: there are no saved searches yet.</extracomment>
        <translation>Noch keine gespeicherten Suchen. Neue Aufgaben, die zu einer gespeicherten Suche passen, lösen eine Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <extracomment>Accessible name of the list of saved feed searches.</extracomment>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <extracomment>Accessible name of a saved search&apos;s row; %1 is its name.</extracomment>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Deletes a saved feed search; %1 is its name.</extracomment>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Placeholder and accessible name of the search box above a list.</extracomment>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>Unter %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The stored data key has the wrong length (%n bytes instead of 32). It was left as it is; records sealed with it can&apos;t be opened.</source>
        <translation>
            <numerusform>Der gespeicherte Datenschlüssel hat die falsche Länge (%n Byte statt 32). Er wurde unverändert gelassen; damit verschlüsselte Einträge können nicht geöffnet werden.</numerusform>
            <numerusform>Der gespeicherte Datenschlüssel hat die falsche Länge (%n Byte statt 32). Er wurde unverändert gelassen; damit verschlüsselte Einträge können nicht geöffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new data key did not read back from the secret store as written, so it was not used.</source>
        <translation>Der neue Datenschlüssel ließ sich aus dem Geheimnisspeicher nicht so zurücklesen, wie er geschrieben wurde, und wurde daher nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Settings page heading.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Payments and sync settings of the profile “%1”.</source>
        <extracomment>Settings: which profile the money settings below belong to; %1 is its name.</extracomment>
        <translation>Zahlungs- und Synchronisierungseinstellungen des Profils „%1“.</translation>
    </message>
    <message>
        <source>Payments</source>
        <extracomment>Settings section: spending limits.</extracomment>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Ask before paying more than</source>
        <extracomment>Settings: amount above which a payment needs the user&apos;s confirmation.</extracomment>
        <translation>Nachfragen bei Zahlungen über</translation>
    </message>
    <message>
        <source>Smaller payments go through without a question.</source>
        <extracomment>Settings: explains the confirmation threshold.</extracomment>
        <translation>Kleinere Zahlungen werden ohne Nachfrage ausgeführt.</translation>
    </message>
    <message>
        <source>Largest single payment</source>
        <extracomment>Settings: the largest single payment allowed.</extracomment>
        <translation>Höchstbetrag pro Zahlung</translation>
    </message>
    <message>
        <source>A payment above this is refused, even if you confirm it.</source>
        <extracomment>Settings: explains the per-payment cap.</extracomment>
        <translation>Eine höhere Zahlung wird abgelehnt, auch wenn Sie sie bestätigen.</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <extracomment>Settings: the most that may be paid in 24 hours.</extracomment>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Never more than this in any 24 hours, fees included.</source>
        <extracomment>Settings: explains the daily cap.</extracomment>
        <translation>Nie mehr als dies innerhalb von 24 Stunden, Gebühren eingeschlossen.</translation>
    </message>
    <message>
        <source>Maximum routing fee</source>
        <extracomment>Settings: the most a payment&apos;s Lightning routing may cost.</extracomment>
        <translation>Maximale Routing-Gebühr</translation>
    </message>
    <message>
        <source>The most the Lightning network may charge to deliver one payment.</source>
        <extracomment>Settings: explains the routing fee limit.</extracomment>
        <translation>Der Höchstbetrag, den das Lightning-Netzwerk für die Zustellung einer Zahlung verlangen darf.</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Settings: store the changed settings.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Settings: drop the unsaved changes.</extracomment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <extracomment>Settings: shown beside a disabled Save button.</extracomment>
        <translation>Korrigieren Sie die rot markierten Felder, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>SpendingPolicy</name>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>The invoice is for %1 but the wallet pays on %2.</source>
        <translation>Die Rechnung ist für %1, aber die Wallet zahlt im Netzwerk %2.</translation>
    </message>
    <message>
        <source>The invoice has no amount, so the price cannot be checked.</source>
        <translation>Die Rechnung hat keinen Betrag, daher kann der Preis nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The invoice amount is not positive.</source>
        <translation>Der Rechnungsbetrag ist nicht positiv.</translation>
    </message>
    <message>
        <source>The invoice asks %1, more than the %2 agreed for this action.</source>
        <translation>Die Rechnung verlangt %1, mehr als die für diese Aktion vereinbarten %2.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>Die Rechnung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The payment hash in the %1 cannot be read.</source>
        <translation>Der Zahlungs-Hash in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The invoice&apos;s payment hash differs from the one in the %1.</source>
        <translation>Der Zahlungs-Hash der Rechnung weicht von dem in %1 ab.</translation>
    </message>
    <message>
        <source>%1 is above your limit of %2 per payment.</source>
        <translation>%1 liegt über Ihrem Höchstbetrag von %2 pro Zahlung.</translation>
    </message>
    <message>
        <source>Paying %1 would pass your daily limit of %2 (%3 spent in the last 24 hours).</source>
        <translation>Eine Zahlung von %1 würde Ihr Tageslimit von %2 überschreiten (%3 in den letzten 24 Stunden ausgegeben).</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>Result for “%1”</source>
        <extracomment>Heading of the result form; %1 is the task&apos;s title</extracomment>
        <translation>Ergebnis für „%1“</translation>
    </message>
    <message>
        <source>Answer (JSON object)</source>
        <extracomment>Label of the answer editor (a JSON object)</extracomment>
        <translation>Antwort (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Prettify</source>
        <extracomment>Button: lay the answer JSON out with indents</extracomment>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <extracomment>Accessible name of the answer editor</extracomment>
        <translation>Antwort als JSON</translation>
    </message>
    <message>
        <source>Confidence</source>
        <extracomment>Label of the confidence slider (how sure the worker is of the answer)</extracomment>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Proof URL (required), https://…</source>
        <extracomment>Placeholder of the proof URL field when the task needs proof</extracomment>
        <translation>Nachweis-URL (erforderlich), https://…</translation>
    </message>
    <message>
        <source>Proof URL (optional), https://…</source>
        <extracomment>Placeholder of the proof URL field when proof is optional</extracomment>
        <translation>Nachweis-URL (optional), https://…</translation>
    </message>
    <message>
        <source>Proof URL</source>
        <extracomment>Accessible name of the proof URL field</extracomment>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <extracomment>Button: send the result to ProofLayer</extracomment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
</context>
<context>
    <name>SyncedLabel</name>
    <message>
        <source>Synced %1</source>
        <extracomment>Last-synced indicator; %1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <extracomment>Last-synced indicator before the first sync with any market.</extracomment>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message numerus="yes">
        <source>Quotes: %n</source>
        <extracomment>A task row&apos;s number of quotes received so far, e.g. &quot;Quotes: 3&quot;.</extracomment>
        <translation>
            <numerusform>Angebote: %n</numerusform>
            <numerusform>Angebote: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5, %6</source>
        <extracomment>What a screen reader says for a task row: title, market, status, budget, quotes, age.</extracomment>
        <translation>%1, %2, %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Appended to a task row&apos;s accessible name when the task arrived recently.</extracomment>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>TaskDetailView</name>
    <message>
        <source>Back</source>
        <extracomment>Task detail: back to the list the task was opened from.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Loading task…</source>
        <extracomment>Task detail: shown while the task is being fetched.</extracomment>
        <translation>Aufgabe wird geladen …</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Task detail: something is being sent or fetched.</extracomment>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <extracomment>Task detail: the buyer&apos;s budget, e.g. &quot;Budget 500 sat&quot;.</extracomment>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>You posted this task</source>
        <extracomment>Task detail: the user&apos;s role on this task.</extracomment>
        <translation>Sie haben diese Aufgabe eingestellt</translation>
    </message>
    <message>
        <source>Posted by %1</source>
        <extracomment>Task detail: who posted the task (the market&apos;s account id).</extracomment>
        <translation>Eingestellt von %1</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Task detail: heading above the task&apos;s description.</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No description.</source>
        <extracomment>Task detail: the task has no description.</extracomment>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Task description</source>
        <extracomment>Accessible name of the task&apos;s description text.</extracomment>
        <translation>Aufgabenbeschreibung</translation>
    </message>
    <message>
        <source>The description is longer than shown here.</source>
        <extracomment>Task detail: the description was too long and is shown in part.</extracomment>
        <translation>Die Beschreibung ist länger als hier gezeigt.</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <extracomment>Task detail: heading above the quotes; %1 is how many.</extracomment>
        <translation>Angebote (%1)</translation>
    </message>
    <message>
        <source>No quotes yet. Workers&apos; offers appear here.</source>
        <extracomment>Task detail (buyer): no quotes yet.</extracomment>
        <translation>Noch keine Angebote. Angebote von Auftragnehmern erscheinen hier.</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <extracomment>Task detail (worker): no quotes yet.</extracomment>
        <translation>Noch keine Angebote.</translation>
    </message>
    <message>
        <source>Send a quote</source>
        <extracomment>Task detail (worker): heading of the form to send a quote.</extracomment>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <source>Price in sats</source>
        <extracomment>Task detail (worker): placeholder of the quote&apos;s price field.</extracomment>
        <translation>Preis in sat</translation>
    </message>
    <message>
        <source>What you offer, and when</source>
        <extracomment>Task detail (worker): placeholder of the quote&apos;s message.</extracomment>
        <translation>Was Sie anbieten und bis wann</translation>
    </message>
    <message>
        <source>Send quote</source>
        <extracomment>Task detail (worker): sends the quote (costs the quoting fee).</extracomment>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>Task detail: heading of the escrow timeline.
----------
Accessible name of the task&apos;s escrow timeline.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Confirm delivery and release</source>
        <extracomment>Task detail (buyer): accept the delivery and release the escrow.</extracomment>
        <translation>Lieferung bestätigen und freigeben</translation>
    </message>
    <message>
        <source>The escrow goes to the worker. This cannot be undone.</source>
        <extracomment>Task detail (buyer): what confirming does; it cannot be undone.</extracomment>
        <translation>Der Treuhandbetrag geht an den Auftragnehmer. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TimelineStepDelegate</name>
    <message>
        <source>done</source>
        <extracomment>Timeline step state for screen readers: it happened.</extracomment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Timeline step state for screen readers: not yet.</extracomment>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>ToolCatalogPane</name>
    <message>
        <source>Search tools</source>
        <extracomment>Placeholder and accessible name of the Tools page&apos;s search box.</extracomment>
        <translation>Werkzeuge suchen</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Accessible name of the list of tools.</extracomment>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>No tool matches</source>
        <extracomment>The Tools search found nothing.</extracomment>
        <translation>Kein passendes Werkzeug</translation>
    </message>
</context>
<context>
    <name>ToolDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>What a screen reader says for a tool: name, price, description.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Runs as a job</source>
        <extracomment>A tool that runs as a job the app follows until it ends.</extracomment>
        <translation>Läuft als Job</translation>
    </message>
</context>
<context>
    <name>ToolFieldDelegate</name>
    <message>
        <source>%1 *</source>
        <extracomment>A form field&apos;s label; %1 is the label. The star marks a field that must be filled.</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <extracomment>Placeholder of a form field that takes JSON.</extracomment>
        <translation>JSON, z. B. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
</context>
<context>
    <name>ToolFollowups</name>
    <message>
        <source>The refund link of payment %1 cannot be decrypted: the keychain&apos;s data key is not the one it was sealed with.</source>
        <translation>Der Rückerstattungslink von Zahlung %1 kann nicht entschlüsselt werden: Der Datenschlüssel des Schlüsselbunds ist nicht der, mit dem er verschlüsselt wurde.</translation>
    </message>
</context>
<context>
    <name>ToolFormModel</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not one of the values the tool accepts.</source>
        <translation>Keiner der Werte, die das Werkzeug akzeptiert.</translation>
    </message>
    <message>
        <source>Choose one of the values.</source>
        <translation>Wählen Sie einen der Werte.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Eine ganze Zahl.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Eine Zahl.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>Kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>ToolQuestionsPane</name>
    <message>
        <source>The market asks</source>
        <extracomment>Heading above the questions a tool&apos;s market asks before it goes on.</extracomment>
        <translation>Der Marktplatz fragt</translation>
    </message>
    <message>
        <source>Your answer</source>
        <extracomment>Placeholder of the answer field under a market&apos;s question.</extracomment>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Send answers</source>
        <extracomment>Send the answers to the questions a tool&apos;s market asked (no further payment).</extracomment>
        <translation>Antworten senden</translation>
    </message>
</context>
<context>
    <name>ToolRunDelegate</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>What a screen reader says for a tool run: tool, state, amount, age.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Claim refund</source>
        <extracomment>Claim the refund of a past tool run into the wallet.</extracomment>
        <translation>Rückerstattung anfordern</translation>
    </message>
</context>
<context>
    <name>ToolRunPane</name>
    <message>
        <source>Pay %1 and run</source>
        <extracomment>Run a tool: pay its price (e.g. &quot;100 sat&quot;) and run it.</extracomment>
        <translation>%1 zahlen und ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Run a tool whose price is not known yet.</extracomment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <extracomment>Accessible name of the indicator while a tool runs.</extracomment>
        <translation>Das Werkzeug wird ausgeführt</translation>
    </message>
    <message>
        <source>The tool&apos;s image</source>
        <extracomment>Accessible name of a tool&apos;s image result.</extracomment>
        <translation>Das Bild des Werkzeugs</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Heading above a tool&apos;s result.</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copy a tool&apos;s result text to the clipboard.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The tool&apos;s result</source>
        <extracomment>Accessible name of a tool&apos;s result text.</extracomment>
        <translation>Das Ergebnis des Werkzeugs</translation>
    </message>
    <message>
        <source>Claim refund</source>
        <extracomment>Claim a failed tool run&apos;s refund into the wallet.</extracomment>
        <translation>Rückerstattung anfordern</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <source>refund of %1 sat received</source>
        <translation>Rückerstattung von %1 sat erhalten</translation>
    </message>
    <message>
        <source>refund claimed, invoice %1</source>
        <translation>Rückerstattung angefordert, Rechnung %1</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>The image is larger than %1 MiB; it is not shown.</source>
        <translation>Das Bild ist größer als %1 MiB und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The tool&apos;s answer is not an image.</source>
        <translation>Die Antwort des Werkzeugs ist kein Bild.</translation>
    </message>
    <message>
        <source>The image is larger than %1×%1 pixels; it is not shown.</source>
        <translation>Das Bild ist größer als %1×%1 Pixel und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ToolsMarket</name>
    <message>
        <source>the refund is not an object</source>
        <translation>die Rückerstattung ist kein Objekt</translation>
    </message>
    <message>
        <source>it asks questions without a session_id</source>
        <translation>sie stellt Rückfragen ohne session_id</translation>
    </message>
    <message>
        <source>the job&apos;s poll address is not on the market&apos;s site</source>
        <translation>die Abfrageadresse des Jobs liegt nicht auf der Website des Markts</translation>
    </message>
    <message>
        <source>a job came with neither an id nor a poll address</source>
        <translation>ein Job kam weder mit ID noch mit Abfrageadresse</translation>
    </message>
    <message>
        <source>the refund has no charge_id</source>
        <translation>der Rückerstattung fehlt charge_id</translation>
    </message>
    <message>
        <source>the refund has no refund_amount in whole sats</source>
        <translation>der Rückerstattung fehlt refund_amount in ganzen sat</translation>
    </message>
    <message>
        <source>the refund&apos;s lnurl_withdraw is too long</source>
        <translation>lnurl_withdraw der Rückerstattung ist zu lang</translation>
    </message>
    <message>
        <source>the refund&apos;s lnurl_withdraw is not text</source>
        <translation>lnurl_withdraw der Rückerstattung ist kein Text</translation>
    </message>
    <message>
        <source>a job&apos;s status is not a JSON object</source>
        <translation>der Status eines Jobs ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Paid %1 sat (journal entry %2), but %3</source>
        <translation>%1 sat bezahlt (Journaleintrag %2), aber %3</translation>
    </message>
    <message>
        <source>This tool&apos;s address is not on the market&apos;s site.</source>
        <translation>Die Adresse dieses Werkzeugs liegt nicht auf der Website des Markts.</translation>
    </message>
    <message>
        <source>A paid tool call needs a price to agree to.</source>
        <translation>Ein kostenpflichtiger Werkzeugaufruf braucht einen Preis, dem zugestimmt werden kann.</translation>
    </message>
    <message>
        <source>This job&apos;s address is not on the market&apos;s site.</source>
        <translation>Die Adresse dieses Jobs liegt nicht auf der Website des Markts.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>The market asks for another payment to confirm; not paid.</source>
        <translation>Der Markt verlangt zur Bestätigung eine weitere Zahlung; nicht bezahlt.</translation>
    </message>
    <message>
        <source>Lightwork: refund from %1</source>
        <translation>Lightwork: Rückerstattung von %1</translation>
    </message>
    <message>
        <source>job %1 was still running after %2 polls; its status is at %3</source>
        <translation>Job %1 lief nach %2 Abfragen noch; sein Status ist unter %3 abrufbar</translation>
    </message>
    <message>
        <source>job %1 could not be followed (%2); its status is at %3</source>
        <translation>Job %1 konnte nicht verfolgt werden (%2); sein Status ist unter %3 abrufbar</translation>
    </message>
    <message>
        <source>the manifest lists no services</source>
        <translation>das Manifest nennt keine Dienste</translation>
    </message>
    <message>
        <source>the price list has no models</source>
        <translation>die Preisliste enthält keine Modelle</translation>
    </message>
    <message>
        <source>it describes another tool</source>
        <translation>sie beschreibt ein anderes Werkzeug</translation>
    </message>
    <message>
        <source>it has neither an input schema nor a description</source>
        <translation>sie hat weder ein Eingabeschema noch eine Beschreibung</translation>
    </message>
    <message>
        <source>it estimates another tool</source>
        <translation>sie schätzt ein anderes Werkzeug</translation>
    </message>
    <message>
        <source>the estimate states no price in sats</source>
        <translation>die Schätzung nennt keinen Preis in sat</translation>
    </message>
    <message>
        <source>The tool market&apos;s answer cannot be used: %1</source>
        <translation>Die Antwort des Werkzeugmarkts ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <source>Tools</source>
        <extracomment>Tools page heading.</extracomment>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Reading the tool catalogue</source>
        <extracomment>Accessible name of the indicator while the tool catalogue is read.</extracomment>
        <translation>Werkzeugkatalog wird gelesen</translation>
    </message>
    <message>
        <source>No tool market yet</source>
        <extracomment>The profile has no tool market set up.</extracomment>
        <translation>Noch kein Werkzeugmarkt</translation>
    </message>
    <message>
        <source>Choose a tool on the left to see what it needs and costs.</source>
        <extracomment>Tools page: what to do before a tool is chosen.</extracomment>
        <translation>Wählen Sie links ein Werkzeug, um zu sehen, was es braucht und kostet.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <extracomment>Tools page section: the profile&apos;s recent tool runs.
----------
Accessible name of the list of recent tool runs.</extracomment>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <extracomment>Tools page: no tool was run in this profile yet.</extracomment>
        <translation>Noch keine Ausführungen.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The wallet is on %1, but Lightwork is set up for %2.</source>
        <translation>Die Wallet ist im Netzwerk %1, aber Lightwork ist für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>These credentials can receive but not pay. Connect with a key that may send payments (an admin key, the full-access password, or a connection with pay permission).</source>
        <translation>Mit diesen Zugangsdaten kann empfangen, aber nicht bezahlt werden. Verbinden Sie sich mit einem Schlüssel, der Zahlungen senden darf (einem Admin-Schlüssel, dem Passwort mit vollem Zugriff oder einer Verbindung mit Zahlungsberechtigung).</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WalletConnectForm</name>
    <message>
        <source>phoenixd</source>
        <extracomment>Wallet kind (a product name).</extracomment>
        <translation>phoenixd</translation>
    </message>
    <message>
        <source>LND</source>
        <extracomment>Wallet kind: Lightning Network Daemon (a product name).</extracomment>
        <translation>LND</translation>
    </message>
    <message>
        <source>Core Lightning</source>
        <extracomment>Wallet kind (a product name).</extracomment>
        <translation>Core Lightning</translation>
    </message>
    <message>
        <source>LNbits</source>
        <extracomment>Wallet kind (a product name).</extracomment>
        <translation>LNbits</translation>
    </message>
    <message>
        <source>Nostr Wallet Connect</source>
        <extracomment>Wallet kind: Nostr Wallet Connect (NIP-47).</extracomment>
        <translation>Nostr Wallet Connect</translation>
    </message>
    <message>
        <source>Phone (QR)</source>
        <extracomment>Wallet kind: a wallet app on a phone, paid by scanning QR codes.</extracomment>
        <translation>Telefon (QR)</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Connect a wallet: which kind of wallet.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Connect a wallet: the wallet&apos;s API address.</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>https://… or http://localhost:9740</source>
        <extracomment>Placeholder of the wallet address field.</extracomment>
        <translation>https://… oder http://localhost:9740</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <extracomment>Connect a wallet: a TLS certificate file to trust (for a self-signed node).</extracomment>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Path to tls.cert (optional)</source>
        <extracomment>Placeholder of the certificate field: a file path such as ~/.lnd/tls.cert.</extracomment>
        <translation>Pfad zu tls.cert (optional)</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Connect a wallet: the Bitcoin network the wallet must be on.</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <extracomment>Network name.</extracomment>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Testnet</source>
        <extracomment>Network name.</extracomment>
        <translation>Testnet</translation>
    </message>
    <message>
        <source>Signet</source>
        <extracomment>Network name.</extracomment>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Regtest</source>
        <extracomment>Network name.</extracomment>
        <translation>Regtest</translation>
    </message>
    <message>
        <source>Receive only (an invoice key or limited password)</source>
        <extracomment>Connect a wallet: accept credentials that can only receive.</extracomment>
        <translation>Nur empfangen (ein Rechnungsschlüssel oder eingeschränktes Passwort)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Connect a wallet: check the fields against the wallet (nothing is stored).</extracomment>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connected: %1, “%2”, balance %3.</source>
        <extracomment>Connect a wallet, after a passing test; %1 network, %2 the node&apos;s alias, %3 its balance.</extracomment>
        <translation>Verbunden: %1, „%2“, Guthaben %3.</translation>
    </message>
    <message>
        <source>The connection test failed (%1).</source>
        <extracomment>Connect a wallet: a failed test without a reason; %1 is a code such as &quot;no_keychain&quot;.</extracomment>
        <translation>Der Verbindungstest ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Name, e.g. My node</source>
        <extracomment>Connect a wallet: the user&apos;s name for the connection.</extracomment>
        <translation>Name, z. B. Mein Knoten</translation>
    </message>
    <message>
        <source>Name of the connection</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Make default</source>
        <extracomment>Connect a wallet: pay from the new connection from now on.</extracomment>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Connect a wallet: store the tested connection.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save is possible after a passing test with these exact fields.</source>
        <extracomment>Connect a wallet: why Save is not available yet.</extracomment>
        <translation>Speichern ist erst nach einem erfolgreichen Test mit genau diesen Angaben möglich.</translation>
    </message>
</context>
<context>
    <name>WalletDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>What a screen reader says for a wallet connection: name, kind, network.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Appended to a wallet&apos;s accessible name when payments go through it.
----------
Chip on the wallet that pays (the profile&apos;s default).</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>receive only</source>
        <extracomment>Chip on a wallet connected to receive only.</extracomment>
        <translation>nur empfangen</translation>
    </message>
    <message>
        <source>Make default</source>
        <extracomment>Wallet list: pay from this wallet from now on.</extracomment>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Make %1 the default wallet</source>
        <extracomment>Accessible name of Make default; %1 is the wallet&apos;s name.</extracomment>
        <translation>%1 als Standard-Wallet festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Wallet list: remove this connection (asks first).</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>Accessible name of Remove; %1 is the wallet&apos;s name.</extracomment>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <extracomment>Wallet page heading.</extracomment>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Pay an invoice…</source>
        <extracomment>Wallet page: open the Pay dialog to paste an invoice or address.</extracomment>
        <translation>Rechnung bezahlen …</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>Wallet page section: the profile&apos;s wallet connections.</extracomment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>No wallet is connected to this profile yet. Connect one below, or pay with a phone from the Pay dialog.</source>
        <extracomment>Wallet page, before any wallet is connected.</extracomment>
        <translation>Mit diesem Profil ist noch keine Wallet verbunden. Verbinden Sie unten eine, oder bezahlen Sie im Bezahldialog mit einem Telefon.</translation>
    </message>
    <message>
        <source>Connect a wallet</source>
        <extracomment>Wallet page section: the form that adds a wallet connection.</extracomment>
        <translation>Wallet verbinden</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <extracomment>Wallet page section: the payments the app made or tried, newest first.</extracomment>
        <translation>Letzte Zahlungen</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <extracomment>Wallet page, when the app has made no payment yet.</extracomment>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>Remove this wallet?</source>
        <extracomment>Title of the dialog that confirms removing a wallet connection.</extracomment>
        <translation>Diese Wallet entfernen?</translation>
    </message>
    <message>
        <source>“%1” is removed from this profile and its secret deleted from the keychain. The wallet itself and its money are not touched.</source>
        <extracomment>Body of the remove dialog; %1 is the connection&apos;s name.</extracomment>
        <translation>Die Verbindung „%1“ wird aus diesem Profil entfernt und ihr Geheimnis aus dem Schlüsselbund gelöscht. Die Wallet selbst und ihr Geld bleiben unberührt.</translation>
    </message>
    <message>
        <source>Balance</source>
        <extracomment>Wallet page section: what the wallet holds.</extracomment>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <extracomment>Accessible name of the Wallet page&apos;s balance; %1 is e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <extracomment>Accessible name of the indicator while the balance is read.</extracomment>
        <translation>Guthaben wird gelesen</translation>
    </message>
    <message>
        <source>Wallet whose balance is shown</source>
        <extracomment>Accessible name of the box that picks whose balance is shown.</extracomment>
        <translation>Wallet, deren Guthaben angezeigt wird</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Wallet page: ask the wallet for its balance again.</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <extracomment>Wallet page, under the balance; %1 a wallet&apos;s name, %2 e.g. &quot;5 min ago&quot;.</extracomment>
        <translation>%1, aktualisiert %2</translation>
    </message>
</context>
<context>
    <name>WalletRegistry</name>
    <message>
        <source>phoenixd http-password</source>
        <translation>phoenixd http-password</translation>
    </message>
    <message>
        <source>LND macaroon (hex)</source>
        <translation>LND-Macaroon (hex)</translation>
    </message>
    <message>
        <source>Core Lightning rune</source>
        <translation>Core-Lightning-Rune</translation>
    </message>
    <message>
        <source>LNbits admin key</source>
        <translation>LNbits-Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Nostr Wallet Connect URI</source>
        <translation>Nostr-Wallet-Connect-URI</translation>
    </message>
    <message>
        <source>Unknown wallet kind &quot;%1&quot; (phoenixd, lnd, cln, lnbits, nwc or qr).</source>
        <translation>Unbekannte Wallet-Art „%1“ (phoenixd, lnd, cln, lnbits, nwc oder qr).</translation>
    </message>
    <message>
        <source>The wallet&apos;s address needs https:// (http:// only on this computer).</source>
        <translation>Die Adresse der Wallet braucht https:// (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>A %1 connection takes no address.</source>
        <translation>Eine %1-Verbindung hat keine Adresse.</translation>
    </message>
    <message>
        <source>A %1 connection takes no certificate.</source>
        <translation>Eine %1-Verbindung hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate file is not one PEM certificate (LND: tls.cert).</source>
        <translation>Die Zertifikatsdatei ist nicht genau ein PEM-Zertifikat (LND: tls.cert).</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Wallets of kind &quot;%1&quot; are not supported.</source>
        <translation>Wallets der Art „%1“ werden nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Your worker</source>
        <extracomment>Heading of the worker panel before the profile is read</extracomment>
        <translation>Ihr Auftragnehmer</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <extracomment>The registered ProofLayer worker id</extracomment>
        <translation>Auftragnehmer %1</translation>
    </message>
    <message>
        <source>Paid at %1</source>
        <extracomment>Where ProofLayer pays this worker</extracomment>
        <translation>Zahlungen an %1</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Label before the worker&apos;s reputation score</extracomment>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>not read yet</source>
        <extracomment>No reputation score was read yet</extracomment>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Reputation %1 of 10</source>
        <extracomment>Accessible name of the reputation bar (score out of 10)</extracomment>
        <translation>Reputation %1 von 10</translation>
    </message>
    <message>
        <source>Earned %1</source>
        <extracomment>The worker&apos;s total ProofLayer earnings, e.g. &quot;Earned 140 sat&quot;</extracomment>
        <translation>Einnahmen: %1</translation>
    </message>
    <message>
        <source>Payouts</source>
        <extracomment>Heading of the payout list
----------
Accessible name of the payout list</extracomment>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>No payouts yet. They appear here once a result is released.</source>
        <extracomment>The worker has no payouts yet</extracomment>
        <translation>Noch keine Auszahlungen. Sie erscheinen hier, sobald ein Ergebnis freigegeben ist.</translation>
    </message>
</context>
<context>
    <name>lw::AutoTopUpForm</name>
    <message>
        <source>A top-up needs more than 0 sat.</source>
        <translation>Eine Aufladung muss mehr als 0 sat betragen.</translation>
    </message>
    <message>
        <source>Cannot be above the per-payment cap (%L1 sat): the wallet would refuse it.</source>
        <translation>Darf nicht über dem Höchstbetrag pro Zahlung (%L1 sat) liegen: Die Wallet würde sie ablehnen.</translation>
    </message>
    <message>
        <source>Cannot be above the daily spending cap (%L1 sat).</source>
        <translation>Darf nicht über dem täglichen Ausgabenlimit (%L1 sat) liegen.</translation>
    </message>
    <message>
        <source>Must allow at least one top-up (%L1 sat).</source>
        <translation>Muss mindestens eine Aufladung erlauben (%L1 sat).</translation>
    </message>
</context>
<context>
    <name>lw::AutoTopUpRunner</name>
    <message>
        <source>Automatic top-up: %1</source>
        <translation>Automatische Aufladung: %1</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 did not happen: %2</source>
        <translation>Automatische Aufladung von %1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Automatically topped up %1 sat to %2 at %3.</source>
        <extracomment>Wallet page status line; %1 is an amount in sats, %2 an account, %3 a time.</extracomment>
        <translation>Um %3 automatisch %1 sat auf %2 aufgeladen.</translation>
    </message>
    <message>
        <source>Automatic top-up is on: %1 holds %2 sat (checked at %3).</source>
        <extracomment>Wallet page status line; %1 is an account, %2 its balance in sats, %3 a time.</extracomment>
        <translation>Automatische Aufladung ist aktiv: %1 hat %2 sat (geprüft um %3).</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 paused: today&apos;s cap is reached (%2 sat so far).</source>
        <extracomment>Wallet page status line; %1 is an account, %2 the sats topped up today.</extracomment>
        <translation>Automatische Aufladung von %1 pausiert: Das Tageslimit ist erreicht (bisher %2 sat).</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 waits: an earlier top-up is not settled yet.</source>
        <extracomment>Wallet page status line; %1 is an account.</extracomment>
        <translation>Automatische Aufladung von %1 wartet: Eine frühere Aufladung ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 waits: the last top-up failed a short while ago.</source>
        <extracomment>Wallet page status line; %1 is an account.</extracomment>
        <translation>Automatische Aufladung von %1 wartet: Die letzte Aufladung ist vor Kurzem fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>lw::DeliveryController</name>
    <message>
        <source>This task is not in the current profile&apos;s 402ai account.</source>
        <extracomment>Delivery panel: the task is not one of the current profile&apos;s 402ai accounts.</extracomment>
        <translation>Diese Aufgabe gehört nicht zum 402ai-Konto des aktuellen Profils.</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <extracomment>Delivery panel: the app&apos;s session ended while the market was being asked.</extracomment>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The market did not send this file&apos;s content.</source>
        <extracomment>Delivery panel: the market did not send this file, so it cannot be saved.</extracomment>
        <translation>Der Markt hat den Inhalt dieser Datei nicht gesendet.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer to save into.</source>
        <extracomment>Delivery panel: Save as was given something that is not a place on this computer.</extracomment>
        <translation>Wählen Sie einen Ordner auf diesem Computer zum Speichern.</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <extracomment>Delivery panel: saving failed; %1 is why.</extracomment>
        <translation>Die Datei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Its SHA-256 matches the delivery.</source>
        <extracomment>Delivery panel: saved, and the written file hashes as the market&apos;s copy; %1 path.</extracomment>
        <translation>Gespeichert als %1. Der SHA-256 stimmt mit der Lieferung überein.</translation>
    </message>
    <message>
        <source>Saved as %1, but its SHA-256 differs from the delivery: the file on disk is not what the market sent.</source>
        <extracomment>Delivery panel: saved, but what is on disk differs from what the market sent.</extracomment>
        <translation>Gespeichert als %1, aber der SHA-256 weicht von der Lieferung ab: Die Datei auf dem Datenträger ist nicht das, was der Markt gesendet hat.</translation>
    </message>
</context>
<context>
    <name>lw::DeliveryUpload</name>
    <message>
        <source>%1 of %2 sent</source>
        <extracomment>Delivery upload: bytes sent so far of the whole request, e.g. &quot;120 KB of 1.2 MB sent&quot;.</extracomment>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>At most %1</source>
        <extracomment>Delivery upload: the largest file the market takes, e.g. &quot;At most 3 MB&quot;.</extracomment>
        <translation>Höchstens %1</translation>
    </message>
    <message>
        <source>Only a file on this computer can be delivered.</source>
        <extracomment>Delivery upload: something that is not a file on this computer was dropped.</extracomment>
        <translation>Nur eine Datei auf diesem Computer kann geliefert werden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <extracomment>Delivery upload: the picked file is gone; %1 is its name.</extracomment>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file. Pick one file to deliver.</source>
        <extracomment>Delivery upload: a folder or device was picked; %1 is its name.</extracomment>
        <translation>%1 ist keine Datei. Wählen Sie eine Datei zum Liefern.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <extracomment>Delivery upload: the picked file has nothing in it; %1 is its name.</extracomment>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2; the market takes files of at most %3.</source>
        <extracomment>Delivery upload: the file is over the market&apos;s limit; %1 name, %2 its size, %3 the limit.</extracomment>
        <translation>%1 ist %2 groß; der Markt nimmt Dateien von höchstens %3 an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>Delivery upload: no permission to read the file; %1 is its name.</extracomment>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Delivered %1. The buyer can now confirm it.</source>
        <extracomment>Delivery upload: the market took the file; %1 is its name.</extracomment>
        <translation>%1 geliefert. Der Auftraggeber kann die Lieferung jetzt bestätigen.</translation>
    </message>
    <message>
        <source>The delivery did not go through: %1</source>
        <extracomment>Delivery upload: the upload failed; %1 is why. The file and notes are kept.</extracomment>
        <translation>Die Lieferung ist nicht durchgegangen: %1</translation>
    </message>
    <message>
        <source>The delivery was stopped.</source>
        <extracomment>Delivery upload: the upload ended before it was sent or because the app closed.</extracomment>
        <translation>Die Lieferung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The upload was stopped after the whole file had been sent: the market may have taken it. Checking the task…</source>
        <extracomment>Delivery upload: stopped after the whole file had been sent. The market may have taken it, so the task is read again.</extracomment>
        <translation>Der Upload wurde angehalten, nachdem die ganze Datei gesendet war: Der Marktplatz hat sie eventuell angenommen. Die Aufgabe wird geprüft …</translation>
    </message>
    <message>
        <source>The upload was stopped. Checking whether the market got it…</source>
        <translation>Der Upload wurde angehalten. Es wird geprüft, ob der Marktplatz ihn erhalten hat …</translation>
    </message>
    <message>
        <source>The market has the delivery after all. The buyer can now confirm it.</source>
        <extracomment>Delivery upload: the upload was stopped or failed, but reading the task again shows the market has the delivery.</extracomment>
        <translation>Der Marktplatz hat die Lieferung doch erhalten. Der Käufer kann sie jetzt bestätigen.</translation>
    </message>
    <message>
        <source>The market did not get the delivery. The file and notes are kept: Deliver sends them again.</source>
        <extracomment>Delivery upload: after a stop, the task shows no delivery. Deliver sends the same file and notes again.</extracomment>
        <translation>Der Marktplatz hat die Lieferung nicht erhalten. Datei und Notizen bleiben erhalten: „Liefern“ sendet sie erneut.</translation>
    </message>
</context>
<context>
    <name>lw::EarningsController</name>
    <message>
        <source>The balance of %1 could not be read: %2</source>
        <extracomment>Earnings: a market balance could not be read; %1 names the account, %2 says why.</extracomment>
        <translation>Das Guthaben von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Earnings: an amount of sats, e.g. &quot;370 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>%1: %2 sat</source>
        <extracomment>Earnings: one account&apos;s balance, e.g. &quot;ai: 370 sat&quot;; &quot;?&quot; while unknown.</extracomment>
        <translation>%1: %2 sat</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <extracomment>Earnings: the wallet makes an invoice and the market pays it.</extracomment>
        <translation>Wird übertragen …</translation>
    </message>
    <message>
        <source>Collected %1 sat into your wallet.</source>
        <extracomment>Earnings: the market paid the invoice; %1 is the amount, e.g. &quot;370&quot;.</extracomment>
        <translation>%1 sat in Ihre Wallet übertragen.</translation>
    </message>
    <message>
        <source>%1 sat are on their way: the payment is not proven yet. Check again once your wallet shows it.</source>
        <extracomment>Earnings: the market may have paid but gave no proof yet; nothing is lost.</extracomment>
        <translation>%1 sat sind unterwegs: Die Zahlung ist noch nicht nachgewiesen. Prüfen Sie erneut, sobald Ihre Wallet sie anzeigt.</translation>
    </message>
    <message>
        <source>Collect failed: %1</source>
        <extracomment>Earnings: collecting failed; %1 says why.</extracomment>
        <translation>Übertragen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <extracomment>Earnings: CSV export only writes to a file on this computer.</extracomment>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>Earnings: the CSV file could not be written; %1 is the system&apos;s reason.</extracomment>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Rows exported: %1. File: %2</source>
        <extracomment>Earnings: CSV export finished; %1 is how many rows, %2 the file&apos;s name.</extracomment>
        <translation>Exportierte Zeilen: %1. Datei: %2</translation>
    </message>
</context>
<context>
    <name>lw::FeedAlerts</name>
    <message>
        <source>%L1 sat</source>
        <extracomment>A task&apos;s budget in a notification; %L1 is a whole number of satoshis.</extracomment>
        <translation>%L1 sat</translation>
    </message>
    <message>
        <source>New task for “%1”</source>
        <extracomment>Notification title: a new task matches the saved search named %1.</extracomment>
        <translation>Neue Aufgabe für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Ends a list of task titles in a notification; %n is how many more there are.</extracomment>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tasks match your saved searches</source>
        <extracomment>Notification title: %n new tasks match the user&apos;s saved searches.</extracomment>
        <translation>
            <numerusform>%n neue Aufgabe passt zu Ihren gespeicherten Suchen</numerusform>
            <numerusform>%n neue Aufgaben passen zu Ihren gespeicherten Suchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lw::FeedSync</name>
    <message>
        <source>AI for Hire</source>
        <extracomment>The 402ai task market, as the feed names it</extracomment>
        <translation>AI for Hire</translation>
    </message>
    <message>
        <source>ProofLayer</source>
        <extracomment>The ProofLayer task market (a product name)</extracomment>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>The market accounts could not be read: %1</source>
        <translation>Die Marktkonten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Two ProofLayer accounts share a name.</source>
        <translation>Zwei ProofLayer-Konten haben denselben Namen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached, so the list shows what was saved on this device. %2</source>
        <extracomment>%1 is a market, %2 why it could not be reached</extracomment>
        <translation>%1 ist nicht erreichbar, daher zeigt die Liste, was auf diesem Gerät gespeichert ist. %2</translation>
    </message>
    <message>
        <source>%1 did not accept this account. %2</source>
        <translation>%1 hat dieses Konto nicht akzeptiert. %2</translation>
    </message>
    <message>
        <source>%1 could not be updated. %2</source>
        <translation>%1 konnte nicht aktualisiert werden. %2</translation>
    </message>
    <message>
        <source>The feed stopped syncing.</source>
        <translation>Die Aufgabenliste wird nicht mehr synchronisiert.</translation>
    </message>
</context>
<context>
    <name>lw::KeychainStatus</name>
    <message>
        <source>No keychain is running. Lightwork keeps tokens, wallet passwords and keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC). Start one and retry, or keep secrets in memory for this session only.</source>
        <translation>Es läuft kein Schlüsselbund. Lightwork bewahrt Tokens, Wallet-Passwörter und Schlüssel nur im Schlüsselbund des Systems auf (GNOME Keyring, KWallet oder KeePassXC). Starten Sie einen und versuchen Sie es erneut, oder behalten Sie die Geheimnisse nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The keychain is locked and the request to unlock it was refused. Unlock it and retry, or keep secrets in memory for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt und die Anfrage zum Entsperren wurde abgelehnt. Entsperren Sie ihn und versuchen Sie es erneut, oder behalten Sie die Geheimnisse nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The keychain could not keep a test entry (%1). Retry, or keep secrets in memory for this session only.</source>
        <translation>Der Schlüsselbund konnte keinen Testeintrag speichern (%1). Versuchen Sie es erneut, oder behalten Sie die Geheimnisse nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: tokens and passwords are gone when Lightwork quits.</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: Tokens und Passwörter sind weg, sobald Lightwork beendet wird.</translation>
    </message>
</context>
<context>
    <name>lw::LedgerModel</name>
    <message>
        <source>The ledger could not be read: %1</source>
        <extracomment>Earnings: the local ledger could not be read; %1 says why.</extracomment>
        <translation>Die Buchungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Earnings: an amount of sats, e.g. &quot;370 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Every kind</source>
        <extracomment>Earnings: the kind filter&apos;s choice that shows every kind of movement.</extracomment>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Every market</source>
        <extracomment>Earnings: the market filter&apos;s choice that shows every market.</extracomment>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Task posting fee</source>
        <extracomment>Ledger kind: the fee for posting a task.</extracomment>
        <translation>Einstellgebühr</translation>
    </message>
    <message>
        <source>Quote fee</source>
        <extracomment>Ledger kind: the fee for sending a quote.</extracomment>
        <translation>Angebotsgebühr</translation>
    </message>
    <message>
        <source>Escrow locked</source>
        <extracomment>Ledger kind: a quote&apos;s price moved into escrow when it was accepted.</extracomment>
        <translation>In Treuhand hinterlegt</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <extracomment>Ledger kind: escrow paid out to the worker when the buyer confirmed.</extracomment>
        <translation>Treuhand freigegeben</translation>
    </message>
    <message>
        <source>Earnings collected</source>
        <extracomment>Ledger kind: earnings moved from a market balance into the user&apos;s wallet.</extracomment>
        <translation>Einnahmen übertragen</translation>
    </message>
    <message>
        <source>Top-up</source>
        <extracomment>Ledger kind: sats paid into a market balance.</extracomment>
        <translation>Aufladung</translation>
    </message>
    <message>
        <source>Paid call</source>
        <extracomment>Ledger kind: a paid call to a service (L402).</extracomment>
        <translation>Bezahlter Aufruf</translation>
    </message>
    <message>
        <source>Routing fee</source>
        <extracomment>Ledger kind: the Lightning network&apos;s fee for routing a payment.</extracomment>
        <translation>Routing-Gebühr</translation>
    </message>
    <message>
        <source>Refund</source>
        <extracomment>Ledger kind: sats given back.</extracomment>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Ledger kind: a market paid the user out.</extracomment>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Payment</source>
        <extracomment>Ledger kind: an invoice the user paid from the Pay dialog.</extracomment>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Ledger: the sats moved through the user&apos;s own wallet.</extracomment>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Market balance</source>
        <extracomment>Ledger: the sats moved within a market account&apos;s balance.</extracomment>
        <translation>Marktguthaben</translation>
    </message>
    <message>
        <source>Escrow</source>
        <extracomment>Ledger: the sats moved within a market&apos;s escrow.</extracomment>
        <translation>Treuhand</translation>
    </message>
    <message>
        <source>+%1 sat</source>
        <extracomment>Ledger: sats that came in, e.g. &quot;+370 sat&quot;.</extracomment>
        <translation>+%1 sat</translation>
    </message>
    <message>
        <source>−%1 sat</source>
        <extracomment>Ledger: sats that went out, e.g. &quot;−10 sat&quot; (a real minus sign).</extracomment>
        <translation>−%1 sat</translation>
    </message>
</context>
<context>
    <name>lw::Onboarding</name>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <extracomment>First-run connect flow, before the data folder is open.</extracomment>
        <translation>Lightwork öffnet noch seinen Datenordner.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>First-run connect flow, one added account; %1 its name, %2 the market&apos;s host.</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Give the profile a name of at most %1 characters.</source>
        <extracomment>First-run connect flow: the profile name field.</extracomment>
        <translation>Geben Sie dem Profil einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s X-Token, or create a new account.</source>
        <extracomment>First-run connect flow: &quot;Add&quot; for 402ai without a pasted token.</extracomment>
        <translation>Fügen Sie das X-Token des Kontos ein, oder erstellen Sie ein neues Konto.</translation>
    </message>
    <message>
        <source>The market did not answer as expected: %1</source>
        <extracomment>First-run connect flow: the market did not answer the test request.</extracomment>
        <translation>Der Markt hat nicht wie erwartet geantwortet: %1</translation>
    </message>
    <message>
        <source>Top up between %1 and %2 sat.</source>
        <extracomment>First-run connect flow: the first top-up&apos;s amount.</extracomment>
        <translation>Laden Sie zwischen %1 und %2 sat auf.</translation>
    </message>
    <message>
        <source>The payment&apos;s proof (preimage) is missing or unreadable.</source>
        <extracomment>First-run connect flow: the Pay dialog gave no proof of payment.</extracomment>
        <translation>Der Zahlungsnachweis (Preimage) fehlt oder ist unlesbar.</translation>
    </message>
    <message>
        <source>Paid, but the market has not credited the top-up yet: %1 Try again.</source>
        <translation>Bezahlt, aber der Markt hat die Aufladung noch nicht gutgeschrieben: %1 Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Add at least one market account first.</source>
        <extracomment>First-run connect flow: Finish before any market account was added.</extracomment>
        <translation>Fügen Sie zuerst mindestens ein Marktkonto hinzu.</translation>
    </message>
</context>
<context>
    <name>lw::PayFlow</name>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount of money; %1 is a number of satoshis such as 1500 or 0.5.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>This is not an invoice, lightning: link, LNURL or Lightning Address: %1</source>
        <extracomment>The Pay dialog; %1 says what is wrong with the pasted text.</extracomment>
        <translation>Das ist keine Rechnung, kein lightning:-Link, keine LNURL und keine Lightning-Adresse: %1</translation>
    </message>
    <message>
        <source>This LNURL does not ask for a payment.</source>
        <translation>Diese LNURL fordert keine Zahlung an.</translation>
    </message>
    <message>
        <source>This is an on-chain address; Lightwork pays over Lightning only.</source>
        <translation>Das ist eine On-Chain-Adresse; Lightwork zahlt nur über Lightning.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <translation>Lightwork öffnet noch seinen Datenordner.</translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>Es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <source>The invoice cannot be read: %1</source>
        <extracomment>The Pay dialog; %1 says what is wrong with the invoice.</extracomment>
        <translation>Die Rechnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This profile has no wallet yet: connect one, or pay with a phone.</source>
        <translation>Dieses Profil hat noch keine Wallet: Verbinden Sie eine, oder bezahlen Sie mit einem Telefon.</translation>
    </message>
    <message>
        <source>No QR code is waiting for a preimage.</source>
        <translation>Kein QR-Code wartet auf ein Preimage.</translation>
    </message>
    <message>
        <source>That preimage belongs to another invoice.</source>
        <extracomment>The Pay dialog, when the pasted preimage does not prove this invoice was paid.</extracomment>
        <translation>Dieses Preimage gehört zu einer anderen Rechnung.</translation>
    </message>
    <message>
        <source>That is not the preimage of this invoice: %1</source>
        <translation>Das ist nicht das Preimage dieser Rechnung: %1</translation>
    </message>
    <message>
        <source>Paid %1 (routing fee %2).</source>
        <extracomment>The Pay dialog after a payment; %1 the amount, %2 the routing fee.</extracomment>
        <translation>%1 bezahlt (Routing-Gebühr %2).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Die Zahlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <extracomment>The Bitcoin main chain, as the Pay dialog names an invoice&apos;s network.</extracomment>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Testnet</source>
        <translation>Testnet</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Regtest</source>
        <extracomment>A local test chain (the sandbox&apos;s).</extracomment>
        <translation>Regtest</translation>
    </message>
    <message>
        <source>Simnet</source>
        <translation>Simnet</translation>
    </message>
    <message>
        <source>at most %1 in routing fees</source>
        <extracomment>The Pay dialog; %1 is an amount such as &quot;10 sat&quot;.</extracomment>
        <translation>höchstens %1 Routing-Gebühren</translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2 sat.</source>
        <extracomment>The Pay dialog for an LNURL or Lightning Address; %1 and %2 are sats.</extracomment>
        <translation>Geben Sie einen Betrag zwischen %1 und %2 sat ein.</translation>
    </message>
    <message>
        <source>The fee limit must be between 0 and %1 sat.</source>
        <extracomment>The Pay dialog&apos;s fee limit field; %1 is the highest limit in sats.</extracomment>
        <translation>Das Gebührenlimit muss zwischen 0 und %1 sat liegen.</translation>
    </message>
    <message>
        <source>at most %1 in all</source>
        <extracomment>The Pay dialog: the most the payment can cost; %1 is e.g. &quot;1510 sat&quot;.</extracomment>
        <translation>insgesamt höchstens %1</translation>
    </message>
</context>
<context>
    <name>lw::PaymentQuestion</name>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount of money; %1 is a number of satoshis such as 1500 or 0.5.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>at most %1 in routing fees</source>
        <extracomment>The most a payment&apos;s routing may cost; %1 is an amount such as &quot;10 sat&quot;.</extracomment>
        <translation>höchstens %1 Routing-Gebühren</translation>
    </message>
</context>
<context>
    <name>lw::PostTaskForm</name>
    <message>
        <source>Ask the question the worker answers.</source>
        <extracomment>Post a task (ProofLayer): the question field is empty.</extracomment>
        <translation>Stellen Sie die Frage, die der Auftragnehmer beantwortet.</translation>
    </message>
    <message>
        <source>The balance (%1 sat) does not cover the %2 sat fee: pay from the wallet, or top up first.</source>
        <extracomment>Post a task: the 402ai balance is below the posting fee; %1 the balance, %2 the fee.</extracomment>
        <translation>Das Guthaben (%1 sat) deckt die Gebühr von %2 sat nicht: Zahlen Sie aus der Wallet, oder laden Sie zuerst auf.</translation>
    </message>
    <message>
        <source>Posting pays the budget by Lightning.</source>
        <extracomment>Post a task (ProofLayer): what posting costs, before a budget is entered.</extracomment>
        <translation>Beim Einstellen wird das Budget per Lightning bezahlt.</translation>
    </message>
    <message>
        <source>Posting pays the budget, %1 sat, by Lightning; 70 % of it goes to the worker.</source>
        <extracomment>Post a task (ProofLayer): posting pays the whole budget; %1 is it in sats.</extracomment>
        <translation>Beim Einstellen wird das Budget von %1 sat per Lightning bezahlt; 70 % davon erhält der Auftragnehmer.</translation>
    </message>
    <message>
        <source>Posting costs %1 sat. The budget is paid later, into escrow, when you accept a quote.</source>
        <extracomment>Post a task (402ai): the posting fee, before paying; %1 is the fee in sats.</extracomment>
        <translation>Das Einstellen kostet %1 sat. Das Budget wird später in Treuhand bezahlt, wenn Sie ein Angebot annehmen.</translation>
    </message>
    <message>
        <source>ProofLayer is paid from your wallet.</source>
        <extracomment>Post a task (ProofLayer): how it is paid.</extracomment>
        <translation>ProofLayer wird aus Ihrer Wallet bezahlt.</translation>
    </message>
    <message>
        <source>The fee comes from your 402ai balance.</source>
        <extracomment>Post a task (402ai): the fee comes from the account&apos;s balance at the market.</extracomment>
        <translation>Die Gebühr wird von Ihrem 402ai-Guthaben abgebucht.</translation>
    </message>
    <message>
        <source>402ai takes the fee from the balance while it covers it; otherwise your wallet pays it by Lightning.</source>
        <extracomment>Post a task (402ai): paying from the wallet; 402ai uses the balance while it covers the fee.</extracomment>
        <translation>402ai bucht die Gebühr vom Guthaben ab, solange es reicht; sonst bezahlt Ihre Wallet sie per Lightning.</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Post a task: the 402ai balance, e.g. &quot;4950 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Paying and posting…</source>
        <extracomment>Post a task: paying the fee and posting.</extracomment>
        <translation>Wird bezahlt und eingestellt …</translation>
    </message>
    <message>
        <source>Posted. Your task is listed.</source>
        <extracomment>Post a task: done; the task is listed at the market.</extracomment>
        <translation>Eingestellt. Ihre Aufgabe ist gelistet.</translation>
    </message>
    <message>
        <source>The payment is not settled yet. Do not post again: it is looked up and finished automatically.</source>
        <extracomment>Post a task: a payment may have been made but is not settled; nothing is lost.</extracomment>
        <translation>Die Zahlung ist noch nicht abgeschlossen. Stellen Sie die Aufgabe nicht erneut ein: Die Zahlung wird automatisch abgefragt und abgeschlossen.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <extracomment>Post a task: posting failed; %1 says why.</extracomment>
        <translation>Nicht eingestellt: %1</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Default for the type</source>
        <extracomment>Post a task (ProofLayer): the task type&apos;s own trust mode (proof for verify, judge and recover; result only otherwise).</extracomment>
        <translation>Standard der Aufgabenart</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerController</name>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount in satoshis, e.g. &quot;350 sat&quot;</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>This profile cannot work on ProofLayer yet. Add one ProofLayer account to it in Settings. (%1)</source>
        <extracomment>The current profile has no ProofLayer account (or several); %1 is the reason</extracomment>
        <translation>Dieses Profil kann noch nicht auf ProofLayer arbeiten. Fügen Sie ihm in den Einstellungen ein ProofLayer-Konto hinzu. (%1)</translation>
    </message>
    <message>
        <source>Claimed “%1”. Submit your result when it is ready.</source>
        <extracomment>A ProofLayer task is now the user&apos;s to do; %1 is its title</extracomment>
        <translation>„%1“ übernommen. Senden Sie Ihr Ergebnis ab, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Accepts %1 to %2 sat per payment</source>
        <extracomment>What a Lightning Address accepts in one payment, e.g. &quot;Accepts 1 to 100,000 sat per payment&quot;</extracomment>
        <translation>Akzeptiert %1 bis %2 sat pro Zahlung</translation>
    </message>
    <message>
        <source>Pays “%1” at %2</source>
        <extracomment>Who a checked Lightning Address pays: %1 the payee&apos;s own words, %2 its domain</extracomment>
        <translation>Zahlt an „%1“ bei %2</translation>
    </message>
    <message>
        <source>Check the Lightning Address first.</source>
        <extracomment>Register was pressed before the Lightning Address was checked</extracomment>
        <translation>Prüfen Sie zuerst die Lightning-Adresse.</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>A ProofLayer reputation score as the market gives it, e.g. &quot;5.1&quot;</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <extracomment>The reputation tier when the market names none</extracomment>
        <translation>Noch keine Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s)</source>
        <extracomment>How many ProofLayer tasks the worker completed</extracomment>
        <translation>
            <numerusform>%n erledigte Aufgabe</numerusform>
            <numerusform>%n erledigte Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout bonus ×1.1 above a score of 10</source>
        <extracomment>ProofLayer&apos;s rule: above a score of 10, payouts are multiplied by 1.1</extracomment>
        <translation>Auszahlungsbonus ×1,1 bei einem Wert über 10</translation>
    </message>
    <message>
        <source>Payout multiplier ×%1</source>
        <extracomment>The multiplier the market applies to this worker&apos;s payouts, e.g. &quot;×1.1&quot;</extracomment>
        <translation>Auszahlungsfaktor ×%1</translation>
    </message>
    <message>
        <source>Claiming is free: nothing is paid. ProofLayer pays 70 % of the budget to your Lightning Address when your result is released.</source>
        <extracomment>Shown before claiming a ProofLayer task: the market charges workers nothing</extracomment>
        <translation>Das Übernehmen ist kostenlos: Es wird nichts bezahlt. ProofLayer zahlt 70 % des Budgets an Ihre Lightning-Adresse, sobald Ihr Ergebnis freigegeben ist.</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerFeedModel</name>
    <message>
        <source>Untitled task</source>
        <extracomment>A ProofLayer task whose title the market left empty</extracomment>
        <translation>Aufgabe ohne Titel</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount in satoshis, e.g. &quot;500 sat&quot;</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>%1 sat to you</source>
        <extracomment>What a worker is paid of a task&apos;s budget (ProofLayer pays 70 %), e.g. &quot;350 sat to you&quot;</extracomment>
        <translation>%1 sat für Sie</translation>
    </message>
    <message>
        <source>No deadline</source>
        <extracomment>ProofLayer tasks have no deadline: the first worker to claim one does it</extracomment>
        <translation>Keine Frist</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerPayoutModel</name>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount in satoshis, e.g. &quot;350 sat&quot;</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>A ProofLayer payout reached the worker&apos;s Lightning Address</extracomment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>A ProofLayer payout is on its way (not failed)</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A ProofLayer payout could not be paid; the market may pay it again</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>A payout status the app does not know, followed by the market&apos;s own word</extracomment>
        <translation>Sonstiges (%1)</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerSubmitForm</name>
    <message>
        <source>This task needs a proof URL.</source>
        <extracomment>The proof URL field of a ProofLayer result is empty but the task needs one</extracomment>
        <translation>Diese Aufgabe braucht eine Nachweis-URL.</translation>
    </message>
    <message>
        <source>The proof URL must be an https:// link.</source>
        <extracomment>The proof URL field holds something other than an https:// link</extracomment>
        <translation>Die Nachweis-URL muss ein https://-Link sein.</translation>
    </message>
    <message>
        <source>Submitted. ProofLayer pays your Lightning Address once the result is released.</source>
        <extracomment>The market took a worker&apos;s result; it pays the worker&apos;s Lightning Address</extracomment>
        <translation>Abgesendet. ProofLayer zahlt an Ihre Lightning-Adresse, sobald das Ergebnis freigegeben ist.</translation>
    </message>
</context>
<context>
    <name>lw::QuoteInbox</name>
    <message>
        <source>The session closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>lw::QuoteListModel</name>
    <message>
        <source>%1 sat</source>
        <extracomment>A quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
</context>
<context>
    <name>lw::QuoteThread</name>
    <message>
        <source>The session closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Your quote is now %1 sat.</source>
        <extracomment>Quotes: the worker changed their quote; %1 is the new price in sats.</extracomment>
        <translation>Ihr Angebot beträgt jetzt %1 sat.</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Quotes: a quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Changing your quote is free on 402ai; the buyer sees the new price at once.</source>
        <extracomment>Quotes: changing a quote&apos;s price on 402ai costs nothing (sending a quote costs a fee).</extracomment>
        <translation>Das Ändern Ihres Angebots ist auf 402ai kostenlos; der Auftraggeber sieht den neuen Preis sofort.</translation>
    </message>
</context>
<context>
    <name>lw::RecentPaymentsModel</name>
    <message>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <source>Payment</source>
        <extracomment>A payment the user made from the Pay dialog without giving a reason.</extracomment>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Task posting fee</source>
        <translation>Einstellgebühr</translation>
    </message>
    <message>
        <source>Quote fee</source>
        <translation>Angebotsgebühr</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Treuhand</translation>
    </message>
    <message>
        <source>Tool: %1</source>
        <extracomment>A paid tool call; %1 is the tool&apos;s name.</extracomment>
        <translation>Werkzeug: %1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>A payment whose outcome the wallet has not confirmed yet.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Paid, finishing</source>
        <translation>Bezahlt, wird abgeschlossen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>Given up before any money moved (declined, expired, refused).</extracomment>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
</context>
<context>
    <name>lw::RecoveryStatus</name>
    <message>
        <source>Interrupted payments could not be checked: %1</source>
        <extracomment>Banner on start: the payment journal could not be read; %1 says why.</extracomment>
        <translation>Unterbrochene Zahlungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted payment(s) finished.</source>
        <extracomment>Banner on start: payments an interruption left open that are now complete.</extracomment>
        <translation>
            <numerusform>%n unterbrochene Zahlung abgeschlossen.</numerusform>
            <numerusform>%n unterbrochene Zahlungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) still pending: they are looked up again, never paid twice.</source>
        <extracomment>Banner on start: payments whose outcome the wallet does not know yet.</extracomment>
        <translation>
            <numerusform>%n Zahlung noch offen: Sie wird erneut abgefragt, nie doppelt bezahlt.</numerusform>
            <numerusform>%n Zahlungen noch offen: Sie werden erneut abgefragt, nie doppelt bezahlt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) stopped before any sats left the wallet: finish them or leave them.</source>
        <extracomment>Banner on start: payments interrupted before paying; only a click pays them.</extracomment>
        <translation>
            <numerusform>%n Zahlung wurde angehalten, bevor Sats die Wallet verlassen haben: abschließen oder liegen lassen.</numerusform>
            <numerusform>%n Zahlungen wurden angehalten, bevor Sats die Wallet verlassen haben: abschließen oder liegen lassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be finished: %1</source>
        <extracomment>Banner on start: %1 is why the first of them failed.</extracomment>
        <translation>
            <numerusform>%n konnte nicht abgeschlossen werden: %1</numerusform>
            <numerusform>%n konnten nicht abgeschlossen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 sat, %3</source>
        <extracomment>A payment waiting for the user: action, amount, when it started.</extracomment>
        <translation>%1: %2 sat, %3</translation>
    </message>
    <message>
        <source>%1 at %4: %2 sat, %3</source>
        <extracomment>A payment waiting for the user: action, market host, amount, when it started.</extracomment>
        <translation>%1 bei %4: %2 sat, %3</translation>
    </message>
</context>
<context>
    <name>lw::SatsSeries</name>
    <message>
        <source>%1 sat</source>
        <extracomment>Earnings chart: a running total of sats, e.g. &quot;270 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>No wallet movements in this selection.</source>
        <extracomment>Earnings chart, empty: the selected rows never moved sats through the wallet.</extracomment>
        <translation>Keine Wallet-Bewegungen in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Earned %1 sat in one day</source>
        <extracomment>Earnings chart summary: everything happened on one day; %1 is sats.</extracomment>
        <translation>%1 sat an einem Tag verdient</translation>
    </message>
    <message>
        <source>Earned %1 sat over %2 days</source>
        <extracomment>Earnings chart summary: %1 is an amount of sats, %2 the days it spans.</extracomment>
        <translation>%1 sat in %2 Tagen verdient</translation>
    </message>
    <message>
        <source>Spent %1 sat in one day</source>
        <extracomment>Earnings chart summary when more went out than came in, on one day.</extracomment>
        <translation>%1 sat an einem Tag ausgegeben</translation>
    </message>
    <message>
        <source>Spent %1 sat over %2 days</source>
        <extracomment>Earnings chart summary when more went out than came in.</extracomment>
        <translation>%1 sat in %2 Tagen ausgegeben</translation>
    </message>
</context>
<context>
    <name>lw::Session</name>
    <message>
        <source>The sandbox needs somewhere to keep its tokens and wallet passwords: %1</source>
        <translation>Die Sandbox braucht einen Ort für ihre Tokens und Wallet-Passwörter: %1</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <translation>Lightwork öffnet noch seinen Datenordner.</translation>
    </message>
    <message>
        <source>No sandbox was started with Lightwork (./dev run starts one).</source>
        <translation>Mit Lightwork wurde keine Sandbox gestartet (./dev run startet eine).</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Auftragnehmer</translation>
    </message>
</context>
<context>
    <name>lw::SettingsController</name>
    <message>
        <source>Enter between %L1 and %L2 seconds.</source>
        <translation>Geben Sie zwischen %L1 und %L2 Sekunden ein.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder; try again in a moment.</source>
        <translation>Lightwork öffnet noch seinen Datenordner; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The settings could not be saved: the data folder is busy.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Der Datenordner ist belegt.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: the profile no longer exists.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Das Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>lw::SpendingLimitsForm</name>
    <message>
        <source>Enter 0 or more sats.</source>
        <translation>Geben Sie 0 oder mehr sat ein.</translation>
    </message>
    <message>
        <source>Enter at most %L1 sat.</source>
        <translation>Geben Sie höchstens %L1 sat ein.</translation>
    </message>
    <message>
        <source>Cannot be above the per-payment cap (%L1 sat).</source>
        <translation>Darf nicht über dem Höchstbetrag pro Zahlung (%L1 sat) liegen.</translation>
    </message>
    <message>
        <source>Cannot be above the daily cap (%L1 sat).</source>
        <translation>Darf nicht über dem Tageslimit (%L1 sat) liegen.</translation>
    </message>
</context>
<context>
    <name>lw::StateAlerts</name>
    <message>
        <source>New quote</source>
        <extracomment>Notification title: a quote arrived on one of the user&apos;s tasks.</extracomment>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <extracomment>Notification title: a quote was accepted.</extracomment>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <extracomment>Notification title: a quote was turned down.</extracomment>
        <translation>Angebot abgelehnt</translation>
    </message>
    <message>
        <source>Quote is now “%1”</source>
        <extracomment>Notification title: a quote reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>Angebot ist jetzt „%1“</translation>
    </message>
    <message>
        <source>Payout is now “%1”</source>
        <extracomment>Notification title: a payout reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>Auszahlung ist jetzt „%1“</translation>
    </message>
    <message>
        <source>Task delivered</source>
        <extracomment>Notification title: the work on a task was delivered.</extracomment>
        <translation>Aufgabe geliefert</translation>
    </message>
    <message>
        <source>Task paid</source>
        <extracomment>Notification title: a task was paid for (or its payment collected).</extracomment>
        <translation>Aufgabe bezahlt</translation>
    </message>
    <message>
        <source>Task is now “%1”</source>
        <extracomment>Notification title: a task reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>Aufgabe ist jetzt „%1“</translation>
    </message>
</context>
<context>
    <name>lw::TaskDetail</name>
    <message>
        <source>This task is not in the current profile&apos;s 402ai account.</source>
        <extracomment>Task detail: the task is not one of the current profile&apos;s 402ai accounts.</extracomment>
        <translation>Diese Aufgabe gehört nicht zum 402ai-Konto des aktuellen Profils.</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <extracomment>Task detail: the market sent no title.</extracomment>
        <translation>Aufgabe ohne Titel</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Task detail: the buyer&apos;s budget, e.g. &quot;500 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message numerus="yes">
        <source>The escrow has waited %n day(s) without a delivery. 402ai has no deadline or refund: ask the worker on the quote&apos;s thread.</source>
        <extracomment>Task detail: escrow has waited long for a delivery; %n is days. 402ai has no deadline or refund, so the buyer can only ask the worker.</extracomment>
        <translation>
            <numerusform>Der Betrag liegt seit %n Tag ohne Lieferung in Treuhand. 402ai kennt keine Frist und keine Rückerstattung: Fragen Sie den Auftragnehmer im Nachrichtenverlauf des Angebots.</numerusform>
            <numerusform>Der Betrag liegt seit %n Tagen ohne Lieferung in Treuhand. 402ai kennt keine Frist und keine Rückerstattung: Fragen Sie den Auftragnehmer im Nachrichtenverlauf des Angebots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The escrow has waited %n day(s) for your delivery.</source>
        <extracomment>Task detail (worker): the buyer has waited long for the delivery; %n is days.</extracomment>
        <translation>
            <numerusform>Der Betrag liegt seit %n Tag in Treuhand und wartet auf Ihre Lieferung.</numerusform>
            <numerusform>Der Betrag liegt seit %n Tagen in Treuhand und wartet auf Ihre Lieferung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoting costs %1 sat, from your 402ai balance (or your wallet when the balance is short).</source>
        <extracomment>Task detail: what sending a quote costs; %1 is the fee in sats.</extracomment>
        <translation>Ein Angebot kostet %1 sat, abgebucht von Ihrem 402ai-Guthaben (oder aus Ihrer Wallet, wenn das Guthaben nicht reicht).</translation>
    </message>
    <message>
        <source>The payment is not settled yet; it is looked up and finished automatically. Do not try again.</source>
        <extracomment>Task detail: a payment may have left the wallet; it is looked up, never paid again.</extracomment>
        <translation>Die Zahlung ist noch nicht abgeschlossen; sie wird automatisch abgefragt und abgeschlossen. Versuchen Sie es nicht erneut.</translation>
    </message>
    <message>
        <source>Quote accepted: %1 sat locked in escrow.</source>
        <extracomment>Task detail: the quote was accepted; %1 is the amount now in escrow.</extracomment>
        <translation>Angebot angenommen: %1 sat in Treuhand hinterlegt.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>Die Buchungen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Confirmed: %1 sat released to the worker.</source>
        <extracomment>Task detail: the delivery was confirmed; %1 is what went to the worker.</extracomment>
        <translation>Bestätigt: %1 sat an den Auftragnehmer freigegeben.</translation>
    </message>
    <message>
        <source>Quote of %1 sat sent.</source>
        <extracomment>Task detail: the quote was sent; %1 is its price.</extracomment>
        <translation>Angebot über %1 sat gesendet.</translation>
    </message>
</context>
<context>
    <name>lw::TaskFeedModel</name>
    <message>
        <source>Untitled task</source>
        <extracomment>Shown in the feed for a task whose market sent no title.</extracomment>
        <translation>Aufgabe ohne Titel</translation>
    </message>
    <message>
        <source>Budget unknown</source>
        <extracomment>A task&apos;s budget in the feed when the market sent none that makes sense.</extracomment>
        <translation>Budget unbekannt</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>A task&apos;s budget in the feed; %1 is an amount of satoshis such as 1500 or 0.5.</extracomment>
        <translation>%1 sat</translation>
    </message>
</context>
<context>
    <name>lw::TimelineModel</name>
    <message>
        <source>Posted</source>
        <extracomment>Task timeline: the buyer posted the task.</extracomment>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Quoted</source>
        <extracomment>Task timeline: workers sent quotes.</extracomment>
        <translation>Angebote erhalten</translation>
    </message>
    <message>
        <source>Escrow locked %1 sat</source>
        <extracomment>Task timeline: the accepted quote&apos;s price is held in escrow; %1 is the amount.</extracomment>
        <translation>%1 sat in Treuhand hinterlegt</translation>
    </message>
    <message>
        <source>Escrow locked</source>
        <extracomment>Task timeline: the accepted quote&apos;s price is held in escrow (amount unknown).</extracomment>
        <translation>In Treuhand hinterlegt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>Task timeline: the worker delivered the work.</extracomment>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Released %1 sat</source>
        <extracomment>Task timeline: the buyer confirmed and the escrow went to the worker.</extracomment>
        <translation>%1 sat freigegeben</translation>
    </message>
    <message>
        <source>Released</source>
        <extracomment>Task timeline: the buyer confirmed and the escrow went to the worker.</extracomment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Collected</source>
        <extracomment>Task timeline: the worker moved the earnings to their wallet.</extracomment>
        <translation>Einnahmen übertragen</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Task timeline: an amount of sats, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <extracomment>Task timeline: how many quotes the task has.</extracomment>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>Earnings are moved to a wallet from Earnings.</source>
        <extracomment>Task timeline: the worker collects earnings from the Earnings screen.</extracomment>
        <translation>Einnahmen werden unter „Einnahmen“ in eine Wallet übertragen.</translation>
    </message>
</context>
<context>
    <name>lw::ToolCatalogModel</name>
    <message>
        <source>Price on request</source>
        <translation>Preis auf Anfrage</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>A tool&apos;s price in satoshis, e.g. &quot;100 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>%1–%2 sat</source>
        <extracomment>A tool&apos;s price range in satoshis, e.g. &quot;2–10 sat&quot;.</extracomment>
        <translation>%1–%2 sat</translation>
    </message>
</context>
<context>
    <name>lw::ToolQuestionsModel</name>
    <message>
        <source>Answer this question.</source>
        <extracomment>A question of a tool&apos;s market left unanswered.</extracomment>
        <translation>Beantworten Sie diese Frage.</translation>
    </message>
</context>
<context>
    <name>lw::ToolRunsModel</name>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>A tool run&apos;s state: the job is still being followed.</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Refund to claim</source>
        <extracomment>A tool run&apos;s state: it failed after payment and a refund waits to be claimed.</extracomment>
        <translation>Rückerstattung anzufordern</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>A tool run&apos;s state: the refund reached the wallet.</extracomment>
        <translation>Rückerstattet</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A tool run&apos;s state: the result came.</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A tool run&apos;s state: it failed.</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>A tool run&apos;s state: nothing was paid (declined, refused or interrupted).</extracomment>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <extracomment>A tool run&apos;s state: the payment is not settled yet.</extracomment>
        <translation>Zahlung ausstehend</translation>
    </message>
</context>
<context>
    <name>lw::ToolsController</name>
    <message>
        <source>%1 sat</source>
        <extracomment>The price of one run of a tool, e.g. &quot;100 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Asking the market for the price…</source>
        <extracomment>The tool&apos;s price is being asked from the market.</extracomment>
        <translation>Preis wird beim Markt angefragt …</translation>
    </message>
    <message>
        <source>The market&apos;s estimate. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from.</extracomment>
        <translation>Schätzung des Markts. Die Rechnung darf nicht mehr verlangen.</translation>
    </message>
    <message>
        <source>From the market&apos;s catalogue. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from.</extracomment>
        <translation>Aus dem Katalog des Markts. Die Rechnung darf nicht mehr verlangen.</translation>
    </message>
    <message>
        <source>At most, by the market&apos;s models. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from: the dearest model of the tool.</extracomment>
        <translation>Höchstens, gemäß den Modellen des Markts. Die Rechnung darf nicht mehr verlangen.</translation>
    </message>
    <message>
        <source>The market states no price for this tool, so it cannot be run from here.</source>
        <extracomment>The market gave no price: nothing can be paid.</extracomment>
        <translation>Der Markt nennt keinen Preis für dieses Werkzeug, daher kann es hier nicht ausgeführt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Time a tool run has taken, in seconds.</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Time a tool run has taken, minutes and seconds.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Job %1: %2 (check %3)</source>
        <extracomment>An asynchronous tool job being followed: its id, the market&apos;s status word and how many times it was checked.</extracomment>
        <translation>Job %1: %2 (Abfrage %3)</translation>
    </message>
    <message>
        <source>Paying at most %1 sat…</source>
        <extracomment>A tool run started: its payment (at most the price shown) is under way.</extracomment>
        <translation>Es werden höchstens %1 sat bezahlt …</translation>
    </message>
    <message>
        <source>The payment is not settled yet; it is looked up and finished automatically. Do not run the tool again.</source>
        <extracomment>A tool run whose payment may have left the wallet: never paid twice.</extracomment>
        <translation>Die Zahlung ist noch nicht abgeschlossen; sie wird automatisch abgefragt und abgeschlossen. Führen Sie das Werkzeug nicht erneut aus.</translation>
    </message>
    <message>
        <source>Paid %1 sat.</source>
        <translation>%1 sat bezahlt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <extracomment>A tool run ended with its result; then what was paid.</extracomment>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Refund offered: %1 sat for charge %2.</source>
        <extracomment>A failed tool run&apos;s refund: amount and the market&apos;s charge id (for its support).</extracomment>
        <translation>Rückerstattung angeboten: %1 sat für Belastung %2.</translation>
    </message>
    <message>
        <source>No refund was offered.</source>
        <extracomment>A failed tool run that was paid, and the market offered nothing back.</extracomment>
        <translation>Es wurde keine Rückerstattung angeboten.</translation>
    </message>
    <message>
        <source>The tool failed (%1).</source>
        <extracomment>A tool run failed: the market&apos;s message and error code.</extracomment>
        <translation>Das Werkzeug ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The result was shortened.</source>
        <translation>Das Ergebnis wurde gekürzt.</translation>
    </message>
    <message>
        <source>The image is on another server, so it is not loaded.</source>
        <extracomment>An image result on another server is not loaded: only its address is shown.</extracomment>
        <translation>Das Bild liegt auf einem anderen Server und wird daher nicht geladen.</translation>
    </message>
    <message>
        <source>Fetching the image…</source>
        <extracomment>The image of a tool&apos;s result is being downloaded from the market.</extracomment>
        <translation>Bild wird abgerufen …</translation>
    </message>
    <message>
        <source>The image could not be fetched.</source>
        <extracomment>The image of a tool&apos;s result could not be downloaded.</extracomment>
        <translation>Das Bild konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Claiming the refund…</source>
        <extracomment>The refund of a failed tool run is being claimed into the wallet.</extracomment>
        <translation>Rückerstattung wird angefordert …</translation>
    </message>
    <message>
        <source>The refund could not be claimed: %1</source>
        <extracomment>The refund claim failed; the reason follows.</extracomment>
        <translation>Die Rückerstattung konnte nicht angefordert werden: %1</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Refund of %1 sat received by the wallet.</source>
        <translation>Rückerstattung von %1 sat in der Wallet eingegangen.</translation>
    </message>
    <message>
        <source>Refund claimed, not yet received (invoice hash %1).</source>
        <translation>Rückerstattung angefordert, noch nicht erhalten (Rechnungs-Hash %1).</translation>
    </message>
    <message>
        <source>The market asks for more details but sent no question that can be answered.</source>
        <extracomment>The market asked for details but none of its questions could be read.</extracomment>
        <translation>Der Marktplatz möchte weitere Angaben, hat aber keine beantwortbare Frage geschickt.</translation>
    </message>
    <message>
        <source>The market asks for more details first. Answering costs nothing more.</source>
        <extracomment>The tool asks questions before it goes on; answering them costs nothing more.</extracomment>
        <translation>Der Marktplatz möchte zuerst weitere Angaben. Das Antworten kostet nichts extra.</translation>
    </message>
    <message>
        <source>Answer every question first.</source>
        <extracomment>Some of the market&apos;s questions have no answer yet.</extracomment>
        <translation>Beantworten Sie zuerst alle Fragen.</translation>
    </message>
    <message>
        <source>Sending the answers…</source>
        <extracomment>The answers to the market&apos;s questions are on their way; the run goes on after.</extracomment>
        <translation>Antworten werden gesendet …</translation>
    </message>
    <message>
        <source>%1 The market said: %2</source>
        <extracomment>Answers the market did not take: why, then the market&apos;s own words.</extracomment>
        <translation>%1 Der Marktplatz meldete: %2</translation>
    </message>
</context>
<context>
    <name>lw::TrayIcon</name>
    <message>
        <source>Show Lightwork</source>
        <extracomment>Tray icon menu: brings the main window forward.</extracomment>
        <translation>Lightwork anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Tray icon menu: ends the application.</extracomment>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>lw::WalletBalance</name>
    <message>
        <source>%1 sat</source>
        <extracomment>The Wallet page&apos;s balance; %1 is a whole number of sats.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>No wallet is connected to this profile.</source>
        <extracomment>The Wallet page&apos;s balance, when the profile has no wallet connected.</extracomment>
        <translation>Mit diesem Profil ist keine Wallet verbunden.</translation>
    </message>
    <message>
        <source>A phone wallet shows its balance on the phone.</source>
        <extracomment>The Wallet page&apos;s balance, for a phone wallet.</extracomment>
        <translation>Eine Telefon-Wallet zeigt ihr Guthaben auf dem Telefon an.</translation>
    </message>
</context>
<context>
    <name>lw::WalletListModel</name>
    <message>
        <source>Lightwork closed its data folder.</source>
        <translation>Lightwork hat seinen Datenordner geschlossen.</translation>
    </message>
</context>
<context>
    <name>lw::WalletSetup</name>
    <message>
        <source>Lightwork cannot reach the wallet: %1</source>
        <extracomment>Wallet set-up; %1 is the network error.</extracomment>
        <translation>Lightwork kann die Wallet nicht erreichen: %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s TLS certificate does not match the one given, and no trusted authority vouches for it: %1</source>
        <translation>Das TLS-Zertifikat der Wallet stimmt nicht mit dem angegebenen überein, und keine vertrauenswürdige Stelle bürgt dafür: %1</translation>
    </message>
    <message>
        <source>Authentication failed: the wallet did not accept this %1.</source>
        <extracomment>Wallet set-up; %1 names the secret (&quot;phoenixd http-password&quot;, …).</extracomment>
        <translation>Anmeldung fehlgeschlagen: Die Wallet hat diese Zugangsdaten (%1) nicht akzeptiert.</translation>
    </message>
    <message>
        <source>These credentials can receive but not pay. Use the full-access password or admin key, or tick &quot;Receive only&quot; to use this wallet for receiving.</source>
        <translation>Mit diesen Zugangsdaten kann empfangen, aber nicht bezahlt werden. Verwenden Sie das Passwort mit vollem Zugriff oder den Admin-Schlüssel, oder aktivieren Sie „Nur empfangen“, um diese Wallet zum Empfangen zu nutzen.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer cannot be read: %1</source>
        <translation>Die Antwort der Wallet kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown (on your phone)</source>
        <extracomment>Wallet set-up: a phone wallet&apos;s balance is not visible to the app.</extracomment>
        <translation>unbekannt (auf Ihrem Telefon)</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown network &quot;%1&quot; (bitcoin, testnet, signet or regtest).</source>
        <translation>Unbekanntes Netzwerk „%1“ (bitcoin, testnet, signet oder regtest).</translation>
    </message>
    <message>
        <source>Phone wallet</source>
        <translation>Telefon-Wallet</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder; try again in a moment.</source>
        <translation>Lightwork öffnet noch seinen Datenordner; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
</TS>
