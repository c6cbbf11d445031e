"""Jupyter settings for notebooks/open: a notebook is saved without its outputs.

The tracked .ipynb files hold what a person wrote; outputs of a run (figures as images, tables as
HTML) would add thousands of lines to every diff. The page keeps showing them until it is closed;
notebooks/run writes executed copies, outputs included, to target/notebooks/.
"""


def strip_outputs(model, **kwargs):
    """Clears outputs and execution counts of every code cell before a notebook is written to disk."""
    if model.get("type") != "notebook" or not model.get("content"):
        return
    for cell in model["content"]["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None


c.FileContentsManager.pre_save_hook = strip_outputs  # noqa: F821 (c is the config Jupyter passes in)
