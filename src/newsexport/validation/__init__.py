"""One validator per format, each built once per schema store and reused for every document."""
