"""What the research notebooks share: GraphQL and export downloads from a running citegraph,
where figures go, and a font that can draw Chinese names (or none, and then Latin names only).

Point it at another deployment with the environment variable CITEGRAPH_URL
(default http://localhost:8080).
"""
import os
from functools import lru_cache
from pathlib import Path

import requests

URL = os.environ.get("CITEGRAPH_URL", "http://localhost:8080").rstrip("/")
FIGURES = Path(__file__).resolve().parent / "figures"
TIMEOUT = 60


class GraphQLError(RuntimeError):
    """The API answered, but with errors: their messages say what was wrong with the query."""


def graphql(query, **variables):
    """Runs a GraphQL query and returns its data; raises on HTTP or GraphQL errors."""
    response = requests.post(f"{URL}/graphql", json={"query": query, "variables": variables}, timeout=TIMEOUT)
    response.raise_for_status()
    body = response.json()
    if body.get("errors"):
        raise GraphQLError("; ".join(e.get("message", str(e)) for e in body["errors"]))
    return body["data"]


def export(file_name):
    """The bytes of one export, e.g. export("graph.graphml"); GET /export lists them."""
    response = requests.get(f"{URL}/export/{file_name}", timeout=TIMEOUT)
    response.raise_for_status()
    return response.content


def relationships(fields, **arguments):
    """Every relationship matching the arguments of Query.relationships, all pages, as a list of dicts."""
    query = """
    query($after: String, $types: [RelationshipType!], $from: ID, $to: ID, $source: ID, $asOf: String) {
      relationships(first: 500, after: $after, types: $types, from: $from, to: $to, source: $source, asOf: $asOf) {
        pageInfo { hasNextPage endCursor }
        edges { node { %s } }
      }
    }""" % fields
    found, after = [], None
    while True:
        page = graphql(query, after=after, **arguments)["relationships"]
        found.extend(edge["node"] for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


def figure(name):
    """Where a figure of the given file name is saved (notebooks/figures/, git-ignored)."""
    FIGURES.mkdir(exist_ok=True)
    return FIGURES / name


def save(fig, name, dpi=110):
    """Saves a figure as figures/<name>. bbox_inches="tight" grows the image to take in every label,
    also those drawn outside the axes, so that nothing is cut at an edge."""
    fig.savefig(figure(name), dpi=dpi, bbox_inches="tight", pad_inches=0.25)


# Fonts made for simplified Chinese come first: the names are simplified Chinese, and of Noto's
# CJK collection matplotlib reads only the first face, the Japanese one, which draws some of those
# characters in their Japanese forms. Debian: fonts-wqy-microhei, fonts-wqy-zenhei.
CHINESE_FONTS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC")


@lru_cache(maxsize=None)
def cjk_font():
    """The family name of an installed font that has Chinese glyphs, or None.

    Checked glyph by glyph rather than trusted by name, because a font without the glyphs
    would draw empty boxes ("tofu") instead of the names.
    """
    from matplotlib import font_manager, ft2font

    needed = [ord(c) for c in "吴泽明阿里巴巴"]
    preferred = lambda f: (CHINESE_FONTS.index(f.name) if f.name in CHINESE_FONTS else len(CHINESE_FONTS), f.name)
    for entry in sorted(font_manager.fontManager.ttflist, key=preferred):
        try:
            charmap = ft2font.FT2Font(entry.fname).get_charmap()
        except (OSError, RuntimeError):
            continue
        if all(cp in charmap for cp in needed):
            return entry.name
    return None


def use_fonts():
    """Sets matplotlib to fall back to the CJK font for Chinese glyphs, if there is one, and makes a
    glyph missing from every font an error: a figure with empty boxes must not pass for a good one.

    Returns the font family list to pass as font_family to networkx's label drawing: networkx
    defaults to the generic "sans-serif", which matplotlib resolves to a single font, without
    fallback.
    """
    import warnings

    import matplotlib.pyplot as plt

    warnings.filterwarnings("error", message=r"Glyph \d+ .*missing from current font", category=UserWarning)
    family = ["DejaVu Sans"] + ([cjk_font()] if cjk_font() else [])
    plt.rcParams["font.family"] = family
    return family


def is_han(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def label(entity):
    """A display name: the canonical name, plus the first Chinese alias where a font can draw it."""
    chinese = [a for a in entity.get("aliases") or [] if is_han(a)]
    if chinese and cjk_font():
        return f"{entity['name']}\n{chinese[0]}"
    return entity["name"]
