/*
 * cues.c: loading cues.tsv into a table for the claim engine. Each line
 * gives a lemma, a kind, its forms and a frame; every form (one or more
 * words) becomes an entry. Entries are grouped by their first word, longest
 * form first, and a hash of first words finds the group of a token without
 * allocating: a token is compared with the forms in place.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cues.h"
#include "hmap.h"
#include "lexicon.h"
#include "textfile.h"
#include "util.h"

#define CUES_MAXWORDS 6
#define CUES_MAXWORD 64		/* bytes of a first word folded, at most */

struct cue_form {
	char *text;		/* lower case, words separated by one space */
	size_t ntok;
	size_t first_len;	/* bytes of the first word */
	int cue;		/* index into cues->cues */
	int ing;
	int base;		/* the form is the lemma (say, plan) */
};

struct cues {
	struct cues_filter filter;	/* first: cues_maybe reads it inline */
	VEC(struct cue) cues;
	VEC(struct cue_form) forms;	/* grouped by first word */
	struct hmap first;		/* first word -> its group's first form */
};

static const struct {
	const char *name;
	unsigned bit;
} cues_frames[] = {
	{ "that", CUE_THAT }, { "quote", CUE_QUOTE }, { "to", CUE_TO },
	{ "obj", CUE_OBJ }, { "iobj", CUE_IOBJ }, { "of", CUE_OF },
	{ "for", CUE_OF }, { "with", CUE_OF }, { "against", CUE_OF },
	{ "whether", CUE_WHETHER }, { "noun", CUE_NOUN },
	{ "clause", CUE_CLAUSE },
	{ "source", CUE_SOURCE }, { "adj", CUE_ADJ }, { "by", CUE_BY },
};

struct cues *
cues_new(void)
{
	return xcalloc(1, sizeof(struct cues));
}

void
cues_free(struct cues *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->cues.n; i++)
		free(c->cues.v[i].lemma);
	for (i = 0; i < c->forms.n; i++)
		free(c->forms.v[i].text);
	VEC_FREE(c->cues);
	VEC_FREE(c->forms);
	hmap_free(&c->first);
	free(c);
}

size_t
cues_count(const struct cues *c)
{
	return c == NULL ? 0 : c->forms.n;
}

/* A first word looked for: its text as written (any case) and length. */
struct cues_word {
	const char *s;
	size_t n;
};

static int
cues_first_eq(const void *ctx, uint32_t i, const void *arg)
{
	const struct cue_form *f = &((const struct cues *)ctx)->forms.v[i];
	const struct cues_word *w = arg;

	return f->first_len == w->n && strncasecmp(w->s, f->text, w->n) == 0;
}

/*
 * The lexicon's fold and hash (*h) of the word of n bytes at s, avail
 * bytes readable there; 0 if it cannot be a cue's (too long to fold).
 */
static int
cues_word_hash(const char *s, size_t n, size_t avail, uint64_t *h)
{
	char buf[CUES_MAXWORD + 8];

	return n <= CUES_MAXWORD && lexicon_fold_hash(s, n, avail, buf,
	    CUES_MAXWORD, h) != 0;
}

/* Parse the frame column into bits; -1 on an unknown word. */
static int
cues_parse_frame(char *s, unsigned *frame, char **bad)
{
	char *w, *save = NULL;
	size_t i;

	*frame = 0;
	for (w = strtok_r(s, ",", &save); w != NULL; w = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < sizeof cues_frames / sizeof cues_frames[0]; i++)
			if (strcmp(w, cues_frames[i].name) == 0)
				break;
		if (i == sizeof cues_frames / sizeof cues_frames[0]) {
			*bad = w;
			return -1;
		}
		*frame |= cues_frames[i].bit;
	}
	return 0;
}

/* Add one form of cue ci: lower-cased, spaces squeezed. */
static int
cues_add_form(struct cues *c, const char *s, int ci)
{
	struct cue_form *f;
	char *t = xmalloc(strlen(s) + 1), *o = t;
	size_t ntok = 0, first = 0;

	for (; *s == ' '; s++)
		;
	while (*s != '\0') {
		if (*s == ' ') {
			for (; *s == ' '; s++)
				;
			if (*s != '\0')
				*o++ = ' ';
			continue;
		}
		if (o == t || o[-1] == ' ')
			ntok++;
		*o++ = (char)(*s >= 'A' && *s <= 'Z' ? *s | 0x20 : *s);
		if (ntok == 1)
			first++;
		s++;
	}
	*o = '\0';
	if (ntok == 0 || ntok > CUES_MAXWORDS) {
		free(t);
		return -1;
	}
	f = VEC_PUSH(c->forms);
	f->text = t;
	f->ntok = ntok;
	f->first_len = first;
	f->cue = ci;
	f->ing = o - t > 3 && strcmp(o - 3, "ing") == 0;
	f->base = strcasecmp(t, c->cues.v[ci].lemma) == 0;
	return 0;
}

/* Parse one line of fields; NULL on success, else a message. */
static const char *
cues_parse_line(struct cues *c, char *line, char **bad)
{
	char *field[5], *p = line, *form, *save = NULL;
	struct cue *cue;
	int n = 0;
	enum claim_kind kind;
	unsigned frame;

	while (n < 5 && p != NULL) {
		field[n++] = p;
		if ((p = strchr(p, '\t')) != NULL)
			*p++ = '\0';
	}
	if (n != 4)
		return "expected 4 tab-separated fields: lemma, kind, forms, frame";
	if (strcmp(field[1], "speech") == 0)
		kind = CLAIM_SPEECH;
	else if (strcmp(field[1], "belief") == 0)
		kind = CLAIM_BELIEF;
	else if (strcmp(field[1], "position") == 0)
		kind = CLAIM_POSITION;
	else {
		*bad = field[1];
		return "unknown kind (speech, belief or position)";
	}
	if (cues_parse_frame(field[3], &frame, bad) != 0)
		return "unknown frame word";
	if (*field[0] == '\0' || *field[2] == '\0')
		return "empty lemma or forms";
	cue = VEC_PUSH(c->cues);
	cue->lemma = xstrdup(field[0]);
	cue->kind = kind;
	cue->frame = frame;
	for (form = strtok_r(field[2], ",", &save); form != NULL;
	    form = strtok_r(NULL, ",", &save))
		if (cues_add_form(c, form, (int)c->cues.n - 1) != 0)
			return "a form must have 1 to 6 words";
	return NULL;
}

/* Order forms by first word, then longest first. */
static int
cues_cmp(const void *a, const void *b)
{
	const struct cue_form *x = a, *y = b;
	size_t n = x->first_len < y->first_len ? x->first_len : y->first_len;
	int r = memcmp(x->text, y->text, n);

	if (r != 0)
		return r;
	if (x->first_len != y->first_len)
		return x->first_len < y->first_len ? -1 : 1;
	if (x->ntok != y->ntok)
		return x->ntok > y->ntok ? -1 : 1;
	return x->cue - y->cue;
}


/* Sort the forms and hash the first form of every group. */
static void
cues_index(struct cues *c)
{
	size_t i, n;
	const struct cue_form *f, *p;
	uint64_t h;

	qsort(c->forms.v, c->forms.n, sizeof *c->forms.v, cues_cmp);
	for (n = 16; n < c->forms.n * 2; n *= 2)
		;
	hmap_free(&c->first);
	hmap_grow(&c->first, n, NULL, NULL);
	memset(&c->filter, 0, sizeof c->filter);
	for (i = 0; i < c->forms.n; i++) {
		f = &c->forms.v[i];
		c->filter.pair[cues_first_slot((const unsigned char *)f->text,
		    f->first_len)] |= cues_lenbit(f->first_len);
		c->filter.last[cues_last_slot((const unsigned char *)f->text,
		    f->first_len)] |= cues_lenbit(f->first_len);
		p = i > 0 ? &c->forms.v[i - 1] : NULL;
		if (p != NULL && p->first_len == f->first_len &&
		    memcmp(p->text, f->text, f->first_len) == 0)
			continue;
		if (cues_word_hash(f->text, f->first_len, strlen(f->text) + 1,
		    &h))
			hmap_add(&c->first, (uint32_t)i, h);
	}
}

struct cues *
cues_parse(const char *name, const char *text, size_t len, char **cause)
{
	struct cues *c = cues_new();
	char *buf = xstrndup(text, len), *line, *next, *bad = NULL;
	const char *msg;
	size_t lineno = 0;

	for (line = buf; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line != '\0' && line[strlen(line) - 1] == '\r')
			line[strlen(line) - 1] = '\0';
		if (*line == '#' || line[strspn(line, " \t")] == '\0')
			continue;
		if ((msg = cues_parse_line(c, line, &bad)) != NULL) {
			*cause = bad != NULL ?
			    xasprintf("%s:%zu: %s: %s", name, lineno, msg, bad) :
			    xasprintf("%s:%zu: %s", name, lineno, msg);
			free(buf);
			cues_free(c);
			return NULL;
		}
	}
	free(buf);
	cues_index(c);
	return c;
}

struct cues *
cues_load(const char *path, char **cause)
{
	struct textfile *tf;
	struct cues *c;

	if ((tf = textfile_open(path, cause)) == NULL)
		return NULL;
	c = cues_parse(path, tf->buf + tf->off, tf->len - tf->off, cause);
	textfile_close(tf);
	return c;
}

/* Does token t spell word w (n bytes, lower case)? */
static int
cues_tok_eq(const struct doc *d, const struct token *t, const char *w, size_t n)
{
	return (t->flags & TOK_WORD) && tok_end(t) - t->start == n &&
	    strncasecmp(d->text + t->start, w, n) == 0;
}

/* Do the tokens from k on spell form f? */
static int
cues_form_at(const struct doc *d, const struct cue_form *f, size_t k,
    size_t end)
{
	const char *w = f->text, *sp;
	size_t i, n;

	if (k + f->ntok > end)
		return 0;
	for (i = 0; i < f->ntok; i++) {
		sp = strchr(w, ' ');
		n = sp != NULL ? (size_t)(sp - w) : strlen(w);
		if (!cues_tok_eq(d, &d->toks.v[k + i], w, n))
			return 0;
		w += n + 1;
	}
	return 1;
}

int
cues_match(const struct cues *c, const struct doc *d, size_t k, size_t end,
    struct cue_hit *hits, int max)
{
	const struct token *t = &d->toks.v[k];
	const struct cue_form *f;
	struct cues_word w = { d->text + t->start, tok_end(t) - t->start };
	size_t i, n = w.n;
	uint64_t h;
	uint32_t first;
	int found = 0;

	if (c == NULL || c->first.slot == NULL || !(t->flags & TOK_WORD) ||
	    !cues_word_hash(w.s, n, d->len + 1 - t->start, &h) ||
	    (first = hmap_get(&c->first, h, cues_first_eq, c, &w)) == 0)
		return 0;
	for (i = first - 1; i < c->forms.n && found < max; i++) {
		f = &c->forms.v[i];
		if (f->first_len != n || strncasecmp(f->text,
		    d->text + t->start, n) != 0)
			break;
		if (!cues_form_at(d, f, k, end))
			continue;
		hits[found].cue = &c->cues.v[f->cue];
		hits[found].ntok = f->ntok;
		hits[found].ing = f->ing;
		hits[found].base = f->base;
		found++;
	}
	return found;
}
