/*
 * reader.c: the reader's view of the model. Parties are listed with the
 * most claims first (ties: whoever speaks first), then the silent ones, so
 * an article that quotes one side only shows it at a glance.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>
#include <uniwidth.h>

#include "layout.h"
#include "claims.h"
#include "reader.h"
#include "safe.h"
#include "util.h"

/* Party index whose entity is e, or -1. */
static int
reader_party_index(const struct reader *r, int e)
{
	if (e < 0 || (size_t)e >= r->doc->ents.n)
		return -1;
	return r->ent_party[e];
}

static const struct doc *reader_sort_doc;

/* Pane order: parties with more claims first, then earlier first claim. */
static int
reader_cmp(const void *a, const void *b)
{
	const struct party *p = &reader_sort_doc->parties.v[*(const int *)a];
	const struct party *q = &reader_sort_doc->parties.v[*(const int *)b];

	if (p->claims.n != q->claims.n)
		return p->claims.n > q->claims.n ? -1 : 1;
	if (p->claims.n > 0 && p->claims.v[0] != q->claims.v[0])
		return p->claims.v[0] < q->claims.v[0] ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* Append a row. */
static void
reader_push(struct reader *r, enum reader_row_kind k, int p, int c)
{
	struct reader_row *row = VEC_PUSH(r->rows);

	row->kind = k;
	row->party = p;
	row->claim = c;
}

struct reader *
reader_new(const struct doc *d)
{
	struct reader *r = xcalloc(1, sizeof *r);
	size_t i, j;

	r->doc = d;
	r->ent_party = xmalloc((d->ents.n + 1) * sizeof *r->ent_party);
	for (i = 0; i < d->ents.n; i++)
		r->ent_party[i] = -1;
	for (i = 0; i < d->parties.n; i++)
		if (d->parties.v[i].entity >= 0 && (size_t)d->parties.v[i].entity < d->ents.n)
			r->ent_party[d->parties.v[i].entity] = (int)i;
	r->claim_party = xcalloc(d->claims.n + 1, sizeof *r->claim_party);
	for (i = 0; i < d->claims.n; i++)
		if ((r->claim_party[i] = reader_party_index(r, d->claims.v[i].party)) < 0)
			r->unattributed++;
	r->order = xcalloc(d->parties.n + 1, sizeof *r->order);
	for (i = 0; i < d->parties.n; i++)
		r->order[i] = (int)i;
	r->norder = d->parties.n;
	reader_sort_doc = d;
	qsort(r->order, r->norder, sizeof *r->order, reader_cmp);
	for (i = 0; i < r->norder; i++) {
		const struct party *p = &d->parties.v[r->order[i]];

		if (p->claims.n == 0)
			break;	/* the silent ones come last */
		reader_push(r, ROW_PARTY, r->order[i], -1);
		for (j = 0; j < p->claims.n; j++)
			reader_push(r, ROW_POSITION, r->order[i], p->claims.v[j]);
	}
	if (r->unattributed > 0)
		reader_push(r, ROW_PARTY, -1, -1);
	for (j = 0; r->unattributed > 0 && j < d->claims.n; j++)
		if (r->claim_party[j] < 0)
			reader_push(r, ROW_POSITION, -1, (int)j);
	for (; i < r->norder; i++)
		reader_push(r, ROW_SILENT, r->order[i], -1);
	return r;
}

void
reader_free(struct reader *r)
{
	if (r == NULL)
		return;
	free(r->claim_party);
	free(r->ent_party);
	free(r->order);
	VEC_FREE(r->rows);
	free(r);
}

long
reader_row_of_claim(const struct reader *r, int c)
{
	size_t i;

	for (i = 0; i < r->rows.n; i++)
		if (r->rows.v[i].kind == ROW_POSITION && r->rows.v[i].claim == c)
			return (long)i;
	return -1;
}

long
reader_row_of_party(const struct reader *r, int p)
{
	size_t i;

	for (i = 0; i < r->rows.n; i++)
		if (r->rows.v[i].party == p) {
			if (r->rows.v[i].kind == ROW_PARTY && i + 1 < r->rows.n &&
			    r->rows.v[i + 1].kind == ROW_POSITION)
				return (long)i + 1;
			return (long)i;
		}
	return -1;
}

int
reader_first_current(const struct reader *r, long rows)
{
	long row;

	if (r->doc->claims.n == 0)
		return -1;
	row = reader_row_of_claim(r, 0);
	return row >= 0 && row < rows ? 0 : -1;
}

long
reader_row_step(const struct reader *r, long row, int dir)
{
	long i;

	for (i = row + dir; i >= 0 && i < (long)r->rows.n; i += dir)
		if (r->rows.v[i].kind == ROW_POSITION)
			return i;
	return -1;
}

int
reader_party_step(const struct reader *r, int cur, int dir)
{
	long i, at = dir > 0 ? -1 : (long)r->norder;
	int p = cur >= 0 ? r->claim_party[cur] : -1;

	for (i = 0; p >= 0 && i < (long)r->norder; i++)
		if (r->order[i] == p)
			at = i;
	for (i = at + dir; i >= 0 && i < (long)r->norder; i += dir) {
		const struct party *pp = &r->doc->parties.v[r->order[i]];

		if (pp->claims.n > 0)
			return pp->claims.v[0];
	}
	return -1;
}

char *
reader_short_name(const struct doc *d, int e)
{
	const struct entity *en;
	const char *sp;

	if (e < 0 || (size_t)e >= d->ents.n)
		return xstrdup("?");
	en = &d->ents.v[e];
	if ((en->type == ENT_PERSON || en->type == ENT_OFFICIAL) &&
	    (sp = strrchr(en->name, ' ')) != NULL && sp[1] != '\0')
		return xstrdup(sp + 1);
	return xstrdup(en->name);
}

/* Copy n bytes of text as one line: runs of white space become one space. */
static void
reader_flatten(char *out, const char *s, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
		} else
			out[o++] = s[i];
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* A claim's content as shown: its quoted parts without an attribution
 * inside them, joined by an ellipsis, white space flattened. */
static char *
reader_content(const struct doc *d, const struct claim *cl)
{
	struct span parts[2];
	int i, n = claims_content_parts(d, cl, parts);
	size_t len = 0, o = 0;
	char *out;

	for (i = 0; i < n; i++)
		len += parts[i].end - parts[i].start + 5;
	out = xmalloc(len + 1);
	for (i = 0; i < n; i++) {
		if (i > 0)
			o += (size_t)sprintf(out + o, " \xe2\x80\xa6 ");
		reader_flatten(out + o, d->text + parts[i].start,
		    parts[i].end - parts[i].start);
		o += strlen(out + o);
	}
	out[o] = '\0';
	return out;
}

/* The claim's cue, white space flattened; allocated. A headline's colon
 * or dash ("Vangen: Kestrel broke the rules") reads as "says". */
static char *
reader_cue(const struct doc *d, const struct claim *cl)
{
	char *cue = xmalloc(cl->cue.end - cl->cue.start + 1);
	const uint8_t *p, *end;
	ucs4_t c;

	reader_flatten(cue, d->text + cl->cue.start, cl->cue.end - cl->cue.start);
	end = (const uint8_t *)cue + strlen(cue);
	for (p = (const uint8_t *)cue; p < end; ) {
		p += u8_mbtouc(&c, p, (size_t)(end - p));
		if (uc_is_alnum(c))
			return cue;
	}
	free(cue);
	return xstrdup("says");
}

/* "Vangen: rejected the accusation" when the speaker is not the party,
 * else "rejected: the accusation": with the cue, a rejection reads as
 * one (without it, "Vangen: the accusation" reads as the opposite). */
char *
reader_position(const struct reader *r, int c)
{
	const struct doc *d = r->doc;
	const struct claim *cl = &d->claims.v[c];
	char *who = NULL, *content = reader_content(d, cl), *out;
	char *cue = reader_cue(d, cl);
	int p = r->claim_party[c];

	if (cl->speaker >= 0 && (p < 0 || d->parties.v[p].entity != cl->speaker))
		who = reader_short_name(d, cl->speaker);
	if (who == NULL)
		out = xasprintf("%s: %s", cue, content);
	else if (claims_cue_leads(d, cl))	/* Dahl: repairs will take */
		out = xasprintf("%s: %s", who, content);
	else
		out = xasprintf("%s: %s %s", who, cue, content);
	free(who);
	free(cue);
	free(content);
	return out;
}

char *
reader_detail(const struct reader *r, int c)
{
	const struct doc *d = r->doc;
	const struct claim *cl = &d->claims.v[c];
	int p = r->claim_party[c], pe = p >= 0 ? d->parties.v[p].entity : -1;
	char *cue = reader_cue(d, cl), *content = reader_content(d, cl), *out;
	char *src = NULL;
	const char *who = cl->speaker >= 0 ? d->ents.v[cl->speaker].name :
	    pe >= 0 ? d->ents.v[pe].name : "someone";
	int of;		/* "(party)" after who */

	if (cl->speaker < 0 && cl->has_source) {	/* prosecutors, a survey */
		src = xmalloc(cl->source.end - cl->source.start + 1);
		reader_flatten(src, d->text + cl->source.start,
		    cl->source.end - cl->source.start);
		if (*src != '\0')
			who = src;
	}
	of = pe >= 0 && (cl->speaker >= 0 ? pe != cl->speaker :
	    who == src && strstr(src, d->ents.v[pe].name) == NULL);
	if (claims_cue_leads(d, cl))	/* according to Marit Dahl (Solvane) */
		out = of ? xasprintf("%s %s (%s): %s", cue, who,
		    d->ents.v[pe].name, content) :
		    xasprintf("%s %s: %s", cue, who, content);
	else if (of)
		out = xasprintf("%s (%s) %s: %s", who, d->ents.v[pe].name, cue, content);
	else
		out = xasprintf("%s %s: %s", who, cue, content);
	free(src);
	free(cue);
	free(content);
	content = safe_str(out);	/* a lexicon's name may hold anything */
	free(out);
	return content;
}

int
reader_wrap(const char *s, int width, size_t *starts, size_t *lens, int max,
    int *more)
{
	size_t len = strlen(s), at = 0, fit, cut;
	int n = 0, cols;

	*more = 0;
	while (at < len && s[at] == ' ')
		at++;
	while (at < len) {
		if (n == max) {
			*more = 1;
			break;
		}
		fit = reader_fit(s + at, len - at, width, &cols);
		cut = fit;
		if (at + fit < len && s[at + fit] != ' ') {	/* back to a space */
			while (cut > 0 && s[at + cut - 1] != ' ')
				cut--;
			if (cut == 0)
				cut = fit > 0 ? fit : 1;	/* a long word: split it */
		}
		starts[n] = at;
		lens[n] = cut;
		while (lens[n] > 0 && s[at + lens[n] - 1] == ' ')
			lens[n]--;
		n++;
		at += cut;
		while (at < len && s[at] == ' ')
			at++;
	}
	return n;
}

struct span
reader_claim_span(const struct doc *d, int c)
{
	const struct claim *cl = &d->claims.v[c];
	struct span s = cl->content;

	if (cl->cue.start < s.start) s.start = cl->cue.start;
	if (cl->cue.end > s.end) s.end = cl->cue.end;
	if (cl->has_source && cl->source.start < s.start) s.start = cl->source.start;
	if (cl->has_source && cl->source.end > s.end) s.end = cl->source.end;
	return s;
}

int
reader_claim_from(const struct doc *d, uint32_t off)
{
	size_t i;
	int best = -1;
	uint32_t bs = 0;

	for (i = 0; i < d->claims.n; i++) {
		struct span s = reader_claim_span(d, (int)i);

		if (s.start >= off && (best < 0 || s.start < bs)) {
			best = (int)i;
			bs = s.start;
		}
	}
	return best;
}

int
reader_mention_at(const struct doc *d, uint32_t off)
{
	return model_mention_over(d, off);
}

int
reader_party_of_entity(const struct reader *r, int e)
{
	int p = reader_party_index(r, e);

	if (p < 0 && e >= 0 && (size_t)e < r->doc->ents.n)
		p = reader_party_index(r, r->doc->ents.v[e].affiliation);
	return p;
}

int
reader_filter_pass(enum reader_filter f, enum ent_type t)
{
	switch (f) {
	case FILTER_COUNTRY: return t == ENT_COUNTRY;
	case FILTER_OFFICIAL: return t == ENT_OFFICIAL;
	case FILTER_COMPANY: return t == ENT_COMPANY;
	default: return 1;
	}
}

const char *
reader_filter_name(enum reader_filter f)
{
	static const char *names[] = { "all", "countries", "officials", "companies" };

	return f < FILTER_COUNT ? names[f] : "all";
}

size_t
reader_fit(const char *s, size_t len, int width, int *cols)
{
	size_t i = 0;
	int col = 0, w, n;
	ucs4_t c;

	while (i < len) {
		n = u8_mbtouc(&c, (const uint8_t *)s + i, len - i);
		w = layout_char_width(c, col);
		if (col + w > width)
			break;
		col += w;
		i += (size_t)n;
	}
	*cols = col;
	return i;
}

char *
reader_cut(const char *raw, int width)
{
	char *s = safe_str(raw), *out;
	size_t len = strlen(s), n;
	int cols;

	if (width <= 0) {
		free(s);
		return xstrdup("");
	}
	n = reader_fit(s, len, width, &cols);
	if (n == len)
		return s;
	n = reader_fit(s, len, width - 1, &cols);
	out = xmalloc(n + 4);
	memcpy(out, s, n);
	memcpy(out + n, "…", 4);	/* 3 bytes and the NUL */
	free(s);
	return out;
}

/* Columns that s takes. */
static int
reader_cols(const char *s, size_t len)
{
	int cols;

	reader_fit(s, len, 1 << 20, &cols);
	return cols;
}

int
reader_width(const char *raw)
{
	char *s = safe_str(raw);
	int cols = reader_cols(s, strlen(s));

	free(s);
	return cols;
}

char *
reader_elide(const char *raw, int width)
{
	char *s = safe_str(raw), *out;
	size_t len = strlen(s), head, tail, p;
	int cols, tw;

	if (width < 3 || reader_cols(s, len) <= width) {
		out = reader_cut(s, width);
		free(s);
		return out;
	}
	tw = (width - 1) / 2;
	head = reader_fit(s, len, width - 1 - tw, &cols);
	tw = width - 1 - cols;	/* a wide character at the cut: the tail gets it */
	for (tail = len; tail > head; tail = p) {	/* back while it fits */
		for (p = tail - 1; p > head && ((unsigned char)s[p] & 0xc0) == 0x80; p--)
			;
		if (reader_cols(s + p, len - p) > tw)
			break;
	}
	out = xmalloc(head + 3 + (len - tail) + 1);
	memcpy(out, s, head);
	memcpy(out + head, "…", 3);
	memcpy(out + head + 3, s + tail, len - tail);
	out[head + 3 + len - tail] = '\0';
	free(s);
	return out;
}

const char *
reader_file_name(const struct doc *d)
{
	const char *base;

	if (d->name == NULL || strcmp(d->name, "-") == 0)
		return "(standard input)";
	base = strrchr(d->name, '/');
	return base != NULL && base[1] != '\0' ? base + 1 : d->name;
}

/* Append s to the growing string *out of *n bytes. */
static void
reader_cat(char **out, size_t *n, const char *s)
{
	size_t len = strlen(s);

	*out = xrealloc(*out, *n + len + 1);
	memcpy(*out + *n, s, len + 1);
	*n += len;
}

char *
reader_party_text(const struct reader *r)
{
	const struct doc *d = r->doc;
	char *out = xstrdup(""), *line, *pos;
	size_t i, n = 0;

	for (i = 0; i < r->rows.n; i++) {
		const struct reader_row *row = &r->rows.v[i];
		const struct party *p = row->party >= 0 ? &d->parties.v[row->party] : NULL;
		const char *name = p != NULL ? d->ents.v[p->entity].name : "party unknown";

		if (row->kind == ROW_PARTY)
			line = xasprintf("%s (%zu)\n", name, p != NULL ? p->claims.n :
			    r->unattributed);
		else if (row->kind == ROW_SILENT)
			line = xasprintf("%s: no stated position\n", name);
		else {
			pos = reader_position(r, row->claim);
			line = xasprintf("  %s\n", pos);
			free(pos);
		}
		reader_cat(&out, &n, line);
		free(line);
	}
	return out;
}

char *
reader_summary(const struct reader *r)
{
	const struct doc *d = r->doc;
	size_t i, speak = 0, silent = 0, n = 0;
	char *out = xasprintf("%zu part%s, %zu claim%s", d->parties.n,
	    d->parties.n == 1 ? "y" : "ies", d->claims.n, d->claims.n == 1 ? "" : "s");

	n = strlen(out);
	for (i = 0; i < r->norder; i++) {	/* who speaks, biggest first */
		const struct party *p = &d->parties.v[r->order[i]];

		if (p->claims.n == 0)
			continue;
		reader_cat(&out, &n, speak++ ? ", " : " - ");
		reader_cat(&out, &n, d->ents.v[p->entity].name);
	}
	if (speak == 0 && d->parties.n > 0)
		reader_cat(&out, &n, d->claims.n ? " - no party known" :
		    " - nobody states a position");
	for (i = 0; speak > 0 && i < r->norder; i++) {	/* then who does not */
		const struct party *p = &d->parties.v[r->order[i]];

		if (p->claims.n > 0)
			continue;
		reader_cat(&out, &n, silent++ ? ", " : "; silent: ");
		reader_cat(&out, &n, d->ents.v[p->entity].name);
	}
	return out;
}
