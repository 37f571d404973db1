"""Fill unfinished entries of the .ts files from JSON dictionaries (a developer tool).

Usage, after ``make translations`` has added new source texts::

    .venv/bin/python resources/i18n/fill_translations.py NEW.json [MORE.json ...]
    make translations

Each JSON file is ``{"<context = class name>": {"<English source>": "<简体中文>"}}``; a
plural text (``tr("%n item(s)", "", n)``) takes its forms per language instead:
``{"%n item(s)": {"zh_CN": ["%n 项"], "en": ["%n item", "%n items"]}}``.
The English file gets the source text itself; anything still missing in the
Chinese file is printed, so nothing ships untranslated unnoticed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fill(dictionaries: list[Path]) -> list[tuple[str, str]]:
    known: dict[str, dict[str, str]] = {}
    for path in dictionaries:
        for context, texts in json.loads(path.read_text("utf-8")).items():
            known.setdefault(context, {}).update(texts)
    missing: list[tuple[str, str]] = []
    for language in ("zh_CN", "en"):
        path = HERE / f"account_planner_{language}.ts"
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                source = message.findtext("source") or ""
                if message.get("numerus"):
                    forms = known.get(name, {}).get(source)
                    if not isinstance(forms, dict) or language not in forms:
                        missing.append((name, source))
                        continue
                    for form in list(translation):
                        translation.remove(form)
                    for text in forms[language]:
                        ET.SubElement(translation, "numerusform").text = text
                    del translation.attrib["type"]
                    continue
                text = source if language == "en" else known.get(name, {}).get(source)
                if text is None:
                    missing.append((name, source))
                    continue
                translation.text = text
                del translation.attrib["type"]
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    for context, source in fill([Path(p) for p in sys.argv[1:]]):
        print(f"missing: {context}: {source}")
