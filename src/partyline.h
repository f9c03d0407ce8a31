/*
 * partyline.h: options shared by main and the views, and the whole-article
 * analysis (every stage after ingest: analyse.c).
 */
#ifndef PARTYLINE_H
#define PARTYLINE_H

#include "model.h"

struct lexicon;
struct cfg;

enum colour_when { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER };

struct options {
	int width;			/* 0: terminal width, else 80 */
	enum colour_when colour;
	int force;
	const char *theme;		/* --theme as given, or NULL */
	const struct cfg *cfg;		/* the config file's settings and keys */
	int skipped;			/* inputs that could not be read */
};

/* Run every analysis stage over a loaded document, in order (analyse.c). */
void partyline_analyse(struct doc *, const struct lexicon *);
/* Directory of data files (source tree when uninstalled, else pkgdatadir). */
const char *partyline_datadir(void);

#endif
