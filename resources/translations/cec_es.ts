<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>AllegationsPanel</name>
    <message>
        <source>The tool suggests, from the chart</source>
        <translation>La herramienta sugiere, según la tabla</translation>
    </message>
    <message>
        <source>Prompts about the red flags recorded appear here.</source>
        <translation>Aquí aparecen indicaciones sobre las señales de alerta registradas.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translatorcomment>allegation = alegación (brief&apos;s glossary); Substantiated/Inconclusive/Unfounded = Fundamentada/No concluyente/Infundada (feminine, agreeing with alegación).</translatorcomment>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <source>Abuse subcategory</source>
        <translation>Subcategoría de abuso</translation>
    </message>
    <message>
        <source>Alleged victim</source>
        <translation>Presunta víctima</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Presunto perpetrador</translation>
    </message>
    <message>
        <source>Your conclusion</source>
        <translation>Su conclusión</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>Fundamentada</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Infundada</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Razones</translation>
    </message>
    <message>
        <source>Determining disposition</source>
        <translation>Determinar la disposición</translation>
    </message>
    <message>
        <source>Can be substantiated regardless of</source>
        <translation>Puede fundamentarse sin importar</translation>
    </message>
    <message>
        <source>Exploitation is suspected: the hotline call and the law enforcement contact are due (CSW responsibilities), whatever the form. Nothing recorded yet tells the forms apart, so the tool suggests no allegation from the chart: which to enter is yours to decide, from the facts. Add one with Insert.</source>
        <translation>Se sospecha explotación: corresponde la llamada a la línea directa y el contacto con las autoridades policiales (responsabilidades del CSW), sea cual sea la forma. Nada de lo registrado hasta ahora distingue las formas, así que la herramienta no sugiere ninguna alegación según la tabla: usted decide cuál registrar, según los hechos. Agregue una con Insert.</translation>
    </message>
    <message>
        <source>No red flag, concerning determination or at-risk result is recorded yet. You can still add an allegation (Insert).</source>
        <translation>Todavía no hay ninguna señal de alerta, determinación preocupante ni resultado de riesgo registrado. Aun así puede agregar una alegación (Insert).</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>Add this allegation</source>
        <translation>Agregar esta alegación</translation>
    </message>
    <message>
        <source>Add allegation: {name}</source>
        <translation>Agregar alegación: {name}</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>this computer does not allow it in that folder (no permission)</source>
        <translation>esta computadora no lo permite en esa carpeta (no hay permiso)</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>el disco o la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the file or folder is not there (any more)</source>
        <translation>el archivo o la carpeta no está allí (o ya no está)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be failing, or was removed)</source>
        <translation>no se pudo leer ni escribir en el disco (puede estar fallando, o se retiró)</translation>
    </message>
    <message>
        <source>the computer refused it (for IT: {code})</source>
        <translation>la computadora no lo permitió (para informática: {code})</translation>
    </message>
    <message>
        <source>the practice scenario file {file} cannot be read: {reason}</source>
        <translation>no se puede leer el archivo de escenario de práctica {file}: {reason}</translation>
    </message>
    <message>
        <source>the practice scenario file {file} is damaged. Reinstalling the tool usually fixes it; county IT can help (the details are for them)</source>
        <translation>el archivo de escenario de práctica {file} está dañado. Reinstalar la herramienta suele resolverlo; el departamento de informática del condado puede ayudarle (los detalles son para ese departamento)</translation>
    </message>
    <message>
        <source>the practice scenarios are missing from this copy of the tool. Reinstalling the tool usually fixes it; county IT can help</source>
        <translation>faltan los escenarios de práctica en esta copia de la herramienta. Reinstalar la herramienta suele resolverlo; el departamento de informática del condado puede ayudarle</translation>
    </message>
    <message>
        <source>the text changed since it was checked; check again</source>
        <translation>el texto cambió después de la revisión; revíselo de nuevo</translation>
    </message>
    <message>
        <source>there is no suggested wording for this one; reword it by hand</source>
        <translation>no hay una redacción sugerida para este caso; redáctelo usted de otra manera</translation>
    </message>
    <message>
        <source>something unexpected went wrong (for IT: {code})</source>
        <translation>ocurrió un problema inesperado (para informática: {code})</translation>
    </message>
</context>
<context>
    <name>AssociatesPanel</name>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Associates, employers, partners and suspected exploiters</source>
        <translation>Personas relacionadas, empleadores, parejas y posibles explotadores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nicknames / monikers</source>
        <translation>Apodos / sobrenombres</translation>
    </message>
    <message>
        <source>Relationship (their word)</source>
        <translation>Relación (en sus palabras)</translation>
    </message>
    <message>
        <source>Suspected exploiter</source>
        <translatorcomment>exploiter = explotador/a; suspected = posible (not presunto, which sounds legal).</translatorcomment>
        <translation>Posible explotador/a</translation>
    </message>
    <message>
        <source>Has children</source>
        <translation>Tiene hijos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Other young people or adults who may need help</source>
        <translation>Otros jóvenes o adultos que pueden necesitar ayuda</translation>
    </message>
    <message>
        <source>Name, nickname or description</source>
        <translation>Nombre, apodo o descripción</translation>
    </message>
    <message>
        <source>Where they may be</source>
        <translation>Dónde pueden estar</translation>
    </message>
</context>
<context>
    <name>AtRiskPanel</name>
    <message>
        <source>At-risk for commercial sexual exploitation</source>
        <translation>En riesgo de explotación sexual comercial</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>At least one of A–C, or at least two of D–H.</source>
        <translation>Al menos uno de A–C, o al menos dos de D–H.</translation>
    </message>
    <message>
        <source>At-risk rule</source>
        <translation>Regla de riesgo</translation>
    </message>
    <message>
        <source>At-risk indicators A to H</source>
        <translation>Indicadores de riesgo A a H</translation>
    </message>
    <message>
        <source>At-risk determination</source>
        <translation>Determinación de riesgo</translation>
    </message>
    <message>
        <source>About labor-trafficking risk</source>
        <translation>Sobre el riesgo de trata laboral</translation>
    </message>
    <message>
        <source>Labor-trafficking risk factors</source>
        <translation>Factores de riesgo de trata laboral</translation>
    </message>
    <message>
        <source>The youth displays at least one of the indicators A-C: {letters}.</source>
        <translation>El/la joven presenta al menos uno de los indicadores A-C: {letters}.</translation>
    </message>
    <message>
        <source>The youth displays a minimum of two of the indicators D-H: {letters}.</source>
        <translation>El/la joven presenta un mínimo de dos de los indicadores D-H: {letters}.</translation>
    </message>
    <message>
        <source>Not met: none of the indicators A-C, and only one of D-H ({letter}); a minimum of two of D-H is needed.</source>
        <translation>No se cumple: ninguno de los indicadores A-C, y solo uno de D-H ({letter}); se necesita un mínimo de dos de D-H.</translation>
    </message>
    <message>
        <source>Not assessed: no indicator A-H is marked, so the record shows nothing either way.</source>
        <translation>Sin evaluar: no hay ningún indicador A-H marcado, así que el registro no muestra nada en ningún sentido.</translation>
    </message>
    <message>
        <source>Meets the at-risk definition for CSE.</source>
        <translation>Cumple la definición de riesgo de CSE.</translation>
    </message>
    <message>
        <source>Does not meet the at-risk definition for CSE (so far).</source>
        <translation>No cumple la definición de riesgo de CSE (por ahora).</translation>
    </message>
    <message>
        <source>Not assessed: no indicator is marked yet.</source>
        <translation>Sin evaluar: todavía no hay ningún indicador marcado.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>after idle time</source>
        <translation>tras un tiempo sin actividad</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>al salir</translation>
    </message>
    <message>
        <source>to restore a backup</source>
        <translation>para restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Window locked ({reason})</source>
        <translation>Ventana bloqueada ({reason})</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>What happened to the notes and when, newest first. The log is kept inside the encrypted notes and never holds what was written.</source>
        <translation>Qué pasó con las notas y cuándo, lo más reciente primero. El registro se guarda dentro de las notas cifradas y nunca contiene lo que se escribió.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Some text contains a character that cannot be saved (it may have come from the clipboard). It is still on screen: please retype that part.</source>
        <translation>Parte del texto contiene un carácter que no se puede guardar (puede venir del portapapeles). Sigue en pantalla: vuelva a escribir esa parte.</translation>
    </message>
    <message>
        <source>Could not save just now (the disk may be full). Your text is kept on screen and saving will be retried.</source>
        <translation>No se pudo guardar en este momento (puede que el disco esté lleno). Su texto se queda en pantalla y se volverá a intentar guardar.</translation>
    </message>
    <message>
        <source>Could not save just now: {reason} Your text is kept on screen and saving will be retried.</source>
        <translation>No se pudo guardar en este momento: {reason} Su texto se queda en pantalla y se volverá a intentar guardar.</translation>
    </message>
</context>
<context>
    <name>BackupFlows</name>
    <message>
        <source>Back up the notes</source>
        <translation>Hacer copia de seguridad de las notas</translation>
    </message>
    <message>
        <source>Some edits are not saved yet (the interview shows why). Save them first, then make the backup.</source>
        <translation>Algunos cambios todavía no están guardados (la entrevista muestra por qué). Guárdelos primero y luego haga la copia de seguridad.</translation>
    </message>
    <message>
        <source>Save the encrypted backup as</source>
        <translation>Guardar la copia de seguridad cifrada como</translation>
    </message>
    <message>
        <source>CEC backups (*.cec);;All files (*)</source>
        <translation>Copias de seguridad CEC (*.cec);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Copia de seguridad cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The backup was not made: {reason}</source>
        <translation>No se hizo la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Copia de seguridad guardada.</translation>
    </message>
    <message>
        <source>The backup is saved in {file}: {n} interview(s), encrypted. It opens with the same passphrase as your notes. Keep it somewhere as safe as this computer.</source>
        <translation>La copia de seguridad está guardada en {file}: {n} entrevista(s), cifrada. Se abre con la misma frase de contraseña que sus notas. Guárdela en un lugar tan seguro como esta computadora.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Some edits are not saved yet (the interview shows why). Save them first.</source>
        <translation>Algunos cambios todavía no están guardados (la entrevista muestra por qué). Guárdelos primero.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase (the one your notes had when the backup was made):</source>
        <translation>La frase de contraseña de la copia (la que tenían sus notas cuando se hizo la copia):</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {reason}</source>
        <translation>Esta copia de seguridad no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>the notes on this computer ({n} interview(s), in {file})</source>
        <translation>las notas de esta computadora ({n} entrevista(s), en {file})</translation>
    </message>
    <message>
        <source>the notes file that could not be opened ({file})</source>
        <translation>el archivo de notas que no se pudo abrir ({file})</translation>
    </message>
    <message>
        <source>Replace {current} with the backup {backup} ({n} interview(s))?

Anything recorded after that backup was made will be gone, and the backup&apos;s passphrase becomes the passphrase of your notes. The notes now on this computer are kept until the backup has opened.</source>
        <translation>¿Reemplazar {current} con la copia de seguridad {backup} ({n} entrevista(s))?

Todo lo registrado después de hacer esa copia se perderá, y la frase de contraseña de la copia pasará a ser la de sus notas. Las notas que hay ahora en esta computadora se conservan hasta que la copia se haya abierto.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Reemplazar con la copia</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason} Your notes are as they were.</source>
        <translation>No se restauró la copia de seguridad: {reason} Sus notas siguen como estaban.</translation>
    </message>
    <message>
        <source>Restored from the backup. Your notes now use the backup&apos;s passphrase.</source>
        <translation>Restaurado desde la copia de seguridad. Sus notas ahora usan la frase de contraseña de la copia.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back</source>
        <translation>Mapa del cuerpo, de frente y de espalda</translation>
    </message>
    <message>
        <source>Click on the body, or press Enter, to place a numbered tattoo mark; drag a mark or press Shift+arrow keys to move it; arrow keys choose a mark; Delete removes the selected mark.</source>
        <translatorcomment>Key names (Enter, Shift, Delete, Insert) stay as printed on US keyboards.</translatorcomment>
        <translation>Haga clic en el cuerpo, o presione Enter, para poner una marca de tatuaje numerada; arrastre una marca o presione Shift+flechas para moverla; las flechas eligen una marca; Delete quita la marca seleccionada.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>The case (fictional)</source>
        <translation>El caso (ficticio)</translation>
    </message>
</context>
<context>
    <name>CaseExportDialog</name>
    <message>
        <source>Case summary — training (fictional case)</source>
        <translation>Resumen del caso — capacitación (caso ficticio)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>What the case summary will say, as text, in the order of the PDF. The PDF adds the page header and footer.</source>
        <translation>Lo que dirá el resumen del caso, como texto, en el orden del PDF. El PDF agrega el encabezado y el pie de página.</translation>
    </message>
    <message>
        <source>&amp;1 Wording check</source>
        <translation>&amp;1 Revisión del lenguaje</translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation>&amp;2 Vista previa</translation>
    </message>
    <message>
        <source>&amp;3 Copy for CWS/CMS</source>
        <translation>&amp;3 Copiar para CWS/CMS</translation>
    </message>
    <message>
        <source>&amp;4 Save</source>
        <translation>&amp;4 Guardar</translation>
    </message>
    <message>
        <source>Close the case summary</source>
        <translation>Cerrar el resumen del caso</translation>
    </message>
</context>
<context>
    <name>CaseLanguagePage</name>
    <message>
        <source>learned in {contact}</source>
        <translation>se supo en {contact}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translatorcomment>collateral (contact kind) = colateral; contacto colateral in full. Unsure whether county Spanish uses another word.</translatorcomment>
        <translation>Colateral</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation>Resumen exportado</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>joven</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
    <message>
        <source>collateral</source>
        <translation>colateral</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Referral and status</source>
        <translation>Remisión y estado</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contacts in this case</source>
        <translation>Contactos de este caso</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>N&amp;uevo contacto…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>A&amp;brir contacto</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Abrir contacto</translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation>&amp;Mover a otro caso…</translation>
    </message>
    <message>
        <source>Move contact to another case</source>
        <translation>Mover el contacto a otro caso</translation>
    </message>
    <message>
        <source>The case&apos;s findings at a glance</source>
        <translation>Los hallazgos del caso de un vistazo</translation>
    </message>
    <message>
        <source>At-risk result</source>
        <translation>Resultado de riesgo</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Learned in</source>
        <translation>Se supo en</translation>
    </message>
    <message>
        <source>Associates and exploiters</source>
        <translation>Personas relacionadas y explotadores</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translatorcomment>allegation = alegación (brief&apos;s glossary); Substantiated/Inconclusive/Unfounded = Fundamentada/No concluyente/Infundada (feminine, agreeing with alegación).</translatorcomment>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <source>At risk:</source>
        <translation>En riesgo:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Señales de alerta:</translation>
    </message>
    <message>
        <source>Learned in:</source>
        <translation>Se supo en:</translation>
    </message>
    <message>
        <source>Associates:</source>
        <translation>Personas relacionadas:</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Plazos:</translation>
    </message>
    <message>
        <source>Allegations:</source>
        <translation>Alegaciones:</translation>
    </message>
    <message>
        <source>Also in other cases</source>
        <translation>También en otros casos</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <source>&amp;Case summary…</source>
        <translation>&amp;Resumen del caso…</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (capacitación)</translation>
    </message>
    <message>
        <source>Also known as {akas}</source>
        <translation>También conocido/a como {akas}</translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <translation>Remisión {number}</translation>
    </message>
    <message>
        <source>No referral number yet</source>
        <translation>Todavía sin número de remisión</translation>
    </message>
    <message>
        <source>Client id {id}</source>
        <translation>ID de cliente {id}</translation>
    </message>
    <message>
        <source>Case open</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>case summary exported {when}</source>
        <translation>resumen del caso exportado {when}</translation>
    </message>
    <message>
        <source>“{term}” also appears in 1 other case</source>
        <translation>“{term}” también aparece en 1 caso más</translation>
    </message>
    <message>
        <source>“{term}” also appears in {n} other cases</source>
        <translation>“{term}” también aparece en {n} casos más</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the other case for {term}</source>
        <translation>Abrir el otro caso de {term}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the pointer for {term}</source>
        <translation>Descartar el aviso de {term}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>, attempted</source>
        <translation>, intentado</translation>
    </message>
    <message>
        <source>At risk of CSE (indicators {letters})</source>
        <translation>En riesgo de CSE (indicadores {letters})</translation>
    </message>
    <message>
        <source>Not met so far: {missing}</source>
        <translation>No se cumple por ahora: {missing}</translation>
    </message>
    <message>
        <source>Not assessed yet (no indicator marked)</source>
        <translation>Todavía sin evaluar (ningún indicador marcado)</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Nada registrado todavía</translation>
    </message>
    <message>
        <source> (sources: {parts})</source>
        <translation> (fuentes: {parts})</translation>
    </message>
    <message>
        <source>other contacts: {flags}</source>
        <translation>otros contactos: {flags}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{label}: done</source>
        <translation>{label}: hecho</translation>
    </message>
    <message>
        <source>{label}: OVERDUE (was due {when})</source>
        <translation>{label}: VENCIDO (vencía {when})</translation>
    </message>
    <message>
        <source>{label}: due {when}</source>
        <translation>{label}: vence {when}</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>Ningún plazo en curso</translation>
    </message>
    <message>
        <source>{entered} entered; {suggested} suggested by the rules</source>
        <translation>{entered} registradas; {suggested} sugeridas por las reglas</translation>
    </message>
    <message>
        <source>another contact</source>
        <translation>otro contacto</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>, suspected exploiter</source>
        <translation>, posible explotador/a</translation>
    </message>
    <message>
        <source>1 red flag</source>
        <translation>1 señal de alerta</translation>
    </message>
    <message>
        <source>{n} red flags</source>
        <translation>{n} señales de alerta</translation>
    </message>
</context>
<context>
    <name>CaseSavePage</name>
    <message>
        <source>Case summary (PDF)</source>
        <translation>Resumen del caso (PDF)</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
    <message>
        <source>The paste-ready text as one file. It is not encrypted: keep it on an encrypted drive and delete it once entered.</source>
        <translation>El texto listo para pegar, en un solo archivo. No está cifrado: guárdelo en una unidad cifrada y bórrelo una vez ingresado.</translation>
    </message>
    <message>
        <source>Save &amp;text…</source>
        <translation>Guardar &amp;texto…</translation>
    </message>
    <message>
        <source>Complete case (JSON)</source>
        <translation>Caso completo (JSON)</translation>
    </message>
    <message>
        <source>The whole case with its contacts, for another copy of this tool. It is not for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive and delete it once it has been imported.</source>
        <translation>El caso entero con sus contactos, para otra copia de esta herramienta. No es para CWS/CMS y el archivo no está cifrado: guárdelo en una unidad cifrada y bórrelo una vez importado.</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Guardar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Guardar el resumen del caso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved the case summary ({pages} pages{locked}) as {name}.</source>
        <translation>Se guardó el resumen del caso ({pages} páginas{locked}) como {name}.</translation>
    </message>
    <message>
        <source>, password protected</source>
        <translation>, protegido con contraseña</translation>
    </message>
    <message>
        <source>Save the case summary as text</source>
        <translation>Guardar el resumen del caso como texto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved the text as {name}.</source>
        <translation>Se guardó el texto como {name}.</translation>
    </message>
    <message>
        <source>Save the complete case</source>
        <translation>Guardar el caso completo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the complete case as {name}.</source>
        <translation>Se guardó el caso completo como {name}.</translation>
    </message>
    <message>
        <source>(The export could not be written to the log.)</source>
        <translation>(No se pudo anotar la exportación en el registro.)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Referral</source>
        <translatorcomment>referral = remisión (CWS referral to the county); some county Spanish material says referencia or referido. Used throughout: Remisión, número de remisión. Please confirm with county staff.</translatorcomment>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (capacitación)</translation>
    </message>
    <message>
        <source>, summary exported</source>
        <translation>, resumen exportado</translation>
    </message>
    <message>
        <source>None running</source>
        <translation>Ninguno en curso</translation>
    </message>
    <message>
        <source>OTIP notice overdue (was due {when})</source>
        <translation>Aviso a OTIP vencido (vencía {when})</translation>
    </message>
    <message>
        <source>OTIP notice due {when}</source>
        <translation>Aviso a OTIP: vence {when}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The notes on this computer will open with the new passphrase only. Backups made before keep the passphrase they were made with. If the new passphrase is lost, nobody (not even county IT) can recover the notes.</source>
        <translation>Las notas de esta computadora se abrirán solo con la nueva frase de contraseña. Las copias de seguridad hechas antes conservan la frase con la que se hicieron. Si se pierde la nueva frase, nadie (ni siquiera el departamento de informática del condado) podrá recuperar las notas.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escriba otra vez la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar la frase</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Escriba primero la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Frase de contraseña cambiada. Use la nueva frase de ahora en adelante.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>No se cambió la frase de contraseña: {reason}</translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>Coaching notes</source>
        <translatorcomment>coaching (training mode notes from the guide) = consejos; guidance (panel help) = orientación.</translatorcomment>
        <translation>Consejos de la guía</translation>
    </message>
    <message>
        <source>Coaching ({n})</source>
        <translation>Consejos ({n})</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>No notes so far. Notes from the guide appear here as you go; they never stop you.</source>
        <translation>Todavía no hay consejos. Los consejos de la guía aparecen aquí a medida que avanza; nunca lo/la detienen.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>The guide: “{reason}”</source>
        <translation>La guía: “{reason}”</translation>
    </message>
    <message>
        <source>The guide&apos;s reason</source>
        <translation>La razón de la guía</translation>
    </message>
</context>
<context>
    <name>CollateralPanel</name>
    <message>
        <source>Insert adds a contact, Delete removes the current one.</source>
        <translation>Insert agrega un contacto; Delete quita el actual.</translation>
    </message>
    <message>
        <source>Collateral contacts</source>
        <translation>Contactos colaterales</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Name or &amp;initials</source>
        <translation>Nombre o ini&amp;ciales</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Age and date of birth</source>
        <translation>Edad y fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>A&amp;KAs and monikers (comma separated)</source>
        <translation>A&amp;lias y apodos (separados por comas)</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Edad</translation>
    </message>
    <message>
        <source>&amp;Referral number</source>
        <translatorcomment>referral = remisión; see Referral.</translatorcomment>
        <translation>Número de &amp;remisión</translation>
    </message>
    <message>
        <source>CWS/CMS &amp;client id</source>
        <translation>ID de cliente de C&amp;WS/CMS</translation>
    </message>
    <message>
        <source>Who is interviewed</source>
        <translation>A quién se entrevista</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>El/la joven</translation>
    </message>
    <message>
        <source>A parent or caregiver</source>
        <translation>Un padre, madre o cuidador/a</translation>
    </message>
    <message>
        <source>A collateral contact</source>
        <translation>Un contacto colateral</translation>
    </message>
    <message>
        <source>Inter&amp;view with</source>
        <translation>Entre&amp;vista con</translation>
    </message>
    <message>
        <source>Start &amp;time</source>
        <translation>&amp;Hora de inicio</translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <source>CSW</source>
        <translation>CSW</translation>
    </message>
    <message>
        <source>Participants (comma separated)</source>
        <translation>Quiénes participan (separados por comas)</translation>
    </message>
    <message>
        <source>Their na&amp;me</source>
        <translation>Su nom&amp;bre</translation>
    </message>
    <message>
        <source>Relationship to the &amp;youth</source>
        <translation>Relación con el/la &amp;joven</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;End time</source>
        <translation>Hora &amp;de término</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>I&amp;nterpreter (name, if any)</source>
        <translation>Intér&amp;prete (nombre, si hay)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Propó&amp;sito</translation>
    </message>
    <message>
        <source>The language of the interview. {names}: the questions are shown in it.</source>
        <translation>El idioma de la entrevista. {names}: las preguntas se muestran en ese idioma.</translation>
    </message>
    <message>
        <source>From the date of birth, on {day}</source>
        <translation>Según la fecha de nacimiento, el {day}</translation>
    </message>
    <message>
        <source>The record says {age}; the date of birth gives {years} on {day}. Check the date of birth.</source>
        <translation>El registro dice {age}; la fecha de nacimiento da {years} el {day}. Revise la fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>ContentProblemPage</name>
    <message>
        <source>The interview guide in this copy is damaged</source>
        <translation>La guía de entrevista de esta copia está dañada</translation>
    </message>
    <message>
        <source>One of the tool&apos;s own files (the questions, red flags and rules taken from the policy guide) did not pass its check, so the tool will not start: an interview with part of the guide missing could mislead you. Your notes were not opened or changed.</source>
        <translation>Uno de los archivos propios de la herramienta (las preguntas, las señales de alerta y las reglas tomadas de la guía de políticas) no pasó su verificación, así que la herramienta no se iniciará: una entrevista a la que le falte parte de la guía podría confundirle. Sus notas no se abrieron ni se cambiaron.</translation>
    </message>
    <message>
        <source>Please tell county IT, or whoever installed the tool, and give them the details below. Reinstalling the tool usually fixes it.</source>
        <translation>Avise al departamento de informática del condado, o a quien instaló la herramienta, y deles los detalles de abajo. Reinstalar la herramienta suele resolverlo.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Details: {problem}</source>
        <translation>Detalles: {problem}</translation>
    </message>
    <message>
        <source>The content could not be read ({kind}).</source>
        <translation>No se pudo leer el contenido ({kind}).</translation>
    </message>
</context>
<context>
    <name>CopyPage</name>
    <message>
        <source>Each part fits a CWS/CMS text field. Copy one, paste it into CWS/CMS, then copy the next. Copied text is removed from the clipboard after a short time and when this window locks.</source>
        <translation>Cada parte cabe en un campo de texto de CWS/CMS. Copie una, péguela en CWS/CMS y luego copie la siguiente. El texto copiado se borra del portapapeles después de un rato y cuando esta ventana se bloquea.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy: {title}</source>
        <translation>Copiar: {title}</translation>
    </message>
    <message>
        <source>Copied, but the export could not be logged: {reason}</source>
        <translation>Copiado, pero la exportación no se pudo anotar en el registro: {reason}</translation>
    </message>
    <message>
        <source>Copied “{title}”. It is cleared from the clipboard in {s} s, or when the window locks.</source>
        <translation>Se copió “{title}”. Se borra del portapapeles en {s} s, o cuando la ventana se bloquee.</translation>
    </message>
    <message>
        <source>Copied “{title}”. It is cleared from the clipboard when the window locks.</source>
        <translation>Se copió “{title}”. Se borra del portapapeles cuando la ventana se bloquee.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>“{text}” is not a year; type four digits</source>
        <translation>«{text}» no es un año; escriba cuatro cifras</translation>
    </message>
    <message>
        <source>a four-digit year?</source>
        <translation>¿un año de cuatro cifras?</translation>
    </message>
    <message>
        <source>There is no month {month}; type e.g. {example}</source>
        <translation>No existe el mes {month}; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>no month {month}</source>
        <translation>no existe el mes {month}</translation>
    </message>
    <message>
        <source>{month_name} {year} has no day {day}; type e.g. {example}</source>
        <translation>{month_name} de {year} no tiene día {day}; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>ese día no existe</translation>
    </message>
    <message>
        <source>“{name}” is not a month; type e.g. {example}</source>
        <translation>«{name}» no es un mes; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>not a month</source>
        <translation>no es un mes</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type e.g. {example}</source>
        <translation>«{text}» no es una fecha; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>“{text}” is not a time; type e.g. {example}</source>
        <translation>«{text}» no es una hora; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>no es una hora</translation>
    </message>
    <message>
        <source>“{text}” could be any time that hour; type e.g. {example}</source>
        <translation>«{text}» podría ser cualquier momento de esa hora; escriba, por ejemplo, {example}</translation>
    </message>
    <message>
        <source>add the minutes</source>
        <translation>añada los minutos</translation>
    </message>
    <message>
        <source>2010-03-14 or 3/14/2010</source>
        <translation>2010-03-14 o 3/14/2010</translation>
    </message>
    <message>
        <source>14:30, 2:30 pm or 1430</source>
        <translation>14:30, 2:30 pm o 1430</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>{name}: calendar</source>
        <translation>{name}: calendario</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} es una fecha futura</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Debrief</source>
        <translatorcomment>Training debrief = Repaso (review against the answer key).</translatorcomment>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Debrief against the answer key</source>
        <translation>Repaso con la clave de respuestas</translation>
    </message>
    <message>
        <source>Debrief PDF</source>
        <translation>PDF del repaso</translation>
    </message>
    <message>
        <source>&amp;Back to the practice interview</source>
        <translation>&amp;Volver a la entrevista de práctica</translation>
    </message>
    <message>
        <source>Back to the practice interview</source>
        <translation>Volver a la entrevista de práctica</translation>
    </message>
    <message>
        <source>Practice &amp;cases</source>
        <translation>&amp;Casos de práctica</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Casos de práctica</translation>
    </message>
    <message>
        <source>&amp;Save debrief PDF…</source>
        <translation>&amp;Guardar el PDF del repaso…</translation>
    </message>
    <message>
        <source>Save debrief PDF</source>
        <translation>Guardar el PDF del repaso</translation>
    </message>
    <message>
        <source>Debrief: {case} · overall {score} of 100</source>
        <translation>Repaso: {case} · total {score} de 100</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message>
        <source>Debrief saved: {path}</source>
        <translation>Repaso guardado: {path}</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>De más</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecto</translation>
    </message>
</context>
<context>
    <name>EchoPointer</name>
    <message>
        <source>Also in other cases</source>
        <translation>También en otros casos</translation>
    </message>
    <message>
        <source>“{term}” also appears in 1 other case</source>
        <translation>“{term}” también aparece en 1 caso más</translation>
    </message>
    <message>
        <source>“{term}” also appears in {n} other cases</source>
        <translation>“{term}” también aparece en {n} casos más</translation>
    </message>
    <message>
        <source>Exploiters often have more than one victim. Open shows the other case; Dismiss hides this until the contact is opened again.</source>
        <translation>Los explotadores muchas veces tienen más de una víctima. Abrir muestra el otro caso; Descartar oculta este aviso hasta que se vuelva a abrir el contacto.</translation>
    </message>
    <message>
        <source>Open the other case</source>
        <translation>Abrir el otro caso</translation>
    </message>
    <message>
        <source>Open the other case for {term}</source>
        <translation>Abrir el otro caso de {term}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the pointer for {term}</source>
        <translation>Descartar el aviso de {term}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export summary</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>Export summary — training (fictional case)</source>
        <translation>Exportar el resumen — capacitación (caso ficticio)</translation>
    </message>
    <message>
        <source>&amp;1 Wording check</source>
        <translation>&amp;1 Revisión del lenguaje</translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation>&amp;2 Vista previa</translation>
    </message>
    <message>
        <source>&amp;3 Copy for CWS/CMS</source>
        <translation>&amp;3 Copiar para CWS/CMS</translation>
    </message>
    <message>
        <source>&amp;4 Save or print</source>
        <translation>&amp;4 Guardar o imprimir</translation>
    </message>
    <message>
        <source>Close export</source>
        <translation>Cerrar la exportación</translation>
    </message>
</context>
<context>
    <name>ExportLanguage</name>
    <message>
        <source>Contact narrative</source>
        <translation>Narrativa del contacto</translation>
    </message>
    <message>
        <source>Contact: purpose</source>
        <translation>Contacto: propósito</translation>
    </message>
    <message>
        <source>Special considerations: notes</source>
        <translation>Consideraciones especiales: notas</translation>
    </message>
    <message>
        <source>At-risk indicator {key}: note</source>
        <translation>Indicador de riesgo {key}: nota</translation>
    </message>
    <message>
        <source>Labor-trafficking risk factor: note</source>
        <translation>Factor de riesgo de trata laboral: nota</translation>
    </message>
    <message>
        <source>CSW responsibilities: note</source>
        <translation>Responsabilidades del CSW: nota</translation>
    </message>
    <message>
        <source>Needs: note</source>
        <translation>Necesidades: nota</translation>
    </message>
    <message>
        <source>Services: note</source>
        <translation>Servicios: nota</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>how obtained</source>
        <translation>cómo lo obtuvo</translation>
    </message>
    <message>
        <source>where obtained</source>
        <translation>dónde lo obtuvo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>razones</translation>
    </message>
    <message>
        <source>Tattoo {n}</source>
        <translation>Tatuaje {n}</translation>
    </message>
    <message>
        <source>Online account {n}</source>
        <translation>Cuenta en línea {n}</translation>
    </message>
    <message>
        <source>Associate {n}</source>
        <translation>Persona relacionada {n}</translation>
    </message>
    <message>
        <source>Other possible victim {n}</source>
        <translation>Otra posible víctima {n}</translation>
    </message>
    <message>
        <source>Collateral contact {n}</source>
        <translation>Contacto colateral {n}</translation>
    </message>
    <message>
        <source>Allegation {n}</source>
        <translation>Alegación {n}</translation>
    </message>
    <message>
        <source>Your notes on: {question}</source>
        <translation>Sus notas sobre: {question}</translation>
    </message>
    <message>
        <source>Red flag note: {flag}</source>
        <translation>Nota de la señal de alerta: {flag}</translation>
    </message>
</context>
<context>
    <name>ExportPrint</name>
    <message>
        <source>Print the contact summary</source>
        <translation>Imprimir el resumen del contacto</translation>
    </message>
</context>
<context>
    <name>ExportSave</name>
    <message>
        <source>(The export could not be written to the log.)</source>
        <translation>(No se pudo anotar la exportación en el registro.)</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another place.</source>
        <translation>El disco está lleno. Libere espacio o elija otro lugar.</translation>
    </message>
    <message>
        <source>This folder cannot be written to. Choose another place.</source>
        <translation>No se puede escribir en esta carpeta. Elija otro lugar.</translation>
    </message>
    <message>
        <source>This disk or folder is read-only. Choose another place.</source>
        <translation>Este disco o carpeta es de solo lectura. Elija otro lugar.</translation>
    </message>
    <message>
        <source>That folder does not exist any more. Choose another place.</source>
        <translation>Esa carpeta ya no existe. Elija otro lugar.</translation>
    </message>
    <message>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>El nombre del archivo es demasiado largo. Elija un nombre más corto.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>No se pudo escribir el archivo: {reason}.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo ({reason}).</translation>
    </message>
</context>
<context>
    <name>GuidePane</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Search the guide (just type)</source>
        <translation>Buscar en la guía (solo escriba)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Opened for</source>
        <translation>Abierta para</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entradas encontradas</translation>
    </message>
    <message>
        <source>Guide entries</source>
        <translation>Entradas de la guía</translation>
    </message>
    <message>
        <source>Guide entry</source>
        <translation>Entrada de la guía</translation>
    </message>
    <message>
        <source>The text is the county&apos;s policy guide; the headings were written for this tool.</source>
        <translation>El texto es la guía de políticas del condado; los títulos se escribieron para esta herramienta.</translation>
    </message>
    <message>
        <source>For “{item}”:</source>
        <translation>Para “{item}”:</translation>
    </message>
    <message>
        <source>The guide has no definition for “{item}”; search below.</source>
        <translation>La guía no tiene una definición para “{item}”; busque abajo.</translation>
    </message>
    <message>
        <source>{n} of {total} entries</source>
        <translation>{n} de {total} entradas</translation>
    </message>
    <message>
        <source>{total} entries</source>
        <translation>{total} entradas</translation>
    </message>
    <message>
        <source>Nothing in the guide matches “{text}”.</source>
        <translation>Nada en la guía coincide con “{text}”.</translation>
    </message>
</context>
<context>
    <name>InterviewListPage</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search name, AKA or referral number</source>
        <translation>Buscar nombre, alias o número de remisión</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Show cases by status</source>
        <translation>Mostrar casos por estado</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Casos cerrados</translation>
    </message>
    <message>
        <source>Show cases by deadline</source>
        <translation>Mostrar casos por plazo</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Cualquier plazo</translation>
    </message>
    <message>
        <source>A deadline is open</source>
        <translation>Con un plazo pendiente</translation>
    </message>
    <message>
        <source>A deadline is overdue</source>
        <translation>Con un plazo vencido</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Sin plazos pendientes</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>Nue&amp;va entrevista</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>No cases yet. Choose New interview to start one.</source>
        <translation>Todavía no hay casos. Elija Nueva entrevista para empezar uno.</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
    <message>
        <source>OTIP notice overdue (was due {when})</source>
        <translation>Aviso a OTIP vencido (vencía {when})</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation>{total} casos</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostrados</translation>
    </message>
</context>
<context>
    <name>InterviewPlaceholder</name>
    <message>
        <source>The guided interview cannot open</source>
        <translation>La entrevista guiada no se puede abrir</translation>
    </message>
    <message>
        <source>This part of the window is not available in this build, so the interview cannot be shown. Nothing was changed. ({reason})</source>
        <translation>Esta parte de la ventana no está disponible en esta versión, así que la entrevista no se puede mostrar. No se cambió nada. ({reason})</translation>
    </message>
    <message>
        <source>Back to the interview list</source>
        <translation>Volver a la lista de entrevistas</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Referral</source>
        <translatorcomment>referral = remisión (CWS referral to the county); some county Spanish material says referencia or referido. Used throughout: Remisión, número de remisión. Please confirm with county staff.</translatorcomment>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Entrevistado/a</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translatorcomment>collateral (contact kind) = colateral; contacto colateral in full. Unsure whether county Spanish uses another word.</translatorcomment>
        <translation>Colateral</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation>Resumen exportado</translation>
    </message>
    <message>
        <source>Notify the federal Office on Trafficking in Persons (OTIP) within 24 hours of suspicion, by a Request for Assistance.</source>
        <translation>Avisar a la Oficina federal contra la Trata de Personas (OTIP) dentro de las 24 horas de la sospecha, con una Request for Assistance (solicitud de asistencia).</translation>
    </message>
    <message>
        <source>Open the interview and enter when exploitation was first suspected.</source>
        <translation>Abra la entrevista e ingrese cuándo se sospechó explotación por primera vez.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the contact&apos;s start.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde el inicio del contacto.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the start of the contact date.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde el comienzo del día del contacto.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from when the interview was started.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde que se empezó la entrevista.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (capacitación)</translation>
    </message>
    <message>
        <source>None running</source>
        <translation>Ninguno en curso</translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due (was due {when})</source>
        <translation>OTIP avisada; RFA todavía pendiente (vencía {when})</translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due (by {when})</source>
        <translation>OTIP avisada; RFA todavía pendiente (antes de {when})</translation>
    </message>
    <message>
        <source>OTIP notice overdue (was due {when})</source>
        <translation>Aviso a OTIP vencido (vencía {when})</translation>
    </message>
    <message>
        <source>OTIP notice due {when}</source>
        <translation>Aviso a OTIP: vence {when}</translation>
    </message>
    <message>
        <source> — suspicion time not entered</source>
        <translation> — hora de la sospecha sin ingresar</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Shift+Enter)</source>
        <translation>Anterior (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation>Siguiente (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close interview</source>
        <translation>Cerrar la entrevista</translation>
    </message>
    <message>
        <source>Export summary… (Ctrl+E)</source>
        <translation>Exportar el resumen… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>{youth} — {who} interview</source>
        <translation>{youth} — entrevista: {who}</translation>
    </message>
    <message>
        <source>Some edits are not saved yet; the interview stays open until they are.</source>
        <translation>Algunos cambios todavía no están guardados; la entrevista queda abierta hasta que se guarden.</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Locked with unsaved edits</source>
        <translation>Bloqueado con cambios sin guardar</translation>
    </message>
    <message>
        <source>When the window locked, an edit could not be saved (see the message that was shown in the interview). Please check the last panel.</source>
        <translation>Cuando la ventana se bloqueó, un cambio no se pudo guardar (vea el mensaje que apareció en la entrevista). Revise el último panel.</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Some edits are not saved yet.</source>
        <translation>Algunos cambios todavía no están guardados.</translation>
    </message>
    <message>
        <source>New interviews cannot be started in this build.</source>
        <translation>En esta versión no se pueden empezar entrevistas nuevas.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Delete the case of {name}, with every contact in it? Everything recorded in it will be gone from this computer. This cannot be undone.</source>
        <translation>¿Eliminar el caso de {name}, con todos sus contactos? Todo lo registrado en él desaparecerá de esta computadora. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation>Caso eliminado.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>Mover el contacto</translation>
    </message>
    <message>
        <source>There is no other case to move it to. Start one with New interview.</source>
        <translation>No hay otro caso al cual moverlo. Empiece uno con Nueva entrevista.</translation>
    </message>
    <message>
        <source>Contact moved to the case of {name}.</source>
        <translation>Contacto movido al caso de {name}.</translation>
    </message>
    <message>
        <source>The case summary cannot be made in this build.</source>
        <translation>En esta versión no se puede hacer el resumen del caso.</translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation>Abrir la entrevista</translation>
    </message>
    <message>
        <source>The interview could not be opened ({kind}). Nothing was changed.</source>
        <translation>No se pudo abrir la entrevista ({kind}). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>&amp;Panel or question:</source>
        <translation>&amp;Panel o pregunta:</translation>
    </message>
    <message>
        <source>Panel or question to go to</source>
        <translation>Panel o pregunta a la que ir</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <source>Matching panels and questions</source>
        <translation>Paneles y preguntas que coinciden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Next panel or question</source>
        <translation>Siguiente panel o pregunta</translation>
    </message>
    <message>
        <source>Previous panel or question</source>
        <translation>Panel o pregunta anterior</translation>
    </message>
    <message>
        <source>Next / previous panel</source>
        <translation>Panel siguiente / anterior</translation>
    </message>
    <message>
        <source>Export the contact summary (in an interview)</source>
        <translation>Exportar el resumen del contacto (en una entrevista)</translation>
    </message>
    <message>
        <source>Next / previous field; in a text box too</source>
        <translation>Campo siguiente / anterior; también en un cuadro de texto</translation>
    </message>
    <message>
        <source>Leave a text box that takes Tab</source>
        <translation>Salir de un cuadro de texto que acepta Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Tick or untick the box or choice in focus</source>
        <translation>Marcar o desmarcar la casilla u opción que tiene el foco</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Move in a list, a table or the navigator; choose between answers</source>
        <translation>Moverse en una lista, una tabla o la lista de secciones; elegir entre respuestas</translation>
    </message>
    <message>
        <source>Open what is chosen in a list or the navigator</source>
        <translation>Abrir lo elegido en una lista o en la lista de secciones</translation>
    </message>
    <message>
        <source>Body map: Enter</source>
        <translation>Mapa del cuerpo: Enter</translation>
    </message>
    <message>
        <source>Place a new mark in the middle of the front view</source>
        <translation>Poner una marca nueva en el centro de la vista de frente</translation>
    </message>
    <message>
        <source>Body map: arrow keys</source>
        <translation>Mapa del cuerpo: flechas</translation>
    </message>
    <message>
        <source>Choose the next or previous mark</source>
        <translation>Elegir la marca siguiente o anterior</translation>
    </message>
    <message>
        <source>Body map: Shift+arrow keys</source>
        <translation>Mapa del cuerpo: Shift+flechas</translation>
    </message>
    <message>
        <source>Move the chosen mark</source>
        <translation>Mover la marca elegida</translation>
    </message>
    <message>
        <source>Body map: Delete</source>
        <translation>Mapa del cuerpo: Delete</translation>
    </message>
    <message>
        <source>Remove the chosen mark</source>
        <translation>Quitar la marca elegida</translation>
    </message>
    <message>
        <source>Close a dialog; on a case page, back to the list</source>
        <translation>Cerrar un diálogo; en la página de un caso, volver a la lista</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Before the summary leaves this computer, check your own wording. The guide asks us not to use these words for a young person; each is shown with the guide&apos;s reason and what to say instead. Fix it here, or keep it and go on. The person&apos;s own words, in quotes, are never checked or changed.</source>
        <translation>Antes de que el resumen salga de esta computadora, revise su propio lenguaje. La guía pide no usar estas palabras para referirse a una persona joven; cada una aparece con la razón de la guía y qué decir en su lugar. Corríjala aquí, o déjela y siga. Las propias palabras de la persona, entre comillas, nunca se revisan ni se cambian.</translation>
    </message>
    <message>
        <source>Wording check result</source>
        <translation>Resultado de la revisión del lenguaje</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>En las propias palabras de la persona</translation>
    </message>
    <message>
        <source>Words to review</source>
        <translation>Palabras que revisar</translation>
    </message>
    <message>
        <source>The selected words</source>
        <translation>Las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexto</translation>
    </message>
    <message>
        <source>Why the guide avoids it</source>
        <translation>Por qué la guía lo evita</translation>
    </message>
    <message>
        <source>What to say instead</source>
        <translation>Qué decir en su lugar</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>In context:</source>
        <translation>En contexto:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>Replacement wording</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Replace the words and save</source>
        <translation>Reemplazar las palabras y guardar</translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation>&amp;Dejar como está</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Revisar &amp;otra vez</translation>
    </message>
    <message>
        <source>Continue to the &amp;preview</source>
        <translation>Seguir a la &amp;vista previa</translation>
    </message>
    <message>
        <source>1 place in your wording to review.</source>
        <translation>1 lugar de su texto que revisar.</translation>
    </message>
    <message>
        <source>{n} places in your wording to review.</source>
        <translation>{n} lugares de su texto que revisar.</translation>
    </message>
    <message>
        <source>Nothing to review in your wording.</source>
        <translation>Nada que revisar en su texto.</translation>
    </message>
    <message>
        <source>For your information: the person&apos;s own words hold {words}. Kept as they said them; the summary quotes them unchanged.</source>
        <translation>Para su información: las propias palabras de la persona contienen {words}. Se conservan tal como las dijo; el resumen las cita sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Replace “{words}” with:</source>
        <translation>&amp;Reemplazar “{words}” con:</translation>
    </message>
    <message>
        <source>Type your own wording</source>
        <translation>Escriba su propio texto</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>No se cambió: {reason}</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Enter when exploitation was first suspected (Special considerations).</source>
        <translation>Ingrese cuándo se sospechó explotación por primera vez (Consideraciones especiales).</translation>
    </message>
    <message>
        <source>None ticked yet.</source>
        <translation>Nada marcado todavía.</translation>
    </message>
    <message>
        <source>Counted from the time of suspicion entered: {start}.</source>
        <translation>Se cuenta desde la hora de sospecha ingresada: {start}.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the contact&apos;s start ({start}), the earliest time this record shows.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde el inicio del contacto ({start}), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the start of the contact date ({start}; no start time entered), the earliest time this record shows.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde el comienzo del día del contacto ({start}; sin hora de inicio ingresada), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from when this interview was started ({start}), the earliest time this record shows.</source>
        <translation>No se ingresó la hora de la sospecha: se cuenta desde que se empezó esta entrevista ({start}), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>joven</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
    <message>
        <source>collateral</source>
        <translation>colateral</translation>
    </message>
    <message>
        <source>Ticked red flags per category — {counts}.</source>
        <translation>Señales de alerta marcadas por categoría — {counts}.</translation>
    </message>
    <message>
        <source>Nothing recorded points to one form yet: the flags ticked are seen in all three forms of exploitation. Exploitation is suspected all the same: the hotline call and the law enforcement contact are due, and which form it is is yours to decide.</source>
        <translation>Nada de lo registrado apunta todavía a una sola forma: las señales marcadas se ven en las tres formas de explotación. Aun así se sospecha explotación: corresponde la llamada a la línea directa y el contacto con las autoridades policiales, y usted decide de qué forma se trata.</translation>
    </message>
    <message>
        <source>OTIP notification {when}. {label}. {basis}</source>
        <translation>Aviso a OTIP {when}. {label}. {basis}</translation>
    </message>
    <message>
        <source>The record points to: {cats} (red flags that tell the forms apart, determinations answered the concerning way, or allegations entered).</source>
        <translation>El registro apunta a: {cats} (señales de alerta que distinguen las formas, determinaciones contestadas en el sentido preocupante, o alegaciones registradas).</translation>
    </message>
    <message>
        <source>RFA still due ({when}): OTIP was notified {notified}, but the Request for Assistance through Shepherd is not marked submitted. The mandated report is the RFA. {basis}</source>
        <translation>RFA todavía pendiente ({when}): se avisó a OTIP {notified}, pero la Request for Assistance (solicitud de asistencia) por Shepherd no está marcada como enviada. El reporte obligatorio es la RFA. {basis}</translation>
    </message>
    <message>
        <source>was due {due} — overdue; notify now</source>
        <translation>vencía {due} — vencido; avise ahora</translation>
    </message>
    <message>
        <source>due by {due} ({hours:.0f} h left)</source>
        <translation>vence {due} (quedan {hours:.0f} h)</translation>
    </message>
    <message>
        <source>Runaway return: assess for CSE. {text}</source>
        <translation>Regreso de una fuga: evaluar para CSE. {text}</translation>
    </message>
    <message>
        <source>was due {due}</source>
        <translation>vencía {due}</translation>
    </message>
    <message>
        <source>due by {due}, {hours:.0f} h left</source>
        <translation>vence {due}, quedan {hours:.0f} h</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Locked. Enter the passphrase to go on.</source>
        <translation>Bloqueado. Ingrese la frase de contraseña para seguir.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>{app}
Version {version}
Policy guide content {content}

Works offline. Interview notes stay on this computer, encrypted.</source>
        <translation>{app}
Versión {version}
Contenido de la guía de políticas {content}

Funciona sin conexión. Las notas de las entrevistas se quedan en esta computadora, cifradas.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Some edits could not be saved (the interview shows why). If you quit now they are lost. Quit anyway?</source>
        <translation>Algunos cambios no se pudieron guardar (la entrevista muestra por qué). Si sale ahora, se perderán. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>New interview not started</source>
        <translation>No se empezó la entrevista nueva</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview, and it could not be saved (the dialog had said why). To keep the details private, what you had typed was cleared. Please start the new interview again.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva, y no se pudo guardar (el diálogo había dicho por qué). Para mantener los datos privados, se borró lo que había escrito. Vuelva a empezar la entrevista nueva.</translation>
    </message>
    <message>
        <source>New interview saved</source>
        <translation>Entrevista nueva guardada</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview. What you had entered was saved as a new interview, which is open now: please check its contact details.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva. Lo que había ingresado se guardó como una entrevista nueva, que ahora está abierta: revise los datos del contacto.</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview, before the youth&apos;s name or initials were entered, so it could not be saved. To keep the details private, what you had typed was cleared. Please start the new interview again.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva, antes de ingresar el nombre o las iniciales del/de la joven, así que no se pudo guardar. Para mantener los datos privados, se borró lo que había escrito. Vuelva a empezar la entrevista nueva.</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Empezar una entrevista nueva</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Lista de casos</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nuevo &amp;contacto…</translation>
    </message>
    <message>
        <source>A new contact in this case: only who was interviewed and how are asked</source>
        <translation>Un contacto nuevo en este caso: solo se pregunta a quién se entrevistó y de qué modo</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>Open the contact chosen in the case&apos;s list</source>
        <translation>Abrir el contacto elegido en la lista del caso</translation>
    </message>
    <message>
        <source>&amp;Move contact to another case…</source>
        <translation>&amp;Mover el contacto a otro caso…</translation>
    </message>
    <message>
        <source>The chosen contact was filed under the wrong youth: move it and what was learned in it</source>
        <translation>El contacto elegido quedó en el caso del/de la joven equivocado/a: moverlo junto con lo que se supo en él</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>&amp;Resumen del caso…</translation>
    </message>
    <message>
        <source>The case summary for CWS/CMS: every contact&apos;s findings, with their sources</source>
        <translation>El resumen del caso para CWS/CMS: los hallazgos de cada contacto, con sus fuentes</translation>
    </message>
    <message>
        <source>&amp;Search every case…</source>
        <translation>B&amp;uscar en todos los casos…</translation>
    </message>
    <message>
        <source>Search names, monikers, handles, phone numbers and notes in every case</source>
        <translation>Buscar nombres, apodos, usuarios, números de teléfono y notas en todos los casos</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock now: hides every note until the passphrase is entered</source>
        <translation>Bloquear ahora: oculta todas las notas hasta que se ingrese la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Lock time, clipboard, text size</source>
        <translation>Tiempo de bloqueo, portapapeles, tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Lock and close the window</source>
        <translation>Bloquear y cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Back up the notes…</source>
        <translation>&amp;Hacer copia de seguridad de las notas…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the notes</source>
        <translation>Guardar una copia cifrada de las notas</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put back an encrypted copy made earlier</source>
        <translation>Restaurar una copia cifrada hecha antes</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the notes</source>
        <translation>Elegir una nueva frase de contraseña para las notas</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>When the notes were opened, locked and changed</source>
        <translation>Cuándo se abrieron, bloquearon y cambiaron las notas</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Ir a…</translation>
    </message>
    <message>
        <source>Type part of a panel&apos;s or a question&apos;s name and go there</source>
        <translation>Escribir parte del nombre de un panel o de una pregunta e ir ahí</translation>
    </message>
    <message>
        <source>The &amp;navigator</source>
        <translation>La lista de &amp;secciones</translation>
    </message>
    <message>
        <source>Put the keyboard in the list of panels and questions</source>
        <translation>Llevar el teclado a la lista de paneles y preguntas</translation>
    </message>
    <message>
        <source>Panel &amp;{n}</source>
        <translation>Panel &amp;{n}</translation>
    </message>
    <message>
        <source>The interview&apos;s panel number {n} in the navigator</source>
        <translation>El panel número {n} de la entrevista en la lista de secciones</translation>
    </message>
    <message>
        <source>The &amp;guide</source>
        <translation>La &amp;guía</translation>
    </message>
    <message>
        <source>The policy guide&apos;s words for the item you are on</source>
        <translation>Lo que dice la guía de políticas sobre el elemento en el que está</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window; also ? where ? is not typed into a field</source>
        <translation>Todos los atajos de la ventana; también ? donde ? no se escribe en un campo</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Recorrido por la ventana</translation>
    </message>
    <message>
        <source>A short walk through the window</source>
        <translation>Un recorrido corto por la ventana</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <source>Version, and where the notes are kept</source>
        <translation>Versión, y dónde se guardan las notas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>{app} (locked)</source>
        <translation>{app} (bloqueado)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>MarkList</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>About the item chosen in {list}</source>
        <translation>Sobre el elemento elegido en {list}</translation>
    </message>
    <message>
        <source>    ↳ from {source}</source>
        <translation>    ↳ de {source}</translation>
    </message>
    <message>
        <source>    ↳ no longer ticked</source>
        <translation>    ↳ ya no está marcado</translation>
    </message>
    <message>
        <source>Learned in: {source}</source>
        <translation>Se supo en: {source}</translation>
    </message>
    <message>
        <source>{text}
Learned in: {source}</source>
        <translation>{text}
Se supo en: {source}</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>{name}: date</source>
        <translation>{name}: fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{name}: time</source>
        <translation>{name}: hora</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>{name}: now</source>
        <translation>{name}: ahora</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>{name}: clear</source>
        <translation>{name}: borrar</translation>
    </message>
    <message>
        <source>{name}: understood as</source>
        <translation>{name}: se entiende como</translation>
    </message>
    <message>
        <source>add the time (e.g. 14:30)</source>
        <translation>agregue la hora (p. ej., 14:30)</translation>
    </message>
    <message>
        <source>add the date</source>
        <translation>agregue la fecha</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>Move contact to another case</source>
        <translation>Mover el contacto a otro caso</translation>
    </message>
    <message>
        <source>Move the contact ({contact}) and what was learned in it to another youth&apos;s case. Where that case already holds the same finding, its record stays and this contact&apos;s note is added to it.</source>
        <translation>Mover el contacto ({contact}) y lo que se supo en él al caso de otro/a joven. Si ese caso ya tiene el mismo hallazgo, su registro se queda y se le agrega la nota de este contacto.</translation>
    </message>
    <message>
        <source>Type the youth&apos;s name, an AKA or the referral</source>
        <translation>Escriba el nombre del/de la joven, un alias o la remisión</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>Buscar el caso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>no referral number</source>
        <translation>sin número de remisión</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contactos</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (capacitación)</translation>
    </message>
    <message>
        <source>No other case matches.</source>
        <translation>Ningún otro caso coincide.</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>Mover el contacto</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Interview sections</source>
        <translation>Secciones de la entrevista</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>not yet asked</source>
        <translation>sin preguntar todavía</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>orientación</translation>
    </message>
</context>
<context>
    <name>NeedsServicesPanel</name>
    <message>
        <source>Needs noted</source>
        <translation>Necesidades anotadas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Services referred</source>
        <translation>Servicios a los que se remitió</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Fecha de remisión</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>Fecha de &amp;remisión</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>no referral number yet</source>
        <translation>todavía sin número de remisión</translation>
    </message>
    <message>
        <source>A new contact in the case of {name} (referral {ref}).</source>
        <translation>Un contacto nuevo en el caso de {name} (remisión {ref}).</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Start contact</source>
        <translation>Empezar el contacto</translation>
    </message>
    <message>
        <source>The contact could not be created: {reason}</source>
        <translation>No se pudo crear el contacto: {reason}</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Enter the youth&apos;s name or initials to start.</source>
        <translation>Ingrese el nombre o las iniciales del/de la joven para empezar.</translation>
    </message>
    <message>
        <source>The interview could not be created: {reason}</source>
        <translation>No se pudo crear la entrevista: {reason}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A field contains a character that cannot be saved (it may have come from the clipboard). Please retype it.</source>
        <translation>Un campo contiene un carácter que no se puede guardar (puede venir del portapapeles). Vuelva a escribirlo.</translation>
    </message>
</context>
<context>
    <name>OnlinePanel</name>
    <message>
        <source>Ask for their phone number, nicknames and usernames if they are willing, and ask them to show you their pages. Insert adds an account, Delete removes the current one.</source>
        <translation>Pida su número de teléfono, apodos y nombres de usuario si está dispuesto/a, y pídale que le muestre sus páginas. Insert agrega una cuenta; Delete quita la actual.</translation>
    </message>
    <message>
        <source>Signs to look for: {signs}</source>
        <translation>Señales que buscar: {signs}</translation>
    </message>
    <message>
        <source>Signs to look for</source>
        <translation>Señales que buscar</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Username / handle</source>
        <translation>Usuario / nombre en la red</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Apodos</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Signs seen</source>
        <translation>Señales vistas</translation>
    </message>
    <message>
        <source>Shown by youth</source>
        <translation>Mostrado por el/la joven</translation>
    </message>
    <message>
        <source>Job ad still online</source>
        <translation>Anuncio de trabajo aún en línea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Online accounts</source>
        <translation>Cuentas en línea</translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>Part of the notes file is damaged (it no longer reads back as it was saved), so the notes were locked. Keep the file and ask IT, or put back a backup you made earlier.</source>
        <translation>Parte del archivo de notas está dañada (ya no se lee como se guardó), así que las notas se bloquearon. Conserve el archivo y consulte a informática, o restaure una copia de seguridad que haya hecho antes.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Allegations and disposition</source>
        <translation>Alegaciones y disposición</translation>
    </message>
    <message>
        <source>Associates, exploiters and other victims</source>
        <translation>Personas relacionadas, explotadores y otras víctimas</translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Caregiver interview</source>
        <translation>Entrevista con el/la cuidador/a</translation>
    </message>
    <message>
        <source>The caregiver&apos;s own words</source>
        <translation>Las propias palabras del/de la cuidador/a</translation>
    </message>
    <message>
        <source>Collateral contacts</source>
        <translation>Contactos colaterales</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Investigative areas</source>
        <translation>Áreas de investigación</translation>
    </message>
    <message>
        <source>What was learned, in the source&apos;s words</source>
        <translation>Lo que se supo, en las palabras de la fuente</translation>
    </message>
    <message>
        <source>Needs and services</source>
        <translation>Necesidades y servicios</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Social media and online</source>
        <translation>Redes sociales e internet</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>CSW responsibilities</source>
        <translation>Responsabilidades del CSW</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Special considerations</source>
        <translation>Consideraciones especiales</translation>
    </message>
    <message>
        <source>Tattoos</source>
        <translation>Tatuajes</translation>
    </message>
    <message>
        <source>Youth interview</source>
        <translation>Entrevista con el/la joven</translation>
    </message>
    <message>
        <source>The youth&apos;s own words</source>
        <translation>Las propias palabras del/de la joven</translation>
    </message>
</context>
<context>
    <name>PdfBox</name>
    <message>
        <source>Pr&amp;otect the PDF with a password (recommended)</source>
        <translation>Pr&amp;oteger el PDF con contraseña (recomendado)</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Contraseña del PDF otra vez</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword again:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Whoever opens the file needs this password. Give it to them another way than the file itself (not in the same e-mail).</source>
        <translation>Quien abra el archivo necesita esta contraseña. Désela por otra vía que no sea el archivo (no en el mismo correo electrónico).</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Type a password twice, or untick “Protect the PDF”.</source>
        <translation>Escriba una contraseña dos veces, o desmarque “Proteger el PDF”.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Las dos contraseñas no coinciden. Escríbalas otra vez.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input</source>
        <translation>Bloquear después de estos minutos sin actividad</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>only when locking</source>
        <translation>solo al bloquear</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds</source>
        <translation>Borrar el texto copiado del portapapeles después de estos segundos</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>Borrar el texto &amp;copiado después de:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>at the next unlock</source>
        <translation>al próximo desbloqueo</translation>
    </message>
    <message>
        <source>Offer to delete interviews this many days after their summary was exported</source>
        <translation>Ofrecer eliminar las entrevistas estos días después de exportar su resumen</translation>
    </message>
    <message>
        <source>Asked when you unlock. Nothing is deleted unless you agree.</source>
        <translation>Se pregunta al desbloquear. No se elimina nada sin su acuerdo.</translation>
    </message>
    <message>
        <source>Offer to &amp;delete exported interviews after:</source>
        <translation>Ofrecer &amp;eliminar entrevistas exportadas tras:</translation>
    </message>
    <message>
        <source>Your name, filled into new contacts</source>
        <translation>Su nombre, que se llena en los contactos nuevos</translation>
    </message>
    <message>
        <source>Your &amp;name (CSW):</source>
        <translation>Su &amp;nombre (CSW):</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{n} pt</source>
        <translation>{n} pt</translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation>El tamaño del sistema</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>The system&apos;s colors</source>
        <translation>Los colores del sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Cont&amp;rast:</source>
        <translation>Cont&amp;raste:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The window changes language the next time it starts.</source>
        <translation>La ventana cambia de idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Idioma de la ventana:</translation>
    </message>
    <message>
        <source>Heading of the contact summary</source>
        <translation>Encabezado del resumen del contacto</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Printed at the top of every contact summary from this computer.</source>
        <translation>Se imprime arriba de cada resumen de contacto hecho en esta computadora.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the summary will say, as text, in the order of the PDF. The PDF adds the page header and footer and draws the tattoo outline.</source>
        <translation>Lo que dirá el resumen, como texto, en el orden del PDF. El PDF agrega el encabezado y el pie de página y dibuja la silueta de los tatuajes.</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Learned in</source>
        <translation>Se supo en</translation>
    </message>
    <message>
        <source>{who}, {month}/{day}</source>
        <translation>{who}, {month}/{day}</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>an earlier contact</source>
        <translation>un contacto anterior</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>joven</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
    <message>
        <source>collateral</source>
        <translation>colateral</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question in the other language</source>
        <translation>La pregunta en el otro idioma</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Estado de la traducción</translation>
    </message>
    <message>
        <source>Switch the question&apos;s language</source>
        <translation>Cambiar el idioma de la pregunta</translation>
    </message>
    <message>
        <source>Show this question in the other language first ({keys})</source>
        <translation>Mostrar primero esta pregunta en el otro idioma ({keys})</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Contestó</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translatorcomment>The youth/caregiver was not sure: No sabe (accelerator b, since S is taken by Sí).</translatorcomment>
        <translation>No sa&amp;be</translation>
    </message>
    <message>
        <source>&amp;Declined to answer</source>
        <translation>No quiso &amp;responder</translation>
    </message>
    <message>
        <source>No&amp;t asked</source>
        <translation>No se &amp;preguntó</translation>
    </message>
    <message>
        <source>Click, or press {keys}</source>
        <translation>Haga clic o presione {keys}</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la letra subrayada</translation>
    </message>
    <message>
        <source>Response keys</source>
        <translation>Teclas de respuesta</translation>
    </message>
    <message>
        <source>Their own words</source>
        <translation>Sus propias palabras</translation>
    </message>
    <message>
        <source>What they said, as they said it</source>
        <translation>Lo que dijo, tal como lo dijo</translation>
    </message>
    <message>
        <source>Your English rendering of their words</source>
        <translation>Su versión en inglés de lo que dijo la persona</translation>
    </message>
    <message>
        <source>CSW&apos;s English rendering</source>
        <translation>Versión en inglés del CSW</translation>
    </message>
    <message>
        <source>Optional: their words in English, as you would render them</source>
        <translation>Opcional: lo que dijo la persona, en inglés, como usted lo traduciría</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Observations, follow-up</source>
        <translation>Observaciones, seguimiento</translation>
    </message>
    <message>
        <source>How to ask</source>
        <translation>Cómo preguntar</translation>
    </message>
    <message>
        <source>Interviewing technique</source>
        <translation>Técnica de entrevista</translation>
    </message>
    <message>
        <source>{language} first</source>
        <translation>{language} primero</translation>
    </message>
    <message>
        <source>English first</source>
        <translation>Inglés primero</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Where you are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>No questions in the content bank for this panel.</source>
        <translation>No hay preguntas en el banco de contenido para este panel.</translation>
    </message>
    <message>
        <source>{section} · question {n} of {total}</source>
        <translation>{section} · pregunta {n} de {total}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add (Insert)</source>
        <translation>Agregar (Insert)</translation>
    </message>
    <message>
        <source>Add a row to {name}</source>
        <translation>Agregar una fila a {name}</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Quitar (Delete)</translation>
    </message>
    <message>
        <source>Remove the current row from {name}</source>
        <translation>Quitar la fila actual de {name}</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar la fila</translation>
    </message>
    <message>
        <source>Remove this row? What it holds will be gone from the interview.</source>
        <translation>¿Quitar esta fila? Lo que contiene desaparecerá de la entrevista.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>RedFlagsPanel</name>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show red flags for</source>
        <translation>Mostrar señales de alerta de</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Ticked only</source>
        <translation>Solo las marcadas</translation>
    </message>
    <message>
        <source>Red flag tallies</source>
        <translation>Conteo de señales de alerta</translation>
    </message>
    <message>
        <source>Prompts about the flags you tick appear here.</source>
        <translation>Aquí aparecen indicaciones sobre las señales que marque.</translation>
    </message>
    <message>
        <source>Learned from</source>
        <translation>Se supo por</translation>
    </message>
    <message>
        <source>Observed by you</source>
        <translation>Observado por usted</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>El/la joven</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Un/a cuidador/a</translation>
    </message>
    <message>
        <source>A collateral contact</source>
        <translation>Un contacto colateral</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Learned from: {source}</source>
        <translation>Se supo por: {source}</translation>
    </message>
    <message>
        <source>CSEC</source>
        <translation>CSEC</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Laboral</translation>
    </message>
    <message>
        <source>Criminal activity</source>
        <translatorcomment>Category name of the chart (Involving a Child in Criminal Activity): Actividad delictiva describes the activity, never the youth.</translatorcomment>
        <translation>Actividad delictiva</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPanel</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translatorcomment>A determination the CSW is unsure of: Sin certeza.</translatorcomment>
        <translation>Sin certeza</translation>
    </message>
    <message>
        <source>Determinations (what you found)</source>
        <translation>Determinaciones (lo que usted encontró)</translation>
    </message>
    <message>
        <source>Steps that are due</source>
        <translation>Pasos que corresponden</translation>
    </message>
    <message>
        <source>Answers to confirm</source>
        <translation>Respuestas que confirmar</translation>
    </message>
    <message>
        <source>Determinations from the procedures</source>
        <translation>Determinaciones de los procedimientos</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Lo que corresponde</translation>
    </message>
    <message>
        <source>Learned in ({det})</source>
        <translation>Se supo en ({det})</translation>
    </message>
    <message>
        <source>Present (red flag)</source>
        <translation>Presente (señal de alerta)</translation>
    </message>
    <message>
        <source>The same record as the red flag: {flag}</source>
        <translation>El mismo registro que la señal de alerta: {flag}</translation>
    </message>
    <message>
        <source>{det} (the red flag {flag})</source>
        <translation>{det} (la señal de alerta {flag})</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Lo que usted encontró</translation>
    </message>
    <message>
        <source>The answer that raises concern: {answer}</source>
        <translation>La respuesta que causa preocupación: {answer}</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>de {source}</translation>
    </message>
    <message>
        <source>Made with an earlier version of this tool, where these were tick boxes: a tick did not say which way or how much, so it counts for nothing until you answer again:</source>
        <translation>Hecho con una versión anterior de esta herramienta, donde estas eran casillas: una marca no decía en qué sentido ni cuánto, así que no cuenta hasta que vuelva a contestar:</translation>
    </message>
    <message>
        <source>No step is due yet: steps appear here when red flags, determinations, at-risk indicators or a runaway return call for them.</source>
        <translation>Todavía no corresponde ningún paso: los pasos aparecen aquí cuando las señales de alerta, las determinaciones, los indicadores de riesgo o el regreso de una fuga los requieren.</translation>
    </message>
    <message>
        <source>Every due step has been recorded.</source>
        <translation>Se registraron todos los pasos que corresponden.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>cualquier forma</translation>
    </message>
    <message>
        <source>Any form — {title}</source>
        <translation>Cualquier forma — {title}</translation>
    </message>
    <message>
        <source>Status of step {n} ({proc})</source>
        <translation>Estado del paso {n} ({proc})</translation>
    </message>
    <message>
        <source>Time of step {n}</source>
        <translation>Hora del paso {n}</translation>
    </message>
    <message>
        <source>Note on step {n}</source>
        <translation>Nota del paso {n}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Already recorded on another step of this kind</source>
        <translation>Ya registrado en otro paso de este tipo</translation>
    </message>
    <message>
        <source>Learned in (step {n})</source>
        <translation>Se supo en (paso {n})</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>If the notes file is damaged, you can put back a backup you made earlier. The file is left exactly as it is unless you choose a backup and agree to replace it.</source>
        <translation>Si el archivo de notas está dañado, puede restaurar una copia de seguridad que haya hecho antes. El archivo se deja tal como está, a menos que elija una copia y acepte reemplazarlo.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Interviews already sent to CWS/CMS</source>
        <translation>Entrevistas ya enviadas a CWS/CMS</translation>
    </message>
    <message>
        <source>The summaries of these interviews were exported more than {days} days ago. CWS/CMS is the record; keeping the notes on this laptop only adds risk if it is lost. Tick the ones to delete from this computer. Deleted notes cannot be brought back.</source>
        <translation>Los resúmenes de estas entrevistas se exportaron hace más de {days} días. CWS/CMS es el expediente; guardar las notas en esta laptop solo agrega riesgo si se pierde. Marque las que quiere eliminar de esta computadora. Las notas eliminadas no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Interviews that can be deleted</source>
        <translation>Entrevistas que se pueden eliminar</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Referral</source>
        <translatorcomment>referral = remisión (CWS referral to the county); some county Spanish material says referencia or referido. Used throughout: Remisión, número de remisión. Please confirm with county staff.</translatorcomment>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation>Resumen exportado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Interviews edited after their summary was exported are not ticked: those edits may not be in CWS/CMS yet. Check before deleting them.</source>
        <translation>Las entrevistas editadas después de exportar su resumen no están marcadas: esos cambios quizá todavía no estén en CWS/CMS. Revíselas antes de eliminarlas.</translation>
    </message>
    <message>
        <source>&amp;Delete the ticked interviews</source>
        <translation>&amp;Eliminar las entrevistas marcadas</translation>
    </message>
    <message>
        <source>Delete the ticked interviews</source>
        <translation>Eliminar las entrevistas marcadas</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>&amp;Conservarlas por ahora</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>Conservarlas por ahora</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Edited after the export</source>
        <translation>Editada después de la exportación</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Answered, skipped and pending questions</source>
        <translation>Preguntas contestadas, omitidas y pendientes</translation>
    </message>
    <message>
        <source>Determinations (the rules suggest; you decide)</source>
        <translation>Determinaciones (las reglas sugieren; usted decide)</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>Determinaciones</translation>
    </message>
    <message>
        <source>Contact &amp;narrative</source>
        <translation>&amp;Narrativa del contacto</translation>
    </message>
    <message>
        <source>Contact narrative</source>
        <translation>Narrativa del contacto</translation>
    </message>
    <message>
        <source>{title}: {a} answered, {s} skipped, {p} not yet asked</source>
        <translation>{title}: {a} contestadas, {s} omitidas, {p} sin preguntar todavía</translation>
    </message>
    <message>
        <source>   skipped: {q}</source>
        <translation>   omitidas: {q}</translation>
    </message>
    <message>
        <source>At-risk for CSE: {r}</source>
        <translation>En riesgo de CSE: {r}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>se cumple</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no se cumple</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Exploitation is suspected: the hotline call and the law enforcement contact are due, whatever the form. Which form it is is yours to decide.</source>
        <translation>Se sospecha explotación: corresponde la llamada a la línea directa y el contacto con las autoridades policiales, sea cual sea la forma. Usted decide de qué forma se trata.</translation>
    </message>
    <message>
        <source>The tool suggests, from the chart (enter each separately):</source>
        <translation>La herramienta sugiere, según la tabla (registre cada una por separado):</translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation> (registrada)</translation>
    </message>
    <message>
        <source>The tool suggests no form from the chart: nothing recorded yet tells the forms apart.</source>
        <translation>La herramienta no sugiere ninguna forma según la tabla: nada de lo registrado hasta ahora distingue las formas.</translation>
    </message>
    <message>
        <source>No red flag, concerning determination or at-risk result is recorded yet.</source>
        <translation>Todavía no hay ninguna señal de alerta, determinación preocupante ni resultado de riesgo registrado.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due</source>
        <translation>OTIP avisada; RFA todavía pendiente</translation>
    </message>
    <message>
        <source>{label}: due {due} — {state}</source>
        <translation>{label}: vence {due} — {state}</translation>
    </message>
    <message>
        <source>Responsibility steps due: {n}, still open: {o}</source>
        <translation>Pasos de responsabilidad que corresponden: {n}, todavía pendientes: {o}</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>{text}</source>
        <comment>the guide&apos;s or the content bank&apos;s words, kept in English: quoted</comment>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Red flag observed: {text}</source>
        <translation>Señal de alerta observada: {text}</translation>
    </message>
    <message>
        <source>Determined: {text} — yes</source>
        <translation>Determinado: {text} — sí</translation>
    </message>
    <message>
        <source>Determined: {text} — no</source>
        <translation>Determinado: {text} — no</translation>
    </message>
    <message>
        <source>At risk for CSE (indicators {letters})</source>
        <translation>En riesgo de CSE (indicadores {letters})</translation>
    </message>
    <message>
        <source>Allegation entered: {name}</source>
        <translation>Alegación registrada: {name}</translation>
    </message>
    <message>
        <source>Time of suspicion recorded by the CSW</source>
        <translation>Hora de la sospecha registrada por el CSW</translation>
    </message>
    <message>
        <source>Exploitation is suspected. Due now, whatever the form:</source>
        <translation>Se sospecha explotación. Corresponde ahora, sea cual sea la forma:</translation>
    </message>
    <message>
        <source>• {title}. The guide: “{text}”</source>
        <translation>• “{title}”. La guía: “{text}”</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Registrado:</translation>
    </message>
    <message>
        <source>The record points to: {forms}. Whether other forms are present too is yours to decide from the facts.</source>
        <translation>El registro apunta a: {forms}. Usted decide, según los hechos, si también hay otras formas.</translation>
    </message>
    <message>
        <source>Which form it is ({forms}) is yours to decide: nothing recorded yet tells them apart.</source>
        <translation>Usted decide de qué forma se trata ({forms}): nada de lo registrado hasta ahora las distingue.</translation>
    </message>
    <message>
        <source>Ask about the facts: the work the youth does and for whom, who gets the money, and whether sex is exchanged for anything.</source>
        <translation>Pregunte por los hechos: qué trabajo hace el joven y para quién, quién se queda con el dinero y si se intercambia sexo por algo.</translation>
    </message>
    <message>
        <source>These red flags are seen in all three forms of exploitation (sex trafficking, exploiting a child&apos;s labor, and involving a child in criminal activity), so on their own they do not show which form it is: {flags}.</source>
        <translation>Estas señales de alerta se ven en las tres formas de explotación (trata sexual, explotación del trabajo de un menor e involucrar a un menor en actividades delictivas), así que por sí solas no muestran de qué forma se trata: {flags}.</translation>
    </message>
    <message>
        <source>Ask about the facts to tell them apart: the work the youth does and for whom, who gets the money, and whether sex is exchanged for money, food, a place to stay or anything else.</source>
        <translation>Pregunte por los hechos para distinguirlas: qué trabajo hace el joven y para quién, quién se queda con el dinero y si se intercambia sexo por dinero, comida, un lugar donde quedarse o cualquier otra cosa.</translation>
    </message>
    <message>
        <source>Other things recorded already point to: {forms}.</source>
        <translation>Otros datos registrados ya apuntan a: {forms}.</translation>
    </message>
    <message>
        <source>The record points to {name}. The guide&apos;s CSW responsibilities:</source>
        <translation>El registro apunta a {name}. Responsabilidades del CSW según la guía:</translation>
    </message>
    <message>
        <source>Foreign national minor with suspected CSEC or labor trafficking: notify {name} within {hours} hours of suspicion; do not wait for confirmation. Submit a Request for Assistance (RFA) through the {system} ({url}). To discuss the case first, call {phone} ({phone_hours}) or write to {email}. {response}</source>
        <translation>Menor extranjero con sospecha de CSEC o de trata laboral: avise a {name} dentro de las {hours} horas de la sospecha; no espere a que se confirme. Envíe una Request for Assistance (RFA, solicitud de asistencia) por el {system} ({url}). Para hablar del caso antes, llame al {phone} ({phone_hours}) o escriba a {email}. {response}</translation>
    </message>
    <message>
        <source>Exploitation is suspected and it is not recorded whether the youth is a foreign national minor (non-US citizen/legal permanent resident under 18). If so, OTIP must be notified within {hours} hours of suspicion.</source>
        <translation>Se sospecha explotación y no consta si el joven es un menor extranjero (menor de 18 años sin ciudadanía estadounidense ni residencia permanente legal). Si lo es, hay que avisar a OTIP dentro de las {hours} horas de la sospecha.</translation>
    </message>
    <message>
        <source>At risk for CSE: {text}</source>
        <translation>En riesgo de CSE: {text}</translation>
    </message>
    <message>
        <source>Notify the Office on Trafficking in Persons (OTIP) within 24 hours of suspicion (Request for Assistance through Shepherd)</source>
        <translation>Avisar a la Oficina federal contra la Trata de Personas (OTIP) dentro de las 24 horas de la sospecha (Request for Assistance por Shepherd)</translation>
    </message>
</context>
<context>
    <name>SaidBox</name>
    <message>
        <source>What the caregiver says (fictional)</source>
        <translation>Lo que dice el/la cuidador/a (ficticio)</translation>
    </message>
    <message>
        <source>What the youth says (fictional)</source>
        <translation>Lo que dice el/la joven (ficticio)</translation>
    </message>
    <message>
        <source>(They say nothing.)</source>
        <translation>(No dice nada.)</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Contact summary (PDF)</source>
        <translation>Resumen del contacto (PDF)</translation>
    </message>
    <message>
        <source>Text file and printing</source>
        <translation>Archivo de texto e impresión</translation>
    </message>
    <message>
        <source>The paste-ready text as one file, or the summary on paper. The text file is not encrypted: keep it on an encrypted drive and delete it once entered.</source>
        <translation>El texto listo para pegar en un solo archivo, o el resumen en papel. El archivo de texto no está cifrado: guárdelo en una unidad cifrada y bórrelo una vez ingresado.</translation>
    </message>
    <message>
        <source>Save &amp;text…</source>
        <translation>Guardar &amp;texto…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Complete record (JSON)</source>
        <translation>Registro completo (JSON)</translation>
    </message>
    <message>
        <source>Everything recorded in this interview, for another copy of this tool. It is not for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive and delete it once it has been imported.</source>
        <translation>Todo lo registrado en esta entrevista, para otra copia de esta herramienta. No es para CWS/CMS y el archivo no está cifrado: guárdelo en una unidad cifrada y bórrelo una vez importado.</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Guardar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save the contact summary</source>
        <translation>Guardar el resumen del contacto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved the PDF ({pages} pages{locked}) as {name}.</source>
        <translation>Se guardó el PDF ({pages} páginas{locked}) como {name}.</translation>
    </message>
    <message>
        <source>, password protected</source>
        <translation>, protegido con contraseña</translation>
    </message>
    <message>
        <source>Shown as a code because the font lacks them: {chars}.</source>
        <translation>Se muestran como código porque la fuente no los tiene: {chars}.</translation>
    </message>
    <message>
        <source>Writing the contact summary…</source>
        <translation>Escribiendo el resumen del contacto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>Save the complete record</source>
        <translation>Guardar el registro completo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the complete record as {name}.</source>
        <translation>Se guardó el registro completo como {name}.</translation>
    </message>
    <message>
        <source>Save the summary as text</source>
        <translation>Guardar el resumen como texto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved the text as {name}.</source>
        <translation>Se guardó el texto como {name}.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. County IT can add one.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Informática del condado puede agregar una.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>No se imprimió.</translation>
    </message>
    <message>
        <source>The summary could not be printed: {reason}</source>
        <translation>No se pudo imprimir el resumen: {reason}</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Se enviaron {pages} páginas a la impresora.</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Choose a practice case</source>
        <translation>Elija un caso de práctica</translation>
    </message>
    <message>
        <source>Each case is made up. You interview on the same screens as in the field; the person&apos;s replies appear beside each question, notes from the guide appear at the side, and at the end you get a debrief against the case&apos;s answer key.</source>
        <translation>Cada caso es inventado. Usted entrevista en las mismas pantallas que en el trabajo de campo; las respuestas de la persona aparecen junto a cada pregunta, las notas de la guía aparecen al costado y al final recibe un repaso con la clave de respuestas del caso.</translation>
    </message>
    <message>
        <source>About practice cases</source>
        <translation>Sobre los casos de práctica</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Escenarios de práctica</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>&amp;Start this practice interview</source>
        <translation>&amp;Iniciar esta entrevista de práctica</translation>
    </message>
    <message>
        <source>Start this practice interview</source>
        <translation>Iniciar esta entrevista de práctica</translation>
    </message>
    <message>
        <source>Your practice cases</source>
        <translation>Sus casos de práctica</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open practice case</source>
        <translation>Abrir el caso de práctica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete practice case</source>
        <translation>Eliminar el caso de práctica</translation>
    </message>
    <message>
        <source>You interview the caregiver, {name} ({relationship}).</source>
        <translation>Usted entrevista al/a la cuidador/a, {name} ({relationship}).</translation>
    </message>
    <message>
        <source>You interview the youth.</source>
        <translation>Usted entrevista al/a la joven.</translation>
    </message>
    <message>
        <source>One case, {n} contacts: you start with {first}; then “Add the {kind} contact” on the toolbar (Ctrl+Shift+N) brings in {second}, in the same case: nothing typed again.</source>
        <translation>Un caso, {n} contactos: empieza con {first}; luego “Agregar el contacto: {kind}” en la barra de herramientas (Ctrl+Shift+N) trae a {second}, en el mismo caso: no hay que escribir nada otra vez.</translation>
    </message>
    <message>
        <source>Who: {text}</source>
        <translation>Quién: {text}</translation>
    </message>
    <message>
        <source>Where: {text}</source>
        <translation>Dónde: {text}</translation>
    </message>
    <message>
        <source>Why you are there: {text}</source>
        <translation>Por qué está ahí: {text}</translation>
    </message>
    <message>
        <source>{youth} · {case} · {who} contact · last worked on {when}</source>
        <translation>{youth} · {case} · contacto: {who} · último trabajo el {when}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>unknown scenario</source>
        <translation>escenario desconocido</translation>
    </message>
    <message>
        <source>None yet: choose a case above and start.</source>
        <translation>Ninguno todavía: elija un caso arriba y empiece.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything typed</source>
        <translation>Buscar en todo lo escrito</translation>
    </message>
    <message>
        <source>&amp;Search names, monikers, handles, phone numbers, tattoos, notes and own words in every case:</source>
        <translation>&amp;Buscar nombres, apodos, usuarios, números de teléfono, tatuajes, notas y propias palabras en todos los casos:</translation>
    </message>
    <message>
        <source>Type a name, moniker, handle or number</source>
        <translation>Escriba un nombre, apodo, usuario o número</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Propias palabras</translation>
    </message>
    <message>
        <source>English rendering</source>
        <translation>Versión en inglés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The youth&apos;s own words</source>
        <translation>Las propias palabras del/de la joven</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Cómo lo obtuvo</translation>
    </message>
    <message>
        <source>Where obtained</source>
        <translation>Dónde lo obtuvo</translation>
    </message>
    <message>
        <source>Name or moniker</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Apodos</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Youth&apos;s name</source>
        <translation>Nombre del/de la joven</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>Número de remisión</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>Lo que se escribió</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
    <message>
        <source>Results appear as you type.</source>
        <translation>Los resultados aparecen mientras escribe.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>{n} found. Enter opens the first; Down goes to the list.</source>
        <translation>{n} encontrados. Enter abre el primero; la flecha hacia abajo va a la lista.</translation>
    </message>
    <message>
        <source>{who}, {month}/{day}</source>
        <translation>{who}, {month}/{day}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The notes file could not be created: {reason}</source>
        <translation>No se pudo crear el archivo de notas: {reason}</translation>
    </message>
    <message>
        <source>Wrong passphrase (or a damaged notes file). Nothing was changed; please try again.</source>
        <translation>Frase de contraseña incorrecta (o archivo de notas dañado). No se cambió nada; intente otra vez.</translation>
    </message>
    <message>
        <source>The notes file could not be opened: {reason}</source>
        <translation>No se pudo abrir el archivo de notas: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecialPanel</name>
    <message>
        <source>Immigrant youth</source>
        <translation>Jóvenes inmigrantes</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not a US citizen or legal permanent resident, and under 18.</source>
        <translation>No es ciudadano/a de EE. UU. ni residente permanente legal, y tiene menos de 18 años.</translation>
    </message>
    <message>
        <source>When CSEC or labor trafficking was first suspected</source>
        <translation>Cuándo se sospechó CSEC o trata laboral por primera vez</translation>
    </message>
    <message>
        <source>When OTIP was notified</source>
        <translation>Cuándo se avisó a OTIP</translation>
    </message>
    <message>
        <source>&amp;OTIP notified</source>
        <translation>Aviso a &amp;OTIP</translation>
    </message>
    <message>
        <source>&amp;Request for Assistance submitted through Shepherd</source>
        <translatorcomment>Request for Assistance (RFA) is the federal OTIP form&apos;s name: kept in English with a Spanish gloss; Shepherd is the system&apos;s name.</translatorcomment>
        <translation>&amp;Solicitud de asistencia (Request for Assistance) enviada por Shepherd</translation>
    </message>
    <message>
        <source>Return from a runaway episode</source>
        <translation>Regreso de un episodio de fuga</translation>
    </message>
    <message>
        <source>Foreign national &amp;minor</source>
        <translation>Menor de nacionalidad &amp;extranjera</translation>
    </message>
    <message>
        <source>First sus&amp;pected</source>
        <translation>&amp;Primera sospecha</translation>
    </message>
    <message>
        <source>The youth is returning from a runaway &amp;episode</source>
        <translation>El/la joven &amp;regresa de un episodio de fuga</translation>
    </message>
    <message>
        <source>&amp;Assessed for CSE</source>
        <translation>E&amp;valuado/a para CSE</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Notes on special considerations</source>
        <translation>Notas sobre consideraciones especiales</translation>
    </message>
    <message>
        <source>What the guide says</source>
        <translation>Lo que dice la guía</translation>
    </message>
    <message>
        <source>Times are this laptop&apos;s local time ({zone}).</source>
        <translation>Las horas son la hora local de esta laptop ({zone}).</translation>
    </message>
    <message>
        <source>RFA still due: OTIP was notified, but the Request for Assistance through Shepherd is not marked submitted. The mandated report is the RFA; due by {due}.</source>
        <translation>RFA todavía pendiente: se avisó a OTIP, pero la Request for Assistance (solicitud de asistencia) por Shepherd no está marcada como enviada. El reporte obligatorio es la RFA; vence {due}.</translation>
    </message>
    <message>
        <source>OTIP notification due by {due}.</source>
        <translation>Aviso a OTIP: vence {due}.</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Add “%1” to my word list</source>
        <translation>Agregar “%1” a mi lista de palabras</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>the store could not be used</source>
        <translation>no se pudo usar el archivo de notas</translation>
    </message>
    <message>
        <source>wrong passphrase or damaged store</source>
        <translation>frase de contraseña incorrecta o archivo de notas dañado</translation>
    </message>
    <message>
        <source>the store is damaged and cannot be opened safely; it has not been changed. Keep the file and ask IT to restore it from a backup</source>
        <translation>el archivo de notas está dañado y no se puede abrir con seguridad; no se cambió. Guarde el archivo y pida a informática que lo restaure desde una copia de seguridad</translation>
    </message>
    <message>
        <source>this store was written by a newer version of the CEC Interview Assistant; update the application to open it</source>
        <translation>este archivo de notas lo escribió una versión más nueva de CEC Interview Assistant; actualice la aplicación para abrirlo</translation>
    </message>
    <message>
        <source>the passphrase is too weak</source>
        <translation>la frase de contraseña es demasiado débil</translation>
    </message>
    <message>
        <source>the disk is full, so this change was not saved; everything saved before is safe. Free some space and save again</source>
        <translation>el disco está lleno, así que este cambio no se guardó; todo lo guardado antes está a salvo. Libere espacio y vuelva a guardar</translation>
    </message>
    <message>
        <source>the store is locked; unlock it with the passphrase</source>
        <translation>el archivo de notas está bloqueado; desbloquéelo con la frase de contraseña</translation>
    </message>
    <message>
        <source>there is no store at that location</source>
        <translation>no hay un archivo de notas en ese lugar</translation>
    </message>
    <message>
        <source>a store already exists at that location</source>
        <translation>ya existe un archivo de notas en ese lugar</translation>
    </message>
    <message>
        <source>no such interview in the store</source>
        <translation>esa entrevista no está en el archivo de notas</translation>
    </message>
    <message>
        <source>a value could not be saved</source>
        <translation>no se pudo guardar un valor</translation>
    </message>
    <message>
        <source>that file is not a store of the CEC Interview Assistant; it has not been changed</source>
        <translation>ese archivo no es un archivo de notas de CEC Interview Assistant; no se cambió</translation>
    </message>
    <message>
        <source>the store&apos;s folder cannot be written (a read-only disk or folder), so the notes cannot be opened for work; nothing was changed. Move the store to a folder you can write, or ask IT</source>
        <translation>no se puede escribir en la carpeta del archivo de notas (un disco o una carpeta de solo lectura), así que las notas no se pueden abrir para trabajar; no se cambió nada. Mueva el archivo de notas a una carpeta en la que se pueda escribir, o consulte a informática</translation>
    </message>
    <message>
        <source>the store is open in another window (or another program is using it); nothing was changed. Lock or close it there first</source>
        <translation>el archivo de notas está abierto en otra ventana (u otro programa lo está usando); no se cambió nada. Bloquéelo o ciérrelo allí primero</translation>
    </message>
    <message>
        <source>the store is open in another window or program; lock and close it there first, then restore</source>
        <translation>el archivo de notas está abierto en otra ventana u otro programa; bloquéelo y ciérrelo allí primero y luego restaure</translation>
    </message>
    <message>
        <source>the backup could not be made</source>
        <translation>no se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation>se canceló la copia de seguridad; no se escribió nada</translation>
    </message>
    <message>
        <source>that file is not a backup of this application&apos;s store</source>
        <translation>ese archivo no es una copia de seguridad del archivo de notas de esta aplicación</translation>
    </message>
    <message>
        <source>that backup is of another kind of store; nothing was changed</source>
        <translation>esa copia de seguridad es de otro tipo de archivo; no se cambió nada</translation>
    </message>
    <message>
        <source>the passphrase must be text</source>
        <translation>la frase de contraseña debe ser texto</translation>
    </message>
    <message>
        <source>the passphrase contains a character that cannot be used</source>
        <translation>la frase de contraseña contiene un carácter que no se puede usar</translation>
    </message>
    <message>
        <source>the two passphrases do not match</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <source>a passphrase cannot have the form x&apos;…&apos;; choose words instead</source>
        <translation>una frase de contraseña no puede tener la forma x&apos;…&apos;; elija palabras</translation>
    </message>
    <message>
        <source>the passphrase must be at least {n} characters long</source>
        <translation>la frase de contraseña debe tener al menos {n} caracteres</translation>
    </message>
    <message>
        <source>that passphrase is too common or too easy to guess: someone with a copy of the file could find it in {time}. {advice} Choose another</source>
        <translation>esa frase de contraseña es demasiado común o fácil de adivinar: alguien con una copia del archivo podría descubrirla en {time}. {advice} Elija otra</translation>
    </message>
    <message>
        <source>The training store is kept apart from real records: choose a folder outside {folder}.</source>
        <translation>El archivo de notas de capacitación se guarda aparte de los registros reales: elija una carpeta fuera de {folder}.</translation>
    </message>
    <message>
        <source>This is the training store: it refuses a real interview; it holds fictional training cases only.</source>
        <translation>Este es el archivo de notas de capacitación: no acepta una entrevista real; solo guarda casos de práctica ficticios.</translation>
    </message>
    <message>
        <source>The training store&apos;s key file is missing, so its practice cases cannot be opened. County IT can reset the training store to start again (it holds fictional cases only).</source>
        <translation>Falta el archivo de clave del archivo de notas de capacitación, así que no se pueden abrir sus casos de práctica. El departamento de informática del condado puede restablecerlo para empezar de nuevo (solo guarda casos ficticios).</translation>
    </message>
    <message>
        <source>The training store&apos;s key file is damaged, so its practice cases cannot be opened. County IT can reset the training store to start again (it holds fictional cases only).</source>
        <translation>El archivo de clave del archivo de notas de capacitación está dañado, así que no se pueden abrir sus casos de práctica. El departamento de informática del condado puede restablecerlo para empezar de nuevo (solo guarda casos ficticios).</translation>
    </message>
    <message>
        <source>a passphrase is needed for the backup</source>
        <translation>la copia de seguridad necesita una frase de contraseña</translation>
    </message>
    <message>
        <source>the backup cannot replace the store itself; choose another file</source>
        <translation>la copia de seguridad no puede reemplazar el propio archivo de notas; elija otro archivo</translation>
    </message>
    <message>
        <source>there is no backup at {file}</source>
        <translation>no hay ninguna copia de seguridad en {file}</translation>
    </message>
    <message>
        <source>the file {file} cannot be read</source>
        <translation>no se puede leer el archivo {file}</translation>
    </message>
    <message>
        <source>a backup of the training store (fictional practice cases) cannot replace the real notes. Nothing was changed</source>
        <translation>una copia de seguridad del archivo de notas de capacitación (casos de práctica ficticios) no puede reemplazar las notas reales. No se cambió nada</translation>
    </message>
    <message>
        <source>a backup of real notes cannot replace the training store, which holds fictional practice cases only. Nothing was changed</source>
        <translation>una copia de seguridad de notas reales no puede reemplazar el archivo de notas de capacitación, que solo guarda casos de práctica ficticios. No se cambió nada</translation>
    </message>
    <message>
        <source>the backup could not be written (the disk may be full, or the place cannot be written); choose another place</source>
        <translation>no se pudo escribir la copia de seguridad (puede que el disco esté lleno, o que no se pueda escribir en ese lugar); elija otro lugar</translation>
    </message>
    <message>
        <source>wrong passphrase for this backup, or the backup is damaged</source>
        <translation>la frase de contraseña no es la de esta copia de seguridad, o la copia está dañada</translation>
    </message>
    <message>
        <source>the backup is damaged and cannot be used; nothing was changed. Try another backup</source>
        <translation>la copia de seguridad está dañada y no se puede usar; no se cambió nada. Pruebe con otra copia</translation>
    </message>
    <message>
        <source>the store file is empty; it has not been changed</source>
        <translation>el archivo de notas está vacío; no se cambió</translation>
    </message>
    <message>
        <source>that file is a plain, unencrypted database, not a store of the CEC Interview Assistant; it has not been changed</source>
        <translation>ese archivo es una base de datos común, sin cifrar, no un archivo de notas de CEC Interview Assistant; no se cambió</translation>
    </message>
    <message>
        <source>that file ({size} bytes) is damaged or is not a store of the CEC Interview Assistant; it has not been changed. Keep it and ask IT to restore the notes from a backup</source>
        <translation>ese archivo ({size} bytes) está dañado o no es un archivo de notas de CEC Interview Assistant; no se cambió. Consérvelo y pida a informática que restaure las notas desde una copia de seguridad</translation>
    </message>
    <message>
        <source>files of an earlier store (its log) are in that folder; nothing was created. Move them away or ask IT</source>
        <translation>en esa carpeta hay archivos de un archivo de notas anterior (su registro); no se creó nada. Muévalos a otro lugar o consulte a informática</translation>
    </message>
    <message>
        <source>the current passphrase is not correct</source>
        <translation>la frase de contraseña actual no es correcta</translation>
    </message>
    <message>
        <source>the store is busy; the deleted pages are not yet rebuilt</source>
        <translation>el archivo de notas está ocupado; las páginas eliminadas aún no se han reconstruido</translation>
    </message>
    <message>
        <source>the store file cannot be opened: {reason}</source>
        <translation>no se puede abrir el archivo de notas: {reason}</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>Añada una o dos palabras más; las palabras poco comunes son mejores.</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Someone with a copy of the notes file would need {time} to find it.</source>
        <translation>Alguien con una copia del archivo de notas necesitaría {time} para descubrirla.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agregue una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy segura</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Usar mayúsculas no ayuda mucho.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Los cambios previsibles, como «@» en lugar de «a», no ayudan mucho.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use unas cuantas palabras; evite frases comunes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos de teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como «abcabcabc» son apenas un poco más difíciles de adivinar que «abc».</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite las secuencias.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evite los años recientes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evite los años relacionados con usted.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evite las fechas y los años relacionados con usted.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>siglos</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words work well.</source>
        <translation>Al menos {n} caracteres; funcionan bien unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>{strength}; the two do not match yet</source>
        <translation>{strength}; las dos todavía no coinciden</translation>
    </message>
</context>
<context>
    <name>TattoosPanel</name>
    <message>
        <source>Click on the body (or press Enter on it) to place a numbered mark. Drag a mark (or Shift+arrow keys) to move it; Delete removes the selected mark.</source>
        <translation>Haga clic en el cuerpo (o presione Enter sobre él) para poner una marca numerada. Arrastre una marca (o use Shift+flechas) para moverla; Delete quita la marca seleccionada.</translation>
    </message>
    <message>
        <source>Tattoos recorded</source>
        <translation>Tatuajes registrados</translation>
    </message>
    <message>
        <source>Add without placing (Insert)</source>
        <translation>Agregar sin ubicar (Insert)</translation>
    </message>
    <message>
        <source>Add a tattoo without placing it</source>
        <translation>Agregar un tatuaje sin ubicarlo</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Quitar (Delete)</translation>
    </message>
    <message>
        <source>Remove the selected tattoo</source>
        <translation>Quitar el tatuaje seleccionado</translation>
    </message>
    <message>
        <source>Selected tattoo</source>
        <translation>Tatuaje seleccionado</translation>
    </message>
    <message>
        <source>Body &amp;location</source>
        <translation>&amp;Lugar del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>The youth&apos;s own &amp;words</source>
        <translation>Las propias &amp;palabras del/de la joven</translation>
    </message>
    <message>
        <source>How o&amp;btained</source>
        <translation>&amp;Cómo lo obtuvo</translation>
    </message>
    <message>
        <source>Whe&amp;re obtained</source>
        <translation>Dó&amp;nde lo obtuvo</translation>
    </message>
    <message>
        <source>E&amp;xploiter&apos;s name or moniker</source>
        <translation>Nombre o apodo del/de la &amp;explotador/a</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>&amp;Símbolos</translation>
    </message>
    <message>
        <source>&amp;Other symbols (comma separated)</source>
        <translation>&amp;Otros símbolos (separados por comas)</translation>
    </message>
    <message>
        <source>Type it, or choose from the list</source>
        <translation>Escríbalo o elíjalo de la lista</translation>
    </message>
    <message>
        <source>location not set</source>
        <translation>lugar sin indicar</translation>
    </message>
    <message>
        <source>front</source>
        <translation>frente</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source> (not placed)</source>
        <translation> (sin ubicar)</translation>
    </message>
    <message>
        <source> · from {source}</source>
        <translation> · de {source}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Remove tattoo</source>
        <translation>Quitar el tatuaje</translation>
    </message>
    <message>
        <source>Remove tattoo {n} and its details?</source>
        <translation>¿Quitar el tatuaje {n} y sus detalles?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>who the youth is, who you interview, when and where</source>
        <translation>quién es el/la joven, a quién entrevista, cuándo y dónde</translation>
    </message>
    <message>
        <source>rapport first, then the guide&apos;s questions one at a time</source>
        <translation>primero crear confianza, luego las preguntas de la guía una por una</translation>
    </message>
    <message>
        <source>the opening with caregivers, then their questions</source>
        <translation>cómo empezar con los cuidadores, luego sus preguntas</translation>
    </message>
    <message>
        <source>the areas to look into beyond the interview</source>
        <translation>las áreas que investigar más allá de la entrevista</translation>
    </message>
    <message>
        <source>the guide&apos;s red flags, with who told you each</source>
        <translation>las señales de alerta de la guía, con quién le contó cada una</translation>
    </message>
    <message>
        <source>indicators A to H and what the definition gives</source>
        <translation>los indicadores A a H y lo que da la definición</translation>
    </message>
    <message>
        <source>a body outline to mark tattoos and describe them</source>
        <translation>una silueta del cuerpo para marcar tatuajes y describirlos</translation>
    </message>
    <message>
        <source>social-media accounts and the signs seen on them</source>
        <translation>cuentas de redes sociales y las señales vistas en ellas</translation>
    </message>
    <message>
        <source>people around the youth, and other possible victims</source>
        <translation>las personas alrededor del/de la joven, y otras posibles víctimas</translation>
    </message>
    <message>
        <source>foreign national minors (OTIP), runaway returns</source>
        <translation>menores de nacionalidad extranjera (OTIP), regresos de fugas</translation>
    </message>
    <message>
        <source>the steps that become due, and when</source>
        <translation>los pasos que corresponden, y cuándo</translation>
    </message>
    <message>
        <source>schools, doctors and others you contact</source>
        <translation>escuelas, médicos y otros a quienes contacta</translation>
    </message>
    <message>
        <source>the allegations to consider; you decide</source>
        <translation>las alegaciones que considerar; usted decide</translation>
    </message>
    <message>
        <source>needs and the services you refer to</source>
        <translation>las necesidades y los servicios a los que remite</translation>
    </message>
    <message>
        <source>what is answered or skipped, and the narrative</source>
        <translation>lo contestado u omitido, y la narrativa</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This window keeps your interview notes on this computer only, in one encrypted file, until you have entered them into CWS/CMS. Nothing is sent anywhere. This short tour shows where things are; Help &gt; Tour of the window opens it again.</source>
        <translation>Esta ventana guarda sus notas de entrevista solo en esta computadora, en un archivo cifrado, hasta que las haya ingresado en CWS/CMS. No se envía nada a ningún lado. Este recorrido corto muestra dónde está cada cosa; Ayuda &gt; Recorrido por la ventana lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>The interview list</source>
        <translation>La lista de entrevistas</translation>
    </message>
    <message>
        <source>After you unlock, the list shows each interview with its youth, contact date, status and any deadline that is due (an OTIP notification turns red under six hours). Ctrl+N starts a new interview, Ctrl+F searches, Enter opens a row.</source>
        <translation>Después de desbloquear, la lista muestra cada entrevista con su joven, la fecha del contacto, el estado y cualquier plazo que corra (un aviso a OTIP se pone rojo cuando quedan menos de seis horas). Ctrl+N empieza una entrevista nueva, Ctrl+F busca, Enter abre una fila.</translation>
    </message>
    <message>
        <source>The panels, in the order you work</source>
        <translation>Los paneles, en el orden en que trabaja</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Cómo moverse</translation>
    </message>
    <message>
        <source>The list on the left of an interview shows every panel and question, marked answered (✓), skipped (–) or not yet asked (○). Ctrl+Enter goes to the next question or panel, Ctrl+Shift+Enter back. You can skip any question and come back to it.</source>
        <translation>La lista a la izquierda de una entrevista muestra cada panel y pregunta, marcados como contestada (✓), omitida (–) o sin preguntar todavía (○). Ctrl+Enter va a la siguiente pregunta o panel, Ctrl+Shift+Enter regresa. Puede omitir cualquier pregunta y volver a ella.</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Everything you type or tick is saved as you go, within about half a second; there is no Save button. The top right says “All changes saved”. If something cannot be saved, a red strip says so, your text stays on screen and saving is tried again.</source>
        <translation>Todo lo que escribe o marca se guarda sobre la marcha, en más o menos medio segundo; no hay botón de Guardar. Arriba a la derecha dice “Todos los cambios guardados”. Si algo no se puede guardar, una franja roja lo indica, su texto se queda en pantalla y se vuelve a intentar guardar.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Ctrl+L or Lock on the toolbar hides everything until your passphrase is entered again. The window also locks by itself after a few minutes without input (File &gt; Preferences), and when you close it. Text you copied from the tool is cleared from the clipboard. Unlocking takes you back to the same question.</source>
        <translation>Ctrl+L o Bloquear en la barra de herramientas oculta todo hasta que se vuelva a ingresar su frase de contraseña. La ventana también se bloquea sola después de unos minutos sin actividad (Archivo &gt; Preferencias), y cuando la cierra. El texto que copió de la herramienta se borra del portapapeles. Al desbloquear vuelve a la misma pregunta.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de capacitación</translation>
    </message>
    <message>
        <source>The purple band means a made-up practice case, kept in a separate training file, never with real records. Beside each question you see what the person says; record it as you would in the field. Notes from the guide appear at the side. Training &gt; Finish and debrief compares your record with the case&apos;s answer key.</source>
        <translation>La franja morada indica un caso de práctica inventado, guardado en un archivo de capacitación aparte, nunca con registros reales. Junto a cada pregunta ve lo que dice la persona; regístrelo como lo haría en el trabajo de campo. Las notas de la guía aparecen al costado. Capacitación &gt; Terminar y repasar compara su registro con la clave de respuestas del caso.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tour of the window</source>
        <translation>Recorrido por la ventana</translation>
    </message>
    <message>
        <source>Tour page</source>
        <translation>Página del recorrido</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Close tour</source>
        <translation>&amp;Cerrar el recorrido</translation>
    </message>
    <message>
        <source>Close tour</source>
        <translation>Cerrar el recorrido</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training mode</source>
        <translation>Modo de capacitación</translation>
    </message>
    <message>
        <source>Training mode could not start: {reason}</source>
        <translation>El modo de capacitación no pudo iniciar: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>{mark} · Practice only: the people and events are made up. Nothing here is a real record.</source>
        <translation>{mark} · Solo práctica: las personas y los hechos son inventados. Nada de esto es un registro real.</translation>
    </message>
    <message>
        <source>Training mode: fictional practice case</source>
        <translation>Modo de capacitación: caso de práctica ficticio</translation>
    </message>
</context>
<context>
    <name>TrainingCase</name>
    <message>
        <source>Who: {text}</source>
        <translation>Quién: {text}</translation>
    </message>
    <message>
        <source>Where: {text}</source>
        <translation>Dónde: {text}</translation>
    </message>
    <message>
        <source>Why you are there: {text}</source>
        <translation>Por qué está ahí: {text}</translation>
    </message>
    <message>
        <source>What you can see and learn:</source>
        <translation>Lo que puede ver y saber:</translation>
    </message>
    <message>
        <source>Contact {n} of {total} in this case: {who}</source>
        <translation>Contacto {n} de {total} en este caso: {who}</translation>
    </message>
    <message>
        <source>Tattoo ({where}): {what}</source>
        <translation>Tatuaje ({where}): {what}</translation>
    </message>
    <message>
        <source>Online: {platform} {handle}: {what}</source>
        <translation>En línea: {platform} {handle}: {what}</translation>
    </message>
    <message>
        <source>When you greet them: {words}</source>
        <translation>Cuando le saluda: {words}</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>{app} — TRAINING</source>
        <translation>{app} — CAPACITACIÓN</translation>
    </message>
    <message>
        <source>Practice &amp;cases</source>
        <translation>&amp;Casos de práctica</translation>
    </message>
    <message>
        <source>&amp;Finish and debrief</source>
        <translation>&amp;Terminar y repasar</translation>
    </message>
    <message>
        <source>Compare what you recorded with the case&apos;s answer key (Ctrl+D)</source>
        <translation>Comparar lo que registró con la clave de respuestas del caso (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Leave training mode</source>
        <translation>&amp;Salir del modo de capacitación</translation>
    </message>
    <message>
        <source>&amp;Add the next contact to this case</source>
        <translation>&amp;Agregar el siguiente contacto a este caso</translation>
    </message>
    <message>
        <source>Coaching and case &amp;pane</source>
        <translation>&amp;Panel de consejos y del caso</translation>
    </message>
    <message>
        <source>Show or hide the coaching and case pane (F9)</source>
        <translation>Mostrar u ocultar el panel de consejos y del caso (F9)</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Recorrido por la ventana</translation>
    </message>
    <message>
        <source>Trainin&amp;g</source>
        <translation>Capaci&amp;tación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>The &amp;guide</source>
        <translation>La &amp;guía</translation>
    </message>
    <message>
        <source>Training toolbar</source>
        <translation>Barra de capacitación</translation>
    </message>
    <message>
        <source>&amp;Add the {who} contact</source>
        <translation>&amp;Agregar el contacto: {who}</translation>
    </message>
    <message>
        <source>Interview {who} next, in the same case: the youth and what you have recorded so far come with it (Ctrl+Shift+N)</source>
        <translation>Entrevistar a continuación: {who}, en el mismo caso; el/la joven y lo que ha registrado hasta ahora se incluyen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Some edits are not saved yet.</source>
        <translation>Algunos cambios todavía no están guardados.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Now interviewing {who}, in the same case.</source>
        <translation>Ahora entrevista: {who}, en el mismo caso.</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Casos de práctica</translation>
    </message>
    <message>
        <source>Start practice interview</source>
        <translation>Iniciar la entrevista de práctica</translation>
    </message>
    <message>
        <source>Open practice case</source>
        <translation>Abrir el caso de práctica</translation>
    </message>
    <message>
        <source>This practice case no longer matches any of the scenarios. Start the scenario again from the list.</source>
        <translation>Este caso de práctica ya no coincide con ningún escenario. Empiece el escenario otra vez desde la lista.</translation>
    </message>
    <message>
        <source>Delete this practice case? Its answers and debrief will be gone.</source>
        <translation>¿Eliminar este caso de práctica? Sus respuestas y su repaso desaparecerán.</translation>
    </message>
    <message>
        <source>Delete practice case</source>
        <translation>Eliminar el caso de práctica</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Escribiendo la copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Revisando cada página de la copia de seguridad…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Poniendo la copia de seguridad en su lugar…</translation>
    </message>
    <message>
        <source>Re-encrypting the notes with the new passphrase…</source>
        <translation>Volviendo a cifrar las notas con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TrustUi</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Delete interviews</source>
        <translation>Eliminar entrevistas</translation>
    </message>
    <message>
        <source>{n} interview(s) deleted from this computer.</source>
        <translation>{n} entrevista(s) eliminada(s) de esta computadora.</translation>
    </message>
    <message>
        <source>Removed {n} unfinished backup file(s) left by a backup that was interrupted.</source>
        <translation>Se quitaron {n} archivo(s) de copia de seguridad sin terminar, dejados por una copia que se interrumpió.</translation>
    </message>
    <message>
        <source>A restore was interrupted earlier and left {n} encrypted file(s) beside your notes. Your notes opened normally, so these copies are not needed. Remove them?</source>
        <translation>Una restauración se interrumpió antes y dejó {n} archivo(s) cifrado(s) junto a sus notas. Sus notas se abrieron con normalidad, así que esas copias no hacen falta. ¿Quitarlas?</translation>
    </message>
    <message>
        <source>Leftover files</source>
        <translation>Archivos sobrantes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>CEC Interview Assistant logo</source>
        <translation>Logotipo de CEC Interview Assistant</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>The notes were locked to keep them private. Enter your passphrase to continue where you left off.</source>
        <translation>Las notas se bloquearon para mantenerlas privadas. Ingrese su frase de contraseña para seguir donde se quedó.</translation>
    </message>
    <message>
        <source>Unlock your interview notes</source>
        <translation>Desbloquee sus notas de entrevista</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the encrypted notes on this computer.</source>
        <translation>Ingrese su frase de contraseña para abrir las notas cifradas de esta computadora.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation>Espere antes de volver a intentar</translation>
    </message>
    <message>
        <source>Practice in &amp;training mode</source>
        <translation>&amp;Practicar en modo de capacitación</translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation>Practicar en modo de capacitación</translation>
    </message>
    <message>
        <source>Try the tool with made-up cases; nothing real is kept.</source>
        <translation>Pruebe la herramienta con casos inventados; no se guarda nada real.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {n} s.</source>
        <translation>Demasiados intentos fallidos. Puede volver a intentar en {n} s.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>CEC Interview Assistant logo</source>
        <translation>Logotipo de CEC Interview Assistant</translation>
    </message>
    <message>
        <source>Welcome to the CEC Interview Assistant</source>
        <translatorcomment>The product name CEC Interview Assistant is kept in English.</translatorcomment>
        <translation>Bienvenido/a a CEC Interview Assistant</translation>
    </message>
    <message>
        <source>This tool keeps your interview notes on this computer only, in one encrypted file: contact details, answers in the person&apos;s own words, red flags, tattoos and your notes, until you have entered them into CWS/CMS. Nothing is sent anywhere.</source>
        <translation>Esta herramienta guarda sus notas de entrevista solo en esta computadora, en un archivo cifrado: datos del contacto, respuestas en las propias palabras de la persona, señales de alerta, tatuajes y sus notas, hasta que las haya ingresado en CWS/CMS. No se envía nada a ningún lado.</translation>
    </message>
    <message>
        <source>Your passphrase is the only key. If it is lost, nobody (not even county IT) can recover the notes. A few unrelated words you will remember work well.</source>
        <translation>Su frase de contraseña es la única llave. Si se pierde, nadie (ni siquiera informática del condado) podrá recuperar las notas. Funcionan bien unas cuantas palabras sin relación entre sí que usted vaya a recordar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Escriba otra vez la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>At least {n} characters, hard to guess (a few unrelated words work well), typed the same twice.</source>
        <translation>Al menos {n} caracteres, difícil de adivinar (funcionan bien unas cuantas palabras sin relación), escrita igual dos veces.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Practice in &amp;training mode</source>
        <translation>&amp;Practicar en modo de capacitación</translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation>Practicar en modo de capacitación</translation>
    </message>
    <message>
        <source>Try the tool with made-up cases; nothing real is kept.</source>
        <translation>Pruebe la herramienta con casos inventados; no se guarda nada real.</translation>
    </message>
    <message>
        <source>&amp;Create passphrase and start</source>
        <translation>&amp;Crear la frase y empezar</translation>
    </message>
    <message>
        <source>Create passphrase and start</source>
        <translation>Crear la frase y empezar</translation>
    </message>
    <message>
        <source>Notes file: {path}</source>
        <translation>Archivo de notas: {path}</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>A date such as 2026-11-20 or 11/20/2026</source>
        <translation>Una fecha como 2026-11-20 o 11/20/2026</translation>
    </message>
</context>
<context>
    <name>_TypedField</name>
    <message>
        <source>{name}: understood as</source>
        <translation>{name}: se entiende como</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
</context>
</TS>
