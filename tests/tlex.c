/* tlex.c: loading the bundled lexicon once for a group of unit tests. */
#include <stdio.h>
#include <stdlib.h>

#include "lexicon.h"
#include "tlex.h"
#include "util.h"

struct lexicon *tlex_lx;

const char *
tlex_datadir(void)
{
	const char *e = getenv("PARTYLINE_DATADIR");

	return e != NULL && *e != '\0' ? e : ABS_SRCDIR;
}

int
tlex_setup(void **state)
{
	char *cause = NULL, *dir = xasprintf("%s/data", tlex_datadir());
	int rc = 0;

	(void)state;
	tlex_lx = lexicon_new();
	if (lexicon_load_dir(tlex_lx, dir, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		rc = -1;
	}
	free(dir);
	return rc;
}

int
tlex_teardown(void **state)
{
	(void)state;
	lexicon_free(tlex_lx);
	tlex_lx = NULL;
	return 0;
}
