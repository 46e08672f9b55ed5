"""How the core runs things: the build's stamp, Node scripts, work forked beside the build, Jinja environments."""
