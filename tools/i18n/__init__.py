"""Translation tools: the po helper for translators and the recorder of Qt's own strings."""
