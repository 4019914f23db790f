"""``python -m newsexport`` runs the command line."""

from newsexport.cli import app

app(prog_name="newsexport")
