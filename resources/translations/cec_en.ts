<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Source-language catalogue: empty on purpose. Other languages are added as
     cec_<lang>.ts, extracted with pyside6-lupdate and compiled with pyside6-lrelease
     to cec_<lang>.qm beside this file; ui/application.py loads the system's. -->
<TS version="2.1" language="en_US">
</TS>
