<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Source-language catalogue: empty on purpose (the code is written in English).
     Other languages are cec_<lang>.ts beside it: `python -m app.translations update`
     extracts them (pyside6-lupdate), and they are compiled with pyside6-lrelease when
     needed (docs/translations.md). -->
<TS version="2.1" language="en_US">
</TS>
