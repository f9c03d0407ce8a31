/*
 * json.c: prints the document model as JSON. Reads the model only. Text is
 * valid UTF-8 after ingest, so strings need only the JSON escapes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "util.h"

/*
 * Are the eight bytes at s all plain (no control, quote, backslash or
 * DEL)? Word-at-a-time tests: the article's text is most of the output.
 */
static int
json_plain8(const char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t x, bad;

	memcpy(&x, s, 8);
	bad = (x - ones * 0x20) & ~x;			/* bytes below 0x20 */
	bad |= ((x ^ (ones * '"')) - ones) & ~(x ^ (ones * '"'));
	bad |= ((x ^ (ones * '\\')) - ones) & ~(x ^ (ones * '\\'));
	bad |= ((x ^ (ones * 0x7f)) - ones) & ~(x ^ (ones * 0x7f));
	return (bad & high) == 0;
}

void
json_string(FILE *f, const char *s, size_t n)
{
	size_t i, run = 0;
	unsigned char c;

	putc('"', f);
	for (i = 0; i < n; i++) {
		while (i + 8 <= n && json_plain8(s + i))
			i += 8;
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
			continue;
		fwrite(s + run, 1, i - run, f);	/* the plain bytes before */
		run = i + 1;
		switch (c) {
		case '"':  fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		default:   fprintf(f, "\\u%04x", c);
		}
	}
	fwrite(s + run, 1, n - run, f);
	putc('"', f);
}

/* An unsigned number, by hand: printf's parsing was a tenth of the time. */
static void
json_uint(FILE *f, uint32_t v)
{
	char buf[16], *p = buf + sizeof buf;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	fwrite(p, 1, (size_t)(buf + sizeof buf - p), f);
}

/* Print pre, then "start": a, "end": b. */
static void
json_start_end(FILE *f, const char *pre, uint32_t a, uint32_t b)
{
	fputs(pre, f);
	fputs("\"start\": ", f);
	json_uint(f, a);
	fputs(", \"end\": ", f);
	json_uint(f, b);
}

static void
json_span(FILE *f, const struct doc *d, uint32_t a, uint32_t b)
{
	json_start_end(f, "{", a, b);
	fputs(", \"text\": ", f);
	json_string(f, d->text + a, b - a);
	putc('}', f);
}

static void
json_paras(FILE *f, const struct doc *d)
{
	size_t i;

	fputs(",\n  \"paragraphs\": [", f);
	for (i = 0; i < d->paras.n; i++)
		fprintf(f, "%s\n    {\"start\": %u, \"end\": %u, \"kind\": \"%s\"}",
		    i ? "," : "", d->paras.v[i].start, d->paras.v[i].end,
		    model_para_kind_name(d->paras.v[i].kind));
	fputs(d->paras.n ? "\n  ]" : "]", f);
	fputs(",\n  \"sentences\": [", f);
	for (i = 0; i < d->sents.n; i++)
	{
		json_start_end(f, i ? ",\n    {" : "\n    {", d->sents.v[i].start,
		    d->sents.v[i].end);
		putc('}', f);
	}
	fputs(d->sents.n ? "\n  ]" : "]", f);
}

static void
json_id_or_null(FILE *f, char prefix, int i)
{
	if (i < 0)
		fputs("null", f);
	else
		fprintf(f, "\"%c%d\"", prefix, i + 1);
}

/*
 * next[k] is the next mention of mention k's entity (-1 at the end), so
 * each entity's mentions are listed in one pass, not one scan per entity.
 */
static void
json_entity(FILE *f, const struct doc *d, size_t i, const int *next)
{
	const struct entity *e = &d->ents.v[i];
	int k, first = 1;

	fprintf(f, "\n    {\"id\": \"e%zu\", \"type\": \"%s\", \"name\": ", i + 1,
	    model_ent_type_name(e->type));
	json_string(f, e->name, strlen(e->name));
	fputs(", \"affiliation\": ", f);
	json_id_or_null(f, 'e', e->affiliation);
	fputs(", \"role\": ", f);
	if (e->role != NULL)
		json_string(f, e->role, strlen(e->role));
	else
		fputs("null", f);
	fputs(",\n     \"mentions\": [", f);
	for (k = next[d->mentions.n + i]; k >= 0; k = next[k]) {
		const struct mention *m = &d->mentions.v[k];

		json_start_end(f, first ? "\n       {" : ",\n       {", m->start,
		    m->end);
		fputs(", \"text\": ", f);
		json_string(f, d->text + m->start, m->end - m->start);
		fputs(", \"kind\": \"", f);
		fputs(model_mention_kind_name(m->kind), f);
		fputs("\"}", f);
		first = 0;
	}
	fputs("]}", f);
}

static void
json_claim(FILE *f, const struct doc *d, size_t i)
{
	const struct claim *c = &d->claims.v[i];

	fprintf(f, "\n    {\"id\": \"c%zu\", \"kind\": \"%s\", \"party\": ", i + 1,
	    model_claim_kind_name(c->kind));
	json_id_or_null(f, 'e', c->party);
	fputs(", \"speaker\": ", f);
	json_id_or_null(f, 'e', c->speaker);
	fputs(",\n     \"source\": ", f);
	if (c->has_source)
		json_span(f, d, c->source.start, c->source.end);
	else
		fputs("null", f);
	fputs(",\n     \"cue\": ", f);
	json_span(f, d, c->cue.start, c->cue.end);
	fputs(",\n     \"content\": ", f);
	json_span(f, d, c->content.start, c->content.end);
	fprintf(f, ",\n     \"quoted\": %s}", c->quoted ? "true" : "false");
}

/*
 * Link each mention to the next of its entity: next[k], and the first of
 * entity e at next[mentions.n + e]; -1 ends a list.
 */
static int *
json_mention_lists(const struct doc *d)
{
	size_t k, m = d->mentions.n;
	int *next = xmalloc((m + d->ents.n + 1) * sizeof *next);
	int e;

	for (k = 0; k < d->ents.n; k++)
		next[m + k] = -1;
	for (k = m; k-- > 0;) {
		e = d->mentions.v[k].entity;
		if (e < 0 || (size_t)e >= d->ents.n)
			continue;
		next[k] = next[m + (size_t)e];
		next[m + (size_t)e] = (int)k;
	}
	return next;
}

void
json_write(FILE *f, const struct doc *d)
{
	size_t i, k;
	int *next;

	fputs("{\n  \"partyline\": 1,\n  \"source\": ", f);
	json_string(f, d->name, strlen(d->name));
	fputs(",\n  \"text\": ", f);
	json_string(f, d->text, d->len);
	fputs(",\n  \"title\": ", f);
	if (d->title >= 0)
		json_span(f, d, d->paras.v[d->title].start,
		    d->paras.v[d->title].end);
	else
		fputs("null", f);
	json_paras(f, d);
	fputs(",\n  \"entities\": [", f);
	next = json_mention_lists(d);
	for (i = 0; i < d->ents.n; i++) {
		fputs(i ? "," : "", f);
		json_entity(f, d, i, next);
	}
	free(next);
	fputs(d->ents.n ? "\n  ]" : "]", f);
	fputs(",\n  \"claims\": [", f);
	for (i = 0; i < d->claims.n; i++) {
		fputs(i ? "," : "", f);
		json_claim(f, d, i);
	}
	fputs(d->claims.n ? "\n  ]" : "]", f);
	fputs(",\n  \"parties\": [", f);
	for (i = 0; i < d->parties.n; i++) {
		const struct party *p = &d->parties.v[i];

		fprintf(f, "%s\n    {\"entity\": \"e%d\", \"claims\": [", i ? "," : "",
		    p->entity + 1);
		for (k = 0; k < p->claims.n; k++)
			fprintf(f, "%s\"c%d\"", k ? ", " : "", p->claims.v[k] + 1);
		fputs("]}", f);
	}
	fputs(d->parties.n ? "\n  ]\n}\n" : "]\n}\n", f);
}
