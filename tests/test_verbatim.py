"""Rendered map layers are inserted verbatim (mapapp/verbatim.py): text from reports and
analysts' files that looks like Jinja is shown as written, never run or parsed."""

from __future__ import annotations

import datetime as dt
import json
import re

import folium

from mapapp import data, mapview

TRAP = "قتل {{ 7*7 }} شخصا {% if x %} {{ cycler.__init__ }}"


def test_jinja_lookalike_text_in_evidence_and_zone_notes_is_drawn_as_written(built):
    ds = data.load_dataset(built)
    ev = ds.events.copy()
    ev.loc[ev.index[0], "evidence"] = TRAP
    zones = {**ds.zones, "features": [dict(f, properties={**f["properties"], "notes": "{{ 6*7 }} {%"})
                                      for f in ds.zones["features"]]}
    for packed in (False, True):  # a page saved as a file; the app's map (symbols deflated, see pack_json)
        m = mapview.base_map(mapview.TileSetting.parse("none"), ds.places, ds.border)
        for layer in mapview.dynamic_layers(ev, zones, ds.places, dt.date(2021, 4, 24), packed=packed):
            layer.add_to(m)
        folium.Marker([37.0, 41.2], popup=folium.Popup("{{ 5*5 }}")).add_to(m)
        page = m.get_root().render()  # a stray {% used to raise TemplateSyntaxError here
        if packed:
            blobs = re.findall(r'\}\)\("([A-Za-z0-9+/=]+)"\);', page)
            assert len(blobs) == 1 and "{{ 7*7 }}" not in page
            symbols = json.dumps(mapview.unpack_json(blobs[0]), ensure_ascii=False)
        else:
            symbols = page
        assert "{{ 7*7 }}" in symbols and "{% if x %}" in symbols and "{{ cycler.__init__ }}" in symbols
        assert "{{ 5*5 }}" in page
        assert "{{ 6*7 }}" in page or not ds.zones["features"]
