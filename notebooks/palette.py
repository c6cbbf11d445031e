"""The colours of entity types, read from cypher/style.grass: the figures use the colours Neo4j
Browser uses, so orange is a person and blue an organization everywhere, and a colour changed in
the style changes in the figures too. There is no second list of colours.

The style's rules look like ``node.Person { color: <hex>; border-color: <hex>; ... }``;
an entity type without a rule of its own gets the ``node.Entity`` colour, as in Browser, where
every entity also carries the label Entity.
"""
import re
from functools import lru_cache
from pathlib import Path

STYLE = Path(__file__).resolve().parent.parent / "cypher" / "style.grass"

# Captions such as '{name}' hold braces, so a quoted value is matched whole.
_RULE = re.compile(r"""(node|relationship)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*\{((?:[^{}'"]|'[^']*'|"[^"]*")*)\}""")
_DECLARATION = re.compile(r"""([a-z-]+)\s*:\s*('[^']*'|"[^"]*"|[^;]*?)\s*(?:;|$)""")


class StyleError(ValueError):
    """style.grass lacks what a figure needs; the message names the file and the rule."""


@lru_cache(maxsize=None)
def rules(path=STYLE):
    """Every rule of the style as {(selector, label): {property: value}}: ("node", "Person") for
    ``node.Person``, ("node", None) for the plain ``node`` rule, ("relationship", "REPORTS_TO")..."""
    text = Path(path).read_text(encoding="utf-8")
    return {(kind, label or None): {name: value.strip("'\"") for name, value in _DECLARATION.findall(body)}
            for kind, label, body in _RULE.findall(text)}


def _property(kind, labels, name, path):
    for label in labels:
        value = rules(path).get((kind, label), {}).get(name)
        if value:
            return value
    raise StyleError(f"{path}: no '{name}' for " + ", ".join(f"{kind}.{l}" if l else kind for l in labels))


def colour(label, path=STYLE):
    """The fill colour of nodes with this label: colour("Person") is the color of node.Person."""
    return _property("node", (label, "Entity", None), "color", path)


def border(label, path=STYLE):
    """The border colour of nodes with this label."""
    return _property("node", (label, "Entity", None), "border-color", path)


def relationship_colour(relationship_type, path=STYLE):
    """The colour of relationships of this type, or of every relationship where the style gives the type none."""
    return _property("relationship", (relationship_type, None), "color", path)


def legend(labels, path=STYLE, marker="o", markersize=10):
    """Legend handles, one marker in each label's colours, for ``ax.legend(handles=...)``."""
    from matplotlib.lines import Line2D

    return [Line2D([], [], marker=marker, linestyle="", markersize=markersize,
                   markerfacecolor=colour(label, path), markeredgecolor=border(label, path), label=label)
            for label in labels]
