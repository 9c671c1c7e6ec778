<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppShell</name>
    <message>
        <source>Feed</source>
        <extracomment>Navigation: the live task list.</extracomment>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Post a task</source>
        <extracomment>Navigation: post a new task as a buyer.</extracomment>
        <translation>Publicar una tarea</translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Navigation: quotes received and sent.</extracomment>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Earnings</source>
        <extracomment>Navigation: what the user earned as a worker.</extracomment>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Navigation: the Lightning wallet.</extracomment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>ProofLayer</source>
        <extracomment>Navigation: the ProofLayer market (a product name; do not translate).</extracomment>
        <translation>ProofLayer</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Navigation: paid tools (e.g. sats4ai).</extracomment>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation: settings.</extracomment>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>AutoTopUpSection</name>
    <message>
        <source>Auto top-up</source>
        <extracomment>Settings section: automatic top-up of the market balance.</extracomment>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Top up my AI for Hire balance automatically</source>
        <extracomment>Settings: turns automatic top-ups of the AI for Hire balance on or off.</extracomment>
        <translation>Recargar automáticamente mi saldo de AI for Hire</translation>
    </message>
    <message>
        <source>Pays from your wallet, within your spending limits, when the balance falls below the threshold.</source>
        <extracomment>Settings: explains auto top-up.</extracomment>
        <translation>Paga desde tu cartera, dentro de tus límites de gasto, cuando el saldo baja del umbral.</translation>
    </message>
    <message>
        <source>When the balance falls below</source>
        <extracomment>Settings: the balance below which a top-up happens.</extracomment>
        <translation>Cuando el saldo baje de</translation>
    </message>
    <message>
        <source>Top up by</source>
        <extracomment>Settings: how much one automatic top-up adds.</extracomment>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>At most per day</source>
        <extracomment>Settings: the most automatic top-ups may add in 24 hours.</extracomment>
        <translation>Como máximo al día</translation>
    </message>
    <message>
        <source>Counts towards the daily cap above.</source>
        <extracomment>Settings: explains the auto top-up daily cap.</extracomment>
        <translation>Cuenta para el límite diario de arriba.</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance at 402ai</source>
        <extracomment>Earnings: caption above the market balance.</extracomment>
        <translation>Saldo en 402ai</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <extracomment>Accessible name of the balance; %1 is e.g. &quot;370 sat&quot;.</extracomment>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>This profile has no 402ai account.</source>
        <extracomment>Earnings: the profile has no 402ai account, so there is no balance to show.</extracomment>
        <translation>Este perfil no tiene cuenta de 402ai.</translation>
    </message>
    <message>
        <source>Ready to collect: %1</source>
        <extracomment>Earnings: how many whole sats Collect would move to the wallet.</extracomment>
        <translation>Listo para retirar: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinner while earnings are collected or read.</extracomment>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Collect to wallet</source>
        <extracomment>Earnings: moves the balance into the user&apos;s wallet.</extracomment>
        <translation>Retirar a la cartera</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Earnings: asks the wallet whether a pending collect has arrived.</extracomment>
        <translation>Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>CopyableText</name>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the value beside it to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Accessible name of a Copy button; %1 names what is copied (e.g. &quot;Preimage&quot;).</extracomment>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Earnings</source>
        <extracomment>Heading of the earnings page.</extracomment>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Earnings: reads the balance and the ledger again.</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <extracomment>Earnings: writes the listed ledger rows to a CSV file (opens a small form).</extracomment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <extracomment>Earnings: what the listed ledger rows brought in and took out.</extracomment>
        <translation>Entradas: %1 · Salidas: %2</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Accessible name of the earnings page&apos;s ledger list.</extracomment>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>No sats moved yet</source>
        <extracomment>Earnings: the ledger has no rows yet.</extracomment>
        <translation>Aún no se han movido sats</translation>
    </message>
    <message>
        <source>No rows match</source>
        <extracomment>Earnings: the filters hide every ledger row.</extracomment>
        <translation>Ningún movimiento coincide</translation>
    </message>
    <message>
        <source>Fees, escrow, top-ups and collected earnings appear here.</source>
        <extracomment>Earnings, empty ledger: what will appear here.</extracomment>
        <translation>Aquí aparecen las comisiones, la custodia, las recargas y las ganancias retiradas.</translation>
    </message>
    <message>
        <source>Try other words or clear the filters.</source>
        <extracomment>Earnings, nothing matches: what the user can do.</extracomment>
        <translation>Prueba con otras palabras o quita los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Earnings, nothing matches: resets the filters.</extracomment>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <extracomment>Button next to an error message: try the failed step again.</extracomment>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ExportPopup</name>
    <message>
        <source>Export as CSV (rows: %1)</source>
        <extracomment>Title of the CSV export form; %1 is how many ledger rows will be written.</extracomment>
        <translation>Exportar como CSV (filas: %1)</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Accessible name of the CSV export&apos;s file path field.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the CSV export form.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Writes the CSV file.</extracomment>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>FeedFilterBar</name>
    <message>
        <source>Search tasks</source>
        <extracomment>Placeholder of the feed&apos;s search box.</extracomment>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>Sort orders of the feed, in TaskFilterModel.SortOrder order.</extracomment>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Highest budget</source>
        <translation>Mayor presupuesto</translation>
    </message>
    <message>
        <source>Fewest quotes</source>
        <translation>Menos ofertas</translation>
    </message>
    <message>
        <source>Sort by</source>
        <extracomment>Accessible name of the feed&apos;s sort order box.</extracomment>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Shows or hides the feed&apos;s filters (market, status, type, budget, age).</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Any market</source>
        <extracomment>Feed filter: a market&apos;s name, e.g. 402ai; empty for every market.</extracomment>
        <translation>Cualquier mercado</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Feed filter: a status word such as &quot;open&quot;; empty for any.</extracomment>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any type</source>
        <extracomment>Feed filter: a task type; empty for any.</extracomment>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <source>Budget (sat)</source>
        <extracomment>Feed filter: label before the budget range boxes.</extracomment>
        <translation>Presupuesto (sat)</translation>
    </message>
    <message>
        <source>Lowest budget in sats</source>
        <extracomment>Feed filter: lowest budget in sats; 0 means no lower bound.</extracomment>
        <translation>Presupuesto mínimo en sats</translation>
    </message>
    <message>
        <source>Highest budget in sats</source>
        <extracomment>Feed filter: highest budget in sats; 0 means no upper bound.</extracomment>
        <translation>Presupuesto máximo en sats</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>Feed filter: tasks of any age.</extracomment>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Feed filter: tasks from the last day.</extracomment>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>Feed filter: tasks from the last week.</extracomment>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <extracomment>Feed filter: tasks from the last month.</extracomment>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Accessible name of the feed&apos;s age filter.</extracomment>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Resets the feed&apos;s search and every filter.</extracomment>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>Feed</source>
        <extracomment>Heading of the feed page.</extracomment>
        <translation>Tareas</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>Feed: how many tasks arrived since the user last looked; scrolls to them.</extracomment>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <extracomment>Feed: stop highlighting the new tasks.</extracomment>
        <translation>Marcar todas como vistas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the feed&apos;s task list.</extracomment>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <extracomment>Feed: nothing has been synced from any market yet.</extracomment>
        <translation>Aún no hay tareas</translation>
    </message>
    <message>
        <source>No tasks match</source>
        <extracomment>Feed: the search and filters hide every task.</extracomment>
        <translation>Ninguna tarea coincide</translation>
    </message>
    <message>
        <source>Tasks from your markets appear here as soon as they sync.</source>
        <extracomment>Feed, empty: where the tasks will come from.</extracomment>
        <translation>Las tareas de tus mercados aparecen aquí en cuanto se sincronizan.</translation>
    </message>
    <message>
        <source>Try other words or clear the filters.</source>
        <extracomment>Feed, nothing matches: what the user can do.</extracomment>
        <translation>Prueba con otras palabras o quita los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>Feed, nothing matches: resets the search and filters.</extracomment>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FeedQuery</name>
    <message>
        <source>The task list could not be read.</source>
        <extracomment>The feed could not read the tasks stored on this device.</extracomment>
        <translation>No se pudo leer la lista de tareas.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Setting up failed.</source>
        <extracomment>First run: the set-up failed without a reason from the backend.</extracomment>
        <translation>La configuración ha fallado.</translation>
    </message>
    <message>
        <source>Setting up the sandbox…</source>
        <extracomment>First run: shown while the sandbox market and wallets are created.</extracomment>
        <translation>Configurando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>The sandbox is a practice market with test wallets and play money: nothing real is paid.</source>
        <extracomment>First run: what &quot;Try the sandbox&quot; gives.</extracomment>
        <translation>El entorno de pruebas es un mercado de práctica con carteras de prueba y dinero ficticio: no se paga nada real.</translation>
    </message>
    <message>
        <source>The sandbox is not available in this installation.</source>
        <extracomment>First run: the app was started without a sandbox.</extracomment>
        <translation>El entorno de pruebas no está disponible en esta instalación.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <extracomment>First run: the default choice; sets up a practice market and wallets.</extracomment>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Connect my market and wallet</source>
        <extracomment>First run: connect a real market account and a Lightning wallet.</extracomment>
        <translation>Conectar mi mercado y mi cartera</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Checking the keychain</source>
        <extracomment>Accessible name of the spinner while the keychain is checked.</extracomment>
        <translation>Comprobando el llavero</translation>
    </message>
    <message>
        <source>Your keys and passwords will be kept in the system keychain.</source>
        <extracomment>First run: the system keychain works.</extracomment>
        <translation>Tus claves y contraseñas se guardarán en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Keys and passwords are kept for this session only.</source>
        <extracomment>First run: the user chose to keep secrets in memory only.</extracomment>
        <translation>Las claves y contraseñas se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <extracomment>First run: no usable system keychain was found.</extracomment>
        <translation>No hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <extracomment>First run: the keychain is being checked.</extracomment>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Lightwork never writes secrets to disk without a keychain. If you keep them for this session only, they are forgotten when you quit and you will enter them again next time.</source>
        <extracomment>First run, no keychain: what choosing &quot;this session only&quot; means.</extracomment>
        <translation>Sin un llavero, Lightwork nunca escribe secretos en el disco. Si los guardas solo durante esta sesión, se olvidan al salir y tendrás que introducirlos de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>First run, no keychain: check for the keychain again (e.g. after unlocking it).</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <extracomment>First run, no keychain: keep secrets in memory until the app quits.</extracomment>
        <translation>Guardar los secretos solo durante esta sesión</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Accessible name of the ledger&apos;s market filter.</extracomment>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Ledger filter: rows of any date.</extracomment>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>Ledger filter: rows of the last week.</extracomment>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <extracomment>Ledger filter: rows of the last month.</extracomment>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <extracomment>Ledger filter: rows of the last year.</extracomment>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Accessible name of the ledger&apos;s period filter.</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <extracomment>Placeholder of the ledger&apos;s search box.</extracomment>
        <translation>Buscar en los movimientos</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Resets the ledger&apos;s filters.</extracomment>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Version %1</source>
        <extracomment>Shown under the application name; %1 is a version such as 0.1.0.</extracomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Work, hire and pay on Lightning-paid task markets</source>
        <extracomment>Tagline under the application name.</extracomment>
        <translation>Trabaja, contrata y paga en mercados de tareas con pagos Lightning</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Allow this payment?</source>
        <extracomment>Title of the Pay dialog when a market action needs the user&apos;s approval to pay.</extracomment>
        <translation>¿Permitir este pago?</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Title of the Pay dialog.</extracomment>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>This is above the amount Lightwork pays without asking. Nothing is paid unless you approve; unanswered, it is declined when the time runs out.</source>
        <extracomment>Pay dialog, a market action&apos;s payment: why the user is asked.</extracomment>
        <translation>Supera el importe que Lightwork paga sin preguntar. No se paga nada si no lo apruebas; si no respondes, se rechaza cuando se acabe el tiempo.</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Pay dialog: refuse a market action&apos;s payment (nothing is paid).</extracomment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>Pay dialog: allow a market action&apos;s payment; %1 is e.g. &quot;50 sat&quot;.</extracomment>
        <translation>Aprobar %1</translation>
    </message>
    <message>
        <source>Invoice, lightning: link, LNURL or Lightning Address</source>
        <extracomment>Label of the Pay dialog&apos;s input field.</extracomment>
        <translation>Factura, enlace lightning:, LNURL o Lightning Address</translation>
    </message>
    <message>
        <source>lnbc… or name@example.com</source>
        <extracomment>Placeholder of the Pay dialog&apos;s input field.</extracomment>
        <translation>lnbc… o nombre@example.com</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Pay dialog: read the pasted invoice or address and show what it asks.</extracomment>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Asking the service for an invoice…</source>
        <extracomment>Pay dialog: waiting for an LNURL service or Lightning Address to answer.</extracomment>
        <translation>Pidiendo una factura al servicio…</translation>
    </message>
    <message>
        <source>%1 – %2 sat</source>
        <extracomment>Placeholder of the amount field for an LNURL; %1 and %2 are the service&apos;s limits in sats.</extracomment>
        <translation>%1 – %2 sat</translation>
    </message>
    <message>
        <source>Amount in sat</source>
        <extracomment>Accessible name of the amount field (sats) for an LNURL or address.</extracomment>
        <translation>Importe en sat</translation>
    </message>
    <message>
        <source>Get invoice</source>
        <extracomment>Pay dialog: ask the LNURL service for an invoice of the amount typed.</extracomment>
        <translation>Obtener factura</translation>
    </message>
    <message>
        <source>This wallet</source>
        <extracomment>Pay dialog tab: pay from the wallet connected to Lightwork.</extracomment>
        <translation>Esta cartera</translation>
    </message>
    <message>
        <source>Phone (QR)</source>
        <extracomment>Pay dialog tab: pay with a phone wallet by scanning a QR code.</extracomment>
        <translation>Móvil (QR)</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <extracomment>Pay dialog&apos;s primary button; %1 is the amount, e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Pay this invoice from a wallet on your phone: Lightwork shows a QR code and checks the preimage your phone gives back.</source>
        <extracomment>Pay dialog, phone tab before the code is shown.</extracomment>
        <translation>Paga esta factura con una cartera de tu móvil: Lightwork muestra un código QR y comprueba la preimagen que te devuelve el móvil.</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <extracomment>Pay dialog, phone tab: show the invoice as a QR code.</extracomment>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>Paying %1…</source>
        <extracomment>Pay dialog while the wallet pays; %1 is the amount.</extracomment>
        <translation>Pagando %1…</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <extracomment>Pay dialog result heading; %1 is the amount.</extracomment>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <extracomment>Pay dialog result heading: the outcome is not known yet.</extracomment>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>Pay dialog result heading.</extracomment>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Routing fee: %1</source>
        <extracomment>Pay dialog: the routing fee paid; %1 is an amount such as &quot;1 sat&quot;.</extracomment>
        <translation>Comisión de enrutamiento: %1</translation>
    </message>
    <message>
        <source>Preimage (proof of payment)</source>
        <extracomment>Label above the preimage: the proof that the payment was made.</extracomment>
        <translation>Preimagen (prueba de pago)</translation>
    </message>
    <message>
        <source>Preimage</source>
        <extracomment>What the Copy button beside the preimage copies.</extracomment>
        <translation>Preimagen</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Pay dialog: look a pending payment up again (it is never paid twice).</extracomment>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Pay dialog: close it (a payment under way goes on).</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Pay dialog: close it without paying.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PayFlow</name>
    <message>
        <source>This invoice is already being paid or was paid (journal entry %1).</source>
        <extracomment>The Pay dialog; %1 is the number of the journal entry.</extracomment>
        <translation>Esta factura ya se está pagando o ya se pagó (entrada del diario %1).</translation>
    </message>
    <message>
        <source>The profile&apos;s wallet connection is gone.</source>
        <translation>La conexión de cartera del perfil ya no existe.</translation>
    </message>
    <message>
        <source>The payment did not start.</source>
        <translation>El pago no se inició.</translation>
    </message>
    <message>
        <source>The wallet has not confirmed this payment yet, so it is pending, not failed. Lightwork looks it up by its hash and never pays it twice.</source>
        <extracomment>The Pay dialog when the wallet has not said how a payment ended.</extracomment>
        <translation>La cartera aún no ha confirmado este pago, así que está pendiente, no fallido. Lightwork lo consulta por su hash y nunca lo paga dos veces.</translation>
    </message>
    <message>
        <source>The payment did not complete; nothing was paid.</source>
        <translation>El pago no se completó; no se ha pagado nada.</translation>
    </message>
    <message>
        <source>This invoice has no amount. Lightwork pays only invoices that state one: ask the payee for an invoice with an amount.</source>
        <extracomment>The Pay dialog, when a pasted invoice leaves the amount to the payer.</extracomment>
        <translation>Esta factura no indica importe. Lightwork solo paga facturas que lo indiquen: pide al beneficiario una factura con importe.</translation>
    </message>
    <message>
        <source>Opening your wallet…</source>
        <extracomment>The Pay dialog while the profile&apos;s wallet is being opened.</extracomment>
        <translation>Abriendo tu cartera…</translation>
    </message>
</context>
<context>
    <name>PayPhonePanel</name>
    <message>
        <source>Scan this code with the wallet on your phone and pay it there. Then paste the preimage your phone shows.</source>
        <extracomment>Pay dialog, phone tab: what to do with the QR code.</extracomment>
        <translation>Escanea este código con la cartera de tu móvil y paga allí. Después pega la preimagen que muestra el móvil.</translation>
    </message>
    <message>
        <source>QR code of the invoice</source>
        <extracomment>Accessible name of the QR code in the Pay dialog.</extracomment>
        <translation>Código QR de la factura</translation>
    </message>
    <message>
        <source>Payable for %1</source>
        <extracomment>Pay dialog, phone tab; %1 is minutes and seconds such as 9:58.</extracomment>
        <translation>Se puede pagar durante %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Pay dialog, phone tab: the invoice can no longer be paid.</extracomment>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>What the Copy button beside the invoice copies.</extracomment>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Preimage from your phone</source>
        <extracomment>Label of the field for the preimage a phone wallet shows after paying.</extracomment>
        <translation>Preimagen de tu móvil</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <extracomment>Placeholder of the preimage field (64 hexadecimal digits).</extracomment>
        <translation>64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>Button: check the pasted preimage and finish the payment.</extracomment>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>PayReview</name>
    <message>
        <source>Amount: %1</source>
        <extracomment>Accessible name of the amount in the Pay dialog; %1 is e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Asked by</source>
        <extracomment>Pay dialog row label: the service or market that asked for the payment.</extracomment>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Payee</source>
        <extracomment>Pay dialog row label: the node that receives the money.</extracomment>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the payee&apos;s full node id to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the payee&apos;s node id</source>
        <extracomment>Accessible name of the button that copies the payee&apos;s node id.</extracomment>
        <translation>Copiar el id de nodo del beneficiario</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Pay dialog row label: the Bitcoin network of the invoice.</extracomment>
        <translation>Red</translation>
    </message>
    <message>
        <source>%1 — not your wallet&apos;s network</source>
        <extracomment>Pay dialog: the invoice is for another network than the wallet; %1 is e.g. &quot;Bitcoin&quot;.</extracomment>
        <translation>%1: no es la red de tu cartera</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Pay dialog row label: how long the invoice can still be paid.</extracomment>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Pay dialog countdown; %1 is minutes and seconds such as 9:58.</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Pay dialog: the invoice can no longer be paid.</extracomment>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Fee limit</source>
        <extracomment>Pay dialog row label: the most the routing may cost.</extracomment>
        <translation>Límite de comisión</translation>
    </message>
    <message>
        <source>For</source>
        <extracomment>Pay dialog row label: what the payment is for.</extracomment>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>What is this payment for? (optional)</source>
        <extracomment>Placeholder of the Pay dialog&apos;s reason field; kept with the payment.</extracomment>
        <translation>¿Para qué es este pago? (opcional)</translation>
    </message>
    <message>
        <source>Reason for the payment</source>
        <extracomment>Accessible name of the Pay dialog&apos;s reason field.</extracomment>
        <translation>Concepto del pago</translation>
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
        <translation>Próximamente</translation>
    </message>
</context>
<context>
    <name>PostTaskForm</name>
    <message>
        <source>Give the task a title.</source>
        <extracomment>Post a task: the title field is empty.</extracomment>
        <translation>Ponle un título a la tarea.</translation>
    </message>
    <message>
        <source>Keep the title to %1 characters.</source>
        <extracomment>Post a task: the title is too long; %1 is the limit in characters.</extracomment>
        <translation>El título no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>The title must be one line of text.</source>
        <extracomment>Post a task: the title holds a tab, line break or other control character.</extracomment>
        <translation>El título debe ser una sola línea de texto.</translation>
    </message>
    <message>
        <source>Describe what is to be done.</source>
        <extracomment>Post a task: the description field is empty.</extracomment>
        <translation>Describe lo que hay que hacer.</translation>
    </message>
    <message>
        <source>Keep the description to %1 characters.</source>
        <extracomment>Post a task: the description is too long; %1 is the limit in characters.</extracomment>
        <translation>La descripción no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter a budget in sats.</source>
        <extracomment>Post a task: the budget field is empty.</extracomment>
        <translation>Introduce un presupuesto en sats.</translation>
    </message>
    <message>
        <source>The budget is a whole number of sats above zero.</source>
        <extracomment>Post a task: the budget is not a whole number of sats above zero.</extracomment>
        <translation>El presupuesto debe ser un número entero de sats mayor que cero.</translation>
    </message>
    <message>
        <source>The budget is above your per-payment cap of %1 sat (Settings).</source>
        <extracomment>Post a task: the budget is above the per-payment cap from Settings; %1 is the cap.</extracomment>
        <translation>El presupuesto supera tu límite por pago de %1 sat (Ajustes).</translation>
    </message>
</context>
<context>
    <name>PostTaskPage</name>
    <message>
        <source>Post a task</source>
        <extracomment>Post a task page heading.</extracomment>
        <translation>Publicar una tarea</translation>
    </message>
    <message>
        <source>This profile has no 402ai account yet. Set one up (or try the sandbox) to post tasks.</source>
        <extracomment>Post a task: the profile has no 402ai account to post with.</extracomment>
        <translation>Este perfil aún no tiene cuenta de 402ai. Configura una (o prueba el entorno de pruebas) para publicar tareas.</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Post a task: which market to post on.</extracomment>
        <translation>Mercado</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>What needs doing, in one line</source>
        <extracomment>Post a task: placeholder of the title field.</extracomment>
        <translation>Qué hay que hacer, en una línea</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <extracomment>Post a task (ProofLayer): label of the optional context field.</extracomment>
        <translation>Contexto (opcional)</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Post a task: label of the description field.
----------
Post a task: accessible name of the description field.</extracomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Everything a worker needs to know</source>
        <extracomment>Post a task: placeholder of the description field.</extracomment>
        <translation>Todo lo que un trabajador necesita saber</translation>
    </message>
    <message>
        <source>Task type</source>
        <extracomment>Post a task (ProofLayer): the kind of task.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <source>Worker type</source>
        <extracomment>Post a task (ProofLayer): who may work on it, a human or an agent.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Tipo de trabajador</translation>
    </message>
    <message>
        <source>Trust mode</source>
        <extracomment>Post a task (ProofLayer): whether the worker must attach a proof.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Modo de confianza</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Post a task (ProofLayer): the question the worker answers.
----------
Post a task (ProofLayer): accessible name of a field.</extracomment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What should the worker answer?</source>
        <extracomment>Post a task (ProofLayer): placeholder of the question field.</extracomment>
        <translation>¿Qué debe responder el trabajador?</translation>
    </message>
    <message>
        <source>Budget (sat)</source>
        <extracomment>Post a task: label of the budget field.</extracomment>
        <translation>Presupuesto (sat)</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <extracomment>Post a task: placeholder of the budget field.</extracomment>
        <translation>p. ej. 500</translation>
    </message>
    <message>
        <source>Budget in sats</source>
        <extracomment>Post a task: accessible name of the budget field.</extracomment>
        <translation>Presupuesto en sats</translation>
    </message>
    <message>
        <source>Pay with</source>
        <extracomment>Post a task: how the posting fee is paid.</extracomment>
        <translation>Pagar con</translation>
    </message>
    <message>
        <source>402ai balance (%1)</source>
        <extracomment>Post a task: pay from the 402ai balance; %1 is the balance.</extracomment>
        <translation>Saldo de 402ai (%1)</translation>
    </message>
    <message>
        <source>402ai balance</source>
        <extracomment>Post a task: pay from the 402ai balance (amount not known yet).</extracomment>
        <translation>Saldo de 402ai</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Post a task: pay from the Lightning wallet.</extracomment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Pay and post</source>
        <extracomment>Post a task: pays the posting price and posts.</extracomment>
        <translation>Pagar y publicar</translation>
    </message>
    <message>
        <source>Post another</source>
        <extracomment>Post a task: clears the form for the next task.</extracomment>
        <translation>Publicar otra</translation>
    </message>
    <message>
        <source>Posting</source>
        <extracomment>Post a task: the fee is being paid and the task posted.</extracomment>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <extracomment>Post a task: the new task&apos;s id at the market, after posting.</extracomment>
        <translation>Id de la tarea: %1</translation>
    </message>
</context>
<context>
    <name>PreferenceSections</name>
    <message>
        <source>Sync</source>
        <extracomment>Settings section: how the feed stays current.</extracomment>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Check the markets every</source>
        <extracomment>Settings: how often the markets are asked for new tasks.</extracomment>
        <translation>Consultar los mercados cada</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>Settings: the unit after the polling interval.</extracomment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Quiet markets are asked less often, up to six times this.</source>
        <extracomment>Settings: explains the polling interval.</extracomment>
        <translation>Los mercados con poca actividad se consultan con menos frecuencia, hasta seis veces este intervalo.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Settings section: desktop notifications.</extracomment>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>A new task matches my filters</source>
        <extracomment>Settings: notify when a new task matches the feed&apos;s filters.</extracomment>
        <translation>Una tarea nueva coincide con mis filtros</translation>
    </message>
    <message>
        <source>A quote arrives or is answered</source>
        <extracomment>Settings: notify when a quote arrives or is answered.</extracomment>
        <translation>Llega una oferta o se responde</translation>
    </message>
    <message>
        <source>A payment settles, fails or waits</source>
        <extracomment>Settings: notify when a payment settles, fails or is pending.</extracomment>
        <translation>Un pago se completa, falla o queda pendiente</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>Settings section: colours.</extracomment>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: label of the colour scheme choice.</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <extracomment>Settings, theme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Settings, theme: always light.</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Settings, theme: always dark.</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings section: the language of the app.
----------
Settings: label of the language choice.</extracomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>QuoteDelegate</name>
    <message>
        <source>Quote of %1, %2, from %3, %4</source>
        <extracomment>What a screen reader says for a quote: price, status, worker, age.</extracomment>
        <translation>Oferta de %1, %2, de %3, %4</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>A quote list: marks the quote the user sent.</extracomment>
        <translation>Tuya</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button on a quote: accept it and lock its price in escrow.</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>A quote: who sent it (the market&apos;s account id, plain text).</extracomment>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <extracomment>A quote: how many messages its thread has.</extracomment>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <extracomment>Relative time of something less than a minute old (or dated in the future).</extracomment>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Relative time in minutes, e.g. &quot;5 min ago&quot;.</extracomment>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Relative time in hours, e.g. &quot;3 h ago&quot;.</extracomment>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Relative time in days, e.g. &quot;2 d ago&quot; (abbreviated like &quot;min&quot; and &quot;h&quot;).</extracomment>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDirectory</name>
    <message>
        <source>The sandbox at %1 answered something Lightwork cannot use (%2). Is it a Lightwork sandbox?</source>
        <translation>El entorno de pruebas en %1 respondió algo que Lightwork no puede usar (%2). ¿Es un entorno de pruebas de Lightwork?</translation>
    </message>
    <message>
        <source>its info is not JSON</source>
        <translation>su información no es JSON</translation>
    </message>
    <message>
        <source>no usable 402ai address</source>
        <translation>ninguna dirección de 402ai utilizable</translation>
    </message>
    <message>
        <source>an unusable ProofLayer address</source>
        <translation>una dirección de ProofLayer inutilizable</translation>
    </message>
    <message>
        <source>its wallet list is not JSON</source>
        <translation>su lista de carteras no es JSON</translation>
    </message>
    <message>
        <source>a wallet without name, address or password</source>
        <translation>una cartera sin nombre, dirección o contraseña</translation>
    </message>
    <message>
        <source>The sandbox at %1 did not answer: %2</source>
        <translation>El entorno de pruebas en %1 no respondió: %2</translation>
    </message>
    <message>
        <source>The sandbox at %1 refused its admin key.</source>
        <translation>El entorno de pruebas en %1 rechazó su clave de administración.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
</context>
<context>
    <name>SandboxSetup</name>
    <message>
        <source>The sandbox&apos;s admin key is missing (LIGHTWORK_SANDBOX_ADMIN_KEY), so its wallets cannot be looked up.</source>
        <translation>Falta la clave de administración del entorno de pruebas (LIGHTWORK_SANDBOX_ADMIN_KEY), así que no se pueden consultar sus carteras.</translation>
    </message>
    <message>
        <source>The buyer profile is gone.</source>
        <translation>El perfil de comprador ya no existe.</translation>
    </message>
    <message>
        <source>The sandbox has no wallet named &quot;%1&quot;; start it with --wallet %1:SATS.</source>
        <translation>El entorno de pruebas no tiene ninguna cartera llamada «%1»; inícialo con --wallet %1:SATS.</translation>
    </message>
    <message>
        <source>The sandbox wallet &quot;%1&quot; failed its connection test: %2</source>
        <translation>La cartera de pruebas «%1» no superó la prueba de conexión: %2</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
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
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Settings page heading.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Payments and sync settings of the profile “%1”.</source>
        <extracomment>Settings: which profile the money settings below belong to; %1 is its name.</extracomment>
        <translation>Ajustes de pagos y sincronización del perfil «%1».</translation>
    </message>
    <message>
        <source>Payments</source>
        <extracomment>Settings section: spending limits.</extracomment>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Ask before paying more than</source>
        <extracomment>Settings: amount above which a payment needs the user&apos;s confirmation.</extracomment>
        <translation>Preguntar antes de pagar más de</translation>
    </message>
    <message>
        <source>Smaller payments go through without a question.</source>
        <extracomment>Settings: explains the confirmation threshold.</extracomment>
        <translation>Los pagos menores se hacen sin preguntar.</translation>
    </message>
    <message>
        <source>Largest single payment</source>
        <extracomment>Settings: the largest single payment allowed.</extracomment>
        <translation>Límite por pago</translation>
    </message>
    <message>
        <source>A payment above this is refused, even if you confirm it.</source>
        <extracomment>Settings: explains the per-payment cap.</extracomment>
        <translation>Un pago mayor se rechaza, aunque lo confirmes.</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <extracomment>Settings: the most that may be paid in 24 hours.</extracomment>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>Never more than this in any 24 hours, fees included.</source>
        <extracomment>Settings: explains the daily cap.</extracomment>
        <translation>Nunca más que esto en 24 horas, comisiones incluidas.</translation>
    </message>
    <message>
        <source>Maximum routing fee</source>
        <extracomment>Settings: the most a payment&apos;s Lightning routing may cost.</extracomment>
        <translation>Comisión de enrutamiento máxima</translation>
    </message>
    <message>
        <source>The most the Lightning network may charge to deliver one payment.</source>
        <extracomment>Settings: explains the routing fee limit.</extracomment>
        <translation>Lo máximo que puede cobrar la red Lightning por hacer llegar un pago.</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Settings: store the changed settings.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Settings: drop the unsaved changes.</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <extracomment>Settings: shown beside a disabled Save button.</extracomment>
        <translation>Corrige los campos marcados en rojo para guardar.</translation>
    </message>
</context>
<context>
    <name>SyncedLabel</name>
    <message>
        <source>Synced %1</source>
        <extracomment>Last-synced indicator; %1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <extracomment>Last-synced indicator before the first sync with any market.</extracomment>
        <translation>Aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message numerus="yes">
        <source>Quotes: %n</source>
        <extracomment>A task row&apos;s number of quotes received so far, e.g. &quot;Quotes: 3&quot;.</extracomment>
        <translation>
            <numerusform>Ofertas: %n</numerusform>
            <numerusform>Ofertas: %n</numerusform>
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
        <translation>nueva</translation>
    </message>
</context>
<context>
    <name>TaskDetailView</name>
    <message>
        <source>Back</source>
        <extracomment>Task detail: back to the list the task was opened from.</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Loading task…</source>
        <extracomment>Task detail: shown while the task is being fetched.</extracomment>
        <translation>Cargando la tarea…</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Task detail: something is being sent or fetched.</extracomment>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <extracomment>Task detail: the buyer&apos;s budget, e.g. &quot;Budget 500 sat&quot;.</extracomment>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>You posted this task</source>
        <extracomment>Task detail: the user&apos;s role on this task.</extracomment>
        <translation>Publicaste esta tarea</translation>
    </message>
    <message>
        <source>Posted by %1</source>
        <extracomment>Task detail: who posted the task (the market&apos;s account id).</extracomment>
        <translation>Publicada por %1</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Task detail: heading above the task&apos;s description.</extracomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>No description.</source>
        <extracomment>Task detail: the task has no description.</extracomment>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>Task description</source>
        <extracomment>Accessible name of the task&apos;s description text.</extracomment>
        <translation>Descripción de la tarea</translation>
    </message>
    <message>
        <source>The description is longer than shown here.</source>
        <extracomment>Task detail: the description was too long and is shown in part.</extracomment>
        <translation>La descripción es más larga de lo que se muestra aquí.</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <extracomment>Task detail: heading above the quotes; %1 is how many.</extracomment>
        <translation>Ofertas (%1)</translation>
    </message>
    <message>
        <source>No quotes yet. Workers&apos; offers appear here.</source>
        <extracomment>Task detail (buyer): no quotes yet.</extracomment>
        <translation>Aún no hay ofertas. Las ofertas de los trabajadores aparecen aquí.</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <extracomment>Task detail (worker): no quotes yet.</extracomment>
        <translation>Aún no hay ofertas.</translation>
    </message>
    <message>
        <source>Send a quote</source>
        <extracomment>Task detail (worker): heading of the form to send a quote.</extracomment>
        <translation>Enviar una oferta</translation>
    </message>
    <message>
        <source>Price in sats</source>
        <extracomment>Task detail (worker): placeholder of the quote&apos;s price field.</extracomment>
        <translation>Precio en sats</translation>
    </message>
    <message>
        <source>What you offer, and when</source>
        <extracomment>Task detail (worker): placeholder of the quote&apos;s message.</extracomment>
        <translation>Qué ofreces y cuándo</translation>
    </message>
    <message>
        <source>Send quote</source>
        <extracomment>Task detail (worker): sends the quote (costs the quoting fee).</extracomment>
        <translation>Enviar oferta</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>Task detail: heading of the escrow timeline.
----------
Accessible name of the task&apos;s escrow timeline.</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Confirm delivery and release</source>
        <extracomment>Task detail (buyer): accept the delivery and release the escrow.</extracomment>
        <translation>Confirmar la entrega y liberar</translation>
    </message>
    <message>
        <source>The escrow goes to the worker. This cannot be undone.</source>
        <extracomment>Task detail (buyer): what confirming does; it cannot be undone.</extracomment>
        <translation>La custodia pasa al trabajador. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>TimelineStepDelegate</name>
    <message>
        <source>done</source>
        <extracomment>Timeline step state for screen readers: it happened.</extracomment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Timeline step state for screen readers: not yet.</extracomment>
        <translation>pendiente</translation>
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
        <translation>Móvil (QR)</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Connect a wallet: which kind of wallet.</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Connect a wallet: the wallet&apos;s API address.</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>https://… or http://localhost:9740</source>
        <extracomment>Placeholder of the wallet address field.</extracomment>
        <translation>https://… o http://localhost:9740</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <extracomment>Connect a wallet: a TLS certificate file to trust (for a self-signed node).</extracomment>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Path to tls.cert (optional)</source>
        <extracomment>Placeholder of the certificate field: a file path such as ~/.lnd/tls.cert.</extracomment>
        <translation>Ruta a tls.cert (opcional)</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Connect a wallet: the Bitcoin network the wallet must be on.</extracomment>
        <translation>Red</translation>
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
        <translation>Solo recibir (una clave de facturas o una contraseña limitada)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Connect a wallet: check the fields against the wallet (nothing is stored).</extracomment>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connected: %1, “%2”, balance %3.</source>
        <extracomment>Connect a wallet, after a passing test; %1 network, %2 the node&apos;s alias, %3 its balance.</extracomment>
        <translation>Conectada: %1, «%2», saldo %3.</translation>
    </message>
    <message>
        <source>The connection test failed (%1).</source>
        <extracomment>Connect a wallet: a failed test without a reason; %1 is a code such as &quot;no_keychain&quot;.</extracomment>
        <translation>La prueba de conexión falló (%1).</translation>
    </message>
    <message>
        <source>Name, e.g. My node</source>
        <extracomment>Connect a wallet: the user&apos;s name for the connection.</extracomment>
        <translation>Nombre, p. ej. Mi nodo</translation>
    </message>
    <message>
        <source>Name of the connection</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Make default</source>
        <extracomment>Connect a wallet: pay from the new connection from now on.</extracomment>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Connect a wallet: store the tested connection.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save is possible after a passing test with these exact fields.</source>
        <extracomment>Connect a wallet: why Save is not available yet.</extracomment>
        <translation>Se puede guardar tras una prueba correcta con estos mismos datos.</translation>
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
        <translation>por defecto</translation>
    </message>
    <message>
        <source>receive only</source>
        <extracomment>Chip on a wallet connected to receive only.</extracomment>
        <translation>solo recibir</translation>
    </message>
    <message>
        <source>Make default</source>
        <extracomment>Wallet list: pay from this wallet from now on.</extracomment>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>Make %1 the default wallet</source>
        <extracomment>Accessible name of Make default; %1 is the wallet&apos;s name.</extracomment>
        <translation>Usar %1 como cartera por defecto</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Wallet list: remove this connection (asks first).</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <extracomment>Accessible name of Remove; %1 is the wallet&apos;s name.</extracomment>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <extracomment>Wallet page heading.</extracomment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Pay an invoice…</source>
        <extracomment>Wallet page: open the Pay dialog to paste an invoice or address.</extracomment>
        <translation>Pagar una factura…</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>Wallet page section: the profile&apos;s wallet connections.</extracomment>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>No wallet is connected to this profile yet. Connect one below, or pay with a phone from the Pay dialog.</source>
        <extracomment>Wallet page, before any wallet is connected.</extracomment>
        <translation>Aún no hay ninguna cartera conectada a este perfil. Conecta una abajo o paga con el móvil desde el diálogo de pago.</translation>
    </message>
    <message>
        <source>Connect a wallet</source>
        <extracomment>Wallet page section: the form that adds a wallet connection.</extracomment>
        <translation>Conectar una cartera</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <extracomment>Wallet page section: the payments the app made or tried, newest first.</extracomment>
        <translation>Pagos recientes</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <extracomment>Wallet page, when the app has made no payment yet.</extracomment>
        <translation>Aún no hay pagos.</translation>
    </message>
    <message>
        <source>Remove this wallet?</source>
        <extracomment>Title of the dialog that confirms removing a wallet connection.</extracomment>
        <translation>¿Quitar esta cartera?</translation>
    </message>
    <message>
        <source>“%1” is removed from this profile and its secret deleted from the keychain. The wallet itself and its money are not touched.</source>
        <extracomment>Body of the remove dialog; %1 is the connection&apos;s name.</extracomment>
        <translation>La conexión «%1» se quita de este perfil y su secreto se borra del llavero. La cartera en sí y su dinero no se tocan.</translation>
    </message>
</context>
<context>
    <name>lw::AutoTopUpForm</name>
    <message>
        <source>A top-up needs more than 0 sat.</source>
        <translation>Una recarga debe ser de más de 0 sat.</translation>
    </message>
    <message>
        <source>Cannot be above the per-payment cap (%L1 sat): the wallet would refuse it.</source>
        <translation>No puede superar el límite por pago (%L1 sat): la cartera la rechazaría.</translation>
    </message>
    <message>
        <source>Cannot be above the daily spending cap (%L1 sat).</source>
        <translation>No puede superar el límite diario de gasto (%L1 sat).</translation>
    </message>
    <message>
        <source>Must allow at least one top-up (%L1 sat).</source>
        <translation>Debe permitir al menos una recarga (%L1 sat).</translation>
    </message>
</context>
<context>
    <name>lw::EarningsController</name>
    <message>
        <source>The balance of %1 could not be read: %2</source>
        <extracomment>Earnings: a market balance could not be read; %1 names the account, %2 says why.</extracomment>
        <translation>No se pudo leer el saldo de %1: %2</translation>
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
        <translation>Retirando…</translation>
    </message>
    <message>
        <source>Collected %1 sat into your wallet.</source>
        <extracomment>Earnings: the market paid the invoice; %1 is the amount, e.g. &quot;370&quot;.</extracomment>
        <translation>Se han retirado %1 sat a tu cartera.</translation>
    </message>
    <message>
        <source>%1 sat are on their way: the payment is not proven yet. Check again once your wallet shows it.</source>
        <extracomment>Earnings: the market may have paid but gave no proof yet; nothing is lost.</extracomment>
        <translation>%1 sat están en camino: el pago aún no está demostrado. Vuelve a comprobarlo cuando tu cartera lo muestre.</translation>
    </message>
    <message>
        <source>Collect failed: %1</source>
        <extracomment>Earnings: collecting failed; %1 says why.</extracomment>
        <translation>No se pudo retirar: %1</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <extracomment>Earnings: CSV export only writes to a file on this computer.</extracomment>
        <translation>Elige un archivo en este ordenador.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>Earnings: the CSV file could not be written; %1 is the system&apos;s reason.</extracomment>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Rows exported: %1. File: %2</source>
        <extracomment>Earnings: CSV export finished; %1 is how many rows, %2 the file&apos;s name.</extracomment>
        <translation>Filas exportadas: %1. Archivo: %2</translation>
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
        <translation>No se pudieron leer las cuentas de mercado: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Two ProofLayer accounts share a name.</source>
        <translation>Dos cuentas de ProofLayer tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be reached, so the list shows what was saved on this device. %2</source>
        <extracomment>%1 is a market, %2 why it could not be reached</extracomment>
        <translation>No se puede contactar con %1, así que la lista muestra lo guardado en este dispositivo. %2</translation>
    </message>
    <message>
        <source>%1 did not accept this account. %2</source>
        <translation>%1 no aceptó esta cuenta. %2</translation>
    </message>
    <message>
        <source>%1 could not be updated. %2</source>
        <translation>No se pudo actualizar %1. %2</translation>
    </message>
    <message>
        <source>The feed stopped syncing.</source>
        <translation>La lista de tareas dejó de sincronizarse.</translation>
    </message>
</context>
<context>
    <name>lw::KeychainStatus</name>
    <message>
        <source>No keychain is running. Lightwork keeps tokens, wallet passwords and keys only in the system keychain (GNOME Keyring, KWallet or KeePassXC). Start one and retry, or keep secrets in memory for this session only.</source>
        <translation>No hay ningún llavero en marcha. Lightwork guarda los tokens, las contraseñas de cartera y las claves solo en el llavero del sistema (GNOME Keyring, KWallet o KeePassXC). Inicia uno y vuelve a intentarlo, o guarda los secretos en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked and the request to unlock it was refused. Unlock it and retry, or keep secrets in memory for this session only.</source>
        <translation>El llavero está bloqueado y se rechazó la solicitud para desbloquearlo. Desbloquéalo y vuelve a intentarlo, o guarda los secretos en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not keep a test entry (%1). Retry, or keep secrets in memory for this session only.</source>
        <translation>El llavero no pudo guardar una entrada de prueba (%1). Vuelve a intentarlo o guarda los secretos en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: tokens and passwords are gone when Lightwork quits.</source>
        <translation>Los secretos se guardan en memoria solo durante esta sesión: los tokens y las contraseñas desaparecen al cerrar Lightwork.</translation>
    </message>
</context>
<context>
    <name>lw::LedgerModel</name>
    <message>
        <source>The ledger could not be read: %1</source>
        <extracomment>Earnings: the local ledger could not be read; %1 says why.</extracomment>
        <translation>No se pudieron leer los movimientos: %1</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Earnings: an amount of sats, e.g. &quot;370 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Every market</source>
        <translation>Cualquier mercado</translation>
    </message>
    <message>
        <source>Task posting fee</source>
        <extracomment>Ledger kind: the fee for posting a task.</extracomment>
        <translation>Comisión de publicación</translation>
    </message>
    <message>
        <source>Quote fee</source>
        <extracomment>Ledger kind: the fee for sending a quote.</extracomment>
        <translation>Comisión de oferta</translation>
    </message>
    <message>
        <source>Escrow locked</source>
        <extracomment>Ledger kind: a quote&apos;s price moved into escrow when it was accepted.</extracomment>
        <translation>Bloqueado en custodia</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <extracomment>Ledger kind: escrow paid out to the worker when the buyer confirmed.</extracomment>
        <translation>Custodia liberada</translation>
    </message>
    <message>
        <source>Earnings collected</source>
        <extracomment>Ledger kind: earnings moved from a market balance into the user&apos;s wallet.</extracomment>
        <translation>Ganancias retiradas</translation>
    </message>
    <message>
        <source>Top-up</source>
        <extracomment>Ledger kind: sats paid into a market balance.</extracomment>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Paid call</source>
        <extracomment>Ledger kind: a paid call to a service (L402).</extracomment>
        <translation>Llamada de pago</translation>
    </message>
    <message>
        <source>Routing fee</source>
        <extracomment>Ledger kind: the Lightning network&apos;s fee for routing a payment.</extracomment>
        <translation>Comisión de enrutamiento</translation>
    </message>
    <message>
        <source>Refund</source>
        <extracomment>Ledger kind: sats given back.</extracomment>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Ledger kind: a market paid the user out.</extracomment>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Payment</source>
        <extracomment>Ledger kind: an invoice the user paid from the Pay dialog.</extracomment>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Wallet</source>
        <extracomment>Ledger: the sats moved through the user&apos;s own wallet.</extracomment>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Market balance</source>
        <extracomment>Ledger: the sats moved within a market account&apos;s balance.</extracomment>
        <translation>Saldo del mercado</translation>
    </message>
    <message>
        <source>Escrow</source>
        <extracomment>Ledger: the sats moved within a market&apos;s escrow.</extracomment>
        <translation>Custodia</translation>
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
        <translation>No es una factura, un enlace lightning:, una LNURL ni una Lightning Address: %1</translation>
    </message>
    <message>
        <source>This LNURL does not ask for a payment.</source>
        <translation>Esta LNURL no pide ningún pago.</translation>
    </message>
    <message>
        <source>This is an on-chain address; Lightwork pays over Lightning only.</source>
        <translation>Es una dirección on-chain; Lightwork solo paga por Lightning.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <translation>Lightwork todavía está abriendo su carpeta de datos.</translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>No se ha pagado nada.</translation>
    </message>
    <message>
        <source>The invoice cannot be read: %1</source>
        <extracomment>The Pay dialog; %1 says what is wrong with the invoice.</extracomment>
        <translation>No se puede leer la factura: %1</translation>
    </message>
    <message>
        <source>This profile has no wallet yet: connect one, or pay with a phone.</source>
        <translation>Este perfil aún no tiene cartera: conecta una o paga con el móvil.</translation>
    </message>
    <message>
        <source>No QR code is waiting for a preimage.</source>
        <translation>Ningún código QR está esperando una preimagen.</translation>
    </message>
    <message>
        <source>That preimage belongs to another invoice.</source>
        <extracomment>The Pay dialog, when the pasted preimage does not prove this invoice was paid.</extracomment>
        <translation>Esa preimagen pertenece a otra factura.</translation>
    </message>
    <message>
        <source>That is not the preimage of this invoice: %1</source>
        <translation>No es la preimagen de esta factura: %1</translation>
    </message>
    <message>
        <source>Paid %1 (routing fee %2).</source>
        <extracomment>The Pay dialog after a payment; %1 the amount, %2 the routing fee.</extracomment>
        <translation>Pagado: %1 (comisión de enrutamiento %2).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>El pago falló.</translation>
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
        <translation>como máximo %1 de comisión de enrutamiento</translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2 sat.</source>
        <extracomment>The Pay dialog for an LNURL or Lightning Address; %1 and %2 are sats.</extracomment>
        <translation>Introduce un importe entre %1 y %2 sat.</translation>
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
        <translation>como máximo %1 de comisión de enrutamiento</translation>
    </message>
</context>
<context>
    <name>lw::PostTaskForm</name>
    <message>
        <source>Ask the question the worker answers.</source>
        <extracomment>Post a task (ProofLayer): the question field is empty.</extracomment>
        <translation>Escribe la pregunta que responderá el trabajador.</translation>
    </message>
    <message>
        <source>The balance (%1 sat) does not cover the %2 sat fee: pay from the wallet, or top up first.</source>
        <extracomment>Post a task: the 402ai balance is below the posting fee; %1 the balance, %2 the fee.</extracomment>
        <translation>El saldo (%1 sat) no cubre la comisión de %2 sat: paga desde la cartera o recarga primero.</translation>
    </message>
    <message>
        <source>Posting pays the budget by Lightning.</source>
        <extracomment>Post a task (ProofLayer): what posting costs, before a budget is entered.</extracomment>
        <translation>Al publicar se paga el presupuesto por Lightning.</translation>
    </message>
    <message>
        <source>Posting pays the budget, %1 sat, by Lightning; 70 % of it goes to the worker.</source>
        <extracomment>Post a task (ProofLayer): posting pays the whole budget; %1 is it in sats.</extracomment>
        <translation>Al publicar se paga el presupuesto, %1 sat, por Lightning; el 70 % es para el trabajador.</translation>
    </message>
    <message>
        <source>Posting costs %1 sat. The budget is paid later, into escrow, when you accept a quote.</source>
        <extracomment>Post a task (402ai): the posting fee, before paying; %1 is the fee in sats.</extracomment>
        <translation>Publicar cuesta %1 sat. El presupuesto se paga más tarde, en custodia, cuando aceptes una oferta.</translation>
    </message>
    <message>
        <source>ProofLayer is paid from your wallet.</source>
        <extracomment>Post a task (ProofLayer): how it is paid.</extracomment>
        <translation>ProofLayer se paga desde tu cartera.</translation>
    </message>
    <message>
        <source>The fee comes from your 402ai balance.</source>
        <extracomment>Post a task (402ai): the fee comes from the account&apos;s balance at the market.</extracomment>
        <translation>La comisión se descuenta de tu saldo de 402ai.</translation>
    </message>
    <message>
        <source>402ai takes the fee from the balance while it covers it; otherwise your wallet pays it by Lightning.</source>
        <extracomment>Post a task (402ai): paying from the wallet; 402ai uses the balance while it covers the fee.</extracomment>
        <translation>402ai descuenta la comisión del saldo mientras alcance; si no, tu cartera la paga por Lightning.</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Post a task: the 402ai balance, e.g. &quot;4950 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Paying and posting…</source>
        <extracomment>Post a task: paying the fee and posting.</extracomment>
        <translation>Pagando y publicando…</translation>
    </message>
    <message>
        <source>Posted. Your task is listed.</source>
        <extracomment>Post a task: done; the task is listed at the market.</extracomment>
        <translation>Publicada. Tu tarea ya aparece en la lista.</translation>
    </message>
    <message>
        <source>The payment is not settled yet. Do not post again: it is looked up and finished automatically.</source>
        <extracomment>Post a task: a payment may have been made but is not settled; nothing is lost.</extracomment>
        <translation>El pago aún no se ha completado. No vuelvas a publicar: se consulta y se completa automáticamente.</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <extracomment>Post a task: posting failed; %1 says why.</extracomment>
        <translation>No publicada: %1</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>Default for the type</source>
        <extracomment>Post a task (ProofLayer): the task type&apos;s own trust mode (proof for verify, judge and recover; result only otherwise).</extracomment>
        <translation>Predeterminado del tipo</translation>
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
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Payment</source>
        <extracomment>A payment the user made from the Pay dialog without giving a reason.</extracomment>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Task posting fee</source>
        <translation>Comisión de publicación</translation>
    </message>
    <message>
        <source>Quote fee</source>
        <translation>Comisión de oferta</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Tool: %1</source>
        <extracomment>A paid tool call; %1 is the tool&apos;s name.</extracomment>
        <translation>Herramienta: %1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>A payment whose outcome the wallet has not confirmed yet.</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid, finishing</source>
        <translation>Pagado, finalizando</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>Given up before any money moved (declined, expired, refused).</extracomment>
        <translation>No pagado</translation>
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
        <translation>No hay movimientos de cartera en esta selección.</translation>
    </message>
    <message>
        <source>Earned %1 sat in one day</source>
        <extracomment>Earnings chart summary: everything happened on one day; %1 is sats.</extracomment>
        <translation>Ganados %1 sat en un día</translation>
    </message>
    <message>
        <source>Earned %1 sat over %2 days</source>
        <extracomment>Earnings chart summary: %1 is an amount of sats, %2 the days it spans.</extracomment>
        <translation>Ganados %1 sat en %2 días</translation>
    </message>
    <message>
        <source>Spent %1 sat in one day</source>
        <extracomment>Earnings chart summary when more went out than came in, on one day.</extracomment>
        <translation>Gastados %1 sat en un día</translation>
    </message>
    <message>
        <source>Spent %1 sat over %2 days</source>
        <extracomment>Earnings chart summary when more went out than came in.</extracomment>
        <translation>Gastados %1 sat en %2 días</translation>
    </message>
</context>
<context>
    <name>lw::Session</name>
    <message>
        <source>The sandbox needs somewhere to keep its tokens and wallet passwords: %1</source>
        <translation>El entorno de pruebas necesita un lugar donde guardar sus tokens y contraseñas de cartera: %1</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <translation>Lightwork todavía está abriendo su carpeta de datos.</translation>
    </message>
    <message>
        <source>No sandbox was started with Lightwork (./dev run starts one).</source>
        <translation>No se inició ningún entorno de pruebas con Lightwork (./dev run inicia uno).</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
</context>
<context>
    <name>lw::SettingsController</name>
    <message>
        <source>Enter between %L1 and %L2 seconds.</source>
        <translation>Introduce entre %L1 y %L2 segundos.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder; try again in a moment.</source>
        <translation>Lightwork todavía está abriendo su carpeta de datos; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The settings could not be saved: the data folder is busy.</source>
        <translation>No se pudieron guardar los ajustes: la carpeta de datos está ocupada.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: the profile no longer exists.</source>
        <translation>No se pudieron guardar los ajustes: el perfil ya no existe.</translation>
    </message>
</context>
<context>
    <name>lw::SpendingLimitsForm</name>
    <message>
        <source>Enter 0 or more sats.</source>
        <translation>Introduce 0 sats o más.</translation>
    </message>
    <message>
        <source>Enter at most %L1 sat.</source>
        <translation>Introduce como máximo %L1 sat.</translation>
    </message>
    <message>
        <source>Cannot be above the per-payment cap (%L1 sat).</source>
        <translation>No puede superar el límite por pago (%L1 sat).</translation>
    </message>
    <message>
        <source>Cannot be above the daily cap (%L1 sat).</source>
        <translation>No puede superar el límite diario (%L1 sat).</translation>
    </message>
</context>
<context>
    <name>lw::TaskDetail</name>
    <message>
        <source>This task is not in the current profile&apos;s 402ai account.</source>
        <extracomment>Task detail: the task is not one of the current profile&apos;s 402ai accounts.</extracomment>
        <translation>Esta tarea no está en la cuenta de 402ai del perfil actual.</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <extracomment>Task detail: the market sent no title.</extracomment>
        <translation>Tarea sin título</translation>
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
            <numerusform>La custodia lleva %n día esperando sin entrega. 402ai no tiene plazos ni reembolsos: pregunta al trabajador en el hilo de la oferta.</numerusform>
            <numerusform>La custodia lleva %n días esperando sin entrega. 402ai no tiene plazos ni reembolsos: pregunta al trabajador en el hilo de la oferta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The escrow has waited %n day(s) for your delivery.</source>
        <extracomment>Task detail (worker): the buyer has waited long for the delivery; %n is days.</extracomment>
        <translation>
            <numerusform>La custodia lleva %n día esperando tu entrega.</numerusform>
            <numerusform>La custodia lleva %n días esperando tu entrega.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoting costs %1 sat, from your 402ai balance (or your wallet when the balance is short).</source>
        <extracomment>Task detail: what sending a quote costs; %1 is the fee in sats.</extracomment>
        <translation>Enviar una oferta cuesta %1 sat, que se descuentan de tu saldo de 402ai (o de tu cartera si el saldo no alcanza).</translation>
    </message>
    <message>
        <source>The payment is not settled yet; it is looked up and finished automatically. Do not try again.</source>
        <extracomment>Task detail: a payment may have left the wallet; it is looked up, never paid again.</extracomment>
        <translation>El pago aún no se ha completado; se consulta y se completa automáticamente. No lo vuelvas a intentar.</translation>
    </message>
    <message>
        <source>Quote accepted: %1 sat locked in escrow.</source>
        <extracomment>Task detail: the quote was accepted; %1 is the amount now in escrow.</extracomment>
        <translation>Oferta aceptada: %1 sat bloqueados en custodia.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>No se pudieron actualizar los movimientos: %1</translation>
    </message>
    <message>
        <source>Confirmed: %1 sat released to the worker.</source>
        <extracomment>Task detail: the delivery was confirmed; %1 is what went to the worker.</extracomment>
        <translation>Confirmado: %1 sat liberados para el trabajador.</translation>
    </message>
    <message>
        <source>Quote of %1 sat sent.</source>
        <extracomment>Task detail: the quote was sent; %1 is its price.</extracomment>
        <translation>Oferta de %1 sat enviada.</translation>
    </message>
</context>
<context>
    <name>lw::TaskFeedModel</name>
    <message>
        <source>Untitled task</source>
        <extracomment>Shown in the feed for a task whose market sent no title.</extracomment>
        <translation>Tarea sin título</translation>
    </message>
    <message>
        <source>Budget unknown</source>
        <extracomment>A task&apos;s budget in the feed when the market sent none that makes sense.</extracomment>
        <translation>Presupuesto desconocido</translation>
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
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Quoted</source>
        <extracomment>Task timeline: workers sent quotes.</extracomment>
        <translation>Con ofertas</translation>
    </message>
    <message>
        <source>Escrow locked %1 sat</source>
        <extracomment>Task timeline: the accepted quote&apos;s price is held in escrow; %1 is the amount.</extracomment>
        <translation>%1 sat bloqueados en custodia</translation>
    </message>
    <message>
        <source>Escrow locked</source>
        <extracomment>Task timeline: the accepted quote&apos;s price is held in escrow (amount unknown).</extracomment>
        <translation>Bloqueado en custodia</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>Task timeline: the worker delivered the work.</extracomment>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Released %1 sat</source>
        <extracomment>Task timeline: the buyer confirmed and the escrow went to the worker.</extracomment>
        <translation>%1 sat liberados</translation>
    </message>
    <message>
        <source>Released</source>
        <extracomment>Task timeline: the buyer confirmed and the escrow went to the worker.</extracomment>
        <translation>Liberada</translation>
    </message>
    <message>
        <source>Collected</source>
        <extracomment>Task timeline: the worker moved the earnings to their wallet.</extracomment>
        <translation>Ganancias retiradas</translation>
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
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Earnings are moved to a wallet from Earnings.</source>
        <extracomment>Task timeline: the worker collects earnings from the Earnings screen.</extracomment>
        <translation>Las ganancias se retiran a una cartera desde «Ganancias».</translation>
    </message>
</context>
<context>
    <name>lw::WalletListModel</name>
    <message>
        <source>Lightwork closed its data folder.</source>
        <translation>Lightwork cerró su carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>lw::WalletSetup</name>
    <message>
        <source>Lightwork cannot reach the wallet: %1</source>
        <extracomment>Wallet set-up; %1 is the network error.</extracomment>
        <translation>Lightwork no puede contactar con la cartera: %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s TLS certificate does not match the one given, and no trusted authority vouches for it: %1</source>
        <translation>El certificado TLS de la cartera no coincide con el indicado y ninguna autoridad de confianza lo avala: %1</translation>
    </message>
    <message>
        <source>Authentication failed: the wallet did not accept this %1.</source>
        <extracomment>Wallet set-up; %1 names the secret (&quot;phoenixd http-password&quot;, …).</extracomment>
        <translation>Falló la autenticación: la cartera no aceptó esta credencial (%1).</translation>
    </message>
    <message>
        <source>These credentials can receive but not pay. Use the full-access password or admin key, or tick &quot;Receive only&quot; to use this wallet for receiving.</source>
        <translation>Estas credenciales pueden recibir pero no pagar. Usa la contraseña de acceso completo o la clave de administración, o marca «Solo recibir» para usar esta cartera para recibir.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer cannot be read: %1</source>
        <translation>No se puede leer la respuesta de la cartera: %1</translation>
    </message>
    <message>
        <source>unknown (on your phone)</source>
        <extracomment>Wallet set-up: a phone wallet&apos;s balance is not visible to the app.</extracomment>
        <translation>desconocido (en tu móvil)</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>No se puede leer el archivo de certificado %1.</translation>
    </message>
    <message>
        <source>Unknown network &quot;%1&quot; (bitcoin, testnet, signet or regtest).</source>
        <translation>Red desconocida «%1» (bitcoin, testnet, signet o regtest).</translation>
    </message>
    <message>
        <source>Phone wallet</source>
        <translation>Cartera del móvil</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ponle un nombre a la conexión.</translation>
    </message>
    <message>
        <source>Lightwork is still opening its data folder; try again in a moment.</source>
        <translation>Lightwork todavía está abriendo su carpeta de datos; inténtalo de nuevo en un momento.</translation>
    </message>
</context>
</TS>
