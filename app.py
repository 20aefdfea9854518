"""Facility tracker: reported military production facilities on an offline map beside NATO.

Run: ``make run`` (or ``streamlit run app.py``). Reads the store only; the pipeline runs in a child process.
Settings: TRACKER_DB (default data/tracker.sqlite), TRACKER_ARTICLES (default articles/), TRACKER_ALLOW_PRIVATE=1
(let the "add an article" form fetch pages from this machine or its network; refused by default).
"""

import datetime as dt
import os
from dataclasses import replace
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from app_shared import db_path, inbox, load, navigation, problem, store_exists, store_version
from pipeline import filters, jobs, language, mapframe, mapview, popups, review_view, timeline
from pipeline.db import is_url
from pipeline.errors import TrackerError
from pipeline.export import export
from pipeline.store import reading

DB = db_path()
ARTICLES = Path(os.environ.get("TRACKER_ARTICLES", "articles"))
INBOX = inbox()
ALLOW_PRIVATE = os.environ.get("TRACKER_ALLOW_PRIVATE") == "1"
SELECTED = "facility"  # the URL parameter naming the selected facility
DISTANCES_KM = (50, 100, 200, 300, 500, 1000)

st.set_page_config(page_title="Facility tracker", page_icon="🛰️", layout="wide")
# A compact page: the title beside the count, and the map's frame filling the page's width and most of its height.
st.html("""<style>
[data-testid="stMainBlockContainer"] { padding: 3rem 1rem 2rem; }
h1 { font-size: clamp(1.25rem, 3.5vw, 2rem) !important; }
[data-testid="stMetricValue"] { font-size: 1.6rem; }
iframe[title="streamlit_folium.st_folium"] { height: max(360px, calc(100vh - 12rem)) !important; }
</style>""")


@st.cache_resource(max_entries=2, show_spinner=False)
def options(db: str, version: float) -> dict[str, list[str]]:
    """The values the filter widgets offer, once per store version."""
    return filters.options(*load(db, version))


@st.cache_data(max_entries=16, show_spinner=False)
def placed(db: str, version: float | str, countries: list[str], within_km: int | None) -> set[str] | None:
    """The facilities in these countries and within this distance of NATO, as a PostGIS store finds them; None
    for a store file, which filters.apply filters in Python."""
    if not is_url(db):
        return None
    with reading(db) as store:
        return store.placed(countries, within_km)


def build_store(sources: list[Path | str], label: str) -> jobs.JobResult:
    bar = st.progress(0.0, text=label)
    result = jobs.run_pipeline(sources, DB, lambda done, total: bar.progress(done / max(total, 1),
                                                                             text=f"{label}: {done}/{total}"),
                               allow_private=ALLOW_PRIVATE)
    bar.empty()
    load.clear()
    return result


# -- first start -----------------------------------------------------------------------------------------
if not store_exists(DB):
    st.info("First start: building the store from the sample articles …")
    first = build_store([ARTICLES], "Analysing the sample articles")
    if not first.ok:
        problem("Some sample articles could not be read; the others are on the map.", first.output)

try:
    facilities, articles = load(str(DB), store_version(DB))
except TrackerError as err:
    problem("The store cannot be read.", str(err))
    st.stop()

# -- sidebar: filters and the selected facility, kept in the URL ----------------------------------------------
heading, count = st.columns([4, 1], vertical_alignment="bottom")
heading.title("Reported military production facilities")
opts = options(str(DB), store_version(DB))
state = filters.from_query(st.query_params.to_dict())
st.session_state.setdefault("selected", st.query_params.get(SELECTED))
bounds = filters.date_bounds(facilities) or (dt.date(2020, 1, 1), dt.date.today())
st.session_state.update(st.session_state.pop("widen", {}))  # set by adding an article, before the widgets
links = st.sidebar.container()  # the pages' links, made once the view is known
with st.sidebar:
    st.header("Filters")

    def pick(label: str, key: str, help_text: str, shown_as=str) -> list[str]:
        chosen = [v for v in getattr(state, key) if v in opts[key]]
        return st.multiselect(label, opts[key], default=chosen, key=f"f_{key}", help=help_text, format_func=shown_as)

    flt = filters.Filters(
        countries=pick("Location country", "countries", "Where the facility is (ISO code)."),
        operators=pick("Operator country", "operators", "States (or companies' home states) behind it."),
        statuses=pick("Status", "statuses", "Latest reported status."),
        kinds=pick("Kind", "kinds", "Product family."),
        precisions=pick("Precision", "precisions", "How precisely the location is known."),
        sources=pick("Source", "sources", "Publisher of at least one report."),
        languages=pick("Language", "languages", "Language of at least one report.", language.label),
        reviews=st.multiselect("Review state", filters.REVIEW_STATES, default=state.reviews, key="f_reviews",
                               help="What the analyst decided (Review page). Rejected facilities are hidden unless "
                                    "chosen; none chosen shows every state."))
    dates = st.date_input("Reported between", value=(state.start or bounds[0], state.end or bounds[1]),
                          key="f_dates", help="Facilities reported at any time in this range.")
    flt.start, flt.end = (dates[0], dates[1]) if len(dates) == 2 else (dates[0], dates[0])
    flt.include_undated = st.checkbox("Include undated reports", value=state.include_undated, key="f_undated")
    flt.within_km = st.select_slider(
        "Distance to NATO", [None, *sorted(set(DISTANCES_KM) | {state.within_km} - {None})], value=state.within_km,
        key="f_nato_km", format_func=lambda km: "any" if km is None else f"≤ {km:,} km",
        help="Facilities whose site or town is known, this close to a state that was in NATO at their last report.")
st.session_state["map_query"] = filters.to_query(flt) | ({SELECTED: st.session_state.selected}
                                                         if st.session_state.selected else {})
st.query_params.from_dict(st.session_state["map_query"])  # also what the sidebar's "Map" link comes back to
navigation(links)

shown = filters.apply(facilities, articles, flt, placed(str(DB), store_version(DB), flt.countries, flt.within_km))
count.metric("Facilities shown", f"{len(shown)} of {len(facilities)}")
if not facilities:
    st.info("The store has no facilities yet. Add an article below, or run "
            "`.venv/bin/python -m pipeline run articles` and reload.")
elif not shown:
    st.warning("No facility matches these filters. Widen the date range or clear a filter in the sidebar.")

# -- map: built from the data and the filters only, so that selecting, zooming and panning never rebuild it -----
def select_clicked() -> None:
    """A marker click, the map's only message (see mapview._ClickReporter), selects its facility."""
    clicked = (st.session_state.get("map") or {}).get("facility")
    if clicked:
        st.session_state["selected"] = st.session_state["detail"] = clicked


@st.cache_resource(max_entries=4, show_spinner=False)
def map_frame(version: float, query: str, _shown: list, _articles: dict, start, end) -> mapframe.Frame:
    """The map of one filter state over one store version, built and rendered once: a rerun that shows the same
    facilities (a click, a detail pick) sends it again instead of rebuilding it."""
    return mapframe.prepare(mapview.build_map(_shown, _articles, as_of=end, start=start))


by_id = {f.id: f for f in shown}
selected = by_id.get(st.session_state.selected or "")
version, view = store_version(DB), repr(filters.to_query(flt))  # what the shown facilities depend on
frame = map_frame(version, view, shown, articles, flt.start, flt.end)
mapframe.show(frame, key="map", height=620, on_change=select_clicked,
              feature_group=mapview.selection_layer(selected, flt.end) if selected else None)

# -- claims over time, under the map: what the slider steps through, as counts --------------------------------
by_month = timeline.claims_by_month(shown, articles)
if not by_month.empty:
    st.bar_chart(by_month, stack=True, height=220, x_label="month reported", y_label="claims",
                 color=[popups.STATUS_COLOURS[s] for s in by_month.columns])
    st.caption("Claims of the shown facilities per month, by status (dated by their article's publication, else "
               "by the date they give; claims without a month are left out).")

# -- table, detail, downloads -----------------------------------------------------------------------------
table = pd.DataFrame([{
    "facility": f.name, "status": f.status, "precision": f.precision, "place": f.place.name,
    "country": f.place.country_code, "operators": ", ".join(f.operators), "first reported": f.first_reported,
    "last reported": f.last_reported, "nearest NATO": f.nearest_nato, "km to NATO": f.nato_distance_km,
    "sources": f.sources, "review": f.review, "id": f.id} for f in shown])
st.dataframe(table, hide_index=True, width="stretch")

if shown:
    names = {f.id: f.name for f in shown}
    if st.session_state.get("detail") not in names:
        st.session_state["detail"] = selected.id if selected else shown[0].id
    chosen = st.selectbox("Facility detail (or click a facility on the map)", list(names), format_func=names.get,
                          key="detail", on_change=lambda: st.session_state.update(selected=st.session_state.detail))
    f = by_id[chosen]
    cols = st.columns(5)
    cols[0].metric("Status", f.status)
    cols[1].metric("Precision", f.precision)
    cols[2].metric("Nearest NATO", f.nearest_nato or "n/a")
    cols[3].metric("km to NATO border", f"{f.nato_distance_km:,.0f}" if f.nato_distance_km is not None else "n/a")
    cols[4].metric("Review", f.review)
    waiting = next((c.key for c in f.claims if c.review == "unreviewed"), None)
    if waiting and f.review not in ("confirmed", "rejected"):
        st.page_link("pages/review.py", label="Review its claims", icon="✅", query_params={"claim": waiting})

    def reported(c) -> str | None:
        return c.event_date or articles[c.article_id].published

    for conflict, sides in review_view.conflict_sides(f):
        # the conflict names places from the gazetteer (which an override can poison): shown as plain text
        problem(f"{conflict.split(':')[0].capitalize()}: the claims on each side are below; decide on the "
                "Review page.", conflict, "warning")
        for col, (value, side) in zip(st.columns(len(sides)), sides, strict=True):
            col.text(f"{value} ({len(side)} claim{'s' if len(side) > 1 else ''})")
            col.dataframe(pd.DataFrame([{
                "evidence": c.evidence, "place": c.place.name, "status": c.status, "date": reported(c),
                "publisher": articles[c.article_id].publisher, "review": c.review} for c in side]),
                hide_index=True, width="stretch")
    st.dataframe(pd.DataFrame([{
        "date": reported(c), "publisher": articles[c.article_id].publisher,
        "language": language.label(articles[c.article_id].language),
        "link": popups.safe_url(articles[c.article_id].url), "attribution": c.attribution,
        "source sentence": c.source_sentence, "status": c.status, "status words": c.status_cue,
        "capacity": c.capacity.text if c.capacity else None, "review": c.review, "evidence": c.evidence}
        for c in f.claims]), hide_index=True, width="stretch",
        column_config={"link": st.column_config.LinkColumn("link", display_text="source")})

    stamp = dt.date.today().isoformat()
    down = st.columns(3)
    for col, fmt, mime in zip(down, ("geojson", "csv", "kml"), ("application/geo+json", "text/csv",
                                                                "application/vnd.google-earth.kml+xml"), strict=True):
        # made when clicked, not on every rerun (three formats of 5,000 facilities take over 0.1 s)
        col.download_button(f"Download {fmt.upper()}", partial(export, "facilities", fmt, shown, [], [], articles),
                            file_name=f"facilities-{stamp}.{fmt}", mime=mime, key=f"dl_{fmt}")

# -- add an article: analysed in a child process, then shown at once, with the filters widened to show it ------
Notice = tuple[str, str, str]  # st's message kind, our summary, details from outside (shown as plain text)


def submitted_file(text: str, upload, meta: dict) -> Path:
    """The submission in the inbox: an upload as it came, pasted text as Markdown named by its content."""
    if upload is None:
        return jobs.save_submission(INBOX, text, **meta)
    if upload.size > jobs.MAX_BYTES:
        raise TrackerError(f"{upload.name} is over 5 MB; upload a smaller file")
    INBOX.mkdir(parents=True, exist_ok=True)
    path = INBOX / Path(upload.name).name
    path.write_bytes(upload.getvalue())
    return path


STORED_ALREADY: Notice = ("info", "This text is already in the store (recognised by its content): it was not "
                                  "stored again.", "")


def add(path: Path) -> list[Notice]:
    """Analyse a submitted file into the store, unless its text is stored already; what to tell the user."""
    ids = jobs.article_ids(path)
    if ids and ids <= articles.keys():
        return [STORED_ALREADY]
    result = build_store([path], "Analysing the article")
    notices = added(ids, result)
    if not notices:
        path.unlink(missing_ok=True)  # nothing was stored from it; do not retry it on the next run
        return [("error", "The article was not added.", result.output)]
    return notices


def add_page(url: str) -> list[Notice]:
    """Fetch the page at ``url`` (the user asked for it) and analyse it into the store; what to tell the user."""
    result = build_store([url], "Fetching and analysing the page")
    ids = jobs.page_article_ids(DB, url)
    if ids and ids <= articles.keys():
        return [STORED_ALREADY]
    return added(ids, result) or [("error", "The article was not added.", result.output)]


def added(ids: set[str], result: jobs.JobResult) -> list[Notice]:
    """What a run that stored some of the articles ``ids`` brought (none stored: nothing to say)."""
    now_facilities, now_articles = load(str(DB), store_version(DB))
    new = (now_articles.keys() - articles.keys()) & ids
    if not new:
        return []
    found = jobs.reported_by(now_facilities, new)
    notices = [("success" if found else "info", f"The article was added. {jobs.found_message(found)}", "")]
    if not result.ok:
        notices.append(("warning", "Some of the file could not be read.", result.output))
    return notices + widen_filters(found, now_articles)


def widen_filters(found: list, now_articles: dict) -> list[Notice]:
    """Widen the date range, and take in undated reports, on the next run so that ``found`` is on the map."""
    wider = jobs.range_to_show(found, flt.start, flt.end)
    undated = not flt.include_undated and any(not f.first_reported for f in found)
    start, end = wider or (flt.start, flt.end)
    after = replace(flt, start=start, end=end, include_undated=flt.include_undated or undated)
    st.session_state["widen"] = {"f_dates": (start, end), "f_undated": after.include_undated}
    notices = [("info", f"The date range now runs from {start} to {end}, to show it.", "")] if wider else []
    if undated:
        notices.append(("info", "Undated reports are now included, to show it.", ""))
    if hidden := [f.name for f in found if not filters.matches(f, now_articles, after)]:
        notices.append(("warning", f"Hidden by the sidebar filters: {', '.join(hidden)}. Clear them to see it.", ""))
    return notices


with st.expander("Add an article", expanded="added" in st.session_state):
    for kind, summary, details in st.session_state.pop("added", []):
        problem(summary, details, kind)
    with st.form("add_article", clear_on_submit=False):
        text = st.text_area("Article text", height=160, key="add_text")
        upload = st.file_uploader("…or upload a .md, .txt, .html or .jsonl file",
                                  type=["md", "txt", "html", "htm", "jsonl"])
        c1, c2 = st.columns(2)
        meta = {"title": c1.text_input("Title", key="add_title"),
                "publisher": c2.text_input("Publisher", key="add_publisher"),
                "url": c1.text_input("URL (http or https)", key="add_url",
                                     help="With no text or file, the page at this address is fetched and analysed."),
                "published": c2.date_input("Published", value=None, key="add_published")}
        submitted = st.form_submit_button("Analyse and add")
    if submitted:
        try:
            fetch = not text.strip() and upload is None and meta["url"].strip()
            st.session_state["added"] = add_page(jobs.page_url(meta["url"])) if fetch else add(
                submitted_file(text, upload, meta))
        except TrackerError as err:
            st.session_state["added"] = [("error", "The article was not added.", str(err))]
        st.rerun()
