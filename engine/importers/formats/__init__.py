"""One module per source format; each defines an ``Importer`` subclass (see ``base.py``)."""
