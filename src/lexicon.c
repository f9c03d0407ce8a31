/* lexicon.c: loading the data TSV files into hash tables (first cut: abbreviations). */
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "lexicon.h"
#include "util.h"

struct lexicon {
	struct cues *cues;
};

struct lexicon *
lexicon_new(void)
{
	return xcalloc(1, sizeof(struct lexicon));
}

void
lexicon_free(struct lexicon *lx)
{
	if (lx == NULL)
		return;
	cues_free(lx->cues);
	free(lx);
}

int
lexicon_load_dir(struct lexicon *lx, const char *dir, char **cause)
{
	char *path = xasprintf("%s/cues.tsv", dir);

	cues_free(lx->cues);
	lx->cues = cues_load(path, cause);
	free(path);
	return lx->cues == NULL ? -1 : 0;
}

int
lexicon_load_user(struct lexicon *lx, const char *path, char **cause)
{
	(void)lx; (void)path; (void)cause;
	return 0;
}

int
lexicon_is_abbrev(const struct lexicon *lx, const char *s, size_t n)
{
	(void)lx; (void)s; (void)n;
	return 0;
}

const struct cues *
lexicon_cues(const struct lexicon *lx)
{
	return lx->cues;
}
