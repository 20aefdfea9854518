"""Analyst review: the claims the pipeline is least sure of, one at a time, with the sentence in its paragraph, the
places it could be at and a decision for each; and what can be decided about its facility.

Every decision goes through pipeline.decide (checked against the store, stored, facilities derived again); the
map shows it at once. Article text is hostile: it is shown escaped (st.html of html.escape'd text), in tables, or
as plain text, never as Markdown.
"""

import html
from collections.abc import Callable
from functools import partial

import pandas as pd
import streamlit as st

from app_shared import db_path, load, navigation, problem, record, store_exists, store_version
from pipeline import decide, mapframe, mapview, review, review_view
from pipeline.errors import TrackerError
from pipeline.gazetteer import Gazetteer
from pipeline.records import STATUSES
from pipeline.review import Decision
from pipeline.sites import known_sites
from pipeline.store import reading

st.set_page_config(page_title="Review · Facility tracker", page_icon="🛰️", layout="wide")
DB = db_path()
INPUTS = ("r_place_how", "r_candidate", "r_site", "r_lat", "r_lon", "r_precision", "r_place_name", "r_status",
          "r_operators", "r_date", "r_state", "r_merge", "r_split")  # made for one claim: reset for the next


@st.cache_resource(max_entries=2, show_spinner=False)
def review_queue(db: str, version: float) -> tuple[list[review.Item], list[Decision]]:
    """The queue, least sure first, and the orphaned decisions, once per store version."""
    facilities, _ = load(db, version)
    with reading(db) as store:
        return review.queue(facilities), decide.orphaned(store)


@st.cache_resource(max_entries=2, show_spinner=False)
def decided_claims(db: str, version: float) -> list:
    """The claims the analyst confirmed or rejected (none without a decision: the claims are then not read)."""
    with reading(db) as store:
        if not store.decisions():
            return []
        return [c for c in store.reviewed_claims() if c.review in ("confirmed", "rejected")]


def reopen(facilities: list) -> None:
    """Undo a verdict: a confirmed or rejected claim, or a facility marked confirmed or rejected, back in the queue."""
    claims = {c.key: c for c in decided_claims(str(DB), version)}
    marked = {f.id: f for f in facilities if f.review in ("confirmed", "rejected")}
    if not claims and not marked:
        return
    with st.expander(f"Reopen what was decided (claims: {len(claims)}, facilities: {len(marked)})"):
        if claims:
            key = st.selectbox("Claim", list(claims), key="r_reopen_claim",
                               format_func=lambda k: f"{claims[k].review} · {review_view.claim_label(claims[k])}")
            if st.button("Reopen claim", key="r_do_reopen"):
                act(lambda: [Decision("reopen", key)], "Reopened the claim: it is in the queue again.")
        if marked:
            fid = st.selectbox("Facility", list(marked), key="r_reopen_facility",
                               format_func=lambda i: f"{marked[i].review} · {marked[i].name}")
            if st.button("Reopen facility", key="r_do_unmark"):
                act(lambda: [Decision("mark", review.anchor(marked[fid]), {"state": "unreviewed"})],
                    "Reopened the facility: its claims are in the queue again.")


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer | None:
    """The gazetteer, if built (the pipeline builds it); without it only the claim's own place is offered."""
    try:
        return Gazetteer.open(build=False)
    except TrackerError:
        return None


@st.cache_resource(max_entries=16, show_spinner=False)
def candidates(key: str, version: float, _claim) -> tuple[list, list[str], mapframe.Frame]:
    """The places the claim could be at, their labels and their map, once per claim and store version."""
    places = review_view.candidates(_claim, gazetteer())
    labels = [review_view.place_label(p) for p in places]
    return places, labels, mapframe.prepare(mapview.candidate_map(places, labels))


@st.cache_resource(show_spinner=False)
def site_names() -> list[str]:
    return sorted({p.name for p in known_sites().values()})


def act(make: Callable[[], list[Decision]], done: str) -> None:
    """Record the decisions ``make`` returns and rerun, saying ``done``; a bad one is shown and changes nothing."""
    try:
        record(DB, make(), who=st.session_state.get("r_who", "").strip(),
               note=st.session_state.get("r_note", "").strip())
    except TrackerError as err:
        problem("The decision was not recorded: nothing changed.", str(err))
        return
    st.session_state["r_done"] = done
    st.rerun()


def pick_claim(items: list[review.Item]) -> review.Item:
    """The picker over the least sure claims, and the one the URL names (the map's "Review its claims" link, a
    shared link) when it is new there; the choice goes into the URL."""
    listed = {i.claim.key: i for i in items[:review_view.QUEUE_ROWS]}
    wanted = st.query_params.get("claim")
    if wanted and wanted != st.session_state.get("r_from_url"):
        if found := next((i for i in items if i.claim.key == wanted), None):
            listed.setdefault(wanted, found)
        st.session_state["r_claim"] = wanted
    if st.session_state.get("r_claim") not in listed:
        st.session_state["r_claim"] = next(iter(listed))
    key = st.selectbox("Claim to review", list(listed), key="r_claim",
                       format_func=lambda k: review_view.item_label(listed[k]))
    st.query_params["claim"] = st.session_state["r_from_url"] = key
    return listed[key]


def text_html(text: str, tag: str = "p") -> None:
    """One line of text from outside (a facility's name, a source), escaped."""
    st.html(f"<{tag}>{html.escape(text)}</{tag}>")


# -- the queue -----------------------------------------------------------------------------------------------
navigation()
st.title("Analyst review")
if not store_exists(DB):
    st.info("There is no store yet: open the map page, which builds it from the sample articles.")
    st.stop()
try:
    version = store_version(DB)
    facilities, articles = load(str(DB), version)
    items, orphans = review_queue(str(DB), version)
except TrackerError as err:
    problem("The store cannot be read.", str(err))
    st.stop()

if done := st.session_state.pop("r_done", None):
    st.success(done)
    st.session_state["r_note"] = ""
st.caption(f"{len(items)} claims to review, least sure first"
           + (f" (the first {review_view.QUEUE_ROWS} listed)" if len(items) > review_view.QUEUE_ROWS else "")
           + ". Sureness is the pipeline's confidence less its doubts.")
st.dataframe(pd.DataFrame(review_view.queue_rows(items)), hide_index=True, width="stretch", height=260,
             column_config={"sureness": st.column_config.ProgressColumn("sureness", min_value=0, max_value=1,
                                                                        format="%.2f")})
if orphans:
    with st.expander(f"{len(orphans)} orphaned decision{'s' if len(orphans) > 1 else ''}: naming claims the store "
                     "no longer holds (kept, in case they come back)"):
        st.dataframe(pd.DataFrame(review_view.history_rows(orphans)), hide_index=True, width="stretch")
reopen(facilities)
if not items:
    st.success("Nothing left to review: every claim has a decision, or its facility has.")
    st.stop()

item = pick_claim(items)
key, claim, facility = item.claim.key, item.claim, item.facility
if st.session_state.get("r_for") != key:  # inputs start from this claim's values
    for name in INPUTS:
        st.session_state.pop(name, None)
    st.session_state["r_for"] = key

# -- the claim: its sentence in its paragraph, why it is doubtful, its places ------------------------------------
places, labels, frame = candidates(key, version, claim)
left, right = st.columns([3, 2])
with left:
    article = articles.get(claim.article_id)
    if article:
        text_html(" · ".join(filter(None, [article.publisher, article.published, article.title])), "b")
    st.html(review_view.passage_html(review_view.passage(article.text if article else "", claim)))
    if item.reasons:
        st.html("<b>Why it may be wrong</b>" + review_view.items_html(item.reasons))
    st.dataframe(pd.DataFrame([{
        "place": claim.place.name, "as written": claim.surface, "precision": claim.precision, "status": claim.status,
        "status words": claim.status_cue, "operators": ", ".join(claim.operators), "date": claim.event_date,
        "according to": claim.attribution, "confidence": claim.confidence, "key": claim.key}]),
        hide_index=True, width="stretch")
with right:
    mapframe.show(frame, key="r_map", height=330)
    st.caption("1 (red) is where the claim is now; the others are the gazetteer's other places of that name.")

# -- decisions ------------------------------------------------------------------------------------------------
st.subheader("Decide")
who_col, note_col = st.columns([1, 3])
who_col.text_input("Who", key="r_who", placeholder="analyst")
note_col.text_input("Note (why)", key="r_note")
on_claim, on_place, on_facts, on_facility = st.tabs(["Claim", "Place", "Status, operators, date", "Facility"])

with on_claim:
    yes, no = st.columns(2)
    if yes.button("Confirm claim", key="r_confirm", type="primary", width="stretch"):
        act(lambda: [Decision("confirm", key)], "Confirmed the claim.")
    if no.button("Reject claim", key="r_reject", width="stretch"):
        act(lambda: [Decision("reject", key)], "Rejected the claim: it counts for no facility now.")

with on_place:
    how = st.radio("Correct the place with", ["a gazetteer candidate", "a known site", "coordinates"],
                   key="r_place_how", horizontal=True)
    if how == "a gazetteer candidate":
        pick = st.selectbox("Candidate (numbered as on the map)", range(len(places)), key="r_candidate",
                            format_func=lambda i: f"{i + 1}. {labels[i]}")
        value = partial(review_view.place_value, places[pick])
    elif how == "a known site":
        site = st.selectbox("Known site (geodata/sites.csv)", site_names(), key="r_site")
        value = partial(decide.place, site=site)
    else:
        lat_col, lon_col, precision_col = st.columns(3)
        lat = lat_col.number_input("Latitude", -90.0, 90.0, value=float(claim.place.lat), format="%.5f",
                                   key="r_lat")
        lon = lon_col.number_input("Longitude", -180.0, 180.0, value=float(claim.place.lon), format="%.5f",
                                   key="r_lon")
        precision = precision_col.selectbox("Precision", review.PRECISIONS, key="r_precision")
        name = st.text_input("Name (optional)", key="r_place_name")
        value = partial(decide.place, lat=lat, lon=lon, name=name.strip(), precision=precision)
    if st.button("Set place", key="r_set_place"):
        act(lambda: [Decision("set-place", key, value())], "Set the claim's place.")

with on_facts:
    status = st.selectbox("Status", STATUSES, index=STATUSES.index(claim.status), key="r_status")
    if st.button("Set status", key="r_set_status"):
        act(lambda: [Decision("set-status", key, {"status": status})], "Set the claim's status.")
    operators = st.text_input("Operators (comma-separated names or country codes)", ", ".join(claim.operators),
                              key="r_operators")
    if st.button("Set operators", key="r_set_operators"):
        act(lambda: [Decision("set-operators", key, {"operators": review_view.operators(operators)})],
            "Set the claim's operators.")
    date = st.text_input("Date (YYYY, YYYY-MM or YYYY-MM-DD; empty for none)", claim.event_date or "",
                         key="r_date")
    if st.button("Set date", key="r_set_date"):
        act(lambda: [Decision("set-date", key, {"date": date.strip() or None})], "Set the claim's date.")

with on_facility:
    text_html(f"{facility.name}: {len(facility.claims)} claim(s), review state {facility.review}", "b")
    anchor = review.anchor(facility)
    state = st.selectbox("Mark the facility", review.FACILITY_STATES, key="r_state",
                         index=review.FACILITY_STATES.index("confirmed"))
    if st.button("Mark facility", key="r_mark"):
        act(lambda: [Decision("mark", anchor, {"state": state})], f"Marked the facility {state}.")
    others = {f.id: f for f in review_view.merge_choices(facility, facilities)}
    if others:
        other = st.selectbox("Merge with (nearest first)", list(others), key="r_merge",
                             format_func=lambda fid: f"{others[fid].name} · "
                                                     f"{review_view.km(facility.place, others[fid].place):,.0f} km")
        if st.button("Merge facilities", key="r_do_merge"):
            act(lambda: [Decision("merge", anchor, {"with": review.anchor(others[other])})],
                "Merged the facilities.")
    if len(facility.claims) > 1:
        by_key = {c.key: c for c in facility.claims}
        moved = st.multiselect("Split these claims off into a new facility", list(by_key), key="r_split",
                               format_func=lambda k: review_view.claim_label(by_key[k]))
        if st.button("Split off", key="r_do_split"):
            if moved:
                act(lambda: [Decision("split", moved[0], {"claims": moved})], "Split the claims off into a new "
                                                                               "facility.")
            else:
                problem("Choose the claims to split off first: nothing changed.")
    with reading(DB) as store:
        past = decide.history(store, facility)
    st.caption("What was decided about this facility and its claims, oldest first")
    if past:
        st.dataframe(pd.DataFrame(review_view.history_rows(past)), hide_index=True, width="stretch")
    else:
        st.text("Nothing yet.")
