"""Knowledge as data: phrase lists, gazetteers and glossaries, loaded once by the modules that use them."""
