"""Translation backends behind one interface (see ``base.Translator``)."""
