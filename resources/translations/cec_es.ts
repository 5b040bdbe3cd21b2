<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AllegationsPanel</name>
    <message>
        <source>The tool suggests, from the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts about the red flags recorded appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determining disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be substantiated regardless of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation is suspected: the hotline call and the law enforcement contact are due (CSW responsibilities), whatever the form. Nothing recorded yet tells the forms apart, so the tool suggests no allegation from the chart: which to enter is yours to decide, from the facts. Add one with Insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red flag, concerning determination or at-risk result is recorded yet. You can still add an allegation (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allegation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociatesPanel</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associates, employers, partners and suspected exploiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicknames / monikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship (their word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other young people or adults who may need help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, nickname or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtRiskPanel</name>
    <message>
        <source>At-risk for commercial sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of A–C, or at least two of D–H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk indicators A to H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About labor-trafficking risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor-trafficking risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the at-risk definition for CSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not meet the at-risk definition for CSE (so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no indicator is marked yet.</source>
        <translation type="unfinished"></translation>
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
        <translation>tras un tiempo sin uso</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the notes and when, newest first. The log is kept inside the encrypted notes and never holds what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Some text contains a character that cannot be saved (it may have come from the clipboard). It is still on screen: please retype that part.</source>
        <translation>Parte del texto contiene un carácter que no se puede guardar (puede venir del portapapeles). Sigue en pantalla: vuelva a escribir esa parte, por favor.</translation>
    </message>
    <message>
        <source>Could not save just now: {reason} Your text is kept on screen and saving will be retried.</source>
        <translation>No se pudo guardar en este momento: {reason} Su texto sigue en pantalla y se volverá a intentar guardar.</translation>
    </message>
    <message>
        <source>Could not save just now (the disk may be full). Your text is kept on screen and saving will be retried.</source>
        <translation>No se pudo guardar en este momento (puede que el disco esté lleno). Su texto sigue en pantalla y se volverá a intentar guardar.</translation>
    </message>
</context>
<context>
    <name>BackupFlows</name>
    <message>
        <source>Back up the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet (the interview shows why). Save them first, then make the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEC backups (*.cec);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is saved in {file}: {n} interview(s), encrypted. It opens with the same passphrase as your notes. Keep it somewhere as safe as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet (the interview shows why). Save them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase (the one your notes had when the backup was made):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on this computer ({n} interview(s), in {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes file that could not be opened ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {current} with the backup {backup} ({n} interview(s))?

Anything recorded after that backup was made will be gone, and the backup&apos;s passphrase becomes the passphrase of your notes. The notes now on this computer are kept until the backup has opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: {reason} Your notes are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup. Your notes now use the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the body, or press Enter, to place a numbered tattoo mark; drag a mark or press Shift+arrow keys to move it; arrow keys choose a mark; Delete removes the selected mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>The case (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExportDialog</name>
    <message>
        <source>Case summary — training (fictional case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case summary will say, as text, in the order of the PDF. The PDF adds the page header and footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Wording check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Copy for CWS/CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLanguagePage</name>
    <message>
        <source>learned in {contact}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth</source>
        <translation type="unfinished">joven</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation type="unfinished">cuidador/a</translation>
    </message>
    <message>
        <source>collateral</source>
        <translation type="unfinished">colateral</translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation type="unfinished">&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move contact to another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s findings at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associates and exploiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation type="unfinished">Volver a la lista de casos</translation>
    </message>
    <message>
        <source>&amp;Case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as {akas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case summary exported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” also appears in 1 other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” also appears in {n} other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other case for {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the pointer for {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of CSE (indicators {letters})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met so far: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet (no indicator marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sources: {parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other contacts: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: OVERDUE (was due {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} entered; {suggested} suggested by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, suspected exploiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} red flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSavePage</name>
    <message>
        <source>Case summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paste-ready text as one file. It is not encrypted: keep it on an encrypted drive and delete it once entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete case (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole case with its contacts, for another copy of this tool. It is not for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive and delete it once it has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the case summary ({pages} pages{locked}) as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case summary as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the text as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the complete case as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The export could not be written to the log.)</source>
        <translation type="unfinished">(La exportación no se pudo anotar en el registro.)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notice overdue (was due {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notice due {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes on this computer will open with the new passphrase only. Backups made before keep the passphrase they were made with. If the new passphrase is lost, nobody (not even county IT) can recover the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>Coaching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes so far. Notes from the guide appear here as you go; they never stop you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollateralPanel</name>
    <message>
        <source>Insert adds a contact, Delete removes the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or &amp;initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AKAs and monikers (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">No se sabe</translation>
    </message>
    <message>
        <source>Age and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWS/CMS &amp;client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collateral contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the &amp;youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterpreter (name, if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS&amp;W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partic&amp;ipants (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interview. {names}: the questions are shown in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the date of birth, on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record says {age}; the date of birth gives {years} on {day}. Check the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentProblemPage</name>
    <message>
        <source>The content could not be read ({kind}).</source>
        <translation>No se pudo leer el contenido ({kind}).</translation>
    </message>
    <message>
        <source>The interview guide in this copy is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the tool&apos;s own files (the questions, red flags and rules taken from the policy guide) did not pass its check, so the tool will not start: an interview with part of the guide missing could mislead you. Your notes were not opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell county IT, or whoever installed the tool, and give them the details below. Reinstalling the tool usually fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyPage</name>
    <message>
        <source>Each part fits a CWS/CMS text field. Copy one, paste it into CWS/CMS, then copy the next. Copied text is removed from the clipboard after a short time and when this window locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, but the export could not be logged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “{title}”. It is cleared from the clipboard in {s} s, or when the window locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “{title}”. It is cleared from the clipboard when the window locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished">No se sabe</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief against the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the practice interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the practice interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save debrief PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save debrief PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: {case} · overall {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EchoPointer</name>
    <message>
        <source>Also in other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” also appears in 1 other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” also appears in {n} other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploiters often have more than one victim. Open shows the other case; Dismiss hides this until the contact is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other case for {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the pointer for {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary — training (fictional case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Wording check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Copy for CWS/CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Save or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close export</source>
        <translation type="unfinished"></translation>
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
        <source>Your notes on: {question}</source>
        <translation>Sus notas sobre: {question}</translation>
    </message>
    <message>
        <source>Red flag note: {flag}</source>
        <translation>Nota de señal de alerta: {flag}</translation>
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
        <source>Tattoo {n}</source>
        <translation>Tatuaje {n}</translation>
    </message>
    <message>
        <source>Online account {n}</source>
        <translation>Cuenta en línea {n}</translation>
    </message>
    <message>
        <source>Associate {n}</source>
        <translation>Persona asociada {n}</translation>
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
        <translation>motivos</translation>
    </message>
</context>
<context>
    <name>ExportPrint</name>
    <message>
        <source>Print the contact summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSave</name>
    <message>
        <source>The disk is full. Free some space or choose another place.</source>
        <translation>El disco está lleno. Libere espacio o elija otro lugar.</translation>
    </message>
    <message>
        <source>This folder cannot be written to. Choose another place.</source>
        <translation>No se puede escribir en esta carpeta. Elija otro lugar.</translation>
    </message>
    <message>
        <source>That folder does not exist any more. Choose another place.</source>
        <translation>Esa carpeta ya no existe. Elija otro lugar.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo ({reason}).</translation>
    </message>
    <message>
        <source>(The export could not be written to the log.)</source>
        <translation>(La exportación no se pudo anotar en el registro.)</translation>
    </message>
</context>
<context>
    <name>GuidePane</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished">Guía</translation>
    </message>
    <message>
        <source>Search the guide (just type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is the county&apos;s policy guide; the headings were written for this tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For “{item}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide has no definition for “{item}”; search below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the guide matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewListPage</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, AKA or referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases by deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Choose New interview to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPlaceholder</name>
    <message>
        <source>The guided interview cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the window is not available in this build, so the interview cannot be shown. Nothing was changed. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the interview list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the federal Office on Trafficking in Persons (OTIP) within 24 hours of suspicion, by a Request for Assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the interview and enter when exploitation was first suspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the contact&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the start of the contact date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from when the interview was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due (was due {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due (by {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notice overdue (was due {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notice due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — suspicion time not entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{youth} — {who} interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet; the interview stays open until they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Locked with unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window locked, an edit could not be saved (see the message that was shown in the interview). Please check the last panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interviews cannot be started in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case of {name}, with every contact in it? Everything recorded in it will be gone from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other case to move it to. Start one with New interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact moved to the case of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case summary cannot be made in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview could not be opened ({kind}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Next panel or question</source>
        <translation>Panel o pregunta siguiente</translation>
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
        <source>Tick or untick the box or choice in focus</source>
        <translation>Marcar o desmarcar la casilla u opción que tiene el foco</translation>
    </message>
    <message>
        <source>Move in a list, a table or the navigator; choose between answers</source>
        <translation>Moverse en una lista, una tabla o el navegador; elegir entre respuestas</translation>
    </message>
    <message>
        <source>Open what is chosen in a list or the navigator</source>
        <translation>Abrir lo elegido en una lista o en el navegador</translation>
    </message>
    <message>
        <source>Place a new mark in the middle of the front view</source>
        <translation>Poner una marca nueva en el centro de la vista de frente</translation>
    </message>
    <message>
        <source>Choose the next or previous mark</source>
        <translation>Elegir la marca siguiente o anterior</translation>
    </message>
    <message>
        <source>Move the chosen mark</source>
        <translation>Mover la marca elegida</translation>
    </message>
    <message>
        <source>Remove the chosen mark</source>
        <translation>Quitar la marca elegida</translation>
    </message>
    <message>
        <source>Close a dialog; on a case page, back to the list</source>
        <translation>Cerrar un diálogo; en la página de un caso, volver a la lista</translation>
    </message>
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
        <translation>Panel o pregunta adonde ir</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Before the summary leaves this computer, check your own wording. The guide asks us not to use these words for a young person; each is shown with the guide&apos;s reason and what to say instead. Fix it here, or keep it and go on. The person&apos;s own words, in quotes, are never checked or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the guide avoids it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the words and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problema</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place in your wording to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places in your wording to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review in your wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your information: the person&apos;s own words hold {words}. Kept as they said them; the summary quotes them unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace “{words}” with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live</name>
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
        <translation>Señales de alerta marcadas por categoría: {counts}.</translation>
    </message>
    <message>
        <source>The record points to: {cats} (red flags that tell the forms apart, determinations answered the concerning way, or allegations entered).</source>
        <translation>El registro apunta a: {cats} (señales de alerta que distinguen las formas, determinaciones respondidas en el sentido preocupante o alegaciones anotadas).</translation>
    </message>
    <message>
        <source>Nothing recorded points to one form yet: the flags ticked are seen in all three forms of exploitation. Exploitation is suspected all the same: the hotline call and the law enforcement contact are due, and which form it is is yours to decide.</source>
        <translation>Nada de lo anotado apunta todavía a una forma: las señales marcadas se ven en las tres formas de explotación. Aun así se sospecha explotación: corresponden la llamada a la línea directa y el contacto con las fuerzas del orden, y la forma de que se trata le toca decidirla a usted.</translation>
    </message>
    <message>
        <source>None ticked yet.</source>
        <translation>Ninguna marcada todavía.</translation>
    </message>
    <message>
        <source>Enter when exploitation was first suspected (Special considerations).</source>
        <translation>Anote cuándo se sospechó la explotación por primera vez (Consideraciones especiales).</translation>
    </message>
    <message>
        <source>Counted from the time of suspicion entered: {start}.</source>
        <translation>Contado desde la hora de sospecha anotada: {start}.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the contact&apos;s start ({start}), the earliest time this record shows.</source>
        <translation>No se anotó la hora de sospecha: contado desde el inicio del contacto ({start}), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from the start of the contact date ({start}; no start time entered), the earliest time this record shows.</source>
        <translation>No se anotó la hora de sospecha: contado desde el comienzo de la fecha del contacto ({start}; sin hora de inicio anotada), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>No time of suspicion entered: counted from when this interview was started ({start}), the earliest time this record shows.</source>
        <translation>No se anotó la hora de sospecha: contado desde que se inició esta entrevista ({start}), la hora más temprana que muestra este registro.</translation>
    </message>
    <message>
        <source>was due {due}</source>
        <translation>venció el {due}</translation>
    </message>
    <message>
        <source>due by {due}, {hours:.0f} h left</source>
        <translation>vence el {due}, quedan {hours:.0f} h</translation>
    </message>
    <message>
        <source>RFA still due ({when}): OTIP was notified {notified}, but the Request for Assistance through Shepherd is not marked submitted. The mandated report is the RFA. {basis}</source>
        <translation>RFA aún pendiente ({when}): se notificó a OTIP {notified}, pero la Solicitud de Asistencia (RFA) por Shepherd no está marcada como enviada. El informe obligatorio es la RFA. {basis}</translation>
    </message>
    <message>
        <source>was due {due} — overdue; notify now</source>
        <translation>venció el {due}: está atrasada; notifique ahora</translation>
    </message>
    <message>
        <source>due by {due} ({hours:.0f} h left)</source>
        <translation>vence el {due} (quedan {hours:.0f} h)</translation>
    </message>
    <message>
        <source>OTIP notification {when}. {label}. {basis}</source>
        <translation>Notificación a OTIP {when}. {label}. {basis}</translation>
    </message>
    <message>
        <source>Runaway return: assess for CSE. {text}</source>
        <translation>Regreso tras fuga: evalúe si hay CSE. {text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <translation>Un contacto nuevo en este caso: solo se pregunta a quién se entrevistó y cómo</translation>
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
        <translation>El contacto elegido se archivó con el joven equivocado: muévalo junto con lo que se supo en él</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>&amp;Resumen del caso…</translation>
    </message>
    <message>
        <source>The case summary for CWS/CMS: every contact&apos;s findings, with their sources</source>
        <translation>El resumen del caso para CWS/CMS: lo que se supo en cada contacto, con sus fuentes</translation>
    </message>
    <message>
        <source>&amp;Search every case…</source>
        <translation>&amp;Buscar en todos los casos…</translation>
    </message>
    <message>
        <source>Search names, monikers, handles, phone numbers and notes in every case</source>
        <translation>Buscar nombres, apodos, nombres de usuario, números de teléfono y notas en todos los casos</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Blo&amp;quear</translation>
    </message>
    <message>
        <source>Lock now: hides every note until the passphrase is entered</source>
        <translation>Bloquear ahora: oculta todas las notas hasta que se escriba la frase de contraseña</translation>
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
        <translation>&amp;Hacer una copia de seguridad de las notas…</translation>
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
        <translation>Volver a poner una copia cifrada hecha antes</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the notes</source>
        <translation>Elegir una frase de contraseña nueva para las notas</translation>
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
        <translation>Escribir parte del nombre de un panel o de una pregunta e ir allí</translation>
    </message>
    <message>
        <source>The &amp;navigator</source>
        <translation>El &amp;navegador</translation>
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
        <translation>El panel número {n} de la entrevista en el navegador</translation>
    </message>
    <message>
        <source>The &amp;guide</source>
        <translation>La &amp;guía</translation>
    </message>
    <message>
        <source>The policy guide&apos;s words for the item you are on</source>
        <translation>Lo que dice la guía de políticas sobre el punto en que está</translation>
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
        <translation>Un breve recorrido por la ventana</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
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
        <translation>&amp;Notas</translation>
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
        <source>Locked. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}
Version {version}
Policy guide content {content}

Works offline. Interview notes stay on this computer, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits could not be saved (the interview shows why). If you quit now they are lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview saved</source>
        <translation>Entrevista nueva guardada</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview. What you had entered was saved as a new interview, which is open now: please check its contact details.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva. Lo que había anotado se guardó como una entrevista nueva, que ahora está abierta: revise los datos del contacto, por favor.</translation>
    </message>
    <message>
        <source>New interview not started</source>
        <translation>No se inició la entrevista nueva</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview, before the youth&apos;s name or initials were entered, so it could not be saved. To keep the details private, what you had typed was cleared. Please start the new interview again.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva, antes de que se anotara el nombre o las iniciales del joven, así que no se pudo guardar. Para mantener los datos en privado, se borró lo que había escrito. Empiece la entrevista nueva otra vez, por favor.</translation>
    </message>
    <message>
        <source>The window locked while you were starting a new interview, and it could not be saved (the dialog had said why). To keep the details private, what you had typed was cleared. Please start the new interview again.</source>
        <translation>La ventana se bloqueó mientras empezaba una entrevista nueva y no se pudo guardar (el diálogo había dicho por qué). Para mantener los datos en privado, se borró lo que había escrito. Empiece la entrevista nueva otra vez, por favor.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>{app} (locked)</source>
        <translation>{app} (bloqueada)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the item chosen in {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    ↳ from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    ↳ no longer ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned in: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
Learned in: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>{name}: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: understood as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the time (e.g. 14:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>Move contact to another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the contact ({contact}) and what was learned in it to another youth&apos;s case. Where that case already holds the same finding, its record stays and this contact&apos;s note is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the youth&apos;s name, an AKA or the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Interview sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsServicesPanel</name>
    <message>
        <source>Needs noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no referral number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact in the case of {name} (referral {ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the youth&apos;s name or initials to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview could not be created: {reason}</source>
        <translation type="unfinished"></translation>
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
        <translation>Un campo contiene un carácter que no se puede guardar (puede venir del portapapeles). Vuelva a escribirlo, por favor.</translation>
    </message>
</context>
<context>
    <name>OnlinePanel</name>
    <message>
        <source>Ask for their phone number, nicknames and usernames if they are willing, and ask them to show you their pages. Insert adds an account, Delete removes the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to look for: {signs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username / handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ad still online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>Part of the notes file is damaged (it no longer reads back as it was saved), so the notes were locked. Keep the file and ask IT, or put back a backup you made earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Allegations and disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associates, exploiters and other victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigative areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learned, in the source&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and services</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSW responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tattoos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfBox</name>
    <message>
        <source>Pr&amp;otect the PDF with a password (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever opens the file needs this password. Give it to them another way than the file itself (not in the same e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password twice, or untick “Protect the PDF”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the next unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to delete interviews this many days after their summary was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when you unlock. Nothing is deleted unless you agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to &amp;delete exported interviews after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, filled into new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (CSW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
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
        <translation>La ventana cambia de idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Idioma de la ventana:</translation>
    </message>
    <message>
        <source>Heading of the contact summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every contact summary from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the summary will say, as text, in the order of the PDF. The PDF adds the page header and footer and draws the tattoo outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Learned in</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question in the other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the question&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this question in the other language first ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;t asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, as they said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your English rendering of their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSW&apos;s English rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: their words in English, as you would render them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions in the content bank for this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} · question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current row from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row? What it holds will be gone from the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagsPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show red flags for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts about the flags you tick appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collateral contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPanel</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations (what you found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations from the procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned in ({det})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (red flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same record as the red flag: {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{det} (the red flag {flag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that raises concern: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with an earlier version of this tool, where these were tick boxes: a tick did not say which way or how much, so it counts for nothing until you answer again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is due yet: steps appear here when red flags, determinations, at-risk indicators or a runaway return call for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every due step has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any form — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of step {n} ({proc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded on another step of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned in (step {n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>If the notes file is damaged, you can put back a backup you made earlier. The file is left exactly as it is unless you choose a backup and agree to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished">&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Interviews already sent to CWS/CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summaries of these interviews were exported more than {days} days ago. CWS/CMS is the record; keeping the notes on this laptop only adds risk if it is lost. Tick the ones to delete from this computer. Deleted notes cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews that can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews edited after their summary was exported are not ticked: those edits may not be in CWS/CMS yet. Check before deleting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the ticked interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the ticked interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, skipped and pending questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations (the rules suggest; you decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact narrative</source>
        <translation type="unfinished">Narrativa del contacto</translation>
    </message>
    <message>
        <source>{title}: {a} answered, {s} skipped, {p} not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   skipped: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk for CSE: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation is suspected: the hotline call and the law enforcement contact are due, whatever the form. Which form it is is yours to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool suggests, from the chart (enter each separately):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool suggests no form from the chart: nothing recorded yet tells the forms apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red flag, concerning determination or at-risk result is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notified; RFA still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: due {due} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility steps due: {n}, still open: {o}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaidBox</name>
    <message>
        <source>What the caregiver says (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the youth says (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(They say nothing.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Contact summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paste-ready text as one file, or the summary on paper. The text file is not encrypted: keep it on an encrypted drive and delete it once entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete record (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded in this interview, for another copy of this tool. It is not for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive and delete it once it has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the PDF ({pages} pages{locked}) as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as a code because the font lacks them: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the contact summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the complete record as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the text as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. County IT can add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be printed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Choose a practice case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case is made up. You interview on the same screens as in the field; the person&apos;s replies appear beside each question, notes from the guide appear at the side, and at the end you get a debrief against the case&apos;s answer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start this practice interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this practice interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open practice case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete practice case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You interview the caregiver, {name} ({relationship}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You interview the youth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case, {n} contacts: you start with {first}; then “Add the {kind} contact” on the toolbar (Ctrl+Shift+N) brings in {second}, in the same case: nothing typed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: {text}</source>
        <translation type="unfinished">Quién: {text}</translation>
    </message>
    <message>
        <source>Where: {text}</source>
        <translation type="unfinished">Dónde: {text}</translation>
    </message>
    <message>
        <source>Why you are there: {text}</source>
        <translation type="unfinished">Por qué está allí: {text}</translation>
    </message>
    <message>
        <source>{youth} · {case} · {who} contact · last worked on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: choose a case above and start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search names, monikers, handles, phone numbers, tattoos, notes and own words in every case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, moniker, handle or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found. Enter opens the first; Down goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {month}/{day}</source>
        <translation type="unfinished">{who}, {month}/{day}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The notes file could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase (or a damaged notes file). Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialPanel</name>
    <message>
        <source>Immigrant youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>&amp;Foreign national minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a US citizen or legal permanent resident, and under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When CSEC or labor trafficking was first suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When OTIP was notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OTIP notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request for Assistance submitted through Shepherd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from a runaway episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth is &amp;returning from a runaway episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed for CSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on special considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guide says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are this laptop&apos;s local time ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFA still due: OTIP was notified, but the Request for Assistance through Shepherd is not marked submitted. The mandated report is the RFA; due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTIP notification due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(no hay sugerencias)</translation>
    </message>
    <message>
        <source>Add “%1” to my word list</source>
        <translation>Añadir «%1» a mi lista de palabras</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words work well.</source>
        <translation>Al menos {n} caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Someone with a copy of the notes file would need {time} to find it.</source>
        <translation>Alguien con una copia del archivo de notas necesitaría {time} para descubrirla.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añada una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tattoos recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add without placing (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tattoo without placing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tattoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected tattoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth&apos;s own &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xploiter&apos;s name or moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other symbols (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it, or choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not placed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tattoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tattoo {n} and its details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>who the youth is, who you interview, when and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport first, then the guide&apos;s questions one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening with caregivers, then their questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas to look into beyond the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guide&apos;s red flags, with who told you each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators A to H and what the definition gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body outline to mark tattoos and describe them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-media accounts and the signs seen on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people around the youth, and other possible victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign national minors (OTIP), runaway returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps that become due, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools, doctors and others you contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allegations to consider; you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs and the services you refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is answered or skipped, and the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This window keeps your interview notes on this computer only, in one encrypted file, until you have entered them into CWS/CMS. Nothing is sent anywhere. This short tour shows where things are; Help &gt; Tour of the window opens it again.</source>
        <translation>Esta ventana guarda sus notas de entrevista solo en esta computadora, en un archivo cifrado, hasta que las haya pasado a CWS/CMS. No se envía nada a ningún sitio. Este breve recorrido muestra dónde está cada cosa; Ayuda &gt; Recorrido por la ventana lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>The interview list</source>
        <translation>La lista de entrevistas</translation>
    </message>
    <message>
        <source>After you unlock, the list shows each interview with its youth, contact date, status and any deadline that is due (an OTIP notification turns red under six hours). Ctrl+N starts a new interview, Ctrl+F searches, Enter opens a row.</source>
        <translation>Después de desbloquear, la lista muestra cada entrevista con su joven, la fecha del contacto, el estado y cualquier plazo que venza (una notificación a OTIP se pone roja cuando quedan menos de seis horas). Ctrl+N empieza una entrevista nueva, Ctrl+F busca, Intro abre una fila.</translation>
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
        <translation>La lista a la izquierda de una entrevista muestra cada panel y pregunta, marcados como respondidos (✓), saltados (–) o aún sin preguntar (○). Ctrl+Intro va a la pregunta o panel siguiente, Ctrl+Mayús+Intro vuelve atrás. Puede saltarse cualquier pregunta y volver a ella.</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Everything you type or tick is saved as you go, within about half a second; there is no Save button. The top right says “All changes saved”. If something cannot be saved, a red strip says so, your text stays on screen and saving is tried again.</source>
        <translation>Todo lo que escribe o marca se guarda sobre la marcha, en medio segundo más o menos; no hay botón de Guardar. Arriba a la derecha dice «Todos los cambios guardados». Si algo no se puede guardar, una franja roja lo dice, su texto sigue en pantalla y se vuelve a intentar guardar.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Ctrl+L or Lock on the toolbar hides everything until your passphrase is entered again. The window also locks by itself after a few minutes without input (File &gt; Preferences), and when you close it. Text you copied from the tool is cleared from the clipboard. Unlocking takes you back to the same question.</source>
        <translation>Ctrl+L o Bloquear en la barra de herramientas oculta todo hasta que vuelva a escribir su frase de contraseña. La ventana también se bloquea sola tras unos minutos sin uso (Archivo &gt; Preferencias) y al cerrarla. El texto que copió de la herramienta se borra del portapapeles. Al desbloquear vuelve a la misma pregunta.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de capacitación</translation>
    </message>
    <message>
        <source>The purple band means a made-up practice case, kept in a separate training file, never with real records. Beside each question you see what the person says; record it as you would in the field. Notes from the guide appear at the side. Training &gt; Finish and debrief compares your record with the case&apos;s answer key.</source>
        <translation>La franja morada indica un caso de práctica inventado, guardado en un archivo de capacitación aparte, nunca junto a registros reales. Junto a cada pregunta ve lo que dice la persona; anótelo como lo haría en el terreno. Las notas de la guía aparecen al lado. Capacitación &gt; Terminar y repasar compara su registro con las respuestas del caso.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tour of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training mode</source>
        <translation type="unfinished">Modo de capacitación</translation>
    </message>
    <message>
        <source>Training mode could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>{mark} · Practice only: the people and events are made up. Nothing here is a real record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: fictional practice case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCase</name>
    <message>
        <source>Contact {n} of {total} in this case: {who}</source>
        <translation>Contacto {n} de {total} en este caso: {who}</translation>
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
        <translation>Por qué está allí: {text}</translation>
    </message>
    <message>
        <source>When you greet them: {words}</source>
        <translation>Al saludar: {words}</translation>
    </message>
    <message>
        <source>What you can see and learn:</source>
        <translation>Lo que puede ver y saber:</translation>
    </message>
    <message>
        <source>Tattoo ({where}): {what}</source>
        <translation>Tatuaje ({where}): {what}</translation>
    </message>
    <message>
        <source>Online: {platform} {handle}: {what}</source>
        <translation>En línea: {platform} {handle}: {what}</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>{app} — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare what you recorded with the case&apos;s answer key (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the next contact to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching and case &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the coaching and case pane (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation type="unfinished">&amp;Recorrido por la ventana</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>The &amp;guide</source>
        <translation type="unfinished">La &amp;guía</translation>
    </message>
    <message>
        <source>Training toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the {who} contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview {who} next, in the same case: the youth and what you have recorded so far come with it (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now interviewing {who}, in the same case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start practice interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open practice case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice case no longer matches any of the scenarios. Start the scenario again from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this practice case? Its answers and debrief will be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete practice case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Escribiendo la copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Comprobando cada página de la copia de seguridad…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Poniendo la copia de seguridad en su lugar…</translation>
    </message>
    <message>
        <source>Re-encrypting the notes with the new passphrase…</source>
        <translation>Volviendo a cifrar las notas con la frase de contraseña nueva…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} interview(s) deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {n} unfinished backup file(s) left by a backup that was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore was interrupted earlier and left {n} encrypted file(s) beside your notes. Your notes opened normally, so these copies are not needed. Remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>CEC Interview Assistant logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were locked to keep them private. Enter your passphrase to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open the encrypted notes on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in &amp;training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the tool with made-up cases; nothing real is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>CEC Interview Assistant logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the CEC Interview Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool keeps your interview notes on this computer only, in one encrypted file: contact details, answers in the person&apos;s own words, red flags, tattoos and your notes, until you have entered them into CWS/CMS. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is the only key. If it is lost, nobody (not even county IT) can recover the notes. A few unrelated words you will remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters, hard to guess (a few unrelated words work well), typed the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in &amp;training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the tool with made-up cases; nothing real is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create passphrase and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create passphrase and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date such as 2026-11-20 or 11/20/2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TypedField</name>
    <message>
        <source>{name}: understood as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
