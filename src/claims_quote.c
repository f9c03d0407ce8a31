/*
 * claims_quote.c: quotation marks and the claims they make. The double
 * quotation marks of each paragraph are paired before the scan; after
 * it, a quote that follows a quoted claim continues it (“A,” he said.
 * “B.”), a paragraph that is all quote inherits the last speaker; and the
 * quoted text of a claim is given without the attribution inside it
 * (claims_content_parts, for the views).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims.h"
#include "claims_int.h"
#include "claims_quote.h"
#include "claims_shapes.h"
#include "util.h"

/* Pair the double quotation marks of every paragraph. */
void
claims_pair_quotes(struct claims *c)
{
	struct doc *d = c->d;
	/* the tokens from a local: a push might move them, for all the
	 * compiler knows (it read them again at every token) */
	const struct token *toks = d->toks.v;
	size_t i, k, e;
	long open = -1;
	int para = -1;
	uint32_t f;

	c->paired.n = c->opens.n = 0;
	c->para_end = xcalloc(d->paras.n + 1, sizeof *c->para_end);
	for (i = 0; i < d->sents.n; i++) {
		const struct sentence *s = &d->sents.v[i];

		if (s->para != para) {
			para = s->para;
			open = -1;
		}
		e = c->para_end[s->para] = s->tok_first + s->tok_count;
		for (k = s->tok_first; k < e; k++) {
			if (!((f = toks[k].flags) & (TOK_OPENQ | TOK_CLOSEQ)))
				continue;
			if (f & TOK_OPENQ) {
				open = (long)k;
				*VEC_PUSH(c->opens) = (uint32_t)k;
			}
			else if (open >= 0) {
				*VEC_PUSH(c->paired) = (uint32_t)open;
				*VEC_PUSH(c->paired) = (uint32_t)k;
				open = -1;
			}
		}
	}
	/* a paragraph with no tokens ends where the one before it does */
	for (i = 1; i < d->paras.n; i++)
		if (c->para_end[i] < c->para_end[i - 1])
			c->para_end[i] = c->para_end[i - 1];
}

/*
 * A paragraph that is a quote signed with a dash and a name (“We want
 * the bridge.” ― Ada Lunde; “He calls it “hell.”” ― Ola Berg): the name
 * is the source, the dash the cue.
 */
static void
claims_signed_para(struct claims *c, size_t pf, size_t pe)
{
	struct doc *d = c->d;
	size_t q, k, last;
	struct claim *cl;

	if (pe < pf + 4 || !(d->toks.v[pf].flags & TOK_OPENQ))
		return;
	/* the mark before the dash closes it, a quote inside or not */
	for (q = pe - 2; q > pf && !((d->toks.v[q].flags & TOK_CLOSEQ) &&
	    claims_dash(c, q + 1)); q--)
		;
	if (q <= pf || q + 2 >= pe)
		return;
	if (!(d->toks.v[q + 2].flags & TOK_CAP))
		return;
	/* a name of up to six words, initials' points (Ada G. Lund), a final
	 * mark: nothing more */
	for (k = last = q + 2; k < pe && k < q + 9; k++) {
		if (claims_punct(c, k, '.') && k + 1 < pe &&
		    tok_end(&d->toks.v[k - 1]) - d->toks.v[k - 1].start == 1 &&
		    (d->toks.v[k - 1].flags & TOK_CAP))
			continue;
		if (!(d->toks.v[k].flags & TOK_WORD))
			break;
		last = k;
	}
	if (k + 1 < pe || (k + 1 == pe && !claims_final(c, k)))
		return;
	cl = claims_add(c, CLAIM_SPEECH, q + 1, q + 1, pf, q);
	claims_set_source(c, cl, q + 2, last);
}

/* Quotes signed with a dash and a name, a paragraph each. */
void
claims_signed_quotes(struct claims *c)
{
	size_t p, pf;

	for (p = 0, pf = 0; p < c->d->paras.n; pf = c->para_end[p++])
		if (c->para_end[p] > pf && c->d->paras.v[p].kind == PARA_BODY)
			claims_signed_para(c, pf, c->para_end[p]);
}

/* Nothing but marks between the sentence where claim cl ends and byte b? */
static int
claims_adjacent(const struct doc *d, const struct claim *cl, uint32_t b)
{
	uint32_t e = cl->content.end;
	long k;
	size_t lo;

	if (cl->cue.end > e)
		e = cl->cue.end;
	if (cl->has_source && cl->source.end > e)
		e = cl->source.end;
	/* the sentence holding byte e - 1 */
	lo = MODEL_FIRST(d->sents, struct sentence, end, e);
	/* a quote later in the same sentence: only marks may come between */
	if (lo < d->sents.n && d->sents.v[lo].start < e && d->sents.v[lo].end > e &&
	    d->sents.v[lo].end <= b)
		e = d->sents.v[lo].end;
	for (k = claims_tok_at(d, e); k >= 0 && (size_t)k < d->toks.n &&
	    d->toks.v[k].start < b; k++)
		if (d->toks.v[k].flags & TOK_WORD)
			return 0;
	return 1;
}

static int claims_qclose_before(const struct doc *, uint32_t);

/*
 * Does the quote that opens at token k go on claim cl's quote in the same
 * sentence, after its cue and a comma (“A,” Lund said, referring to the
 * tax, “B.”; “A,” he said, but “B.”)?
 */
static int
claims_same_sentence(const struct doc *d, const struct claim *cl, size_t k)
{
	size_t s = MODEL_FIRST(d->sents, struct sentence, end, cl->cue.end);
	size_t j = k;

	if (s >= d->sents.n || d->sents.v[s].start > cl->cue.start ||
	    d->toks.v[k].start >= d->sents.v[s].end ||
	    cl->content.end > cl->cue.start || k < 2)
		return 0;
	while (j > k - 2 && (d->toks.v[j - 1].flags & TOK_WORD))
		j--;	/* , but “B.”; , and still “B.” */
	if (!claims_qclose_before(d, cl->content.end))
		return 0;
	return tok_end(&d->toks.v[j - 1]) - d->toks.v[j - 1].start == 1 &&
	    d->text[d->toks.v[j - 1].start] == ',' &&
	    d->toks.v[j - 1].start >= cl->cue.end;
}

/* Does claim cl end with a quote (“A,” or The bank “has changed,”)? */
static int
claims_ends_quoted(const struct doc *d, const struct claim *cl)
{
	return cl->quoted || claims_qclose_before(d, cl->content.end);
}

/*
 * The claim that the quote opening at token k continues, or -1: the
 * latest claim before it, or the one before that when the latest is a
 * participle's of the same sentence (“A,” X said, stressing that ... .
 * “B.”).
 */
static long
claims_goes_on(const struct doc *d, long last, size_t k)
{
	uint32_t b = d->toks.v[k].start;
	const struct claim *cl;

	if (last < 0)
		return -1;
	cl = &d->claims.v[last];
	if ((claims_ends_quoted(d, cl) && claims_adjacent(d, cl, b)) ||
	    claims_same_sentence(d, cl, k))
		return last;
	if (last == 0 || claims_ends_quoted(d, cl))
		return -1;
	cl = &d->claims.v[last - 1];
	if (claims_ends_quoted(d, cl) && cl->cue.end <= d->claims.v[last].cue.start &&
	    claims_adjacent(d, cl, b) && claims_adjacent(d, &d->claims.v[last], b))
		return last - 1;
	return -1;
}

/*
 * Is cl a quote signed with a dash and a name (“A.” ― Ada Lund)? The
 * quote after it is someone else's, signed in turn or not.
 */
static int
claims_signed(const struct claims *c, const struct claim *cl)
{
	long kt = claims_tok_at(c->d, cl->cue.start);

	return kt >= 0 && claims_dash(c, (size_t)kt) && cl->has_source &&
	    cl->source.start >= cl->content.end;
}

/*
 * Quotes no claim covers: one that follows a quoted claim continues it
 * (“A,” he said. “B.”, or a next paragraph that is all quote); a
 * paragraph that is all quote inherits the last speaker.
 */
void
claims_quotes(struct claims *c)
{
	struct doc *d = c->d;
	size_t k, q, i = 0, n = d->claims.n, p, at = 0;
	long last = -1, o;
	struct claim *cl;

	/* the opening marks (c->opens) paragraph by paragraph */
	for (p = 0; p < d->paras.n; p++) {
		size_t pf = p > 0 ? c->para_end[p - 1] : 0, pe = c->para_end[p];

		if (pe < pf)
			pe = pf;	/* a paragraph with no tokens */
		while (at < c->opens.n && c->opens.v[at] < pf)
			at++;
		for (; at < c->opens.n && (k = c->opens.v[at]) < pe; at++) {
			while (i < n && d->claims.v[i].content.start <= d->toks.v[k].start) {
				last = (long)i;
				i++;
			}
			q = claims_open_end(c, k, pe);
			if (last >= 0 && d->claims.v[last].content.end >= tok_end(&d->toks.v[q]))
				continue;	/* inside a claim */
			if (i < n && d->claims.v[i].content.start < tok_end(&d->toks.v[q]))
				continue;	/* a claim of its own starts inside */
			if (last >= 0 && claims_signed(c, &d->claims.v[last]))
				;	/* no speaker carries over a signed quote */
			else if ((o = claims_goes_on(d, last, k)) >= 0) {
				d->claims.v[o].content.end = tok_end(&d->toks.v[q]);
			} else if (k == pf && q + 2 >= pe && last >= 0 &&
			    !(k + 1 < pe && d->text[d->toks.v[k + 1].start] == '(') &&
			    d->paras.v[p].kind == PARA_BODY && p > 0 &&
			    d->claims.v[last].content.end >=
			    d->paras.v[p >= 2 ? p - 2 : 0].start) {
				/* a recent speaker only: two paragraphs back */
				int spk = d->claims.v[last].speaker;
				int party = d->claims.v[last].party;

				cl = VEC_PUSH(d->claims);
				memset(cl, 0, sizeof *cl);
				cl->kind = CLAIM_SPEECH;
				cl->speaker = spk;	/* resolved: speakers ran */
				cl->party = party;
				cl->cue.start = cl->cue.end = d->toks.v[k].start;
				cl->content.start = d->toks.v[k].start;
				cl->content.end = tok_end(&d->toks.v[q]);
				cl->quoted = true;
			}
			while (at + 1 < c->opens.n && c->opens.v[at + 1] <= q &&
			    c->opens.v[at + 1] < pe)
				at++;	/* on after the quote's end */
		}
	}
}

/* Does a closing double quotation mark end just before byte off? */
static int
claims_qclose_before(const struct doc *d, uint32_t off)
{
	return (off >= 1 && d->text[off - 1] == '"') || (off >= 3 &&
	    memcmp(d->text + off - 3, "\xe2\x80\x9d", 3) == 0);
}

/* Does an opening double quotation mark start at byte off? */
static int
claims_qopen_at(const struct doc *d, uint32_t off)
{
	return d->text[off] == '"' || (off + 3 <= d->len &&
	    memcmp(d->text + off, "\xe2\x80\x9c", 3) == 0);
}

int
claims_content_parts(const struct doc *d, const struct claim *cl,
    struct span parts[2])
{
	uint32_t a = cl->cue.start, b = cl->cue.end, x, y;

	parts[0] = cl->content;
	if (cl->has_source && cl->source.start < a)
		a = cl->source.start;
	if (cl->has_source && cl->source.end > b)
		b = cl->source.end;
	if (!cl->quoted || a <= cl->content.start || b >= cl->content.end)
		return 1;
	for (x = a; x > cl->content.start && !claims_qclose_before(d, x); x--)
		;	/* back to the mark that closes the first quote */
	for (y = b; y < cl->content.end && !claims_qopen_at(d, y); y++)
		;	/* on to the mark that opens the second */
	if (x <= cl->content.start || y >= cl->content.end)
		return 1;
	parts[0].end = x;
	parts[1].start = y;
	parts[1].end = cl->content.end;
	return 2;
}

int
claims_cue_leads(const struct doc *d, const struct claim *cl)
{
	return cl->cue.end - cl->cue.start >= 12 &&
	    strncasecmp(d->text + cl->cue.start, "according to", 12) == 0;
}
