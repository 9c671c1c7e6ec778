<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Pays from your wallet, within your spending limits, when the balance falls below the threshold.</source>
        <extracomment>Settings: explains auto top-up.</extracomment>
        <translation>Zahlt aus Ihrer Wallet im Rahmen Ihrer Ausgabenlimits, wenn das Guthaben unter die Schwelle fällt.</translation>
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
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Placeholder and accessible name of the search box above a list.</extracomment>
        <translation>Suchen</translation>
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
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Every market</source>
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
    <name>lw::QuoteListModel</name>
    <message>
        <source>%1 sat</source>
        <extracomment>A quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
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
