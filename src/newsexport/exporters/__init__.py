"""One module per output format: record -> document text. No I/O, no validation (see ``validation``)."""
