"""Rendered map layers are inserted verbatim (mapapp/verbatim.py): text from reports and
analysts' files that looks like Jinja is shown as written, never run or parsed."""

from __future__ import annotations

import datetime as dt

import folium

from mapapp import data, mapview

TRAP = "قتل {{ 7*7 }} شخصا {% if x %} {{ cycler.__init__ }}"


def test_jinja_lookalike_text_in_evidence_and_zone_notes_is_drawn_as_written(built):
    ds = data.load_dataset(built)
    ev = ds.events.copy()
    ev.loc[ev.index[0], "evidence"] = TRAP
    zones = {**ds.zones, "features": [dict(f, properties={**f["properties"], "notes": "{{ 6*7 }} {%"})
                                      for f in ds.zones["features"]]}
    m = mapview.base_map(mapview.TileSetting.parse("none"), ds.places, ds.border)
    for layer in mapview.dynamic_layers(ev, zones, ds.places, dt.date(2021, 4, 24)):
        layer.add_to(m)
    folium.Marker([37.0, 41.2], popup=folium.Popup("{{ 5*5 }}")).add_to(m)
    page = m.get_root().render()  # a stray {% used to raise TemplateSyntaxError here
    assert "{{ 7*7 }}" in page and "{% if x %}" in page and "{{ cycler.__init__ }}" in page
    assert "{{ 5*5 }}" in page
    assert "{{ 6*7 }}" in page or not ds.zones["features"]
