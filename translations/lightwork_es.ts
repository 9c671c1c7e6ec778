<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountSetup</name>
    <message>
        <source>The address needs https:// (http:// only on this computer).</source>
        <translation>La dirección necesita https:// (http:// solo en este ordenador).</translation>
    </message>
    <message>
        <source>The account token is empty.</source>
        <translation>El token de la cuenta está vacío.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>«%1» no es un nombre válido: usa de 1 a 64 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>No profile %1.</source>
        <translation>No existe el perfil %1.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already in this profile.</source>
        <translation>Ya existe una cuenta llamada «%1» en este perfil.</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>A wallet named &quot;%1&quot; exists already in this profile.</source>
        <translation>Ya existe una cartera llamada «%1» en este perfil.</translation>
    </message>
</context>
<context>
    <name>AiForHire</name>
    <message>
        <source>The market&apos;s answer lacks the field “%1”.</source>
        <translation>A la respuesta del mercado le falta el campo «%1».</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a field “%1” of the wrong type.</source>
        <translation>La respuesta del mercado tiene un campo «%1» de tipo incorrecto.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a field “%1” that is too long.</source>
        <translation>La respuesta del mercado tiene un campo «%1» demasiado largo.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has an impossible number in “%1”.</source>
        <translation>La respuesta del mercado tiene un número imposible en «%1».</translation>
    </message>
    <message>
        <source>The market&apos;s answer has a malformed “%1”.</source>
        <translation>La respuesta del mercado tiene un «%1» mal formado.</translation>
    </message>
    <message>
        <source>The market&apos;s answer has an item whose “%1” belongs elsewhere.</source>
        <translation>La respuesta del mercado tiene un elemento cuyo «%1» pertenece a otro sitio.</translation>
    </message>
    <message>
        <source>The market&apos;s invoice could not be read: %1</source>
        <translation>No se pudo leer la factura del mercado: %1</translation>
    </message>
    <message>
        <source>The market&apos;s invoice is for another payment than it says.</source>
        <translation>La factura del mercado es para un pago distinto del indicado.</translation>
    </message>
    <message>
        <source>The market&apos;s invoice asks for another amount than it says.</source>
        <translation>La factura del mercado pide un importe distinto del indicado.</translation>
    </message>
    <message>
        <source>The market&apos;s payment headers disagree with its answer.</source>
        <translation>Las cabeceras de pago del mercado no coinciden con su respuesta.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>El título tiene más de %n carácter.</numerusform>
            <numerusform>El título tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La descripción tiene más de %n carácter.</numerusform>
            <numerusform>La descripción tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget must be a whole number of sats above zero.</source>
        <translation>El presupuesto debe ser un número entero de sats mayor que cero.</translation>
    </message>
    <message>
        <source>The price must be a whole number of sats above zero.</source>
        <translation>El precio debe ser un número entero de sats mayor que cero.</translation>
    </message>
    <message>
        <source>The task is not known.</source>
        <translation>La tarea no es conocida.</translation>
    </message>
    <message>
        <source>The task is not open for quotes.</source>
        <translation>La tarea no admite ofertas.</translation>
    </message>
    <message>
        <source>You cannot quote on your own task.</source>
        <translation>No puedes hacer una oferta en tu propia tarea.</translation>
    </message>
    <message>
        <source>The quote update changes nothing.</source>
        <translation>La actualización de la oferta no cambia nada.</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Un mensaje no puede estar vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The message is longer than %n characters.</source>
        <translation>
            <numerusform>El mensaje tiene más de %n carácter.</numerusform>
            <numerusform>El mensaje tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery needs a file name.</source>
        <translation>Una entrega necesita un nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters.</source>
        <translation>
            <numerusform>El nombre de archivo tiene más de %n carácter.</numerusform>
            <numerusform>El nombre de archivo tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivery needs content.</source>
        <translation>Una entrega necesita contenido.</translation>
    </message>
    <message>
        <source>The delivery is too large.</source>
        <translation>La entrega es demasiado grande.</translation>
    </message>
    <message>
        <source>The delivery&apos;s content is not valid base64.</source>
        <translation>El contenido de la entrega no es base64 válido.</translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>Las notas tienen más de %n carácter.</numerusform>
            <numerusform>Las notas tienen más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must be a whole number of sats above zero.</source>
        <translation>El importe debe ser un número entero de sats mayor que cero.</translation>
    </message>
    <message>
        <source>A withdrawal needs an invoice.</source>
        <translation>Una retirada necesita una factura.</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>No se pudo leer la factura: %1</translation>
    </message>
    <message>
        <source>The invoice must carry an amount: 402ai cannot pay an open one.</source>
        <translation>La factura debe indicar un importe: 402ai no puede pagar una factura sin importe.</translation>
    </message>
    <message>
        <source>The invoice is for %1 sat, not %2 sat.</source>
        <translation>La factura es de %1 sat, no de %2 sat.</translation>
    </message>
</context>
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
    <message>
        <source>Profile</source>
        <extracomment>Navigation rail: picks the profile (e.g. Buyer, Worker) the app acts as.</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Act as another profile: its markets, wallet and limits</source>
        <extracomment>Tooltip of the profile switcher in the navigation rail.</extracomment>
        <translation>Actuar como otro perfil: sus mercados, cartera y límites</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>The server&apos;s token contains characters that can&apos;t be sent back in a header.</source>
        <translation>El token del servidor contiene caracteres que no se pueden devolver en una cabecera.</translation>
    </message>
    <message>
        <source>The payment challenge lacks an id, method or request.</source>
        <translation>Al desafío de pago le falta el id, el método o la solicitud.</translation>
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
    <message>
        <source>Pays from your wallet, within your spending limits and never above the daily cap, when the balance is found below the threshold. It runs each time the Wallet page reads your wallet&apos;s balance, which also shows what it did.</source>
        <extracomment>Settings: explains auto top-up; the Wallet page is where it runs and reports.</extracomment>
        <translation>Paga desde tu cartera, dentro de tus límites de gasto y nunca por encima del límite diario, cuando el saldo está por debajo del umbral. Se ejecuta cada vez que la página Cartera lee el saldo de tu cartera, donde también ves lo que se ha hecho.</translation>
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
    <name>Bech32</name>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>el texto es demasiado largo</translation>
    </message>
    <message>
        <source>it contains a character bech32 does not allow</source>
        <translation>contiene un carácter que bech32 no permite</translation>
    </message>
    <message>
        <source>it mixes upper and lower case</source>
        <translation>mezcla mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>it has no &quot;1&quot; separator</source>
        <translation>no tiene el separador «1»</translation>
    </message>
    <message>
        <source>the part before the &quot;1&quot; separator is empty</source>
        <translation>la parte anterior al separador «1» está vacía</translation>
    </message>
    <message>
        <source>it is too short to hold a checksum</source>
        <translation>es demasiado corto para contener una suma de comprobación</translation>
    </message>
    <message>
        <source>its bech32 checksum does not match</source>
        <translation>su suma de comprobación bech32 no coincide</translation>
    </message>
</context>
<context>
    <name>BlockedPopup</name>
    <message>
        <source>Blocked</source>
        <extracomment>Heading of the feed&apos;s list of blocked buyers and hidden tasks.</extracomment>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>Nothing is blocked. Right-click a task to hide it or block its buyer.</source>
        <extracomment>The feed&apos;s block list is empty; how to add to it.</extracomment>
        <translation>No hay nada bloqueado. Haz clic derecho en una tarea para ocultarla o bloquear a su comprador.</translation>
    </message>
    <message>
        <source>Blocked buyers and tasks</source>
        <extracomment>Accessible name of the feed&apos;s block list.</extracomment>
        <translation>Compradores y tareas bloqueados</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <extracomment>A hidden task in the block list; %1 is its title.</extracomment>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <extracomment>A blocked buyer in the block list; %1 is the buyer&apos;s id.</extracomment>
        <translation>Comprador: %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <extracomment>Removes an entry from the feed&apos;s block list, so its tasks show again.</extracomment>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <extracomment>Accessible name of Unblock; %1 is the buyer or task.</extracomment>
        <translation>Desbloquear %1</translation>
    </message>
</context>
<context>
    <name>Bolt11</name>
    <message>
        <source>the amount has an unknown multiplier &quot;%1&quot;</source>
        <translation>el importe tiene un multiplicador desconocido «%1»</translation>
    </message>
    <message>
        <source>the amount is not a positive whole number</source>
        <translation>el importe no es un número entero positivo</translation>
    </message>
    <message>
        <source>the amount is not a whole number of millisatoshis</source>
        <translation>el importe no es un número entero de milisatoshis</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>el importe no es un número</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>el importe es demasiado grande</translation>
    </message>
    <message>
        <source>the amount is more than 21 million bitcoin</source>
        <translation>el importe supera los 21 millones de bitcoin</translation>
    </message>
    <message>
        <source>the invoice is empty</source>
        <translation>la factura está vacía</translation>
    </message>
    <message>
        <source>the invoice is longer than %1 characters</source>
        <translation>la factura supera los %1 caracteres</translation>
    </message>
    <message>
        <source>it uses the bech32m checksum, which invoices do not use</source>
        <translation>usa la suma de comprobación bech32m, que las facturas no usan</translation>
    </message>
    <message>
        <source>it does not start with &quot;ln&quot;, so it is not an invoice</source>
        <translation>no empieza por «ln», así que no es una factura</translation>
    </message>
    <message>
        <source>the network prefix &quot;%1&quot; is unknown</source>
        <translation>el prefijo de red «%1» es desconocido</translation>
    </message>
    <message>
        <source>it is too short to hold a timestamp and a signature</source>
        <translation>es demasiado corta para contener una marca de tiempo y una firma</translation>
    </message>
    <message>
        <source>a tagged field is cut off</source>
        <translation>un campo etiquetado está cortado</translation>
    </message>
    <message>
        <source>a tagged field runs past the end of the invoice</source>
        <translation>un campo etiquetado se extiende más allá del final de la factura</translation>
    </message>
    <message>
        <source>the description is not valid UTF-8</source>
        <translation>la descripción no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is too large</source>
        <translation>el campo «%1» es demasiado grande</translation>
    </message>
    <message>
        <source>a fallback address field is empty</source>
        <translation>un campo de dirección alternativa está vacío</translation>
    </message>
    <message>
        <source>a fallback address has the wrong length</source>
        <translation>una dirección alternativa tiene una longitud incorrecta</translation>
    </message>
    <message>
        <source>a routing hint is malformed</source>
        <translation>una pista de enrutamiento está mal formada</translation>
    </message>
    <message>
        <source>it requires feature %1, which Lightwork does not know</source>
        <translation>requiere la característica %1, que Lightwork no conoce</translation>
    </message>
    <message>
        <source>it has no payment hash</source>
        <translation>no tiene hash de pago</translation>
    </message>
    <message>
        <source>it has no payment secret</source>
        <translation>no tiene secreto de pago</translation>
    </message>
    <message>
        <source>it has both a description and a description hash</source>
        <translation>tiene a la vez una descripción y un hash de descripción</translation>
    </message>
    <message>
        <source>it has neither a description nor a description hash</source>
        <translation>no tiene ni descripción ni hash de descripción</translation>
    </message>
    <message>
        <source>its signature has an invalid recovery id</source>
        <translation>su firma tiene un id de recuperación no válido</translation>
    </message>
    <message>
        <source>its signature is not in canonical low-S form, which an invoice naming its payee requires</source>
        <translation>su firma no está en la forma canónica low-S, que exige una factura que nombra a su beneficiario</translation>
    </message>
    <message>
        <source>its signature does not match the payee it names</source>
        <translation>su firma no coincide con el beneficiario que indica</translation>
    </message>
    <message>
        <source>its signature is invalid: no payee key can be recovered</source>
        <translation>su firma no es válida: no se puede recuperar ninguna clave del beneficiario</translation>
    </message>
</context>
<context>
    <name>Bolt11Encoder</name>
    <message>
        <source>the node key is not a valid private key</source>
        <translation>la clave del nodo no es una clave privada válida</translation>
    </message>
    <message>
        <source>the amount must be positive and at most 21 million bitcoin</source>
        <translation>el importe debe ser positivo y de 21 millones de bitcoin como máximo</translation>
    </message>
    <message>
        <source>the timestamp does not fit in 35 bits</source>
        <translation>la marca de tiempo no cabe en 35 bits</translation>
    </message>
    <message>
        <source>an invoice needs exactly one of description and description hash</source>
        <translation>una factura necesita exactamente uno de los dos: descripción o hash de descripción</translation>
    </message>
    <message>
        <source>expiry and CLTV delta can&apos;t be negative</source>
        <translation>la caducidad y el delta de CLTV no pueden ser negativos</translation>
    </message>
    <message>
        <source>a fallback address version must be 0 to 18</source>
        <translation>la versión de una dirección alternativa debe estar entre 0 y 18</translation>
    </message>
    <message>
        <source>a routing hint has no hops</source>
        <translation>una pista de enrutamiento no tiene saltos</translation>
    </message>
    <message>
        <source>a feature bit is out of range</source>
        <translation>un bit de característica está fuera de rango</translation>
    </message>
    <message>
        <source>a field is longer than 1023 five-bit groups</source>
        <translation>un campo supera los 1023 grupos de cinco bits</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>la firma falló</translation>
    </message>
</context>
<context>
    <name>ClnWallet</name>
    <message>
        <source>“payment_hash” is not a 32-byte hex value</source>
        <translation>«payment_hash» no es un valor hexadecimal de 32 bytes</translation>
    </message>
    <message>
        <source>“pay_index” is missing or not after %1</source>
        <translation>«pay_index» falta o no es posterior a %1</translation>
    </message>
    <message>
        <source>the invoice is not paid</source>
        <translation>la factura no está pagada</translation>
    </message>
    <message>
        <source>the preimage does not match the hash</source>
        <translation>la preimagen no coincide con el hash</translation>
    </message>
    <message>
        <source>“invoices” is not a list</source>
        <translation>«invoices» no es una lista</translation>
    </message>
    <message>
        <source>a “pay_index” is not a count</source>
        <translation>un «pay_index» no es un recuento</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of msat</source>
        <translation>«%1» no es un número entero de msat</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>«%1» es mayor que cualquier importe posible</translation>
    </message>
    <message>
        <source>an entry of “%1” is not an object</source>
        <translation>una entrada de «%1» no es un objeto</translation>
    </message>
    <message>
        <source>Core Lightning&apos;s answer to %1 could not be read: %2.</source>
        <translation>No se pudo leer la respuesta de Core Lightning a %1: %2.</translation>
    </message>
    <message>
        <source>“network” names an unknown network “%1”</source>
        <translation>«network» indica una red desconocida «%1»</translation>
    </message>
    <message>
        <source>the channels add up to more than any amount can be</source>
        <translation>los canales suman más que cualquier importe posible</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>la factura no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>la factura pide %1 sat en lugar de %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>el hash de pago de la factura no es el indicado</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>la factura es para %1, no para %2</translation>
    </message>
    <message>
        <source>The node reported paying another payment hash.</source>
        <translation>El nodo informó del pago de otro hash de pago.</translation>
    </message>
    <message>
        <source>The node reports the payment failed.</source>
        <translation>El nodo informa de que el pago falló.</translation>
    </message>
    <message>
        <source>The node reports the payment in flight.</source>
        <translation>El nodo informa de que el pago está en curso.</translation>
    </message>
    <message>
        <source>The node&apos;s answer could not be read (%1); the payment may have gone through.</source>
        <translation>No se pudo leer la respuesta del nodo (%1); puede que el pago se haya realizado.</translation>
    </message>
    <message>
        <source>The node reported success, but its preimage does not match the payment hash.</source>
        <translation>El nodo informó de que el pago se realizó, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>The node reports the payment complete, but its preimage does not match the payment hash.</source>
        <translation>El nodo informa de que el pago se completó, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>“status” is an unknown state “%1”</source>
        <translation>«status» es un estado desconocido «%1»</translation>
    </message>
    <message>
        <source>The wallet was closed before Core Lightning answered.</source>
        <translation>La cartera se cerró antes de que Core Lightning respondiera.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>El acceso a la red de Lightwork no está disponible.</translation>
    </message>
    <message>
        <source>Core Lightning did not accept the rune for %1. Create one with lightning-cli createrune that allows the calls Lightwork makes.</source>
        <translation>Core Lightning no aceptó la rune para %1. Crea una con lightning-cli createrune que permita las llamadas que hace Lightwork.</translation>
    </message>
    <message>
        <source>This Core Lightning node does not offer %1.</source>
        <translation>Este nodo de Core Lightning no ofrece %1.</translation>
    </message>
    <message>
        <source>There is no clnrest API at %1.</source>
        <translation>No hay ninguna API de clnrest en %1.</translation>
    </message>
    <message>
        <source>Core Lightning refused %1.</source>
        <translation>Core Lightning rechazó %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Una factura necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Una factura no puede caducar antes de crearse.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Esta factura no tiene importe; Lightwork solo paga facturas que lo indican.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>La factura es para %1, pero la cartera está en %2.</translation>
    </message>
    <message>
        <source>A fee limit cannot be below zero.</source>
        <translation>Un límite de comisión no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>The wallet was closed before Core Lightning answered; the payment may still complete.</source>
        <translation>La cartera se cerró antes de que Core Lightning respondiera; el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>Core Lightning did not answer in time; the payment may still complete.</source>
        <translation>Core Lightning no respondió a tiempo; el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>No complete answer from Core Lightning (%1); the payment may still complete.</source>
        <translation>No llegó una respuesta completa de Core Lightning (%1); el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>Core Lightning&apos;s answer could not be read; the payment may have gone through.</source>
        <translation>No se pudo leer la respuesta de Core Lightning; puede que el pago se haya realizado.</translation>
    </message>
    <message>
        <source>Core Lightning said “%1”, and looking the payment up failed: %2</source>
        <translation>Core Lightning respondió «%1» y la consulta del pago falló: %2</translation>
    </message>
    <message>
        <source>Core Lightning said “%1” but has no record of the payment.</source>
        <translation>Core Lightning respondió «%1», pero no tiene constancia del pago.</translation>
    </message>
</context>
<context>
    <name>ConnectMarketStep</name>
    <message>
        <source>Add the markets you work or hire on. Tokens go to the system keychain, never to Lightwork&apos;s files.</source>
        <extracomment>First-run connect flow, step 3.</extracomment>
        <translation>Añade los mercados en los que trabajas o contratas. Los tokens se guardan en el llavero del sistema, nunca en los archivos de Lightwork.</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Connect flow: which market.
----------
Accessible name of the market kind box.</extracomment>
        <translation>Mercado</translation>
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
        <translation>Herramientas de pago con Lightning (L402)</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Connect flow: the market&apos;s address.</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>https://…</source>
        <extracomment>Placeholder of the market address field.</extracomment>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Market address</source>
        <extracomment>Accessible name of the market address field.</extracomment>
        <translation>Dirección del mercado</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Connect flow: the user&apos;s name for the account.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Optional, e.g. main</source>
        <extracomment>Placeholder of the account name field.</extracomment>
        <translation>Opcional, p. ej. principal</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>Accessible name of the account name field.</extracomment>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>New 402ai account</source>
        <extracomment>Connect flow, 402ai: create an account.</extracomment>
        <translation>Nueva cuenta de 402ai</translation>
    </message>
    <message>
        <source>402ai accounts are prepaid: Lightwork creates one and you pay its first top-up, from your wallet or with a phone.</source>
        <extracomment>Connect flow, 402ai: how a new account is made.</extracomment>
        <translation>Las cuentas de 402ai son de prepago: Lightwork crea una y tú pagas su primera recarga, desde tu cartera o con el móvil.</translation>
    </message>
    <message>
        <source>First top-up in sat</source>
        <extracomment>Accessible name of the first top-up amount field.</extracomment>
        <translation>Primera recarga en sats</translation>
    </message>
    <message>
        <source>sat</source>
        <extracomment>After the first top-up amount field.</extracomment>
        <translation>sat</translation>
    </message>
    <message>
        <source>Create and top up…</source>
        <extracomment>Connect flow, 402ai: create the account and show its top-up invoice.</extracomment>
        <translation>Crear y recargar…</translation>
    </message>
    <message>
        <source>The account is created. Pay its top-up to use it.</source>
        <extracomment>Connect flow, 402ai: the top-up invoice waits to be paid.</extracomment>
        <translation>La cuenta está creada. Paga su recarga para usarla.</translation>
    </message>
    <message>
        <source>Pay the top-up…</source>
        <extracomment>Connect flow, 402ai: open the Pay dialog for the top-up.</extracomment>
        <translation>Pagar la recarga…</translation>
    </message>
    <message>
        <source>Existing 402ai account</source>
        <extracomment>Connect flow, 402ai: an account made before.</extracomment>
        <translation>Cuenta de 402ai existente</translation>
    </message>
    <message>
        <source>Add this market</source>
        <extracomment>Connect flow: add a ProofLayer or tools market.</extracomment>
        <translation>Añadir este mercado</translation>
    </message>
    <message>
        <source>Paste the account&apos;s X-Token</source>
        <extracomment>Placeholder of the X-Token field (402ai&apos;s account token).</extracomment>
        <translation>Pega el X-Token de la cuenta</translation>
    </message>
    <message>
        <source>Account token</source>
        <extracomment>Accessible name of the X-Token field.</extracomment>
        <translation>Token de la cuenta</translation>
    </message>
    <message>
        <source>Test and add</source>
        <extracomment>Connect flow: check the market with a test request and add the account.</extracomment>
        <translation>Probar y añadir</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Connect flow: heading of the accounts added so far.</extracomment>
        <translation>Añadidas</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect my market and wallet</source>
        <extracomment>Title of the first-run connect flow.</extracomment>
        <translation>Conectar mi mercado y mi cartera</translation>
    </message>
    <message>
        <source>Step 1 of 3: your profile</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Paso 1 de 3: tu perfil</translation>
    </message>
    <message>
        <source>Step 2 of 3: a Lightning wallet</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Paso 2 de 3: una cartera Lightning</translation>
    </message>
    <message>
        <source>Step 3 of 3: market accounts</source>
        <extracomment>First-run connect flow: which step of three.</extracomment>
        <translation>Paso 3 de 3: cuentas de mercado</translation>
    </message>
    <message>
        <source>A profile keeps its own market accounts, wallets and spending limits. Name it after what you use it for.</source>
        <extracomment>First-run connect flow, step 1.</extracomment>
        <translation>Un perfil tiene sus propias cuentas de mercado, carteras y límites de gasto. Ponle un nombre según para qué lo uses.</translation>
    </message>
    <message>
        <source>Profile name, e.g. Work</source>
        <extracomment>Placeholder of the profile name field.</extracomment>
        <translation>Nombre del perfil, p. ej. Trabajo</translation>
    </message>
    <message>
        <source>Profile name</source>
        <extracomment>Accessible name of the profile name field.</extracomment>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Connect the wallet Lightwork pays from. You can skip this and pay each invoice with a phone instead.</source>
        <extracomment>First-run connect flow, step 2.</extracomment>
        <translation>Conecta la cartera con la que paga Lightwork. Puedes saltarte este paso y pagar cada factura con el móvil.</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Accessible name of the connect flow&apos;s progress indicator.</extracomment>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>First-run connect flow: one step back.</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>First-run connect flow: on to the market step with the saved wallet.</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>First-run connect flow: no wallet now.</extracomment>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>First-run connect flow: store the profile and go on.</extracomment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>First-run connect flow: done, open the app.</extracomment>
        <translation>Finalizar</translation>
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
    <name>Database</name>
    <message>
        <source>The local database failed while %1.</source>
        <translation>La base de datos local falló al %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of Lightwork (schema %1, this one knows %2)</source>
        <translation>la escribió una versión más reciente de Lightwork (esquema %1, esta conoce el %2)</translation>
    </message>
    <message>
        <source>upgrading</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>preparar una sentencia</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribir</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>El archivo %1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryDelegate</name>
    <message>
        <source>Delivery %1, %2, %3</source>
        <extracomment>What a screen reader says for a delivery: file name, size, age.</extracomment>
        <translation>Entrega %1, %2, %3</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>Delivery: save the delivered file to a folder the user picks.</extracomment>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Delivered by you %1</source>
        <extracomment>Delivery: the user delivered this; %1 is when (&quot;5 min ago&quot;).</extracomment>
        <translation>Entregado por ti %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <extracomment>Delivery: the worker delivered this; %1 is when (&quot;5 min ago&quot;).</extracomment>
        <translation>Entregado %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <extracomment>Delivery: the file&apos;s SHA-256 checksum; %1 is 64 hex digits.</extracomment>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 not known: the market did not send the file.</source>
        <extracomment>Delivery: the market sent neither the file nor a checksum.</extracomment>
        <translation>SHA-256 desconocido: el mercado no envió el archivo.</translation>
    </message>
    <message>
        <source>Checksum</source>
        <extracomment>Accessible name of a delivery&apos;s checksum.</extracomment>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <source>Saved as %1 (SHA-256 matches)</source>
        <extracomment>Delivery: where it was saved; the written file hashes as the delivery.</extracomment>
        <translation>Guardado como %1 (el SHA-256 coincide)</translation>
    </message>
    <message>
        <source>Saved as %1, but its SHA-256 does not match</source>
        <extracomment>Delivery: where it was saved; the written file does not match.</extracomment>
        <translation>Guardado como %1, pero su SHA-256 no coincide</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Choose the file to deliver</source>
        <extracomment>Title of the dialog to pick the file to deliver.</extracomment>
        <translation>Elegir el archivo que entregar</translation>
    </message>
    <message>
        <source>Save the delivered file</source>
        <extracomment>Title of the dialog to save a delivered file.</extracomment>
        <translation>Guardar el archivo entregado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <extracomment>Task detail: heading of the delivery panel.</extracomment>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Drop the file here, or choose it. %1.</source>
        <extracomment>Delivery panel: where to drop the file; %1 is the size limit.</extracomment>
        <translation>Suelta el archivo aquí o elígelo. %1.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <extracomment>Delivery panel: opens the dialog to pick the file to deliver.</extracomment>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Delivery panel: label before the picked file&apos;s name.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Delivery panel: forget the picked file.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>Delivery panel: label before the picked file&apos;s checksum (a technical name).</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>Delivery panel: the file is being read and its checksum computed.</extracomment>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Checksum of the file to deliver</source>
        <extracomment>Accessible name of the picked file&apos;s checksum.</extracomment>
        <translation>Suma de comprobación del archivo que entregar</translation>
    </message>
    <message>
        <source>Notes for the buyer (optional)</source>
        <extracomment>Delivery panel: placeholder of the notes sent with the file.</extracomment>
        <translation>Notas para el comprador (opcional)</translation>
    </message>
    <message>
        <source>Deliver</source>
        <extracomment>Delivery panel: sends the file and notes to the market.</extracomment>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>A task takes one delivery: it cannot be replaced afterwards.</source>
        <extracomment>Delivery panel: a delivery cannot be replaced on 402ai.</extracomment>
        <translation>Una tarea admite una sola entrega: no se puede sustituir después.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <extracomment>Accessible name of the upload&apos;s progress bar.</extracomment>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Delivery panel: stops the upload under way.</extracomment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save as appears when the market sends the file. 402ai lists only names and notes.</source>
        <extracomment>Delivery panel (buyer): 402ai lists what was delivered but may not send the file.</extracomment>
        <translation>«Guardar como» aparece cuando el mercado envía el archivo. 402ai solo muestra nombres y notas.</translation>
    </message>
</context>
<context>
    <name>EarningsCollect</name>
    <message>
        <source>The profile changed before the market was asked.</source>
        <translation>El perfil cambió antes de consultar al mercado.</translation>
    </message>
    <message>
        <source>The market says &quot;paid&quot;, but its node failed to pay (%1); the %2 sat stay debited from the balance. Contact the market.</source>
        <translation>El mercado dice «pagado», pero su nodo no pudo pagar (%1); los %2 sat siguen descontados del saldo. Ponte en contacto con el mercado.</translation>
    </message>
    <message>
        <source>The market did not pay (status &quot;%1&quot;).</source>
        <translation>El mercado no pagó (estado «%1»).</translation>
    </message>
    <message>
        <source>There is nothing to collect.</source>
        <translation>No hay nada que retirar.</translation>
    </message>
    <message>
        <source>Lightwork: earnings from %1</source>
        <translation>Lightwork: ganancias de %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s invoice is not for exactly %1 sat.</source>
        <translation>La factura de la cartera no es de exactamente %1 sat.</translation>
    </message>
    <message>
        <source>There is no 402ai account.</source>
        <translation>No hay ninguna cuenta de 402ai.</translation>
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
    <name>EngineSecrets</name>
    <message>
        <source>The keychain did not keep the secret.</source>
        <translation>El llavero no conservó el secreto.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <source>The profile changed while its wallet was being opened.</source>
        <translation>El perfil cambió mientras se abría su cartera.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (see lightwork-cli profile list).</source>
        <translation>No hay ningún perfil llamado «%1» (consulta lightwork-cli profile list).</translation>
    </message>
    <message>
        <source>No market account to claim the top-up.</source>
        <translation>No hay ninguna cuenta de mercado para reclamar la recarga.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no wallet (see lightwork-cli wallet add).</source>
        <translation>El perfil «%1» no tiene cartera (consulta lightwork-cli wallet add).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 account (see lightwork-cli account add).</source>
        <translation>El perfil «%1» no tiene cuenta de %2 (consulta lightwork-cli account add).</translation>
    </message>
    <message>
        <source>No %2 account named &quot;%1&quot;.</source>
        <translation>No hay ninguna cuenta de %2 llamada «%1».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has several %2 accounts: choose one with --account.</source>
        <translation>El perfil «%1» tiene varias cuentas de %2: elige una con --account.</translation>
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
    <message>
        <source>Saved searches…</source>
        <extracomment>Opens the feed&apos;s saved searches: save the current one, apply or delete one.</extracomment>
        <translation>Búsquedas guardadas…</translation>
    </message>
    <message>
        <source>Blocked (%1)</source>
        <extracomment>Opens the feed&apos;s block list; %1 is how many entries it has.</extracomment>
        <translation>Bloqueados (%1)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Opens the feed&apos;s (empty) block list.</extracomment>
        <translation>Bloqueados</translation>
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
    <message>
        <source>Refresh</source>
        <extracomment>Feed: asks every market for its tasks now.</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask the markets now (F5)</source>
        <extracomment>Tooltip of the feed&apos;s Refresh button; F5 is the keyboard shortcut.</extracomment>
        <translation>Consultar los mercados ahora (F5)</translation>
    </message>
</context>
<context>
    <name>FeedPreferences</name>
    <message>
        <source>Give the search a name of at most %1 characters.</source>
        <extracomment>A saved feed search needs a name of at most %1 characters.</extracomment>
        <translation>Ponle a la búsqueda un nombre de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The search is too long to save.</source>
        <extracomment>A saved feed search&apos;s words or filters were too long to keep.</extracomment>
        <translation>La búsqueda es demasiado larga para guardarla.</translation>
    </message>
    <message>
        <source>Budgets and ages cannot be negative.</source>
        <extracomment>A saved feed search had a negative budget or age.</extracomment>
        <translation>Los presupuestos y las antigüedades no pueden ser negativos.</translation>
    </message>
    <message>
        <source>There is nothing to block.</source>
        <extracomment>Blocking a buyer or hiding a task whose id is unknown.</extracomment>
        <translation>No hay nada que bloquear.</translation>
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
    <name>FeedRowMenu</name>
    <message>
        <source>Hide this task</source>
        <extracomment>Feed row menu: hides this one task from the feed.</extracomment>
        <translation>Ocultar esta tarea</translation>
    </message>
    <message>
        <source>Block this buyer</source>
        <extracomment>Feed row menu: hides every task of this task&apos;s buyer from the feed.</extracomment>
        <translation>Bloquear a este comprador</translation>
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
    <name>HireClient</name>
    <message>
        <source>“%1” is not a valid 402ai id.</source>
        <translation>«%1» no es un id de 402ai válido.</translation>
    </message>
    <message>
        <source>The market did this (journal entry %1), but its answer could not be read: %2</source>
        <translation>El mercado lo hizo (entrada del diario %1), pero no se pudo leer su respuesta: %2</translation>
    </message>
    <message>
        <source>The market did this (journal entry %1; %2), but its answer was lost. Check the market before trying again.</source>
        <translation>El mercado lo hizo (entrada del diario %1; %2), pero su respuesta se perdió. Revisa el mercado antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The account is %1 sat short of the %2 sat escrow. Top it up, then accept again.</source>
        <translation>A la cuenta le faltan %1 sat para la custodia de %2 sat. Recárgala y vuelve a aceptar.</translation>
    </message>
    <message>
        <source>The account&apos;s balance does not cover the escrow. Top it up, then accept again.</source>
        <translation>El saldo de la cuenta no cubre la custodia. Recárgala y vuelve a aceptar.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 bytes.</source>
        <translation>El archivo %1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The market did not open a new account (HTTP %1).</source>
        <translation>El mercado no abrió una cuenta nueva (HTTP %1).</translation>
    </message>
    <message>
        <source>The market answered a top-up without an invoice.</source>
        <translation>El mercado respondió a una recarga sin factura.</translation>
    </message>
    <message>
        <source>The market asks %1 sat for a top-up of %2 sat.</source>
        <translation>El mercado pide %1 sat por una recarga de %2 sat.</translation>
    </message>
    <message>
        <source>This 402ai account has no token yet; a top-up cannot be claimed for it.</source>
        <translation>Esta cuenta de 402ai aún no tiene token; no se puede reclamar una recarga para ella.</translation>
    </message>
    <message>
        <source>The market credited the top-up to another account than this one.</source>
        <translation>El mercado abonó la recarga a otra cuenta distinta de esta.</translation>
    </message>
    <message>
        <source>The market answered with another task.</source>
        <translation>El mercado respondió con otra tarea.</translation>
    </message>
</context>
<context>
    <name>HireTaskFlow</name>
    <message>
        <source>There is no 402ai account.</source>
        <translation>No hay ninguna cuenta de 402ai.</translation>
    </message>
    <message>
        <source>The profile changed before the market was asked.</source>
        <translation>El perfil cambió antes de consultar al mercado.</translation>
    </message>
    <message>
        <source>Task %1 has no quote %2.</source>
        <translation>La tarea %1 no tiene la oferta %2.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>El servidor no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>The server does not allow this action.</source>
        <translation>El servidor no permite esta acción.</translation>
    </message>
    <message>
        <source>The server asks for a payment.</source>
        <translation>El servidor pide un pago.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>El servidor no conoce este elemento.</translation>
    </message>
    <message>
        <source>The item is not in a state that allows this action.</source>
        <translation>El elemento no está en un estado que permita esta acción.</translation>
    </message>
    <message>
        <source>Too many requests; the server asks to slow down.</source>
        <translation>Demasiadas solicitudes; el servidor pide ir más despacio.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>El servidor falló (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Estado HTTP inesperado %1.</translation>
    </message>
    <message>
        <source>Refusing %1: only HTTPS is allowed, except to this computer.</source>
        <translation>Se rechaza %1: solo se permite HTTPS, salvo hacia este ordenador.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not the trusted one.</source>
        <translation>%1 presentó un certificado que no es el de confianza.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than allowed.</source>
        <translation>La respuesta de %1 supera el tamaño permitido.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the answer; the request may have reached the server.</source>
        <translation>La conexión con %1 terminó antes de la respuesta; puede que la solicitud haya llegado al servidor.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La conexión segura con %1 falló: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>The server redirected a request that is not followed.</source>
        <translation>El servidor redirigió una solicitud; esa redirección no se sigue.</translation>
    </message>
    <message>
        <source>Refusing a redirect to %1: only HTTPS is allowed.</source>
        <translation>Se rechaza una redirección a %1: solo se permite HTTPS.</translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 con formato no válido: %2</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafío</translation>
    </message>
    <message>
        <source>no L402, LSAT or Payment challenge found</source>
        <translation>no se encontró ningún desafío L402, LSAT ni Payment</translation>
    </message>
    <message>
        <source>invoice in the %1 challenge</source>
        <translation>factura del desafío %1</translation>
    </message>
    <message>
        <source>Payment challenge</source>
        <translation>desafío Payment</translation>
    </message>
    <message>
        <source>invoice in the Payment challenge</source>
        <translation>factura del desafío Payment</translation>
    </message>
    <message>
        <source>nothing to decode</source>
        <translation>nada que decodificar</translation>
    </message>
    <message>
        <source>payment link</source>
        <translation>enlace de pago</translation>
    </message>
    <message>
        <source>not an invoice, LNURL, Lightning Address, payment link, payment challenge or macaroon</source>
        <translation>no es una factura, LNURL, Lightning Address, enlace de pago, desafío de pago ni macaroon</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>“%1” is not text</source>
        <translation>«%1» no es texto</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>«%1» no es un objeto</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of hex</source>
        <translation>«%1» no son %2 bytes en hexadecimal</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>falta «%1»</translation>
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
    <name>LnbitsEvents</name>
    <message>
        <source>An LNbits event could not be read: %1.</source>
        <translation>No se pudo leer un evento de LNbits: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>«%1» es mayor que cualquier importe posible</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>“payment” is missing</source>
        <translation>falta «payment»</translation>
    </message>
    <message>
        <source>“wallet_balance” is not a number</source>
        <translation>«wallet_balance» no es un número</translation>
    </message>
    <message>
        <source>its preimage is not the payment&apos;s</source>
        <translation>su preimagen no es la del pago</translation>
    </message>
    <message>
        <source>“amount” is 0</source>
        <translation>«amount» es 0</translation>
    </message>
</context>
<context>
    <name>LnbitsWallet</name>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>«%1» es mayor que cualquier importe posible</translation>
    </message>
    <message>
        <source>“%1” is below zero</source>
        <translation>«%1» es menor que cero</translation>
    </message>
    <message>
        <source>LNbits&apos; answer to %1 could not be read: %2.</source>
        <translation>No se pudo leer la respuesta de LNbits a %1: %2.</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>la factura no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>el hash de pago de la factura no es el indicado</translation>
    </message>
    <message>
        <source>it states %1 sat instead of the %2 sat asked for</source>
        <translation>indica %1 sat en lugar de los %2 sat pedidos</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>la factura pide %1 sat en lugar de %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>la factura es para %1, no para %2</translation>
    </message>
    <message>
        <source>LNbits&apos; answer could not be read (%1); the payment may have gone through.</source>
        <translation>No se pudo leer la respuesta de LNbits (%1); puede que el pago se haya realizado.</translation>
    </message>
    <message>
        <source>LNbits reported paying another payment hash (%1).</source>
        <translation>LNbits informó del pago de otro hash de pago (%1).</translation>
    </message>
    <message>
        <source>LNbits accepted the payment.</source>
        <translation>LNbits aceptó el pago.</translation>
    </message>
    <message>
        <source>LNbits reports the payment failed.</source>
        <translation>LNbits informa de que el pago falló.</translation>
    </message>
    <message>
        <source>LNbits reports the payment in flight.</source>
        <translation>LNbits informa de que el pago está en curso.</translation>
    </message>
    <message>
        <source>LNbits reported success, but its preimage does not match the payment hash.</source>
        <translation>LNbits informó de que el pago se realizó, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>LNbits failed without saying how (HTTP 520); the payment may have gone through.</source>
        <translation>LNbits falló sin indicar el motivo (HTTP 520); puede que el pago se haya realizado.</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>se refiere a otro hash de pago</translation>
    </message>
    <message>
        <source>LNbits reports the payment paid, but its preimage could not be read: %1.</source>
        <translation>LNbits informa de que el pago se realizó, pero no se pudo leer su preimagen: %1.</translation>
    </message>
    <message>
        <source>LNbits reports the payment paid, but its preimage does not match the payment hash.</source>
        <translation>LNbits informa de que el pago se realizó, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>The wallet was closed before LNbits answered.</source>
        <translation>La cartera se cerró antes de que LNbits respondiera.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>El acceso a la red de Lightwork no está disponible.</translation>
    </message>
    <message>
        <source>LNbits did not accept the key for this action. The invoice/read key can only receive; paying needs the wallet&apos;s admin key.</source>
        <translation>LNbits no aceptó la clave para esta acción. La clave invoice/read solo puede recibir; para pagar hace falta la clave de administración de la cartera.</translation>
    </message>
    <message>
        <source>There is no LNbits API at %1.</source>
        <translation>No hay ninguna API de LNbits en %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Una factura necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>LNbits makes invoices in whole satoshis; %1 sat is not one.</source>
        <translation>LNbits crea facturas en satoshis enteros; %1 sat no es una cantidad entera.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Una factura no puede caducar antes de crearse.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Esta factura no tiene importe; Lightwork solo paga facturas que lo indican.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>La factura es para %1, pero la cartera está en %2.</translation>
    </message>
    <message>
        <source>The wallet was closed before LNbits answered; the payment may still complete.</source>
        <translation>La cartera se cerró antes de que LNbits respondiera; el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>LNbits did not answer in time; the payment may still complete.</source>
        <translation>LNbits no respondió a tiempo; el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>No complete answer from LNbits (%1); the payment may still complete.</source>
        <translation>No llegó una respuesta completa de LNbits (%1); el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>LNbits said “%1”, and looking the payment up failed: %2</source>
        <translation>LNbits respondió «%1» y la consulta del pago falló: %2</translation>
    </message>
    <message>
        <source>LNbits said “%1” but has no record of the payment.</source>
        <translation>LNbits respondió «%1», pero no tiene constancia del pago.</translation>
    </message>
</context>
<context>
    <name>LndWallet</name>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>«%1» no es un número entero mayor o igual que 0</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>«%1» es mayor que cualquier importe posible</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of base64</source>
        <translation>«%1» no son %2 bytes en base64</translation>
    </message>
    <message>
        <source>LND&apos;s answer to %1 could not be read: %2.</source>
        <translation>No se pudo leer la respuesta de LND a %1: %2.</translation>
    </message>
    <message>
        <source>a line of the stream is not a JSON object</source>
        <translation>una línea del flujo no es un objeto JSON</translation>
    </message>
    <message>
        <source>a line of the stream has neither “result” nor “error”</source>
        <translation>una línea del flujo no tiene ni «result» ni «error»</translation>
    </message>
    <message>
        <source>“chains” names no chain</source>
        <translation>«chains» no indica ninguna cadena</translation>
    </message>
    <message>
        <source>the node runs on “%1”, not bitcoin</source>
        <translation>el nodo funciona en «%1», no en bitcoin</translation>
    </message>
    <message>
        <source>“network” names an unknown network “%1”</source>
        <translation>«network» indica una red desconocida «%1»</translation>
    </message>
    <message>
        <source>“local_balance” is missing</source>
        <translation>falta «local_balance»</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>la factura no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>la factura pide %1 sat en lugar de %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not r_hash</source>
        <translation>el hash de pago de la factura no es r_hash</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>la factura es para %1, no para %2</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>se refiere a otro hash de pago</translation>
    </message>
    <message>
        <source>“settled” is not true or false</source>
        <translation>«settled» no es true ni false</translation>
    </message>
    <message>
        <source>“state” is missing</source>
        <translation>falta «state»</translation>
    </message>
    <message>
        <source>“state” is the unknown “%1”</source>
        <translation>«state» tiene el valor desconocido «%1»</translation>
    </message>
    <message>
        <source>it is about another payment hash (%1)</source>
        <translation>se refiere a otro hash de pago (%1)</translation>
    </message>
    <message>
        <source>LND reports the payment succeeded, but its preimage could not be read: %1.</source>
        <translation>LND informa de que el pago se realizó, pero no se pudo leer su preimagen: %1.</translation>
    </message>
    <message>
        <source>LND reports the payment succeeded, but its preimage does not match the payment hash.</source>
        <translation>LND informa de que el pago se realizó, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>LND gave no reason.</source>
        <translation>LND no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>The payment is in flight.</source>
        <translation>El pago está en curso.</translation>
    </message>
    <message>
        <source>LND reports the unknown status “%1”.</source>
        <translation>LND informa del estado desconocido «%1».</translation>
    </message>
    <message>
        <source>The macaroon does not allow this. Paying needs admin.macaroon or one baked with info:read offchain:read offchain:write invoices:read invoices:write.</source>
        <translation>El macaroon no lo permite. Para pagar hace falta admin.macaroon o uno generado con info:read offchain:read offchain:write invoices:read invoices:write.</translation>
    </message>
    <message>
        <source>LND did not accept the macaroon. Use the hex of admin.macaroon from the node&apos;s data/chain/bitcoin/&lt;network&gt; directory.</source>
        <translation>LND no aceptó el macaroon. Usa el hexadecimal de admin.macaroon del directorio data/chain/bitcoin/&lt;network&gt; del nodo.</translation>
    </message>
    <message>
        <source>%1 The payment was in flight; it may still complete.</source>
        <translation>%1 El pago estaba en curso; aún puede completarse.</translation>
    </message>
    <message>
        <source>%1 The payment may have started; it may still complete.</source>
        <translation>%1 Puede que el pago ya se haya iniciado; aún puede completarse.</translation>
    </message>
    <message>
        <source>a line of the stream is too long</source>
        <translation>una línea del flujo es demasiado larga</translation>
    </message>
    <message>
        <source>There is no LND REST API at this address.</source>
        <translation>No hay ninguna API REST de LND en esta dirección.</translation>
    </message>
    <message>
        <source>LND said “%1”.</source>
        <translation>LND respondió «%1».</translation>
    </message>
    <message>
        <source>LND did not settle the payment in time.</source>
        <translation>LND no completó el pago a tiempo.</translation>
    </message>
    <message>
        <source>No complete answer from LND (%1).</source>
        <translation>No llegó una respuesta completa de LND (%1).</translation>
    </message>
    <message>
        <source>LND&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta de LND (%1).</translation>
    </message>
    <message>
        <source>LND&apos;s answer ended before the payment settled.</source>
        <translation>La respuesta de LND terminó antes de que se completara el pago.</translation>
    </message>
    <message>
        <source>LND could not look the payment up: %1</source>
        <translation>LND no pudo consultar el pago: %1</translation>
    </message>
    <message>
        <source>The payment was in flight when the connection to LND ended.</source>
        <translation>El pago estaba en curso cuando terminó la conexión con LND.</translation>
    </message>
    <message>
        <source>LND did not report the payment&apos;s state in time.</source>
        <translation>LND no informó a tiempo del estado del pago.</translation>
    </message>
    <message>
        <source>the stream ended without the payment&apos;s state</source>
        <translation>el flujo terminó sin el estado del pago</translation>
    </message>
    <message>
        <source>The wallet was closed before LND answered.</source>
        <translation>La cartera se cerró antes de que LND respondiera.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>El acceso a la red de Lightwork no está disponible.</translation>
    </message>
    <message>
        <source>The macaroon is not hex. Paste the hex of the macaroon file (for example `xxd -p -c0 admin.macaroon`).</source>
        <translation>El macaroon no está en hexadecimal. Pega el hexadecimal del archivo macaroon (por ejemplo, `xxd -p -c0 admin.macaroon`).</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Una factura necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>LND accepts invoice descriptions of at most %1 bytes.</source>
        <translation>LND acepta descripciones de factura de %1 bytes como máximo.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Una factura no puede caducar antes de crearse.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Esta factura no tiene importe; Lightwork solo paga facturas que lo indican.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>La factura es para %1, pero la cartera está en %2.</translation>
    </message>
    <message>
        <source>A fee limit cannot be negative.</source>
        <translation>Un límite de comisión no puede ser negativo.</translation>
    </message>
    <message>
        <source>A payment needs time to complete.</source>
        <translation>Un pago necesita tiempo para completarse.</translation>
    </message>
    <message>
        <source>The wallet was closed before LND answered; the payment may still complete.</source>
        <translation>La cartera se cerró antes de que LND respondiera; el pago aún puede completarse.</translation>
    </message>
    <message>
        <source>LND said “%1”, and looking the payment up failed: %2</source>
        <translation>LND respondió «%1» y la consulta del pago falló: %2</translation>
    </message>
    <message>
        <source>LND said “%1” but has no record of the payment.</source>
        <translation>LND respondió «%1», pero no tiene constancia del pago.</translation>
    </message>
</context>
<context>
    <name>Lnurl</name>
    <message>
        <source>it is bech32 but not an LNURL</source>
        <translation>es bech32, pero no es una LNURL</translation>
    </message>
    <message>
        <source>it uses the bech32m checksum</source>
        <translation>usa la suma de comprobación bech32m</translation>
    </message>
    <message>
        <source>its data has invalid padding</source>
        <translation>sus datos tienen un relleno no válido</translation>
    </message>
    <message>
        <source>it does not contain a valid URL</source>
        <translation>no contiene una URL válida</translation>
    </message>
    <message>
        <source>it points to %1, which is not HTTPS</source>
        <translation>apunta a %1, que no es HTTPS</translation>
    </message>
    <message>
        <source>it is not an LNURL link</source>
        <translation>no es un enlace LNURL</translation>
    </message>
    <message>
        <source>the link is not a valid URL</source>
        <translation>el enlace no es una URL válida</translation>
    </message>
    <message>
        <source>a Lightning Address looks like name@example.com</source>
        <translation>una Lightning Address tiene la forma name@example.com</translation>
    </message>
    <message>
        <source>the name part may only hold a-z, 0-9, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;</source>
        <translation>la parte del nombre solo puede contener a-z, 0-9, «-», «_» y «.»</translation>
    </message>
    <message>
        <source>the name part can&apos;t be &quot;.&quot; or &quot;..&quot;</source>
        <translation>la parte del nombre no puede ser «.» ni «..»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain</source>
        <translation>«%1» no es un dominio válido</translation>
    </message>
</context>
<context>
    <name>LnurlFetch</name>
    <message>
        <source>%1 is not an HTTPS address.</source>
        <translation>%1 no es una dirección HTTPS.</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>El servicio dice: %1</translation>
    </message>
    <message>
        <source>This LNURL is not a payment request.</source>
        <translation>Esta LNURL no es una solicitud de pago.</translation>
    </message>
</context>
<context>
    <name>LnurlInvoice</name>
    <message>
        <source>%1 takes %2 to %3 sat.</source>
        <translation>%1 acepta de %2 a %3 sat.</translation>
    </message>
</context>
<context>
    <name>LnurlResponse</name>
    <message>
        <source>The service reported an error without a reason.</source>
        <translation>El servicio informó de un error sin indicar el motivo.</translation>
    </message>
    <message>
        <source>The pay request has no HTTPS callback.</source>
        <translation>La solicitud de pago no tiene callback HTTPS.</translation>
    </message>
    <message>
        <source>The pay request&apos;s amount range is invalid.</source>
        <translation>El rango de importes de la solicitud de pago no es válido.</translation>
    </message>
    <message>
        <source>The pay request has no metadata.</source>
        <translation>La solicitud de pago no tiene metadatos.</translation>
    </message>
    <message>
        <source>The pay request&apos;s metadata is not a JSON array.</source>
        <translation>Los metadatos de la solicitud de pago no son un array JSON.</translation>
    </message>
    <message>
        <source>The pay request&apos;s metadata has no text/plain entry.</source>
        <translation>Los metadatos de la solicitud de pago no tienen ninguna entrada text/plain.</translation>
    </message>
    <message>
        <source>The withdraw request has no HTTPS callback.</source>
        <translation>La solicitud de retiro no tiene callback HTTPS.</translation>
    </message>
    <message>
        <source>The withdraw request has no k1.</source>
        <translation>La solicitud de retiro no tiene k1.</translation>
    </message>
    <message>
        <source>The withdraw request&apos;s amount range is invalid.</source>
        <translation>El rango de importes de la solicitud de retiro no es válido.</translation>
    </message>
    <message>
        <source>The service did not answer with a JSON object.</source>
        <translation>El servicio no respondió con un objeto JSON.</translation>
    </message>
    <message>
        <source>The service did not return an invoice.</source>
        <translation>El servicio no devolvió ninguna factura.</translation>
    </message>
    <message>
        <source>The success link points to another site.</source>
        <translation>El enlace de éxito apunta a otro sitio.</translation>
    </message>
    <message>
        <source>The invoice does not commit to the service&apos;s metadata.</source>
        <translation>La factura no está vinculada a los metadatos del servicio.</translation>
    </message>
    <message>
        <source>The invoice is not for the amount asked for.</source>
        <translation>La factura no es por el importe pedido.</translation>
    </message>
    <message>
        <source>The withdraw link offers %1 to %2 sat.</source>
        <translation>El enlace de retiro ofrece de %1 a %2 sat.</translation>
    </message>
    <message>
        <source>%1 sat is not a whole, positive amount.</source>
        <translation>%1 sat no es un importe entero y positivo.</translation>
    </message>
    <message>
        <source>It does not cover %1 sat.</source>
        <translation>Eso no incluye %1 sat.</translation>
    </message>
    <message>
        <source>No whole number of sats lies in that range.</source>
        <translation>No hay ningún número entero de sats en ese rango.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is neither OK nor an error.</source>
        <translation>La respuesta del servicio no es ni OK ni un error.</translation>
    </message>
</context>
<context>
    <name>Macaroon</name>
    <message>
        <source>not a version 2 macaroon</source>
        <translation>no es un macaroon de la versión 2</translation>
    </message>
    <message>
        <source>the macaroon header is malformed</source>
        <translation>la cabecera del macaroon está mal formada</translation>
    </message>
    <message>
        <source>the macaroon is cut off</source>
        <translation>el macaroon está cortado</translation>
    </message>
    <message>
        <source>a caveat is malformed</source>
        <translation>un caveat está mal formado</translation>
    </message>
    <message>
        <source>a first-party caveat has a location</source>
        <translation>un caveat de primera parte tiene una ubicación</translation>
    </message>
    <message>
        <source>the macaroon signature is missing or not 32 bytes</source>
        <translation>la firma del macaroon falta o no tiene 32 bytes</translation>
    </message>
    <message>
        <source>a V1 macaroon packet is malformed</source>
        <translation>un paquete de macaroon V1 está mal formado</translation>
    </message>
    <message>
        <source>the macaroon JSON is invalid</source>
        <translation>el JSON del macaroon no es válido</translation>
    </message>
    <message>
        <source>the macaroon JSON lacks an identifier or signature</source>
        <translation>al JSON del macaroon le falta un identificador o una firma</translation>
    </message>
    <message>
        <source>the macaroon JSON is empty</source>
        <translation>el JSON del macaroon está vacío</translation>
    </message>
    <message>
        <source>the macaroon is empty</source>
        <translation>el macaroon está vacío</translation>
    </message>
    <message>
        <source>the macaroon is too large</source>
        <translation>el macaroon es demasiado grande</translation>
    </message>
    <message>
        <source>the data is not a macaroon (first byte 0x%1)</source>
        <translation>los datos no son un macaroon (primer byte 0x%1)</translation>
    </message>
    <message>
        <source>the token is too large to be a macaroon</source>
        <translation>el token es demasiado grande para ser un macaroon</translation>
    </message>
    <message>
        <source>the token is not base64</source>
        <translation>el token no está en base64</translation>
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
    <name>MarketCache</name>
    <message>
        <source>The local cache could not be %1.</source>
        <translation>No se pudo %1 la caché local.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escribir</translation>
    </message>
</context>
<context>
    <name>MarketClients</name>
    <message>
        <source>Account &quot;%1&quot; is not a 402ai account.</source>
        <translation>La cuenta «%1» no es una cuenta de 402ai.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is not a tools account.</source>
        <translation>La cuenta «%1» no es una cuenta de herramientas.</translation>
    </message>
    <message>
        <source>claimed earlier</source>
        <translation>ya reclamada antes</translation>
    </message>
    <message>
        <source>claimed; balance %1 sat</source>
        <translation>reclamada; saldo %1 sat</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <extracomment>A message of the user&apos;s that is queued and not confirmed by the market yet.</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>A message the market refused; %1 is its reason (plain text, may be empty).</extracomment>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>You: %1, %2 %3</source>
        <extracomment>What a screen reader says for the user&apos;s own message: text, age, state.</extracomment>
        <translation>Tú: %1, %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a screen reader says for the other side&apos;s message: text and age.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Button under a message the market refused: send it again.</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry sending this message</source>
        <translation>Reintentar el envío de este mensaje</translation>
    </message>
</context>
<context>
    <name>NostrEncryption</name>
    <message>
        <source>An encrypted Nostr message could not be read: %1.</source>
        <translation>No se pudo leer un mensaje cifrado de Nostr: %1.</translation>
    </message>
    <message>
        <source>A NIP-04 initialisation vector must be 16 bytes.</source>
        <translation>Un vector de inicialización NIP-04 debe tener 16 bytes.</translation>
    </message>
    <message>
        <source>The Nostr message is too long.</source>
        <translation>El mensaje de Nostr es demasiado largo.</translation>
    </message>
    <message>
        <source>The Nostr message could not be encrypted (OpenSSL failed).</source>
        <translation>No se pudo cifrar el mensaje de Nostr (falló OpenSSL).</translation>
    </message>
    <message>
        <source>it is too long (%1 characters)</source>
        <translation>es demasiado largo (%1 caracteres)</translation>
    </message>
    <message>
        <source>it is not “ciphertext?iv=vector”</source>
        <translation>no tiene la forma «ciphertext?iv=vector»</translation>
    </message>
    <message>
        <source>it is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>its initialisation vector is not 16 bytes</source>
        <translation>su vector de inicialización no tiene 16 bytes</translation>
    </message>
    <message>
        <source>its length is not a whole number of AES blocks</source>
        <translation>su longitud no es un número entero de bloques AES</translation>
    </message>
    <message>
        <source>its padding is invalid (wrong key?)</source>
        <translation>su relleno no es válido (¿clave incorrecta?)</translation>
    </message>
    <message>
        <source>A Nostr message must be 1 to %1 bytes long; this one is %2.</source>
        <translation>Un mensaje de Nostr debe tener entre 1 y %1 bytes; este tiene %2.</translation>
    </message>
    <message>
        <source>it uses an unsupported encryption version</source>
        <translation>usa una versión de cifrado no compatible</translation>
    </message>
    <message>
        <source>it is too short (%1 characters)</source>
        <translation>es demasiado corto (%1 caracteres)</translation>
    </message>
    <message>
        <source>it is too short (%1 bytes)</source>
        <translation>es demasiado corto (%1 bytes)</translation>
    </message>
    <message>
        <source>it uses unsupported encryption version %1</source>
        <translation>usa la versión de cifrado %1, que no es compatible</translation>
    </message>
    <message>
        <source>OpenSSL failed</source>
        <translation>falló OpenSSL</translation>
    </message>
    <message>
        <source>its authentication code does not match</source>
        <translation>su código de autenticación no coincide</translation>
    </message>
    <message>
        <source>its padding is invalid</source>
        <translation>su relleno no es válido</translation>
    </message>
</context>
<context>
    <name>NostrEvent</name>
    <message>
        <source>A Nostr event was rejected: %1.</source>
        <translation>Se rechazó un evento de Nostr: %1.</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>“%1” is not text</source>
        <translation>«%1» no es texto</translation>
    </message>
    <message>
        <source>“%1” is not %2 bytes of lowercase hex</source>
        <translation>«%1» no son %2 bytes en hexadecimal en minúsculas</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to %2</source>
        <translation>«%1» no es un número entero de 0 a %2</translation>
    </message>
    <message>
        <source>“tags” is missing</source>
        <translation>falta «tags»</translation>
    </message>
    <message>
        <source>“tags” is not a list</source>
        <translation>«tags» no es una lista</translation>
    </message>
    <message>
        <source>a tag is not a list</source>
        <translation>una etiqueta no es una lista</translation>
    </message>
    <message>
        <source>a tag holds something not text</source>
        <translation>una etiqueta contiene algo que no es texto</translation>
    </message>
    <message>
        <source>its id does not match its contents</source>
        <translation>su id no coincide con su contenido</translation>
    </message>
    <message>
        <source>its signature is not valid</source>
        <translation>su firma no es válida</translation>
    </message>
    <message>
        <source>The Nostr secret key is not a valid secp256k1 key.</source>
        <translation>La clave secreta de Nostr no es una clave secp256k1 válida.</translation>
    </message>
    <message>
        <source>The Nostr event could not be signed.</source>
        <translation>No se pudo firmar el evento de Nostr.</translation>
    </message>
</context>
<context>
    <name>NwcUri</name>
    <message>
        <source>This is not a usable Nostr Wallet Connect link: %1</source>
        <translation>Este no es un enlace de Nostr Wallet Connect utilizable: %1</translation>
    </message>
    <message>
        <source>a relay address is not a valid URL.</source>
        <translation>una dirección de relé no es una URL válida.</translation>
    </message>
    <message>
        <source>a relay address carries a user name or password.</source>
        <translation>una dirección de relé lleva un nombre de usuario o una contraseña.</translation>
    </message>
    <message>
        <source>relay %1 is not encrypted (ws://); only wss:// relays are allowed off this computer.</source>
        <translation>el relé %1 no está cifrado (ws://); fuera de este ordenador solo se permiten relés wss://.</translation>
    </message>
    <message>
        <source>a relay address is not a WebSocket URL (wss://).</source>
        <translation>una dirección de relé no es una URL de WebSocket (wss://).</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>es demasiado largo.</translation>
    </message>
    <message>
        <source>it does not start with nostr+walletconnect://.</source>
        <translation>no empieza por nostr+walletconnect://.</translation>
    </message>
    <message>
        <source>the wallet&apos;s public key is not 64 hex digits of a valid key.</source>
        <translation>la clave pública de la cartera no son 64 dígitos hexadecimales de una clave válida.</translation>
    </message>
    <message>
        <source>it names more than %1 relays.</source>
        <translation>indica más de %1 relés.</translation>
    </message>
    <message>
        <source>it contains more than one secret.</source>
        <translation>contiene más de un secreto.</translation>
    </message>
    <message>
        <source>the secret is not 64 hex digits of a valid key.</source>
        <translation>el secreto no son 64 dígitos hexadecimales de una clave válida.</translation>
    </message>
    <message>
        <source>it contains more than one lightning address.</source>
        <translation>contiene más de una Lightning Address.</translation>
    </message>
    <message>
        <source>the lightning address (lud16) is not name@domain.</source>
        <translation>la Lightning Address (lud16) no tiene la forma nombre@dominio.</translation>
    </message>
    <message>
        <source>it has no secret.</source>
        <translation>no contiene ningún secreto.</translation>
    </message>
    <message>
        <source>it names no relay.</source>
        <translation>no indica ningún relé.</translation>
    </message>
</context>
<context>
    <name>NwcWallet</name>
    <message>
        <source>The wallet is receiving too many requests; try again in a few seconds.</source>
        <translation>La cartera está recibiendo demasiadas solicitudes; vuelve a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <source>The wallet does not support this request.</source>
        <translation>La cartera no admite esta solicitud.</translation>
    </message>
    <message>
        <source>The wallet does not have enough funds for this payment.</source>
        <translation>La cartera no tiene fondos suficientes para este pago.</translation>
    </message>
    <message>
        <source>This payment would exceed the spending budget of the wallet connection. Raise the budget in the wallet.</source>
        <translation>Este pago superaría el presupuesto de gasto de la conexión de la cartera. Aumenta el presupuesto en la cartera.</translation>
    </message>
    <message>
        <source>The wallet connection is not allowed to do this. Check its permissions in the wallet.</source>
        <translation>La conexión de la cartera no tiene permiso para hacer esto. Revisa sus permisos en la cartera.</translation>
    </message>
    <message>
        <source>The wallet does not know this connection. It may have been deleted; connect again.</source>
        <translation>La cartera no reconoce esta conexión. Puede que se haya eliminado; vuelve a conectarte.</translation>
    </message>
    <message>
        <source>The wallet had an internal error.</source>
        <translation>La cartera tuvo un error interno.</translation>
    </message>
    <message>
        <source>The wallet does not support the encryption Lightwork used for this request.</source>
        <translation>La cartera no admite el cifrado que Lightwork usó para esta solicitud.</translation>
    </message>
    <message>
        <source>The wallet reported an error.</source>
        <translation>La cartera informó de un error.</translation>
    </message>
    <message>
        <source>The wallet could not make the payment.</source>
        <translation>La cartera no pudo realizar el pago.</translation>
    </message>
    <message>
        <source>The wallet has no record of this invoice or payment.</source>
        <translation>La cartera no tiene constancia de esta factura o pago.</translation>
    </message>
    <message>
        <source>The wallet could not read the request.</source>
        <translation>La cartera no pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>The wallet connection has expired; connect again.</source>
        <translation>La conexión de la cartera ha caducado; vuelve a conectarte.</translation>
    </message>
    <message>
        <source>The wallet reported an error (%1).</source>
        <translation>La cartera informó de un error (%1).</translation>
    </message>
    <message>
        <source>payment_hash is not 64 hex digits</source>
        <translation>payment_hash no son 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>se refiere a otro hash de pago</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer to %1 could not be used: %2.</source>
        <translation>No se puede usar la respuesta de la cartera a %1: %2.</translation>
    </message>
    <message>
        <source>The wallet reported the payment without a preimage; it is being checked.</source>
        <translation>La cartera informó del pago sin preimagen; se está comprobando.</translation>
    </message>
    <message>
        <source>The wallet&apos;s preimage does not match the invoice; the payment is being checked.</source>
        <translation>La preimagen de la cartera no coincide con la factura; se está comprobando el pago.</translation>
    </message>
    <message>
        <source>the hash belongs to an invoice of the wallet, not to a payment</source>
        <translation>el hash pertenece a una factura de la cartera, no a un pago</translation>
    </message>
    <message>
        <source>amount or fees_paid is not a whole number</source>
        <translation>amount o fees_paid no es un número entero</translation>
    </message>
    <message>
        <source>The wallet reports the payment as failed but holds its preimage.</source>
        <translation>La cartera da el pago por fallido, pero tiene su preimagen.</translation>
    </message>
    <message>
        <source>The wallet reports the payment as failed.</source>
        <translation>La cartera da el pago por fallido.</translation>
    </message>
    <message>
        <source>The wallet&apos;s preimage does not match the payment hash.</source>
        <translation>La preimagen de la cartera no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>The wallet reports the payment as settled but gave no preimage to prove it.</source>
        <translation>La cartera da el pago por completado, pero no ha dado ninguna preimagen que lo demuestre.</translation>
    </message>
    <message>
        <source>The payment is still in flight.</source>
        <translation>El pago aún está en curso.</translation>
    </message>
    <message>
        <source>the hash belongs to a payment the wallet made, not to an invoice</source>
        <translation>el hash pertenece a un pago que hizo la cartera, no a una factura</translation>
    </message>
    <message>
        <source>amount is not a whole number</source>
        <translation>amount no es un número entero</translation>
    </message>
    <message>
        <source>its preimage does not match the hash</source>
        <translation>su preimagen no coincide con el hash</translation>
    </message>
    <message>
        <source>it has no invoice</source>
        <translation>no contiene ninguna factura</translation>
    </message>
    <message>
        <source>the invoice does not decode (%1)</source>
        <translation>no se puede decodificar la factura (%1)</translation>
    </message>
    <message>
        <source>the invoice is not for the amount asked</source>
        <translation>la factura no es por el importe solicitado</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>la factura es para %1, no para %2</translation>
    </message>
    <message>
        <source>it does not say which chain the wallet is on</source>
        <translation>no indica en qué red está la cartera</translation>
    </message>
    <message>
        <source>unknown network “%1”</source>
        <translation>red desconocida «%1»</translation>
    </message>
    <message>
        <source>it has no balance</source>
        <translation>no contiene ningún saldo</translation>
    </message>
    <message>
        <source>balance is not a whole number of millisatoshis</source>
        <translation>balance no es un número entero de millisatoshis</translation>
    </message>
    <message>
        <source>The wallet offers no encryption Lightwork supports (NIP-44 v2 or NIP-04).</source>
        <translation>La cartera no ofrece ningún cifrado compatible con Lightwork (NIP-44 v2 o NIP-04).</translation>
    </message>
    <message>
        <source>The wallet connection was closed before the answer arrived.</source>
        <translation>La conexión de la cartera se cerró antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>The wallet connection was closed.</source>
        <translation>La conexión de la cartera se cerró.</translation>
    </message>
    <message>
        <source>None of the wallet connection&apos;s relays could be reached.</source>
        <translation>No se pudo contactar con ninguno de los relés de la conexión de la cartera.</translation>
    </message>
    <message>
        <source>The wallet has not published what it offers (NIP-47 info event) on its relays. Check that the wallet is online and the connection still exists.</source>
        <translation>La cartera no ha publicado en sus relés lo que ofrece (evento de información NIP-47). Comprueba que la cartera esté en línea y que la conexión siga existiendo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The request is too large for NIP-47.</source>
        <translation>La solicitud es demasiado grande para NIP-47.</translation>
    </message>
    <message>
        <source>The request could not be encrypted.</source>
        <translation>No se pudo cifrar la solicitud.</translation>
    </message>
    <message>
        <source>The request could not be signed.</source>
        <translation>No se pudo firmar la solicitud.</translation>
    </message>
    <message>
        <source>The wallet did not answer in time.</source>
        <translation>La cartera no respondió a tiempo.</translation>
    </message>
    <message>
        <source>No relay of the wallet connection could be reached.</source>
        <translation>No se pudo contactar con ningún relé de la conexión de la cartera.</translation>
    </message>
    <message>
        <source>The relays refused the request: %1</source>
        <translation>Los relés rechazaron la solicitud: %1</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer could not be decrypted.</source>
        <translation>No se pudo descifrar la respuesta de la cartera.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer is not a JSON object.</source>
        <translation>La respuesta de la cartera no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The wallet answered a different request (%1 instead of %2).</source>
        <translation>La cartera respondió a otra solicitud (%1 en lugar de %2).</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer has an unreadable error field.</source>
        <translation>La respuesta de la cartera tiene un campo de error ilegible.</translation>
    </message>
    <message>
        <source>The wallet&apos;s answer has neither a result nor an error.</source>
        <translation>La respuesta de la cartera no contiene ni un resultado ni un error.</translation>
    </message>
    <message>
        <source>The wallet was closed before the wallet service answered.</source>
        <translation>La cartera se cerró antes de que respondiera el servicio de la cartera.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Esta factura no tiene importe; Lightwork solo paga facturas que lo indiquen.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>La factura es para %1, pero la cartera está en %2.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La factura ha caducado.</translation>
    </message>
    <message>
        <source>The wallet was closed before the wallet service answered; the payment may still complete.</source>
        <translation>La cartera se cerró antes de que respondiera el servicio de la cartera; puede que el pago aún se complete.</translation>
    </message>
    <message>
        <source>This wallet connection may not pay invoices.</source>
        <translation>Esta conexión de cartera no puede pagar facturas.</translation>
    </message>
    <message>
        <source>The wallet did not answer within %1 s; the payment may still complete.</source>
        <translation>La cartera no respondió en %1 s; puede que el pago aún se complete.</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Una factura necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Una factura no puede caducar antes de crearse.</translation>
    </message>
    <message>
        <source>Invoice descriptions are limited to 639 characters.</source>
        <translation>Las descripciones de factura están limitadas a 639 caracteres.</translation>
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
    <message>
        <source>Fee limit in sat, at most %1</source>
        <extracomment>Accessible name of the Pay dialog&apos;s fee limit field; %1 is the highest value.</extracomment>
        <translation>Límite de comisión en sats, como máximo %1</translation>
    </message>
    <message>
        <source>sat (up to %1)</source>
        <extracomment>Pay dialog, after the fee limit field; %1 is the highest limit in sats.</extracomment>
        <translation>sat (hasta %1)</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Pay dialog row label: the amount plus the most the routing may cost.</extracomment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PaymentChallenge</name>
    <message>
        <source>An %1 challenge has no token or macaroon.</source>
        <translation>Un desafío %1 no tiene token ni macaroon.</translation>
    </message>
    <message>
        <source>An %1 challenge has no invoice.</source>
        <translation>Un desafío %1 no tiene factura.</translation>
    </message>
    <message>
        <source>The payment challenge has no request.</source>
        <translation>El desafío de pago no tiene solicitud.</translation>
    </message>
    <message>
        <source>The payment request is too large.</source>
        <translation>La solicitud de pago es demasiado grande.</translation>
    </message>
    <message>
        <source>The payment request is not base64url.</source>
        <translation>La solicitud de pago no está en base64url.</translation>
    </message>
    <message>
        <source>The payment request is not a JSON object.</source>
        <translation>La solicitud de pago no es un objeto JSON.</translation>
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
        <translation>No hay ninguna cartera conectada y esto requiere un pago.</translation>
    </message>
    <message>
        <source>The server&apos;s payment challenge cannot be paid: %1</source>
        <translation>No se puede pagar el desafío de pago del servidor: %1</translation>
    </message>
    <message>
        <source>The server asks for L402 version %1, which Lightwork does not pay automatically.</source>
        <translation>El servidor pide la versión %1 de L402, que Lightwork no paga automáticamente.</translation>
    </message>
    <message>
        <source>The server&apos;s invoice cannot be read: %1</source>
        <translation>No se puede leer la factura del servidor: %1</translation>
    </message>
    <message>
        <source>This invoice is already being paid or was paid (journal entry %1).</source>
        <translation>Esta factura ya se está pagando o ya se pagó (entrada del diario %1).</translation>
    </message>
    <message>
        <source>%1 sat is above your confirmation threshold and nobody can confirm it.</source>
        <translation>%1 sat supera tu umbral de confirmación y nadie puede confirmarlo.</translation>
    </message>
    <message>
        <source>Payment declined.</source>
        <translation>Pago rechazado.</translation>
    </message>
    <message>
        <source>The journaled invoice is unreadable.</source>
        <translation>La factura del diario es ilegible.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La factura ha caducado.</translation>
    </message>
    <message>
        <source>Another wallet is already paying this invoice; it was not paid here. Run resume later.</source>
        <translation>Otra cartera ya está pagando esta factura; aquí no se ha pagado. Ejecuta resume más tarde.</translation>
    </message>
    <message>
        <source>Payment %1 is already being handled.</source>
        <translation>El pago %1 ya se está procesando.</translation>
    </message>
    <message>
        <source>The wallet did not confirm the payment (%1). It will be looked up by its hash; run resume later.</source>
        <translation>La cartera no confirmó el pago (%1). Se consultará por su hash; ejecuta resume más tarde.</translation>
    </message>
    <message>
        <source>The wallet reported success without a valid preimage; the payment stays pending and will be looked up again.</source>
        <translation>La cartera informó de éxito sin una preimagen válida; el pago sigue pendiente y se volverá a consultar.</translation>
    </message>
    <message>
        <source>The payment is still in flight. Run resume later to finish it.</source>
        <translation>El pago aún está en curso. Ejecuta resume más tarde para completarlo.</translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation>El pago falló: %1</translation>
    </message>
    <message>
        <source>The wallet lost track of the payment.</source>
        <translation>La cartera perdió el rastro del pago.</translation>
    </message>
    <message>
        <source>the wallet never received the payment</source>
        <translation>la cartera nunca recibió el pago</translation>
    </message>
    <message>
        <source>Payment %1 moved on.</source>
        <translation>El estado del pago %1 ha cambiado entretanto.</translation>
    </message>
    <message>
        <source>The payment was never sent; start it again.</source>
        <translation>El pago nunca se envió; vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>Unknown payment state.</source>
        <translation>Estado de pago desconocido.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>No market can claim this top-up.</source>
        <translation>Ningún mercado puede reclamar esta recarga.</translation>
    </message>
    <message>
        <source>The journaled challenge is unreadable.</source>
        <translation>El desafío del diario es ilegible.</translation>
    </message>
    <message>
        <source>the server had already accepted this payment</source>
        <translation>el servidor ya había aceptado este pago</translation>
    </message>
    <message>
        <source>Paid %1 sat, but the server did not accept the payment (hash %2).</source>
        <translation>Se pagaron %1 sat, pero el servidor no aceptó el pago (hash %2).</translation>
    </message>
    <message>
        <source>The invoice cannot be read: %1</source>
        <translation>No se puede leer la factura: %1</translation>
    </message>
    <message>
        <source>Interrupted before any payment, after the request may have reached the server; not repeated. Check the market before trying again.</source>
        <translation>Interrumpido antes de cualquier pago, cuando la solicitud quizá ya había llegado al servidor; no se ha repetido. Revisa el mercado antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>interrupted before paying</source>
        <translation>interrumpido antes de pagar</translation>
    </message>
    <message>
        <source>No payment hash recorded.</source>
        <translation>No hay ningún hash de pago registrado.</translation>
    </message>
    <message>
        <source>Payment %1 was handed to another wallet (%2); connect that wallet again to finish it.</source>
        <translation>El pago %1 se pasó a otra cartera (%2); vuelve a conectar esa cartera para completarlo.</translation>
    </message>
    <message>
        <source>The journaled preimage is missing or wrong.</source>
        <translation>La preimagen del diario falta o es incorrecta.</translation>
    </message>
</context>
<context>
    <name>PaymentJournal</name>
    <message>
        <source>Payment %1&apos;s secrets cannot be decrypted: the keychain&apos;s data key is not the one they were sealed with.</source>
        <translation>No se pueden descifrar los secretos del pago %1: la clave de datos del llavero no es con la que se cifraron.</translation>
    </message>
    <message>
        <source>There is no payment %1 in the journal.</source>
        <translation>No hay ningún pago %1 en el diario.</translation>
    </message>
</context>
<context>
    <name>PaymentRecovery</name>
    <message>
        <source>Following job %1 of %2 (journal entry %3).</source>
        <translation>Siguiendo el trabajo %1 de %2 (entrada del diario %3).</translation>
    </message>
    <message>
        <source>The profile changed; the refund is claimed on the next start.</source>
        <translation>El perfil ha cambiado; el reembolso se reclamará en el próximo inicio.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>No se pudo actualizar el registro de movimientos: %1</translation>
    </message>
</context>
<context>
    <name>PaymentUri</name>
    <message>
        <source>invalid LNURL: %1</source>
        <translation>LNURL no válida: %1</translation>
    </message>
    <message>
        <source>invalid Lightning Address: %1</source>
        <translation>Lightning Address no válida: %1</translation>
    </message>
    <message>
        <source>it is not an invoice, LNURL, Lightning Address or payment link</source>
        <translation>no es una factura, una LNURL, una Lightning Address ni un enlace de pago</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a valid bitcoin amount</source>
        <translation>el importe «%1» no es un importe de bitcoin válido</translation>
    </message>
    <message>
        <source>the link requires &quot;%1&quot;, which Lightwork does not support</source>
        <translation>el enlace requiere «%1», que Lightwork no admite</translation>
    </message>
    <message>
        <source>the bitcoin link has neither an address nor a lightning invoice</source>
        <translation>el enlace de bitcoin no tiene ni una dirección ni una factura Lightning</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>nada que pagar</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>el texto es demasiado largo</translation>
    </message>
    <message>
        <source>the web link carries no lightning payment</source>
        <translation>el enlace web no contiene ningún pago Lightning</translation>
    </message>
</context>
<context>
    <name>PhoenixdEvents</name>
    <message>
        <source>A phoenixd event could not be read: %1.</source>
        <translation>No se pudo leer un evento de phoenixd: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>«%1» no es un número entero mayor o igual que 0</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>“amountSat” is not an amount that can be received</source>
        <translation>«amountSat» no es un importe que se pueda recibir</translation>
    </message>
    <message>
        <source>its preimage is not the payment&apos;s</source>
        <translation>su preimagen no es la del pago</translation>
    </message>
</context>
<context>
    <name>PhoenixdWallet</name>
    <message>
        <source>“%1” is not a whole number of at least 0</source>
        <translation>«%1» no es un número entero mayor o igual que 0</translation>
    </message>
    <message>
        <source>“%1” is larger than any amount can be</source>
        <translation>«%1» es mayor de lo que puede ser un importe</translation>
    </message>
    <message>
        <source>phoenixd&apos;s answer to %1 could not be read: %2.</source>
        <translation>No se pudo leer la respuesta de phoenixd a %1: %2.</translation>
    </message>
    <message>
        <source>phoenixd&apos;s answer could not be read (%1); the payment may have gone through.</source>
        <translation>No se pudo leer la respuesta de phoenixd (%1); puede que el pago se haya realizado.</translation>
    </message>
    <message>
        <source>“chain” names an unknown network “%1”</source>
        <translation>«chain» indica una red desconocida, «%1»</translation>
    </message>
    <message>
        <source>it states %1 sat instead of the %2 sat asked for</source>
        <translation>indica %1 sat en lugar de los %2 sat solicitados</translation>
    </message>
    <message>
        <source>the invoice does not decode: %1</source>
        <translation>no se puede decodificar la factura: %1</translation>
    </message>
    <message>
        <source>the invoice asks for %1 sat instead of %2 sat</source>
        <translation>la factura pide %1 sat en lugar de %2 sat</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>the invoice&apos;s payment hash is not the one stated</source>
        <translation>el hash de pago de la factura no es el indicado</translation>
    </message>
    <message>
        <source>the invoice is for %1, not %2</source>
        <translation>la factura es para %1, no para %2</translation>
    </message>
    <message>
        <source>phoenixd reported paying another payment hash (%1).</source>
        <translation>phoenixd informó del pago de otro hash de pago (%1).</translation>
    </message>
    <message>
        <source>phoenixd reported success, but its preimage does not match the payment hash.</source>
        <translation>phoenixd informó de éxito, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>neither a payment nor a failure</source>
        <translation>ni un pago ni un fallo</translation>
    </message>
    <message>
        <source>it is about another payment hash</source>
        <translation>se refiere a otro hash de pago</translation>
    </message>
    <message>
        <source>phoenixd reports the payment paid, but its preimage could not be read: %1.</source>
        <translation>phoenixd da el pago por pagado, pero no se pudo leer su preimagen: %1.</translation>
    </message>
    <message>
        <source>phoenixd reports the payment paid, but its preimage does not match the payment hash.</source>
        <translation>phoenixd da el pago por pagado, pero su preimagen no coincide con el hash de pago.</translation>
    </message>
    <message>
        <source>The wallet was closed before phoenixd answered.</source>
        <translation>La cartera se cerró antes de que phoenixd respondiera.</translation>
    </message>
    <message>
        <source>Lightwork&apos;s network access is not available.</source>
        <translation>El acceso a la red de Lightwork no está disponible.</translation>
    </message>
    <message>
        <source>phoenixd did not accept the password. Use http-password from phoenix.conf: paying needs it, http-password-limited-access can only receive.</source>
        <translation>phoenixd no aceptó la contraseña. Usa http-password de phoenix.conf: hace falta para pagar; con http-password-limited-access solo se puede recibir.</translation>
    </message>
    <message>
        <source>There is no phoenixd API at %1.</source>
        <translation>No hay ninguna API de phoenixd en %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>An invoice needs an amount above zero.</source>
        <translation>Una factura necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>phoenixd makes invoices in whole satoshis; %1 sat is not one.</source>
        <translation>phoenixd crea facturas en satoshis enteros; %1 sat no es un número entero.</translation>
    </message>
    <message>
        <source>phoenixd accepts invoice descriptions of at most %1 characters.</source>
        <translation>phoenixd acepta descripciones de factura de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>An invoice cannot expire before it is made.</source>
        <translation>Una factura no puede caducar antes de crearse.</translation>
    </message>
    <message>
        <source>This invoice has no amount; Lightwork pays only invoices that state one.</source>
        <translation>Esta factura no tiene importe; Lightwork solo paga facturas que lo indiquen.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the wallet is on %2.</source>
        <translation>La factura es para %1, pero la cartera está en %2.</translation>
    </message>
    <message>
        <source>The wallet was closed before phoenixd answered; the payment may still complete.</source>
        <translation>La cartera se cerró antes de que phoenixd respondiera; puede que el pago aún se complete.</translation>
    </message>
    <message>
        <source>phoenixd said “%1”, and looking the payment up failed: %2</source>
        <translation>phoenixd respondió «%1» y la consulta del pago falló: %2</translation>
    </message>
    <message>
        <source>phoenixd said “%1” but has no record of the payment.</source>
        <translation>phoenixd respondió «%1», pero no tiene constancia del pago.</translation>
    </message>
    <message>
        <source>phoenixd did not answer in time; the payment may still complete.</source>
        <translation>phoenixd no respondió a tiempo; puede que el pago aún se complete.</translation>
    </message>
    <message>
        <source>No complete answer from phoenixd (%1); the payment may still complete.</source>
        <translation>No hubo respuesta completa de phoenixd (%1); puede que el pago aún se complete.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
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
    <name>ProofLayer</name>
    <message>
        <source>“%1” is not a ProofLayer id.</source>
        <translation>«%1» no es un id de ProofLayer.</translation>
    </message>
    <message>
        <source>ProofLayer answered with another task than the one asked.</source>
        <translation>ProofLayer respondió con otra tarea distinta de la solicitada.</translation>
    </message>
    <message>
        <source>ProofLayer answered with another worker than the one asked.</source>
        <translation>ProofLayer respondió con otro trabajador distinto del solicitado.</translation>
    </message>
    <message>
        <source>The Lightning Address %1 cannot receive payments: %2</source>
        <translation>La Lightning Address %1 no puede recibir pagos: %2</translation>
    </message>
    <message>
        <source>it accepts less than one sat.</source>
        <translation>acepta menos de un sat.</translation>
    </message>
    <message>
        <source>ProofLayer registered the payout address “%1”, not %2.</source>
        <translation>ProofLayer registró la dirección de cobro «%1», no %2.</translation>
    </message>
    <message>
        <source>ProofLayer created the task (journal entry %1), but its answer could not be read: %2</source>
        <translation>ProofLayer creó la tarea (entrada del diario %1), pero no se pudo leer su respuesta: %2</translation>
    </message>
    <message>
        <source>Another worker claimed this task first.</source>
        <translation>Otro trabajador reclamó esta tarea primero.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has no “%1”.</source>
        <translation>A la respuesta de ProofLayer le falta «%1».</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has “%1” of the wrong type.</source>
        <translation>En la respuesta de ProofLayer, «%1» tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has a “%1” that is too long.</source>
        <translation>En la respuesta de ProofLayer, «%1» es demasiado largo.</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has an impossible value in “%1”.</source>
        <translation>La respuesta de ProofLayer tiene un valor imposible en «%1».</translation>
    </message>
    <message>
        <source>ProofLayer&apos;s answer has a “%1” with characters an id cannot have.</source>
        <translation>En la respuesta de ProofLayer, «%1» tiene caracteres que un id no puede tener.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address.</source>
        <translation>%1 debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>The display name must have 1 to %1 characters.</source>
        <translation>El nombre visible debe tener entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>The worker type must be human or agent.</source>
        <translation>El tipo de trabajador debe ser human o agent.</translation>
    </message>
    <message>
        <source>“%1” is not a Lightning Address: %2</source>
        <translation>«%1» no es una Lightning Address: %2</translation>
    </message>
    <message>
        <source>The task type must be one of %1.</source>
        <translation>El tipo de tarea debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>The worker type must be one of %1.</source>
        <translation>El tipo de trabajador debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>The trust mode must be one of %1.</source>
        <translation>El modo de confianza debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>The title must have 1 to %1 characters.</source>
        <translation>El título debe tener entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>The task needs a question or instructions for the worker.</source>
        <translation>La tarea necesita una pregunta o instrucciones para el trabajador.</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>La URL</translation>
    </message>
    <message>
        <source>The image URL</source>
        <translation>La URL de la imagen</translation>
    </message>
    <message>
        <source>An attachment is an image or a link.</source>
        <translation>Un adjunto es una imagen o un enlace.</translation>
    </message>
    <message>
        <source>An attachment needs an http:// or https:// address.</source>
        <translation>Un adjunto necesita una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>The budget must be a whole number of sats above zero.</source>
        <translation>El presupuesto debe ser un número entero de sats mayor que cero.</translation>
    </message>
    <message>
        <source>The task&apos;s budget differs between the address, the body and the agreed price; nothing was sent.</source>
        <translation>El presupuesto de la tarea no coincide entre la dirección, el cuerpo y el precio acordado; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object with at least one field.</source>
        <translation>La respuesta debe ser un objeto JSON con al menos un campo.</translation>
    </message>
    <message>
        <source>The confidence must be a number from 0 to 1.</source>
        <translation>La confianza debe ser un número de 0 a 1.</translation>
    </message>
    <message>
        <source>The proof URL</source>
        <translation>La URL de la prueba</translation>
    </message>
    <message>
        <source>This task requires proof: give a proof URL.</source>
        <translation>Esta tarea requiere una prueba: indica una URL de prueba.</translation>
    </message>
</context>
<context>
    <name>ProofLayerFilterBar</name>
    <message>
        <source>All types</source>
        <extracomment>First entry of the task type filter: no filtering</extracomment>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Task type</source>
        <extracomment>Accessible name of the task type filter</extracomment>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>First entry of the status filter: no filtering</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Accessible name of the status filter</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Min sat</source>
        <extracomment>Placeholder of the smallest reward filter, in sats</extracomment>
        <translation>Mín. sat</translation>
    </message>
    <message>
        <source>Smallest reward in sats</source>
        <extracomment>Accessible name of the smallest reward filter</extracomment>
        <translation>Recompensa mínima en sats</translation>
    </message>
    <message>
        <source>Max sat</source>
        <extracomment>Placeholder of the largest reward filter, in sats</extracomment>
        <translation>Máx. sat</translation>
    </message>
    <message>
        <source>Largest reward in sats</source>
        <extracomment>Accessible name of the largest reward filter</extracomment>
        <translation>Recompensa máxima en sats</translation>
    </message>
</context>
<context>
    <name>ProofLayerFlow</name>
    <message>
        <source>Account &quot;%1&quot; is not registered as a worker yet (see lightwork-cli prooflayer register).</source>
        <translation>La cuenta «%1» aún no está registrada como trabajador (consulta lightwork-cli prooflayer register).</translation>
    </message>
    <message>
        <source>“%1” is not a Lightning Address (name@domain).</source>
        <translation>«%1» no es una Lightning Address (nombre@dominio).</translation>
    </message>
    <message>
        <source>The Lightning Address %1 cannot receive payments: %2</source>
        <translation>La Lightning Address %1 no puede recibir pagos: %2</translation>
    </message>
    <message>
        <source>The Lightning Address %1 accepts less than one sat.</source>
        <translation>La Lightning Address %1 acepta menos de un sat.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is registered as worker %2 already; add another account to register another worker.</source>
        <translation>La cuenta «%1» ya está registrada como trabajador %2; añade otra cuenta para registrar otro trabajador.</translation>
    </message>
    <message>
        <source>Registered as worker %1, but the id could not be saved: %2</source>
        <translation>Registrado como trabajador %1, pero no se pudo guardar el id: %2</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>La respuesta es demasiado larga (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The answer must be a JSON object ({ … }).</source>
        <translation>La respuesta debe ser un objeto JSON ({ … }).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Task %1 is not claimed by your worker.</source>
        <translation>La tarea %1 no la ha reclamado tu trabajador.</translation>
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
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>ProofLayer page while the data folder is not open yet</extracomment>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>The ProofLayer screen is ready once Lightwork is set up.</source>
        <extracomment>ProofLayer page while the data folder is not open yet</extracomment>
        <translation>La pantalla de ProofLayer estará lista cuando Lightwork esté configurado.</translation>
    </message>
    <message>
        <source>No ProofLayer account</source>
        <extracomment>ProofLayer page when the profile has no ProofLayer account</extracomment>
        <translation>Sin cuenta de ProofLayer</translation>
    </message>
    <message>
        <source>ProofLayer tasks</source>
        <extracomment>Accessible name of the ProofLayer task list</extracomment>
        <translation>Tareas de ProofLayer</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <extracomment>Every ProofLayer task is hidden by the filters</extracomment>
        <translation>Ninguna tarea coincide con los filtros.</translation>
    </message>
    <message>
        <source>No open tasks right now. Refresh, or come back later.</source>
        <extracomment>The ProofLayer feed is empty</extracomment>
        <translation>No hay tareas abiertas ahora mismo. Actualiza o vuelve más tarde.</translation>
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
        <translation>creado %1 · actualizado %2</translation>
    </message>
</context>
<context>
    <name>ProofLayerTaskDelegate</name>
    <message>
        <source>Proof required</source>
        <extracomment>A ProofLayer task&apos;s trust mode: the worker must link a proof</extracomment>
        <translation>Prueba obligatoria</translation>
    </message>
    <message>
        <source>Result only</source>
        <extracomment>A ProofLayer task&apos;s trust mode: the answer alone is enough</extracomment>
        <translation>Solo resultado</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5, %6</source>
        <extracomment>What a screen reader says for a ProofLayer task row: title, type, reward, trust mode, status, deadline.</extracomment>
        <translation>%1, %2, %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <extracomment>Button: take a ProofLayer task (first come, first served; free)</extracomment>
        <translation>Reclamando…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamar</translation>
    </message>
    <message>
        <source>Submit result</source>
        <extracomment>Button: open the result form for a claimed ProofLayer task</extracomment>
        <translation>Enviar resultado</translation>
    </message>
</context>
<context>
    <name>PushSocket</name>
    <message>
        <source>The wallet did not open its event feed in time.</source>
        <translation>La cartera no abrió su flujo de eventos a tiempo.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed stopped answering.</source>
        <translation>El flujo de eventos de la cartera dejó de responder.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed needs wss://; plain ws:// is only allowed to this computer.</source>
        <translation>El flujo de eventos de la cartera necesita wss://; ws:// sin cifrar solo se permite hacia este ordenador.</translation>
    </message>
    <message>
        <source>The wallet refused its event feed: %1</source>
        <translation>La cartera rechazó su flujo de eventos: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed was closed (code %1).</source>
        <translation>El flujo de eventos de la cartera se cerró (código %1).</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed was closed: %1</source>
        <translation>El flujo de eventos de la cartera se cerró: %1</translation>
    </message>
    <message>
        <source>The wallet did not accept the credentials for its event feed.</source>
        <translation>La cartera no aceptó las credenciales de su flujo de eventos.</translation>
    </message>
    <message>
        <source>The wallet&apos;s event feed failed: %1</source>
        <translation>El flujo de eventos de la cartera falló: %1</translation>
    </message>
</context>
<context>
    <name>QrWallet</name>
    <message>
        <source>A phone wallet cannot receive payments through Lightwork. Connect a node wallet to receive.</source>
        <translation>Una cartera del móvil no puede recibir pagos a través de Lightwork. Conecta una cartera de nodo para recibir.</translation>
    </message>
    <message>
        <source>Not confirmed: paste the preimage if your phone paid.</source>
        <translation>Sin confirmar: pega la preimagen si tu móvil ha pagado.</translation>
    </message>
    <message>
        <source>The phone wallet was closed before a preimage was pasted; the phone may still pay.</source>
        <translation>La cartera del móvil se cerró antes de pegar una preimagen; puede que el móvil aún pague.</translation>
    </message>
    <message>
        <source>Phone wallet</source>
        <translation>Cartera del móvil</translation>
    </message>
    <message>
        <source>Lightwork cannot see the phone wallet&apos;s balance; check it on the phone.</source>
        <translation>Lightwork no puede ver el saldo de la cartera del móvil; consúltalo en el móvil.</translation>
    </message>
    <message>
        <source>The invoice has no amount; a QR code is only shown for an invoice that names what to pay.</source>
        <translation>La factura no tiene importe; solo se muestra un código QR para una factura que indique cuánto pagar.</translation>
    </message>
    <message>
        <source>The invoice is for %1, but the phone wallet is set up for %2.</source>
        <translation>La factura es para %1, pero la cartera del móvil está configurada para %2.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La factura ha caducado.</translation>
    </message>
    <message>
        <source>The invoice is too long for a QR code.</source>
        <translation>La factura es demasiado larga para un código QR.</translation>
    </message>
    <message>
        <source>Another wallet is already paying this invoice, so it is not shown as a QR code.</source>
        <translation>Otra cartera ya está pagando esta factura, así que no se muestra como código QR.</translation>
    </message>
    <message>
        <source>Not paid from the phone yet; it may still be. Paste the preimage once it is.</source>
        <translation>Aún no se ha pagado desde el móvil; puede que todavía se pague. Pega la preimagen cuando se haya pagado.</translation>
    </message>
    <message>
        <source>A preimage is 64 hexadecimal characters (0–9, a–f); copy it from the phone wallet&apos;s payment details.</source>
        <translation>Una preimagen tiene 64 caracteres hexadecimales (0–9, a–f); cópiala de los detalles del pago en la cartera del móvil.</translation>
    </message>
    <message>
        <source>This preimage does not belong to this invoice.</source>
        <translation>Esta preimagen no corresponde a esta factura.</translation>
    </message>
    <message>
        <source>The QR code was closed; the phone may still pay it. Paste the preimage if it did.</source>
        <translation>El código QR se cerró; puede que el móvil aún lo pague. Pega la preimagen si lo ha pagado.</translation>
    </message>
    <message>
        <source>Waiting for the phone to pay the QR code.</source>
        <translation>Esperando a que el móvil pague el código QR.</translation>
    </message>
</context>
<context>
    <name>QuoteChat</name>
    <message>
        <source>Quote from %1</source>
        <extracomment>Chat header: the worker who sent the quote (a market id).</extracomment>
        <translation>Oferta de %1</translation>
    </message>
    <message>
        <source>Your quote to %1</source>
        <extracomment>Chat header: the user&apos;s quote on this buyer&apos;s task (a market id).</extracomment>
        <translation>Tu oferta a %1</translation>
    </message>
    <message>
        <source>Price %1</source>
        <extracomment>Accessible name of the quote&apos;s price in the chat header.</extracomment>
        <translation>Precio %1</translation>
    </message>
    <message>
        <source>Open task</source>
        <extracomment>Chat header: opens the task this quote is for.</extracomment>
        <translation>Abrir tarea</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of a quote&apos;s message list.</extracomment>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages yet. Ask a question or agree on the details here.</source>
        <extracomment>Chat: a thread without messages.</extracomment>
        <translation>Aún no hay mensajes. Haz una pregunta o acuerda los detalles aquí.</translation>
    </message>
    <message>
        <source>Change your quote</source>
        <extracomment>Counter-offer: heading of the worker&apos;s form to change their quote.</extracomment>
        <translation>Cambiar tu oferta</translation>
    </message>
    <message>
        <source>New price (sat)</source>
        <extracomment>Counter-offer: placeholder of the new price field (whole sats).</extracomment>
        <translation>Nuevo precio (sat)</translation>
    </message>
    <message>
        <source>What you offer now (optional)</source>
        <extracomment>Counter-offer: placeholder of the optional new text of the quote.</extracomment>
        <translation>Lo que ofreces ahora (opcional)</translation>
    </message>
    <message>
        <source>Update quote</source>
        <extracomment>Counter-offer: changes the user&apos;s quote to the new price.</extracomment>
        <translation>Actualizar oferta</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter for a new line)</source>
        <extracomment>Chat composer placeholder: how to send and break lines.</extracomment>
        <translation>Escribe un mensaje (Intro para enviar, Mayús+Intro para una nueva línea)</translation>
    </message>
    <message>
        <source>This quote was rejected: no more messages can be sent.</source>
        <extracomment>Chat composer placeholder when the market takes no more messages.</extracomment>
        <translation>Esta oferta fue rechazada: ya no se pueden enviar mensajes.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Chat composer: characters typed and the most a message may have.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Chat: sends the message.</extracomment>
        <translation>Enviar</translation>
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
    <name>QuoteThreadDelegate</name>
    <message>
        <source>%1 sat</source>
        <extracomment>Quotes list: a quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <extracomment>Quotes list: a thread without messages yet.</extracomment>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Quotes list: the newest message was written by the user; %1 is its text.</extracomment>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3%4. %5</source>
        <extracomment>What a screen reader says for a quote thread: task, price, status, unread, last message.</extracomment>
        <translation>%1, %2, %3%4. %5</translation>
    </message>
    <message>
        <source>, new messages</source>
        <extracomment>Quotes list: spoken after the status when the thread has unread messages.</extracomment>
        <translation>, mensajes nuevos</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Quotes list: the quote came from this worker (a market id).</extracomment>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <extracomment>Quotes list: the user&apos;s quote on this buyer&apos;s task (a market id).</extracomment>
        <translation>para %1</translation>
    </message>
</context>
<context>
    <name>QuoteThreads</name>
    <message>
        <source>The profile changed before the market answered.</source>
        <translation>El perfil cambió antes de que respondiera el mercado.</translation>
    </message>
    <message>
        <source>There is no 402ai account.</source>
        <translation>No hay ninguna cuenta de 402ai.</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Quotes</source>
        <extracomment>Quotes page heading.</extracomment>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Quotes page: asks the market for new quotes and messages now.</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Quote threads</source>
        <extracomment>Accessible name of the list of quote threads.</extracomment>
        <translation>Hilos de ofertas</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <extracomment>Quotes page: no quote threads yet.</extracomment>
        <translation>Aún no hay ofertas</translation>
    </message>
    <message>
        <source>Quotes you send on tasks, and quotes workers send on your tasks, appear here with their messages.</source>
        <extracomment>Quotes page, empty: where quotes come from.</extracomment>
        <translation>Las ofertas que envías a tareas y las que los trabajadores envían a tus tareas aparecen aquí con sus mensajes.</translation>
    </message>
    <message>
        <source>This profile has no 402ai account.</source>
        <extracomment>Quotes page, empty: the profile has no 402ai account.</extracomment>
        <translation>Este perfil no tiene cuenta de 402ai.</translation>
    </message>
    <message>
        <source>Choose a quote</source>
        <extracomment>Quotes page: no thread chosen yet.</extracomment>
        <translation>Elige una oferta</translation>
    </message>
    <message>
        <source>Its messages and price appear here.</source>
        <extracomment>Quotes page: what the right side shows once a thread is chosen.</extracomment>
        <translation>Aquí aparecen sus mensajes y su precio.</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>Finish them</source>
        <extracomment>Banner after an interrupted run: pay the payments listed, which stopped before paying.</extracomment>
        <translation>Completarlos</translation>
    </message>
    <message>
        <source>Show payments</source>
        <extracomment>Banner after an interrupted run: opens the Wallet area&apos;s recent payments.</extracomment>
        <translation>Ver pagos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Banner after an interrupted run: hides the banner.</extracomment>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RefundClaimer</name>
    <message>
        <source>This is not an LNURL-withdraw link.</source>
        <translation>Este no es un enlace LNURL-withdraw.</translation>
    </message>
    <message>
        <source>This is not an LNURL: %1</source>
        <translation>Esto no es una LNURL: %1</translation>
    </message>
    <message>
        <source>A wallet is needed to receive the refund.</source>
        <translation>Se necesita una cartera para recibir el reembolso.</translation>
    </message>
    <message>
        <source>The refund link&apos;s answer cannot be read: %1</source>
        <translation>No se puede leer la respuesta del enlace de reembolso: %1</translation>
    </message>
    <message>
        <source>The refund service refuses the claim.</source>
        <translation>El servicio de reembolso rechaza la reclamación.</translation>
    </message>
    <message>
        <source>This LNURL is not a withdraw link.</source>
        <translation>Esta LNURL no es un enlace de retirada.</translation>
    </message>
    <message>
        <source>The wallet&apos;s invoice is not for exactly %1 sat.</source>
        <translation>La factura de la cartera no es por exactamente %1 sat.</translation>
    </message>
    <message>
        <source>The wallet has not received it yet.</source>
        <translation>La cartera aún no lo ha recibido.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Become a ProofLayer worker</source>
        <extracomment>Heading of the ProofLayer worker registration form</extracomment>
        <translation>Hazte trabajador de ProofLayer</translation>
    </message>
    <message>
        <source>Workers claim tasks, submit a result and are paid 70 % of the budget at their Lightning Address. The address is checked before you register.</source>
        <extracomment>Explains the ProofLayer registration form</extracomment>
        <translation>Los trabajadores reclaman tareas, envían un resultado y cobran el 70 % del presupuesto en su Lightning Address. La dirección se comprueba antes de que te registres.</translation>
    </message>
    <message>
        <source>Name buyers see</source>
        <extracomment>Label of the worker&apos;s display name field</extracomment>
        <translation>Nombre que ven los compradores</translation>
    </message>
    <message>
        <source>e.g. Alice</source>
        <extracomment>Placeholder of the worker&apos;s display name field</extracomment>
        <translation>p. ej. Alice</translation>
    </message>
    <message>
        <source>Lightning Address for payouts</source>
        <extracomment>Label of the Lightning Address field (where ProofLayer payouts go)</extracomment>
        <translation>Lightning Address para cobros</translation>
    </message>
    <message>
        <source>name@domain</source>
        <extracomment>Placeholder of the Lightning Address field</extracomment>
        <translation>nombre@dominio</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Button: ask the Lightning Address&apos;s service whether it can receive payments</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Comprobar dirección</translation>
    </message>
    <message>
        <source>Registering…</source>
        <extracomment>Button: register as a ProofLayer worker with the checked Lightning Address</extracomment>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrarse</translation>
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
    <name>SafeFileName</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Unsafe file name.</source>
        <translation>Nombre de archivo no seguro.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Too many files named %1 already.</source>
        <translation>Ya hay demasiados archivos llamados %1.</translation>
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
    <name>SavedSearchesPopup</name>
    <message>
        <source>Save this search</source>
        <extracomment>Heading of the saved-search popup of the feed.</extracomment>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Name, e.g. Translations</source>
        <extracomment>Placeholder of the name box when saving a feed search.</extracomment>
        <translation>Nombre, p. ej. Traducciones</translation>
    </message>
    <message>
        <source>Name of the search</source>
        <extracomment>Accessible name of the name box when saving a feed search.</extracomment>
        <translation>Nombre de la búsqueda</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Stores the feed&apos;s current search and filters under the typed name.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>No saved searches yet. New tasks that match a saved search raise a notification.</source>
        <extracomment>Saved-search popup: there are no saved searches yet.</extracomment>
        <translation>Aún no hay búsquedas guardadas. Las tareas nuevas que coincidan con una búsqueda guardada generan una notificación.</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <extracomment>Accessible name of the list of saved feed searches.</extracomment>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <extracomment>Accessible name of a saved search&apos;s row; %1 is its name.</extracomment>
        <translation>Aplicar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Deletes a saved feed search; %1 is its name.</extracomment>
        <translation>Eliminar %1</translation>
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
    <name>SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>No hay ningún secreto guardado con el nombre %1.</translation>
    </message>
    <message numerus="yes">
        <source>The stored data key has the wrong length (%n bytes instead of 32). It was left as it is; records sealed with it can&apos;t be opened.</source>
        <translation>
            <numerusform>La clave de datos guardada tiene una longitud incorrecta (%n byte en lugar de 32). Se ha dejado como está; los registros cifrados con ella no se pueden abrir.</numerusform>
            <numerusform>La clave de datos guardada tiene una longitud incorrecta (%n bytes en lugar de 32). Se ha dejado como está; los registros cifrados con ella no se pueden abrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new data key did not read back from the secret store as written, so it was not used.</source>
        <translation>La nueva clave de datos no se leyó del almacén de secretos tal como se escribió, así que no se ha usado.</translation>
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
    <name>SpendingPolicy</name>
    <message>
        <source>%1 sat</source>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>The invoice is for %1 but the wallet pays on %2.</source>
        <translation>La factura es para %1, pero la cartera paga en %2.</translation>
    </message>
    <message>
        <source>The invoice has no amount, so the price cannot be checked.</source>
        <translation>La factura no tiene importe, así que no se puede comprobar el precio.</translation>
    </message>
    <message>
        <source>The invoice amount is not positive.</source>
        <translation>El importe de la factura no es positivo.</translation>
    </message>
    <message>
        <source>The invoice asks %1, more than the %2 agreed for this action.</source>
        <translation>La factura pide %1, más de los %2 acordados para esta acción.</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La factura ha caducado.</translation>
    </message>
    <message>
        <source>The payment hash in the %1 cannot be read.</source>
        <translation>No se puede leer el hash de pago de %1.</translation>
    </message>
    <message>
        <source>The invoice&apos;s payment hash differs from the one in the %1.</source>
        <translation>El hash de pago de la factura no coincide con el de %1.</translation>
    </message>
    <message>
        <source>%1 is above your limit of %2 per payment.</source>
        <translation>%1 supera tu límite de %2 por pago.</translation>
    </message>
    <message>
        <source>Paying %1 would pass your daily limit of %2 (%3 spent in the last 24 hours).</source>
        <translation>Pagar %1 superaría tu límite diario de %2 (%3 gastados en las últimas 24 horas).</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>Result for “%1”</source>
        <extracomment>Heading of the result form; %1 is the task&apos;s title</extracomment>
        <translation>Resultado para «%1»</translation>
    </message>
    <message>
        <source>Answer (JSON object)</source>
        <extracomment>Label of the answer editor (a JSON object)</extracomment>
        <translation>Respuesta (objeto JSON)</translation>
    </message>
    <message>
        <source>Prettify</source>
        <extracomment>Button: lay the answer JSON out with indents</extracomment>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <extracomment>Accessible name of the answer editor</extracomment>
        <translation>Respuesta en JSON</translation>
    </message>
    <message>
        <source>Confidence</source>
        <extracomment>Label of the confidence slider (how sure the worker is of the answer)</extracomment>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Proof URL (required), https://…</source>
        <extracomment>Placeholder of the proof URL field when the task needs proof</extracomment>
        <translation>URL de la prueba (obligatoria), https://…</translation>
    </message>
    <message>
        <source>Proof URL (optional), https://…</source>
        <extracomment>Placeholder of the proof URL field when proof is optional</extracomment>
        <translation>URL de la prueba (opcional), https://…</translation>
    </message>
    <message>
        <source>Proof URL</source>
        <extracomment>Accessible name of the proof URL field</extracomment>
        <translation>URL de la prueba</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <extracomment>Button: send the result to ProofLayer</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
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
    <name>ToolCatalogPane</name>
    <message>
        <source>Search tools</source>
        <extracomment>Placeholder and accessible name of the Tools page&apos;s search box.</extracomment>
        <translation>Buscar herramientas</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Accessible name of the list of tools.</extracomment>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>No tool matches</source>
        <extracomment>The Tools search found nothing.</extracomment>
        <translation>Ninguna herramienta coincide</translation>
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
        <translation>Se ejecuta como trabajo</translation>
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
        <translation>JSON, p. ej. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
</context>
<context>
    <name>ToolFollowups</name>
    <message>
        <source>The refund link of payment %1 cannot be decrypted: the keychain&apos;s data key is not the one it was sealed with.</source>
        <translation>No se puede descifrar el enlace de reembolso del pago %1: la clave de datos del llavero no es con la que se cifró.</translation>
    </message>
</context>
<context>
    <name>ToolFormModel</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not one of the values the tool accepts.</source>
        <translation>No es uno de los valores que acepta la herramienta.</translation>
    </message>
    <message>
        <source>Choose one of the values.</source>
        <translation>Elige uno de los valores.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un número entero.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Un número.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Como mínimo %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Como máximo %1.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>No es un JSON válido.</translation>
    </message>
</context>
<context>
    <name>ToolQuestionsPane</name>
    <message>
        <source>The market asks</source>
        <extracomment>Heading above the questions a tool&apos;s market asks before it goes on.</extracomment>
        <translation>El mercado pregunta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <extracomment>Placeholder of the answer field under a market&apos;s question.</extracomment>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Send answers</source>
        <extracomment>Send the answers to the questions a tool&apos;s market asked (no further payment).</extracomment>
        <translation>Enviar respuestas</translation>
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
        <translation>Reclamar reembolso</translation>
    </message>
</context>
<context>
    <name>ToolRunPane</name>
    <message>
        <source>Pay %1 and run</source>
        <extracomment>Run a tool: pay its price (e.g. &quot;100 sat&quot;) and run it.</extracomment>
        <translation>Pagar %1 y ejecutar</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Run a tool whose price is not known yet.</extracomment>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>The tool is running</source>
        <extracomment>Accessible name of the indicator while a tool runs.</extracomment>
        <translation>La herramienta se está ejecutando</translation>
    </message>
    <message>
        <source>The tool&apos;s image</source>
        <extracomment>Accessible name of a tool&apos;s image result.</extracomment>
        <translation>La imagen de la herramienta</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Heading above a tool&apos;s result.</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copy a tool&apos;s result text to the clipboard.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The tool&apos;s result</source>
        <extracomment>Accessible name of a tool&apos;s result text.</extracomment>
        <translation>El resultado de la herramienta</translation>
    </message>
    <message>
        <source>Claim refund</source>
        <extracomment>Claim a failed tool run&apos;s refund into the wallet.</extracomment>
        <translation>Reclamar reembolso</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <source>refund of %1 sat received</source>
        <translation>reembolso de %1 sat recibido</translation>
    </message>
    <message>
        <source>refund claimed, invoice %1</source>
        <translation>reembolso reclamado, factura %1</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>The image is larger than %1 MiB; it is not shown.</source>
        <translation>La imagen ocupa más de %1 MiB; no se muestra.</translation>
    </message>
    <message>
        <source>The tool&apos;s answer is not an image.</source>
        <translation>La respuesta de la herramienta no es una imagen.</translation>
    </message>
    <message>
        <source>The image is larger than %1×%1 pixels; it is not shown.</source>
        <translation>La imagen supera los %1×%1 píxeles; no se muestra.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
</context>
<context>
    <name>ToolsMarket</name>
    <message>
        <source>the refund is not an object</source>
        <translation>el reembolso no es un objeto</translation>
    </message>
    <message>
        <source>it asks questions without a session_id</source>
        <translation>hace preguntas sin session_id</translation>
    </message>
    <message>
        <source>the job&apos;s poll address is not on the market&apos;s site</source>
        <translation>la dirección de consulta del trabajo no está en el sitio del mercado</translation>
    </message>
    <message>
        <source>a job came with neither an id nor a poll address</source>
        <translation>llegó un trabajo sin id ni dirección de consulta</translation>
    </message>
    <message>
        <source>the refund has no charge_id</source>
        <translation>al reembolso le falta charge_id</translation>
    </message>
    <message>
        <source>the refund has no refund_amount in whole sats</source>
        <translation>al reembolso le falta refund_amount en sats enteros</translation>
    </message>
    <message>
        <source>the refund&apos;s lnurl_withdraw is too long</source>
        <translation>el lnurl_withdraw del reembolso es demasiado largo</translation>
    </message>
    <message>
        <source>the refund&apos;s lnurl_withdraw is not text</source>
        <translation>el lnurl_withdraw del reembolso no es texto</translation>
    </message>
    <message>
        <source>a job&apos;s status is not a JSON object</source>
        <translation>el estado de un trabajo no es un objeto JSON</translation>
    </message>
    <message>
        <source>Paid %1 sat (journal entry %2), but %3</source>
        <translation>Se pagaron %1 sat (entrada del diario %2), pero %3</translation>
    </message>
    <message>
        <source>This tool&apos;s address is not on the market&apos;s site.</source>
        <translation>La dirección de esta herramienta no está en el sitio del mercado.</translation>
    </message>
    <message>
        <source>A paid tool call needs a price to agree to.</source>
        <translation>Una llamada de herramienta de pago necesita un precio que aceptar.</translation>
    </message>
    <message>
        <source>This job&apos;s address is not on the market&apos;s site.</source>
        <translation>La dirección de este trabajo no está en el sitio del mercado.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>The market asks for another payment to confirm; not paid.</source>
        <translation>El mercado pide otro pago para confirmar; no se ha pagado.</translation>
    </message>
    <message>
        <source>Lightwork: refund from %1</source>
        <translation>Lightwork: reembolso de %1</translation>
    </message>
    <message>
        <source>job %1 was still running after %2 polls; its status is at %3</source>
        <translation>el trabajo %1 seguía en marcha tras %2 consultas; su estado está en %3</translation>
    </message>
    <message>
        <source>job %1 could not be followed (%2); its status is at %3</source>
        <translation>no se pudo seguir el trabajo %1 (%2); su estado está en %3</translation>
    </message>
    <message>
        <source>the manifest lists no services</source>
        <translation>el manifiesto no incluye ningún servicio</translation>
    </message>
    <message>
        <source>the price list has no models</source>
        <translation>la lista de precios no tiene modelos</translation>
    </message>
    <message>
        <source>it describes another tool</source>
        <translation>describe otra herramienta</translation>
    </message>
    <message>
        <source>it has neither an input schema nor a description</source>
        <translation>no tiene ni esquema de entrada ni descripción</translation>
    </message>
    <message>
        <source>it estimates another tool</source>
        <translation>estima otra herramienta</translation>
    </message>
    <message>
        <source>the estimate states no price in sats</source>
        <translation>la estimación no indica ningún precio en sats</translation>
    </message>
    <message>
        <source>The tool market&apos;s answer cannot be used: %1</source>
        <translation>No se puede usar la respuesta del mercado de herramientas: %1</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <source>Tools</source>
        <extracomment>Tools page heading.</extracomment>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Reading the tool catalogue</source>
        <extracomment>Accessible name of the indicator while the tool catalogue is read.</extracomment>
        <translation>Leyendo el catálogo de herramientas</translation>
    </message>
    <message>
        <source>No tool market yet</source>
        <extracomment>The profile has no tool market set up.</extracomment>
        <translation>Aún no hay mercado de herramientas</translation>
    </message>
    <message>
        <source>Choose a tool on the left to see what it needs and costs.</source>
        <extracomment>Tools page: what to do before a tool is chosen.</extracomment>
        <translation>Elige una herramienta a la izquierda para ver qué necesita y cuánto cuesta.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <extracomment>Tools page section: the profile&apos;s recent tool runs.
----------
Accessible name of the list of recent tool runs.</extracomment>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <extracomment>Tools page: no tool was run in this profile yet.</extracomment>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The wallet is on %1, but Lightwork is set up for %2.</source>
        <translation>La cartera está en %1, pero Lightwork está configurado para %2.</translation>
    </message>
    <message>
        <source>These credentials can receive but not pay. Connect with a key that may send payments (an admin key, the full-access password, or a connection with pay permission).</source>
        <translation>Estas credenciales pueden recibir pero no pagar. Conéctate con una clave que pueda enviar pagos (una clave de administración, la contraseña de acceso completo o una conexión con permiso de pago).</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se canceló la prueba de conexión.</translation>
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
    <message>
        <source>Balance</source>
        <extracomment>Wallet page section: what the wallet holds.</extracomment>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <extracomment>Accessible name of the Wallet page&apos;s balance; %1 is e.g. &quot;1500 sat&quot;.</extracomment>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <extracomment>Accessible name of the indicator while the balance is read.</extracomment>
        <translation>Leyendo el saldo</translation>
    </message>
    <message>
        <source>Wallet whose balance is shown</source>
        <extracomment>Accessible name of the box that picks whose balance is shown.</extracomment>
        <translation>Cartera cuyo saldo se muestra</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Wallet page: ask the wallet for its balance again.</extracomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <extracomment>Wallet page, under the balance; %1 a wallet&apos;s name, %2 e.g. &quot;5 min ago&quot;.</extracomment>
        <translation>%1, actualizado %2</translation>
    </message>
</context>
<context>
    <name>WalletRegistry</name>
    <message>
        <source>phoenixd http-password</source>
        <translation>http-password de phoenixd</translation>
    </message>
    <message>
        <source>LND macaroon (hex)</source>
        <translation>macaroon de LND (hex)</translation>
    </message>
    <message>
        <source>Core Lightning rune</source>
        <translation>rune de Core Lightning</translation>
    </message>
    <message>
        <source>LNbits admin key</source>
        <translation>clave de administración de LNbits</translation>
    </message>
    <message>
        <source>Nostr Wallet Connect URI</source>
        <translation>URI de Nostr Wallet Connect</translation>
    </message>
    <message>
        <source>Unknown wallet kind &quot;%1&quot; (phoenixd, lnd, cln, lnbits, nwc or qr).</source>
        <translation>Tipo de cartera desconocido «%1» (phoenixd, lnd, cln, lnbits, nwc o qr).</translation>
    </message>
    <message>
        <source>The wallet&apos;s address needs https:// (http:// only on this computer).</source>
        <translation>La dirección de la cartera necesita https:// (http:// solo en este ordenador).</translation>
    </message>
    <message>
        <source>A %1 connection takes no address.</source>
        <translation>Una conexión %1 no lleva dirección.</translation>
    </message>
    <message>
        <source>A %1 connection takes no certificate.</source>
        <translation>Una conexión %1 no lleva certificado.</translation>
    </message>
    <message>
        <source>The certificate file is not one PEM certificate (LND: tls.cert).</source>
        <translation>El archivo de certificado no es un único certificado PEM (LND: tls.cert).</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>Wallets of kind &quot;%1&quot; are not supported.</source>
        <translation>Las carteras de tipo «%1» no son compatibles.</translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Your worker</source>
        <extracomment>Heading of the worker panel before the profile is read</extracomment>
        <translation>Tu trabajador</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <extracomment>The registered ProofLayer worker id</extracomment>
        <translation>Trabajador %1</translation>
    </message>
    <message>
        <source>Paid at %1</source>
        <extracomment>Where ProofLayer pays this worker</extracomment>
        <translation>Pagos a %1</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Label before the worker&apos;s reputation score</extracomment>
        <translation>Reputación</translation>
    </message>
    <message>
        <source>not read yet</source>
        <extracomment>No reputation score was read yet</extracomment>
        <translation>aún sin leer</translation>
    </message>
    <message>
        <source>Reputation %1 of 10</source>
        <extracomment>Accessible name of the reputation bar (score out of 10)</extracomment>
        <translation>Reputación %1 de 10</translation>
    </message>
    <message>
        <source>Earned %1</source>
        <extracomment>The worker&apos;s total ProofLayer earnings, e.g. &quot;Earned 140 sat&quot;</extracomment>
        <translation>Ganancias: %1</translation>
    </message>
    <message>
        <source>Payouts</source>
        <extracomment>Heading of the payout list
----------
Accessible name of the payout list</extracomment>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>No payouts yet. They appear here once a result is released.</source>
        <extracomment>The worker has no payouts yet</extracomment>
        <translation>Aún no hay cobros. Aparecen aquí cuando se libera un resultado.</translation>
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
    <name>lw::AutoTopUpRunner</name>
    <message>
        <source>Automatic top-up: %1</source>
        <translation>Recarga automática: %1</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 did not happen: %2</source>
        <translation>La recarga automática de %1 no se realizó: %2</translation>
    </message>
    <message>
        <source>Automatically topped up %1 sat to %2 at %3.</source>
        <extracomment>Wallet page status line; %1 is an amount in sats, %2 an account, %3 a time.</extracomment>
        <translation>Recarga automática de %1 sat en %2 a las %3.</translation>
    </message>
    <message>
        <source>Automatic top-up is on: %1 holds %2 sat (checked at %3).</source>
        <extracomment>Wallet page status line; %1 is an account, %2 its balance in sats, %3 a time.</extracomment>
        <translation>La recarga automática está activada: %1 tiene %2 sat (comprobado a las %3).</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 paused: today&apos;s cap is reached (%2 sat so far).</source>
        <extracomment>Wallet page status line; %1 is an account, %2 the sats topped up today.</extracomment>
        <translation>Recarga automática de %1 en pausa: se ha alcanzado el límite diario (%2 sat hasta ahora).</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 waits: an earlier top-up is not settled yet.</source>
        <extracomment>Wallet page status line; %1 is an account.</extracomment>
        <translation>La recarga automática de %1 espera: una recarga anterior aún no se ha completado.</translation>
    </message>
    <message>
        <source>Automatic top-up of %1 waits: the last top-up failed a short while ago.</source>
        <extracomment>Wallet page status line; %1 is an account.</extracomment>
        <translation>La recarga automática de %1 espera: la última recarga falló hace poco.</translation>
    </message>
</context>
<context>
    <name>lw::DeliveryController</name>
    <message>
        <source>This task is not in the current profile&apos;s 402ai account.</source>
        <extracomment>Delivery panel: the task is not one of the current profile&apos;s 402ai accounts.</extracomment>
        <translation>Esta tarea no está en la cuenta de 402ai del perfil actual.</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <extracomment>Delivery panel: the app&apos;s session ended while the market was being asked.</extracomment>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>The market did not send this file&apos;s content.</source>
        <extracomment>Delivery panel: the market did not send this file, so it cannot be saved.</extracomment>
        <translation>El mercado no envió el contenido de este archivo.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer to save into.</source>
        <extracomment>Delivery panel: Save as was given something that is not a place on this computer.</extracomment>
        <translation>Elige una carpeta de este ordenador donde guardar.</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <extracomment>Delivery panel: saving failed; %1 is why.</extracomment>
        <translation>No se guardó el archivo: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Its SHA-256 matches the delivery.</source>
        <extracomment>Delivery panel: saved, and the written file hashes as the market&apos;s copy; %1 path.</extracomment>
        <translation>Guardado como %1. Su SHA-256 coincide con el de la entrega.</translation>
    </message>
    <message>
        <source>Saved as %1, but its SHA-256 differs from the delivery: the file on disk is not what the market sent.</source>
        <extracomment>Delivery panel: saved, but what is on disk differs from what the market sent.</extracomment>
        <translation>Guardado como %1, pero su SHA-256 no coincide con el de la entrega: el archivo en el disco no es lo que envió el mercado.</translation>
    </message>
</context>
<context>
    <name>lw::DeliveryUpload</name>
    <message>
        <source>%1 of %2 sent</source>
        <extracomment>Delivery upload: bytes sent so far of the whole request, e.g. &quot;120 KB of 1.2 MB sent&quot;.</extracomment>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <source>At most %1</source>
        <extracomment>Delivery upload: the largest file the market takes, e.g. &quot;At most 3 MB&quot;.</extracomment>
        <translation>Como máximo %1</translation>
    </message>
    <message>
        <source>Only a file on this computer can be delivered.</source>
        <extracomment>Delivery upload: something that is not a file on this computer was dropped.</extracomment>
        <translation>Solo se puede entregar un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <extracomment>Delivery upload: the picked file is gone; %1 is its name.</extracomment>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file. Pick one file to deliver.</source>
        <extracomment>Delivery upload: a folder or device was picked; %1 is its name.</extracomment>
        <translation>%1 no es un archivo. Elige un archivo para entregar.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <extracomment>Delivery upload: the picked file has nothing in it; %1 is its name.</extracomment>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is %2; the market takes files of at most %3.</source>
        <extracomment>Delivery upload: the file is over the market&apos;s limit; %1 name, %2 its size, %3 the limit.</extracomment>
        <translation>%1 ocupa %2; el mercado admite archivos de %3 como máximo.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>Delivery upload: no permission to read the file; %1 is its name.</extracomment>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>Delivered %1. The buyer can now confirm it.</source>
        <extracomment>Delivery upload: the market took the file; %1 is its name.</extracomment>
        <translation>%1 entregado. El comprador ya puede confirmarlo.</translation>
    </message>
    <message>
        <source>The delivery did not go through: %1</source>
        <extracomment>Delivery upload: the upload failed; %1 is why. The file and notes are kept.</extracomment>
        <translation>La entrega no se completó: %1</translation>
    </message>
    <message>
        <source>The delivery was stopped.</source>
        <extracomment>Delivery upload: the upload ended before it was sent or because the app closed.</extracomment>
        <translation>La entrega se detuvo.</translation>
    </message>
    <message>
        <source>The upload was stopped after the whole file had been sent: the market may have taken it. Checking the task…</source>
        <extracomment>Delivery upload: stopped after the whole file had been sent. The market may have taken it, so the task is read again.</extracomment>
        <translation>La subida se detuvo después de enviar el archivo completo: puede que el mercado lo haya aceptado. Comprobando la tarea…</translation>
    </message>
    <message>
        <source>The upload was stopped. Checking whether the market got it…</source>
        <translation>La subida se detuvo. Comprobando si el mercado la recibió…</translation>
    </message>
    <message>
        <source>The market has the delivery after all. The buyer can now confirm it.</source>
        <extracomment>Delivery upload: the upload was stopped or failed, but reading the task again shows the market has the delivery.</extracomment>
        <translation>El mercado sí recibió la entrega. El comprador ya puede confirmarla.</translation>
    </message>
    <message>
        <source>The market did not get the delivery. The file and notes are kept: Deliver sends them again.</source>
        <extracomment>Delivery upload: after a stop, the task shows no delivery. Deliver sends the same file and notes again.</extracomment>
        <translation>El mercado no recibió la entrega. El archivo y las notas se conservan: «Entregar» los envía de nuevo.</translation>
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
    <name>lw::FeedAlerts</name>
    <message>
        <source>%L1 sat</source>
        <extracomment>A task&apos;s budget in a notification; %L1 is a whole number of satoshis.</extracomment>
        <translation>%L1 sat</translation>
    </message>
    <message>
        <source>New task for “%1”</source>
        <extracomment>Notification title: a new task matches the saved search named %1.</extracomment>
        <translation>Nueva tarea para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Ends a list of task titles in a notification; %n is how many more there are.</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tasks match your saved searches</source>
        <extracomment>Notification title: %n new tasks match the user&apos;s saved searches.</extracomment>
        <translation>
            <numerusform>%n tarea nueva coincide con tus búsquedas guardadas</numerusform>
            <numerusform>%n tareas nuevas coinciden con tus búsquedas guardadas</numerusform>
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
        <extracomment>Earnings: the kind filter&apos;s choice that shows every kind of movement.</extracomment>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Every market</source>
        <extracomment>Earnings: the market filter&apos;s choice that shows every market.</extracomment>
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
    <name>lw::Onboarding</name>
    <message>
        <source>Lightwork is still opening its data folder.</source>
        <extracomment>First-run connect flow, before the data folder is open.</extracomment>
        <translation>Lightwork aún está abriendo su carpeta de datos.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>First-run connect flow, one added account; %1 its name, %2 the market&apos;s host.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Give the profile a name of at most %1 characters.</source>
        <extracomment>First-run connect flow: the profile name field.</extracomment>
        <translation>Ponle al perfil un nombre de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s X-Token, or create a new account.</source>
        <extracomment>First-run connect flow: &quot;Add&quot; for 402ai without a pasted token.</extracomment>
        <translation>Pega el X-Token de la cuenta o crea una cuenta nueva.</translation>
    </message>
    <message>
        <source>The market did not answer as expected: %1</source>
        <extracomment>First-run connect flow: the market did not answer the test request.</extracomment>
        <translation>El mercado no respondió como se esperaba: %1</translation>
    </message>
    <message>
        <source>Top up between %1 and %2 sat.</source>
        <extracomment>First-run connect flow: the first top-up&apos;s amount.</extracomment>
        <translation>Recarga entre %1 y %2 sat.</translation>
    </message>
    <message>
        <source>The payment&apos;s proof (preimage) is missing or unreadable.</source>
        <extracomment>First-run connect flow: the Pay dialog gave no proof of payment.</extracomment>
        <translation>Falta la prueba del pago (preimagen) o no se puede leer.</translation>
    </message>
    <message>
        <source>Paid, but the market has not credited the top-up yet: %1 Try again.</source>
        <translation>Pagado, pero el mercado aún no ha abonado la recarga: %1 Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Add at least one market account first.</source>
        <extracomment>First-run connect flow: Finish before any market account was added.</extracomment>
        <translation>Primero añade al menos una cuenta de mercado.</translation>
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
    <message>
        <source>The fee limit must be between 0 and %1 sat.</source>
        <extracomment>The Pay dialog&apos;s fee limit field; %1 is the highest limit in sats.</extracomment>
        <translation>El límite de comisión debe estar entre 0 y %1 sat.</translation>
    </message>
    <message>
        <source>at most %1 in all</source>
        <extracomment>The Pay dialog: the most the payment can cost; %1 is e.g. &quot;1510 sat&quot;.</extracomment>
        <translation>como máximo %1 en total</translation>
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
    <name>lw::ProofLayerController</name>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount in satoshis, e.g. &quot;350 sat&quot;</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>This profile cannot work on ProofLayer yet. Add one ProofLayer account to it in Settings. (%1)</source>
        <extracomment>The current profile has no ProofLayer account (or several); %1 is the reason</extracomment>
        <translation>Este perfil aún no puede trabajar en ProofLayer. Añádele una cuenta de ProofLayer en Ajustes. (%1)</translation>
    </message>
    <message>
        <source>Claimed “%1”. Submit your result when it is ready.</source>
        <extracomment>A ProofLayer task is now the user&apos;s to do; %1 is its title</extracomment>
        <translation>Has reclamado «%1». Envía tu resultado cuando esté listo.</translation>
    </message>
    <message>
        <source>Accepts %1 to %2 sat per payment</source>
        <extracomment>What a Lightning Address accepts in one payment, e.g. &quot;Accepts 1 to 100,000 sat per payment&quot;</extracomment>
        <translation>Acepta de %1 a %2 sat por pago</translation>
    </message>
    <message>
        <source>Pays “%1” at %2</source>
        <extracomment>Who a checked Lightning Address pays: %1 the payee&apos;s own words, %2 its domain</extracomment>
        <translation>Paga a «%1» en %2</translation>
    </message>
    <message>
        <source>Check the Lightning Address first.</source>
        <extracomment>Register was pressed before the Lightning Address was checked</extracomment>
        <translation>Comprueba primero la Lightning Address.</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>A ProofLayer reputation score as the market gives it, e.g. &quot;5.1&quot;</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <extracomment>The reputation tier when the market names none</extracomment>
        <translation>Aún sin nivel</translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s)</source>
        <extracomment>How many ProofLayer tasks the worker completed</extracomment>
        <translation>
            <numerusform>%n tarea completada</numerusform>
            <numerusform>%n tareas completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout bonus ×1.1 above a score of 10</source>
        <extracomment>ProofLayer&apos;s rule: above a score of 10, payouts are multiplied by 1.1</extracomment>
        <translation>Bonificación de cobro ×1,1 con una puntuación superior a 10</translation>
    </message>
    <message>
        <source>Payout multiplier ×%1</source>
        <extracomment>The multiplier the market applies to this worker&apos;s payouts, e.g. &quot;×1.1&quot;</extracomment>
        <translation>Multiplicador de cobro ×%1</translation>
    </message>
    <message>
        <source>Claiming is free: nothing is paid. ProofLayer pays 70 % of the budget to your Lightning Address when your result is released.</source>
        <extracomment>Shown before claiming a ProofLayer task: the market charges workers nothing</extracomment>
        <translation>Reclamar es gratis: no se paga nada. ProofLayer paga el 70 % del presupuesto a tu Lightning Address cuando se libera tu resultado.</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerFeedModel</name>
    <message>
        <source>Untitled task</source>
        <extracomment>A ProofLayer task whose title the market left empty</extracomment>
        <translation>Tarea sin título</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>An amount in satoshis, e.g. &quot;500 sat&quot;</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>%1 sat to you</source>
        <extracomment>What a worker is paid of a task&apos;s budget (ProofLayer pays 70 %), e.g. &quot;350 sat to you&quot;</extracomment>
        <translation>%1 sat para ti</translation>
    </message>
    <message>
        <source>No deadline</source>
        <extracomment>ProofLayer tasks have no deadline: the first worker to claim one does it</extracomment>
        <translation>Sin plazo</translation>
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
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>A ProofLayer payout is on its way (not failed)</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A ProofLayer payout could not be paid; the market may pay it again</extracomment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>A payout status the app does not know, followed by the market&apos;s own word</extracomment>
        <translation>Otro (%1)</translation>
    </message>
</context>
<context>
    <name>lw::ProofLayerSubmitForm</name>
    <message>
        <source>This task needs a proof URL.</source>
        <extracomment>The proof URL field of a ProofLayer result is empty but the task needs one</extracomment>
        <translation>Esta tarea necesita una URL de prueba.</translation>
    </message>
    <message>
        <source>The proof URL must be an https:// link.</source>
        <extracomment>The proof URL field holds something other than an https:// link</extracomment>
        <translation>La URL de la prueba debe ser un enlace https://.</translation>
    </message>
    <message>
        <source>Submitted. ProofLayer pays your Lightning Address once the result is released.</source>
        <extracomment>The market took a worker&apos;s result; it pays the worker&apos;s Lightning Address</extracomment>
        <translation>Enviado. ProofLayer paga a tu Lightning Address cuando se libera el resultado.</translation>
    </message>
</context>
<context>
    <name>lw::QuoteInbox</name>
    <message>
        <source>The session closed.</source>
        <translation>La sesión se cerró.</translation>
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
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>Your quote is now %1 sat.</source>
        <extracomment>Quotes: the worker changed their quote; %1 is the new price in sats.</extracomment>
        <translation>Tu oferta es ahora de %1 sat.</translation>
    </message>
    <message>
        <source>%1 sat</source>
        <extracomment>Quotes: a quote&apos;s price, e.g. &quot;300 sat&quot;.</extracomment>
        <translation>%1 sat</translation>
    </message>
    <message>
        <source>Changing your quote is free on 402ai; the buyer sees the new price at once.</source>
        <extracomment>Quotes: changing a quote&apos;s price on 402ai costs nothing (sending a quote costs a fee).</extracomment>
        <translation>Cambiar tu oferta es gratis en 402ai; el comprador ve el nuevo precio al instante.</translation>
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
    <name>lw::RecoveryStatus</name>
    <message>
        <source>Interrupted payments could not be checked: %1</source>
        <extracomment>Banner on start: the payment journal could not be read; %1 says why.</extracomment>
        <translation>No se pudieron comprobar los pagos interrumpidos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted payment(s) finished.</source>
        <extracomment>Banner on start: payments an interruption left open that are now complete.</extracomment>
        <translation>
            <numerusform>%n pago interrumpido completado.</numerusform>
            <numerusform>%n pagos interrumpidos completados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) still pending: they are looked up again, never paid twice.</source>
        <extracomment>Banner on start: payments whose outcome the wallet does not know yet.</extracomment>
        <translation>
            <numerusform>%n pago aún pendiente: se vuelve a consultar, nunca se paga dos veces.</numerusform>
            <numerusform>%n pagos aún pendientes: se vuelven a consultar, nunca se pagan dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) stopped before any sats left the wallet: finish them or leave them.</source>
        <extracomment>Banner on start: payments interrupted before paying; only a click pays them.</extracomment>
        <translation>
            <numerusform>%n pago se detuvo antes de que saliera ningún sat de la cartera: complétalo o déjalo.</numerusform>
            <numerusform>%n pagos se detuvieron antes de que saliera ningún sat de la cartera: complétalos o déjalos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be finished: %1</source>
        <extracomment>Banner on start: %1 is why the first of them failed.</extracomment>
        <translation>
            <numerusform>%n no se pudo completar: %1</numerusform>
            <numerusform>%n no se pudieron completar: %1</numerusform>
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
        <translation>%1 en %4: %2 sat, %3</translation>
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
    <name>lw::StateAlerts</name>
    <message>
        <source>New quote</source>
        <extracomment>Notification title: a quote arrived on one of the user&apos;s tasks.</extracomment>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <extracomment>Notification title: a quote was accepted.</extracomment>
        <translation>Oferta aceptada</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <extracomment>Notification title: a quote was turned down.</extracomment>
        <translation>Oferta rechazada</translation>
    </message>
    <message>
        <source>Quote is now “%1”</source>
        <extracomment>Notification title: a quote reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>La oferta pasa a «%1»</translation>
    </message>
    <message>
        <source>Payout is now “%1”</source>
        <extracomment>Notification title: a payout reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>El cobro pasa a «%1»</translation>
    </message>
    <message>
        <source>Task delivered</source>
        <extracomment>Notification title: the work on a task was delivered.</extracomment>
        <translation>Tarea entregada</translation>
    </message>
    <message>
        <source>Task paid</source>
        <extracomment>Notification title: a task was paid for (or its payment collected).</extracomment>
        <translation>Tarea pagada</translation>
    </message>
    <message>
        <source>Task is now “%1”</source>
        <extracomment>Notification title: a task reached a state; %1 is the market&apos;s word for it.</extracomment>
        <translation>La tarea pasa a «%1»</translation>
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
    <name>lw::ToolCatalogModel</name>
    <message>
        <source>Price on request</source>
        <translation>Precio a consultar</translation>
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
        <translation>Responde a esta pregunta.</translation>
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
        <translation>En curso</translation>
    </message>
    <message>
        <source>Refund to claim</source>
        <extracomment>A tool run&apos;s state: it failed after payment and a refund waits to be claimed.</extracomment>
        <translation>Reembolso por reclamar</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>A tool run&apos;s state: the refund reached the wallet.</extracomment>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A tool run&apos;s state: the result came.</extracomment>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A tool run&apos;s state: it failed.</extracomment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>A tool run&apos;s state: nothing was paid (declined, refused or interrupted).</extracomment>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <extracomment>A tool run&apos;s state: the payment is not settled yet.</extracomment>
        <translation>Pago pendiente</translation>
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
        <translation>Consultando el precio al mercado…</translation>
    </message>
    <message>
        <source>The market&apos;s estimate. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from.</extracomment>
        <translation>Estimación del mercado. La factura no puede pedir más.</translation>
    </message>
    <message>
        <source>From the market&apos;s catalogue. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from.</extracomment>
        <translation>Del catálogo del mercado. La factura no puede pedir más.</translation>
    </message>
    <message>
        <source>At most, by the market&apos;s models. The invoice may not ask for more.</source>
        <extracomment>Where a tool&apos;s price came from: the dearest model of the tool.</extracomment>
        <translation>Como máximo, según los modelos del mercado. La factura no puede pedir más.</translation>
    </message>
    <message>
        <source>The market states no price for this tool, so it cannot be run from here.</source>
        <extracomment>The market gave no price: nothing can be paid.</extracomment>
        <translation>El mercado no indica ningún precio para esta herramienta, así que no se puede ejecutar desde aquí.</translation>
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
        <translation>Trabajo %1: %2 (consulta %3)</translation>
    </message>
    <message>
        <source>Paying at most %1 sat…</source>
        <extracomment>A tool run started: its payment (at most the price shown) is under way.</extracomment>
        <translation>Pagando como máximo %1 sat…</translation>
    </message>
    <message>
        <source>The payment is not settled yet; it is looked up and finished automatically. Do not run the tool again.</source>
        <extracomment>A tool run whose payment may have left the wallet: never paid twice.</extracomment>
        <translation>El pago aún no se ha completado; se consulta y se completa automáticamente. No vuelvas a ejecutar la herramienta.</translation>
    </message>
    <message>
        <source>Paid %1 sat.</source>
        <translation>Se pagaron %1 sat.</translation>
    </message>
    <message>
        <source>Done.</source>
        <extracomment>A tool run ended with its result; then what was paid.</extracomment>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Refund offered: %1 sat for charge %2.</source>
        <extracomment>A failed tool run&apos;s refund: amount and the market&apos;s charge id (for its support).</extracomment>
        <translation>Reembolso ofrecido: %1 sat por el cargo %2.</translation>
    </message>
    <message>
        <source>No refund was offered.</source>
        <extracomment>A failed tool run that was paid, and the market offered nothing back.</extracomment>
        <translation>No se ofreció ningún reembolso.</translation>
    </message>
    <message>
        <source>The tool failed (%1).</source>
        <extracomment>A tool run failed: the market&apos;s message and error code.</extracomment>
        <translation>La herramienta falló (%1).</translation>
    </message>
    <message>
        <source>The result was shortened.</source>
        <translation>El resultado se ha acortado.</translation>
    </message>
    <message>
        <source>The image is on another server, so it is not loaded.</source>
        <extracomment>An image result on another server is not loaded: only its address is shown.</extracomment>
        <translation>La imagen está en otro servidor, así que no se carga.</translation>
    </message>
    <message>
        <source>Fetching the image…</source>
        <extracomment>The image of a tool&apos;s result is being downloaded from the market.</extracomment>
        <translation>Descargando la imagen…</translation>
    </message>
    <message>
        <source>The image could not be fetched.</source>
        <extracomment>The image of a tool&apos;s result could not be downloaded.</extracomment>
        <translation>No se pudo descargar la imagen.</translation>
    </message>
    <message>
        <source>Claiming the refund…</source>
        <extracomment>The refund of a failed tool run is being claimed into the wallet.</extracomment>
        <translation>Reclamando el reembolso…</translation>
    </message>
    <message>
        <source>The refund could not be claimed: %1</source>
        <extracomment>The refund claim failed; the reason follows.</extracomment>
        <translation>No se pudo reclamar el reembolso: %1</translation>
    </message>
    <message>
        <source>The session closed.</source>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>Refund of %1 sat received by the wallet.</source>
        <translation>La cartera ha recibido el reembolso de %1 sat.</translation>
    </message>
    <message>
        <source>Refund claimed, not yet received (invoice hash %1).</source>
        <translation>Reembolso reclamado, aún no recibido (hash de factura %1).</translation>
    </message>
    <message>
        <source>The market asks for more details but sent no question that can be answered.</source>
        <extracomment>The market asked for details but none of its questions could be read.</extracomment>
        <translation>El mercado pide más detalles, pero no envió ninguna pregunta que se pueda responder.</translation>
    </message>
    <message>
        <source>The market asks for more details first. Answering costs nothing more.</source>
        <extracomment>The tool asks questions before it goes on; answering them costs nothing more.</extracomment>
        <translation>El mercado pide primero más detalles. Responder no cuesta nada más.</translation>
    </message>
    <message>
        <source>Answer every question first.</source>
        <extracomment>Some of the market&apos;s questions have no answer yet.</extracomment>
        <translation>Responde primero a todas las preguntas.</translation>
    </message>
    <message>
        <source>Sending the answers…</source>
        <extracomment>The answers to the market&apos;s questions are on their way; the run goes on after.</extracomment>
        <translation>Enviando las respuestas…</translation>
    </message>
    <message>
        <source>%1 The market said: %2</source>
        <extracomment>Answers the market did not take: why, then the market&apos;s own words.</extracomment>
        <translation>%1 El mercado respondió: %2</translation>
    </message>
</context>
<context>
    <name>lw::TrayIcon</name>
    <message>
        <source>Show Lightwork</source>
        <extracomment>Tray icon menu: brings the main window forward.</extracomment>
        <translation>Mostrar Lightwork</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Tray icon menu: ends the application.</extracomment>
        <translation>Salir</translation>
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
        <translation>No hay ninguna cartera conectada a este perfil.</translation>
    </message>
    <message>
        <source>A phone wallet shows its balance on the phone.</source>
        <extracomment>The Wallet page&apos;s balance, for a phone wallet.</extracomment>
        <translation>Una cartera del móvil muestra su saldo en el móvil.</translation>
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
