/* uifix.c: see uifix.h. Our own fictional sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "uifix.h"
#include "util.h"

/*
 * data/words.tsv alone, loaded once: the segmenter's abbreviations (Mr.,
 * No. 10) and sentence starters are word classes. Kept for the process.
 */
const struct lexicon *
uifix_words(void)
{
	static struct lexicon *words;
	const char *e = getenv("PARTYLINE_DATADIR");
	char *cause = NULL, *path;

	if (words != NULL)
		return words;
	path = xasprintf("%s/data/words.tsv", e != NULL && *e != '\0' ? e :
	    ABS_SRCDIR);
	words = lexicon_new();
	if (lexicon_load_words(words, path, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		abort();
	}
	free(path);
	return words;
}

struct doc *
uifix_doc(const char *text)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("fixture.txt", text, strlen(text), 0, &cause);

	if (d == NULL)
		abort();
	segment_run(d, uifix_words());
	return d;
}

int
uifix_ent(struct doc *d, const char *name, enum ent_type t, int aff)
{
	struct entity *e = VEC_PUSH(d->ents);

	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->type = t;
	e->affiliation = aff;
	e->first_mention = -1;
	return (int)d->ents.n - 1;
}

uint32_t
uifix_at(const struct doc *d, const char *s, int n)
{
	const char *p = d->text;

	for (;;) {
		p = strstr(p, s);
		if (p == NULL)
			abort();	/* the fixture's own mistake */
		if (n-- == 0)
			return (uint32_t)(p - d->text);
		p++;
	}
}

void
uifix_mention(struct doc *d, const char *s, int n, int e)
{
	struct mention *m = VEC_PUSH(d->mentions);
	size_t i;

	m->start = uifix_at(d, s, n);
	m->end = m->start + (uint32_t)strlen(s);
	m->entity = e;
	m->kind = MENTION_NAME;
	if (d->ents.v[e].first_mention < 0)
		d->ents.v[e].first_mention = (int)d->mentions.n - 1;
	for (i = d->mentions.n - 1; i > 0 &&	/* keep sorted by start */
	    d->mentions.v[i - 1].start > d->mentions.v[i].start; i--) {
		struct mention t = d->mentions.v[i];

		d->mentions.v[i] = d->mentions.v[i - 1];
		d->mentions.v[i - 1] = t;
	}
}

/* The span of the first s at or after from. */
static struct span
uifix_span(const struct doc *d, const char *s, uint32_t from)
{
	const char *p = strstr(d->text + from, s);
	struct span sp;

	if (p == NULL)
		abort();
	sp.start = (uint32_t)(p - d->text);
	sp.end = sp.start + (uint32_t)strlen(s);
	return sp;
}

int
uifix_claim(struct doc *d, int party, int speaker, const char *source,
    const char *cue, const char *content)
{
	uint32_t from = d->claims.n ? d->claims.v[d->claims.n - 1].content.end : 0;
	struct claim *c = VEC_PUSH(d->claims);

	memset(c, 0, sizeof *c);
	c->kind = CLAIM_SPEECH;
	c->party = party;
	c->speaker = speaker;
	c->has_source = source != NULL;
	if (source != NULL) {
		c->source = uifix_span(d, source, from);
		from = c->source.start;
	}
	c->cue = uifix_span(d, cue, from);
	c->content = uifix_span(d, content, from);
	return (int)d->claims.n - 1;
}

/* Append an empty party for entity e; its index. */
static size_t
uifix_party(struct doc *d, int e)
{
	size_t i;
	struct party *p;

	for (i = 0; i < d->parties.n; i++)
		if (d->parties.v[i].entity == e)
			return i;
	p = VEC_PUSH(d->parties);
	memset(p, 0, sizeof *p);
	p->entity = e;
	return d->parties.n - 1;
}

void
uifix_parties(struct doc *d, const int *silent)
{
	size_t i, p;

	for (i = 0; i < d->claims.n; i++) {
		if (d->claims.v[i].party < 0)
			continue;
		p = uifix_party(d, d->claims.v[i].party);
		*VEC_PUSH(d->parties.v[p].claims) = (int)i;
	}
	for (; silent != NULL && *silent >= 0; silent++)
		uifix_party(d, *silent);
}

struct doc *
uifix_standard(void)
{
	struct doc *d = uifix_doc(
	    "Norway says Kestrel Mining broke the export rules\n\n"
	    "The Norwegian trade minister Sigrid Vangen said Kestrel Mining "
	    "had ignored three\nwarnings. Kestrel Mining denied the charge, "
	    "saying its cargo was legal. Chile has not commented.\n");
	int no = uifix_ent(d, "Norway", ENT_COUNTRY, -1);
	int ih = uifix_ent(d, "Sigrid Vangen", ENT_OFFICIAL, no);
	int km = uifix_ent(d, "Kestrel Mining", ENT_COMPANY, -1);
	int cl = uifix_ent(d, "Chile", ENT_COUNTRY, -1);
	int silent[] = { cl, -1 };

	uifix_mention(d, "Norway", 0, no);
	uifix_mention(d, "Kestrel Mining", 0, km);
	uifix_mention(d, "Norwegian", 0, no);
	uifix_mention(d, "Sigrid Vangen", 0, ih);
	uifix_mention(d, "Kestrel Mining", 1, km);
	uifix_mention(d, "Kestrel Mining", 2, km);
	uifix_mention(d, "Chile", 0, cl);
	uifix_claim(d, no, no, "Norway", "says", "Kestrel Mining broke the export rules");
	uifix_claim(d, no, ih, "Sigrid Vangen", "said",
	    "Kestrel Mining had ignored three\nwarnings");
	uifix_claim(d, km, km, "Kestrel Mining", "denied", "the charge");
	uifix_claim(d, km, km, NULL, "saying", "its cargo was legal");
	uifix_parties(d, silent);
	return d;
}
