"""The map as streamlit-folium's component arguments, prepared once per map and sent again on reruns.

``st_folium`` renders the whole map on every call (about 0.5 s with 5,000 facilities), and a rerun that shows the
same facilities (a marker click, a detail pick) needs the same page. So the app builds and prepares the map once per
filter state (:func:`prepare`, cached) and each rerun only sends it (:func:`show`). This follows ``st_folium`` of
streamlit-folium 0.27.4 (pinned), with the map's arguments fixed as the app uses them: no returned objects and no
zoom or centre, so only a marker click sends a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import folium
import streamlit as st
import streamlit_folium as sf


@dataclass(frozen=True)
class Frame:
    """What the component needs to draw a map: its script, header, html, id and the assets it loads."""

    script: str
    header: str
    html: str
    id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]


def prepare(m: folium.Map) -> Frame:
    """Render the map once into the component's arguments (this consumes ``m``: folium renames its parts)."""
    m.get_root().render()
    m.render()
    html, header = sf._get_html(m), sf._get_header(m)
    m_id = sf.get_full_id(m)
    script = sf._get_map_string(m)
    css, js = [], []
    for element in _walk(m):
        css += [href for _, href in getattr(element, "default_css", [])]
        js += [src for _, src in getattr(element, "default_js", [])]
    return Frame(script, header, html, m_id, tuple(dict.fromkeys(css)), tuple(dict.fromkeys(js)))


def _walk(element):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def layer_script(group: folium.FeatureGroup) -> str:
    """A feature group as the script the component adds to the shown map without redrawing it."""
    return sf._get_feature_group_string(group, map=folium.Map(tiles=None))


def show(frame: Frame, *, key: str, height: int, feature_group: folium.FeatureGroup | None = None,
         on_change: Callable[[], None] | None = None):
    """Send the prepared map (and a layer beside it) to the page; the same frame keeps the same map in the page."""
    hash_key = sf.generate_js_hash(frame.script, key, False)

    def changed() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})
        if on_change is not None:
            on_change()

    return sf._component_func(
        script=frame.script, header=frame.header, html=frame.html, id=frame.id, key=hash_key, height=height,
        width=None, returned_objects=[], default={}, zoom=None, center=None,
        feature_group=layer_script(feature_group) if feature_group is not None else None, return_on_hover=False,
        layer_control=None, pixelated=False, css_links=list(frame.css_links), js_links=list(frame.js_links),
        on_change=changed, wrap_longitude=False)
