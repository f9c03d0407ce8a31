/*
 * wordmaps.c: data/maps.tsv (see wordmaps.h). Columns: word, map, value.
 * A map name the program does not know, a word given twice in one map or
 * a body-kind that is no entity type is an error (FILE:LINE:).
 */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "textfile.h"
#include "util.h"
#include "vec.h"
#include "wordmaps.h"

static const char *const wordmaps_names[WMAP_N] = {
	[WMAP_HOME] = "home",
	[WMAP_BODY_KIND] = "body-kind",
	[WMAP_PARTY_TAG] = "party-tag",
	[WMAP_GOVERNMENT] = "government",
	[WMAP_OPPOSITION] = "opposition",
	[WMAP_UNION_SEAT] = "union-seat",
	[WMAP_TITLE_BODY] = "title-body",
	[WMAP_RIVAL] = "rival",
	[WMAP_MONARCH] = "monarch",
	[WMAP_PARTY_MEMBER] = "party-member",
};

struct wordmaps {
	VEC(struct wordmap) map[WMAP_N];
};

void
wordmaps_free(struct wordmaps *w)
{
	size_t k, i;

	if (w == NULL)
		return;
	for (k = 0; k < WMAP_N; k++) {
		for (i = 0; i < w->map[k].n; i++) {
			free(w->map[k].v[i].word);
			free(w->map[k].v[i].value);
		}
		VEC_FREE(w->map[k]);
	}
	free(w);
}

/* Entity types named by s (company): 1 << type, or 0. */
static unsigned
wordmaps_types(const char *s)
{
	int t;

	for (t = 0; t < ENT_NTYPES; t++)
		if (strcmp(s, model_ent_type_name((enum ent_type)t)) == 0)
			return 1u << t;
	return 0;
}

/* One line cut at its tabs: NULL, or why it is wrong. */
static const char *
wordmaps_line(struct wordmaps *w, char *s)
{
	char *f[3], *tab;
	int n, k;
	size_t i;
	struct wordmap *m;

	for (n = 0; n < 3; n++) {
		f[n] = s;
		if ((tab = strchr(s, '\t')) == NULL)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	if (n != 2 || *f[0] == '\0' || *f[1] == '\0' || *f[2] == '\0')
		return "expected 3 TAB-separated fields: word, map, value";
	for (k = 0; k < WMAP_N; k++)
		if (strcmp(f[1], wordmaps_names[k]) == 0)
			break;
	if (k == WMAP_N)
		return "unknown map (home, body-kind, party-tag, government, opposition, union-seat, title-body, rival, monarch, party-member)";
	for (i = 0; i < w->map[k].n; i++)
		if (strcmp(w->map[k].v[i].word, f[0]) == 0)
			return "word given twice in this map";
	if (k == WMAP_BODY_KIND && wordmaps_types(f[2]) == 0)
		return "not an entity type";
	m = VEC_PUSH(w->map[k]);
	m->word = xstrdup(f[0]);
	m->value = xstrdup(f[2]);
	m->types = k == WMAP_BODY_KIND ? wordmaps_types(f[2]) : 0;
	return NULL;
}

struct wordmaps *
wordmaps_load(const char *path, char **cause)
{
	struct textfile *tf;
	struct wordmaps *w;
	const char *why;
	char *s;

	if ((tf = textfile_open(path, cause)) == NULL)
		return NULL;
	w = xcalloc(1, sizeof *w);
	while ((s = textfile_next(tf, NULL)) != NULL) {
		if (*s == '#' || s[strspn(s, " \t\r")] == '\0')
			continue;
		if ((why = wordmaps_line(w, s)) != NULL) {
			*cause = textfile_error(tf, "%s", why);
			textfile_close(tf);
			wordmaps_free(w);
			return NULL;
		}
	}
	textfile_close(tf);
	return w;
}

const struct wordmap *
wordmaps_get(const struct wordmaps *w, enum wordmap_kind k, size_t *n)
{
	if (w == NULL || k >= WMAP_N) {
		*n = 0;
		return NULL;
	}
	*n = w->map[k].n;
	return w->map[k].v;
}
