/*
 * mklexicon.c: write the lexicon's table (lexicon_table.c) at build time.
 * usage: mklexicon DATADIR OUT. The data files are read as the program
 * would without a table; the table written is then mapped back and must
 * give the same tables, or the build fails and no table is left.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon.h"
#include "lexicon_int.h"
#include "util.h"

/* Do two lexicons hold the same tables? */
static int
mklexicon_same(const struct lexicon *a, const struct lexicon *b)
{
	size_t i, n = a->emap.mask + 1;

	if (a->ents.n != b->ents.n || a->keys.n != b->keys.n ||
	    a->canons.n != b->canons.n || a->offices.n != b->offices.n ||
	    a->emap.mask != b->emap.mask || a->cmap.mask != b->cmap.mask ||
	    memcmp(a->ents.v, b->ents.v, a->ents.n * sizeof *a->ents.v) != 0 ||
	    memcmp(a->keys.v, b->keys.v, a->keys.n) != 0 ||
	    memcmp(a->emap.slot, b->emap.slot, n * sizeof *a->emap.slot) != 0 ||
	    memcmp(a->cmap.slot, b->cmap.slot, (a->cmap.mask + 1) *
	    sizeof *a->cmap.slot) != 0 ||
	    memcmp(a->bloom, b->bloom, sizeof a->bloom) != 0)
		return 0;
	for (i = 0; i < a->canons.n; i++)
		if (strcmp(a->canons.v[i].name, b->canons.v[i].name) != 0 ||
		    a->canons.v[i].type != b->canons.v[i].type ||
		    a->canons.v[i].country != b->canons.v[i].country ||
		    lexicon_canon_find(b, a->canons.v[i].name,
		    a->canons.v[i].type) != (int)i)
			return 0;
	for (i = 0; i < a->offices.n; i++)
		if (strcmp(a->offices.v[i].role, b->offices.v[i].role) != 0 ||
		    a->offices.v[i].person != b->offices.v[i].person ||
		    a->offices.v[i].country != b->offices.v[i].country ||
		    a->offices.v[i].body != b->offices.v[i].body ||
		    a->offices.v[i].side != b->offices.v[i].side ||
		    a->offices.v[i].from != b->offices.v[i].from ||
		    a->offices.v[i].to != b->offices.v[i].to)
			return 0;
	return 1;
}

int
main(int argc, char **argv)
{
	struct lexicon *lx = lexicon_new(), *back = lexicon_new();
	char *cause = NULL;
	int ok;

	if (argc != 3) {
		fputs("usage: mklexicon DATADIR OUT\n", stderr);
		return 2;
	}
	if (lexicon_parse_dir(lx, argv[1], &cause) != 0 ||
	    lexicon_table_write(lx, argv[1], argv[2], &cause) != 0) {
		fprintf(stderr, "mklexicon: %s\n", cause);
		return 1;
	}
	ok = lexicon_table_load(back, argv[1], argv[2]) == 0 &&
	    mklexicon_same(lx, back);
	lexicon_table_thaw(back);	/* and as a user file would */
	ok = ok && mklexicon_same(lx, back);
	lexicon_free(lx);
	lexicon_free(back);
	if (!ok) {
		fprintf(stderr, "mklexicon: %s does not read back\n", argv[2]);
		unlink(argv[2]);
		return 1;
	}
	return 0;
}
