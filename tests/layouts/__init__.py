"""Web page layouts of the families Chinese sites are built with, wrapped around labelled captures."""
