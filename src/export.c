/*
 * export.c: claims and parties as rows a spreadsheet opens. CSV follows
 * RFC 4180: CRLF line ends, a field with a comma, quote or line break in
 * double quotes, a quote doubled ("He said ""no"""). TSV (the IANA form)
 * cannot quote, so a tab or line break inside a field becomes a space.
 * Reads the model only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "safe.h"

static const char *const export_claim_cols[] = { "claim", "kind", "party",
    "party_type", "speaker", "role", "cue", "quoted", "content", "start",
    "end", NULL };
static const char *const export_party_cols[] = { "party", "type", "claims",
    "silent", NULL };

int
export_format_parse(const char *s, enum export_format *f)
{
	if (strcmp(s, "csv") == 0)
		*f = EXPORT_CSV;
	else if (strcmp(s, "tsv") == 0)
		*f = EXPORT_TSV;
	else
		return -1;
	return 0;
}

/* export_field once the field is safe. */
static void
export_field_safe(FILE *f, const struct export *x, const char *s, size_t n,
    int first)
{
	size_t i;

	if (!first)
		putc(x->format == EXPORT_CSV ? ',' : '\t', f);
	if (x->format == EXPORT_TSV) {
		for (i = 0; i < n; i++)
			putc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ?
			    ' ' : s[i], f);
		return;
	}
	for (i = 0; i < n && s[i] != ',' && s[i] != '"' && s[i] != '\r' &&
	    s[i] != '\n'; i++)
		;
	if (i == n) {
		fwrite(s, 1, n, f);
		return;
	}
	putc('"', f);
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			putc('"', f);
		putc(s[i], f);
	}
	putc('"', f);
}

/* One field, n bytes, preceded by the separator unless it is the first;
 * made safe (safe.h) as it is written: a file name or a lexicon's name may
 * hold an escape sequence, and rows are read on terminals too. */
static void
export_field(FILE *f, const struct export *x, const char *raw, size_t n,
    int first)
{
	char *s = safe_text_ws(raw, n);

	export_field_safe(f, x, s, strlen(s), first);
	free(s);
}

static void
export_str(FILE *f, const struct export *x, const char *s)
{
	export_field(f, x, s != NULL ? s : "", s != NULL ? strlen(s) : 0, 0);
}

static void
export_uint(FILE *f, const struct export *x, unsigned long v)
{
	char buf[24];

	snprintf(buf, sizeof buf, "%lu", v);
	export_str(f, x, buf);
}

static void
export_eol(FILE *f, const struct export *x)
{
	fputs(x->format == EXPORT_CSV ? "\r\n" : "\n", f);
}

void
export_header(FILE *f, const struct export *x)
{
	const char *const *c = x->what == EXPORT_CLAIMS ? export_claim_cols :
	    export_party_cols;

	export_field(f, x, x->keyname, strlen(x->keyname), 1);
	for (; *c != NULL; c++)
		export_str(f, x, *c);
	export_eol(f, x);
}

/* The entity at index i, or NULL for -1. */
static const struct entity *
export_entity(const struct doc *d, int i)
{
	return i >= 0 && (size_t)i < d->ents.n ? &d->ents.v[i] : NULL;
}

static void
export_claim(FILE *f, const struct export *x, const struct doc *d,
    const char *key, size_t i)
{
	const struct claim *c = &d->claims.v[i];
	const struct entity *p = export_entity(d, c->party),
	    *s = export_entity(d, c->speaker);
	char id[24];

	snprintf(id, sizeof id, "c%zu", i + 1);
	export_field(f, x, key, strlen(key), 1);
	export_str(f, x, id);
	export_str(f, x, model_claim_kind_name(c->kind));
	export_str(f, x, p != NULL ? p->name : NULL);
	export_str(f, x, p != NULL ? model_ent_type_name(p->type) : NULL);
	export_str(f, x, s != NULL ? s->name : NULL);
	export_str(f, x, s != NULL ? s->role : NULL);
	export_field(f, x, d->text + c->cue.start, c->cue.end - c->cue.start, 0);
	export_str(f, x, c->quoted ? "true" : "false");
	export_field(f, x, d->text + c->content.start,
	    c->content.end - c->content.start, 0);
	export_uint(f, x, c->content.start);
	export_uint(f, x, c->content.end);
	export_eol(f, x);
}

static void
export_party(FILE *f, const struct export *x, const struct doc *d,
    const char *key, const struct party *p)
{
	const struct entity *e = export_entity(d, p->entity);

	export_field(f, x, key, strlen(key), 1);
	export_str(f, x, e != NULL ? e->name : NULL);
	export_str(f, x, e != NULL ? model_ent_type_name(e->type) : NULL);
	export_uint(f, x, p->claims.n);
	export_str(f, x, p->claims.n == 0 ? "true" : "false");
	export_eol(f, x);
}

void
export_rows(FILE *f, const struct export *x, const struct doc *d,
    const char *key)
{
	size_t i;

	if (x->what == EXPORT_CLAIMS)
		for (i = 0; i < d->claims.n; i++)
			export_claim(f, x, d, key, i);
	else
		for (i = 0; i < d->parties.n; i++)
			export_party(f, x, d, key, &d->parties.v[i]);
}
