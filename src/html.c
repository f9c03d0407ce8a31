/*
 * html.c: web pages. Parses with libxml2's HTML parser (which copes with
 * tag soup), reads the page's metadata (title without the site's name,
 * byline, date, canonical URL, site name) and finds the article the way
 * reader modes do: paragraphs score their ancestors by length and commas,
 * class and id names ("content", "story" against "nav", "comment",
 * "related", "share") weigh in, links lower a block's worth, and the best
 * block with its worthy siblings is the article. Its text is written out
 * as paragraphs through doc_build. Every walk over the tree is iterative:
 * pages nest deep.
 *
 * The page's metadata is read in html_meta.c.
 *
 * Stays in C: the class and id name patterns below are the vocabulary of
 * page markup (readability's), not words of news; and the names of the
 * months a page's ISO date is written with (5 March 2024).
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "html.h"
#include "html_int.h"
#include "html_meta.h"
#include "util.h"

#define HI_DEAD		0x01	/* removed: not article, not counted */
#define HI_CAND		0x02	/* a scored candidate */
#define HI_BLOCKKIDS	0x04	/* has block element children */
#define HI_KEEP		0x08	/* chosen for the article */
#define HI_IN		0x10	/* inside the article */

/* What a try at extraction may do; later tries do less. */
#define TRY_UNLIKELY	0x1	/* drop blocks named like furniture */
#define TRY_WEIGHT	0x2	/* class and id names weigh in */
#define TRY_CLEAN	0x4	/* drop link lists and the like in the article */

#define INFO(x) ((struct hinfo *)(x)->_private)

/* A tag's name compared without case. */
int
html_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcasecmp((const char *)n->name, name) == 0;
}

/* Is the tag one of the space-separated names in list? */
static int
html_in(const xmlNode *n, const char *list)
{
	const char *name, *p;
	size_t k;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return 0;
	name = (const char *)n->name;
	k = strlen(name);
	for (p = list; (p = strstr(p, name)) != NULL; p += k)
		if ((p == list || p[-1] == ' ') && (p[k] == ' ' || p[k] == '\0'))
			return 1;
	return 0;
}

/* An attribute's value without copying (the HTML parser keeps it in one text
 * node), or NULL. */
const char *
html_attr(const xmlNode *n, const char *name)
{
	const xmlAttr *a;

	for (a = n->properties; a != NULL; a = a->next)
		if (strcasecmp((const char *)a->name, name) == 0) {
			if (a->children != NULL && a->children->type == XML_TEXT_NODE &&
			    a->children->next == NULL)
				return (const char *)a->children->content;
			return "";
		}
	return NULL;
}

/* Next node in document order below root; skip = do not enter n. */
xmlNode *
html_next(xmlNode *n, const xmlNode *root, int skip)
{
	if (!skip && n->children != NULL)
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* Block elements: they break paragraphs; everything else flows. */
static int
html_block(const xmlNode *n)
{
	return html_in(n, "p div section article main header footer aside nav "
	    "blockquote pre ul ol li dl dt dd table thead tbody tfoot tr td th "
	    "h1 h2 h3 h4 h5 h6 figure figcaption form fieldset address hr br "
	    "center details summary img picture video audio iframe body html");
}

/* Elements that are never article text. */
static int
html_junk(const xmlNode *n)
{
	const char *v;

	if (html_in(n, "script style noscript iframe svg button select input "
	    "textarea nav object embed canvas template head link meta "
	    "figcaption menu dialog label option"))
		return 1;
	if (html_attr(n, "hidden") != NULL)
		return 1;
	if ((v = html_attr(n, "aria-hidden")) != NULL && strcmp(v, "true") == 0 &&
	    !html_is(n, "body"))
		return 1;
	if ((v = html_attr(n, "style")) != NULL && (strstr(v, "display:none") ||
	    strstr(v, "display: none") || strstr(v, "visibility:hidden")))
		return 1;
	if ((v = html_attr(n, "role")) != NULL && (strcmp(v, "navigation") == 0 ||
	    strcmp(v, "menu") == 0 || strcmp(v, "menubar") == 0 ||
	    strcmp(v, "complementary") == 0 || strcmp(v, "dialog") == 0 ||
	    strcmp(v, "alert") == 0 || strcmp(v, "alertdialog") == 0))
		return 1;
	return 0;
}

/* Does the lower-cased s contain one of the |-separated words? */
static int
html_match(const char *s, const char *words)
{
	char w[32];
	const char *p = words, *q;
	size_t k;

	while (*p != '\0') {
		q = strchr(p, '|');
		k = q != NULL ? (size_t)(q - p) : strlen(p);
		if (k < sizeof w) {
			memcpy(w, p, k);
			w[k] = '\0';
			if (strstr(s, w) != NULL)
				return 1;
		}
		if (q == NULL)
			break;
		p = q + 1;
	}
	return 0;
}

/* Class and id, lower case, into buf. */
static const char *
html_names(const xmlNode *n, char *buf, size_t size)
{
	const char *c = html_attr(n, "class"), *id = html_attr(n, "id");
	size_t i;

	snprintf(buf, size, "%s %s", c != NULL ? c : "", id != NULL ? id : "");
	for (i = 0; buf[i] != '\0'; i++)
		buf[i] = (char)tolower((unsigned char)buf[i]);
	return buf;
}

static const char html_unlikely[] =
    "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|"
    "extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|"
    "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
    "pagination|pager|popup|yom-remote|newsletter|share|sharing|subscribe|"
    "promo|outbrain|taboola|recommend|cookie|signup|tags|caption";
static const char html_maybe[] = "and|article|body|column|content|main|shadow|story";
static const char html_positive[] =
    "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story";
static const char html_negative[] =
    "-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|"
    "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    "skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|author";

/* Is an element named like page furniture ("sidebar", "comments")? */
static int
html_unlikely_node(const xmlNode *n)
{
	char buf[512];
	const char *s;

	if (html_in(n, "body html a article main"))
		return 0;
	if (html_is(n, "footer"))
		return 1;	/* (an aside may be a pull quote: kept) */
	s = html_names(n, buf, sizeof buf);
	if (s[0] == ' ' && s[1] == '\0')
		return 0;
	if (html_attr(n, "itemprop") != NULL &&
	    strstr(html_attr(n, "itemprop"), "articleBody") != NULL)
		return 0;
	return html_match(s, html_unlikely) && !html_match(s, html_maybe);
}

/* +25 for names like "content", -25 for "comment", for class and id each. */
static int
html_weight(const xmlNode *n)
{
	const char *c = html_attr(n, "class"), *id = html_attr(n, "id");
	char buf[256];
	int w = 0, k;
	const char *v[2] = { c, id };

	for (k = 0; k < 2; k++) {
		size_t i;

		if (v[k] == NULL || *v[k] == '\0')
			continue;
		snprintf(buf, sizeof buf, "%s", v[k]);
		for (i = 0; buf[i] != '\0'; i++)
			buf[i] = (char)tolower((unsigned char)buf[i]);
		if (html_match(buf, html_negative))
			w -= 25;
		if (html_match(buf, html_positive))
			w += 25;
	}
	if (html_attr(n, "itemprop") != NULL &&
	    strstr(html_attr(n, "itemprop"), "articleBody") != NULL)
		w += 50;	/* schema.org says so */
	return w;
}

/* Characters of text, each white space run counted once, and commas. */
static void
html_text_len(const char *s, uint32_t *len, uint32_t *commas)
{
	int space = 1;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			if (!space)
				(*len)++;
			space = 1;
			continue;
		}
		space = 0;
		if ((c & 0xc0) != 0x80)
			(*len)++;
		if (c == ',')
			(*commas)++;
	}
}

/* Number the elements and mark what is never article (scripts, menus). */
static void
html_index(struct html *h, int tries)
{
	xmlNode *n;
	size_t cap = 1024, i;
	unsigned char *dead = xmalloc(cap);
	int skip;

	h->n = 0;
	h->nodes = xmalloc(cap * sizeof *h->nodes);
	for (n = h->body; n != NULL; n = html_next(n, h->body, skip)) {
		skip = 0;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (h->n == cap) {
			cap *= 2;
			h->nodes = xrealloc(h->nodes, cap * sizeof *h->nodes);
			dead = xrealloc(dead, cap);
		}
		/* a dead element is indexed but not entered */
		skip = n != h->body && (html_junk(n) ||
		    ((tries & TRY_UNLIKELY) && html_unlikely_node(n)));
		dead[h->n] = (unsigned char)skip;
		h->nodes[h->n++] = n;
	}
	h->info = xcalloc(h->n, sizeof *h->info);
	for (i = 0; i < h->n; i++) {
		h->nodes[i]->_private = &h->info[i];
		if (dead[i])
			h->info[i].flags |= HI_DEAD;
	}
	free(dead);
}

/* Text lengths, link lengths and counts, children before parents. */
static void
html_measure(struct html *h)
{
	size_t i;
	xmlNode *n, *c;
	struct hinfo *f, *pf;

	for (i = h->n; i-- > 0;) {
		n = h->nodes[i];
		f = INFO(n);
		if (f->flags & HI_DEAD)
			continue;
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
				uint32_t l = 0, k = 0;

				html_text_len((const char *)c->content, &l, &k);
				f->len += l;
				f->inl += l;
				f->commas += k;
				f->icommas += k;
			}
		if (html_is(n, "a"))
			f->linklen = f->len;
		if (html_is(n, "p")) f->np++;
		else if (html_is(n, "img")) f->nimg++;
		else if (html_is(n, "li")) f->nli++;
		else if (html_is(n, "input")) f->ninput++;
		else if (html_in(n, "object embed iframe video")) f->nembed++;
		else if (html_in(n, "h1 h2 h3 h4 h5 h6")) f->nheadlen = f->len;
		if (n == h->body || n->parent == NULL || n->parent->_private == NULL)
			continue;
		pf = INFO(n->parent);
		pf->len += f->len;
		pf->linklen += f->linklen;
		pf->commas += f->commas;
		pf->np += f->np;
		pf->nimg += f->nimg;
		pf->nli += f->nli;
		pf->ninput += f->ninput;
		pf->nembed += f->nembed;
		pf->nheadlen += f->nheadlen;
		if (html_block(n))
			pf->flags |= HI_BLOCKKIDS;
		else {
			pf->inl += f->len;
			pf->icommas += f->commas;
		}
	}
}

static double
html_link_density(const struct hinfo *f)
{
	return f->len > 0 ? (double)f->linklen / f->len : 0;
}

/* A candidate's starting score: its tag and its names. */
static void
html_init_cand(xmlNode *n, int tries)
{
	struct hinfo *f = INFO(n);
	double s = 0;

	if (html_in(n, "div article"))
		s = 5;
	else if (html_in(n, "pre td blockquote"))
		s = 3;
	else if (html_in(n, "address ol ul dl dd dt li form"))
		s = -3;
	else if (html_in(n, "h1 h2 h3 h4 h5 h6 th"))
		s = -5;
	if (tries & TRY_WEIGHT)
		s += html_weight(n);
	f->score = s;
	f->flags |= HI_CAND;
}

/* Give a paragraph's worth to its ancestors: all to the parent, half to
 * the grandparent, less further up. */
static void
html_score_para(struct html *h, xmlNode *from, uint32_t len, uint32_t commas,
    int tries)
{
	double worth = 1 + commas + (len / 100 < 3 ? len / 100 : 3);
	xmlNode *a;
	int level;

	for (a = from, level = 0; a != NULL && level < 5; a = a->parent, level++) {
		if (a->type != XML_ELEMENT_NODE || a->_private == NULL)
			break;
		if (!(INFO(a)->flags & HI_CAND))
			html_init_cand(a, tries);
		INFO(a)->score += worth / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
		if (a == h->body)
			break;
	}
}

/* Is n inside a dead element (or dead itself)? Walks up: used rarely. */
static int
html_dead(const xmlNode *n)
{
	for (; n != NULL && n->_private != NULL; n = n->parent)
		if (INFO(n)->flags & HI_DEAD)
			return 1;
	return 0;
}

/* Score every paragraph: p, pre, td, divs holding only text, and runs of
 * text loose in a div ("<div>One.<br><br>Two.</div>"). */
static void
html_score(struct html *h, int tries)
{
	size_t i;
	xmlNode *n;
	struct hinfo *f;
	int skip;

	for (n = h->body; n != NULL; n = html_next(n, h->body, skip)) {
		skip = 0;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		f = INFO(n);
		if (f->flags & HI_DEAD) {
			skip = 1;
			continue;
		}
		if (html_in(n, "p pre td") || (html_in(n, "div section article") &&
		    !(f->flags & HI_BLOCKKIDS))) {
			if (f->len >= 25 && n->parent != NULL)
				html_score_para(h, n->parent, f->len, f->commas, tries);
		} else if (html_in(n, "div section article main") && f->inl >= 25)
			html_score_para(h, n, f->inl, f->icommas, tries);
	}
	for (i = 0; i < h->n; i++)
		if (h->info[i].flags & HI_CAND)
			h->info[i].score *= 1 - html_link_density(&h->info[i]);
}

/* The best candidate; its parent instead when the parent scores higher or
 * when several good candidates share an ancestor. */
static xmlNode *
html_top(struct html *h)
{
	xmlNode *top = NULL, *p, *alt[5] = { 0 };
	size_t i, k, nalt = 0;
	double last, thresh;

	for (i = 0; i < h->n; i++) {
		if (!(h->info[i].flags & HI_CAND) || (h->info[i].flags & HI_DEAD))
			continue;
		if (top == NULL || h->info[i].score > INFO(top)->score)
			top = h->nodes[i];
	}
	if (top == NULL || top == h->body)
		return h->body;
	for (i = 0; i < h->n && nalt < 5; i++)
		if ((h->info[i].flags & HI_CAND) && h->nodes[i] != top &&
		    h->info[i].score >= 0.75 * INFO(top)->score)
			alt[nalt++] = h->nodes[i];
	if (nalt >= 3)
		for (p = top->parent; p != NULL && p != h->body; p = p->parent) {
			int in = 0;

			for (k = 0; k < nalt; k++) {
				xmlNode *a;

				for (a = alt[k]; a != NULL && a != p; a = a->parent)
					;
				in += a == p;
			}
			if (in >= 3) {
				top = p;
				break;
			}
		}
	last = INFO(top)->score;
	thresh = last / 3;
	for (p = top->parent; p != NULL && p != h->body; p = p->parent) {
		if (p->_private == NULL || !(INFO(p)->flags & HI_CAND))
			continue;
		if (INFO(p)->score < thresh)
			break;
		if (INFO(p)->score > last) {
			top = p;
			break;
		}
		last = INFO(p)->score;
	}
	while (top->parent != NULL && top->parent != h->body &&
	    top->parent->_private != NULL && XML->child_count(top->parent) == 1)
		top = top->parent;
	return top;
}

/* Does the element's text end a sentence (". " or "." at the end)? */
static int
html_sentence_end(xmlNode *n)
{
	xmlChar *t = XML->content(n);
	size_t k;
	int r = 0;

	if (t == NULL)
		return 0;
	k = strlen((char *)t);
	while (k > 0 && isspace(t[k - 1]))
		k--;
	r = (k > 0 && t[k - 1] == '.') || strstr((char *)t, ". ") != NULL;
	(*XML->free)(t);
	return r;
}

/* Is a an ancestor of n (or n itself)? */
static int
html_within(const xmlNode *n, const xmlNode *a)
{
	for (; n != NULL; n = n->parent)
		if (n == a)
			return 1;
	return 0;
}

/* Is any ancestor of n (or n) already chosen? */
static int
html_kept_above(const xmlNode *n)
{
	for (; n != NULL && n->_private != NULL; n = n->parent)
		if (INFO(n)->flags & HI_KEEP)
			return 1;
	return 0;
}

/* Do a and b share an ancestor at most two levels above a? (Chunks of
 * one article sit together; teasers with the same class do not.) */
static int
html_near(const xmlNode *a, const xmlNode *b)
{
	int k;

	for (k = 0, a = a->parent; a != NULL && k < 2; k++, a = a->parent)
		if (html_within(b, a))
			return 1;
	return 0;
}

/*
 * An article cut into chunks that share the top block's tag and class
 * ("<div class="article__body">" three times, with adverts between) is
 * one article: take the chunks that hold text of their own.
 */
static void
html_pick_alike(struct html *h, xmlNode *top)
{
	const char *tc = html_attr(top, "class"), *c;
	size_t i;

	if (tc == NULL || *tc == '\0' || top == h->body)
		return;
	for (i = 0; i < h->n; i++) {
		xmlNode *n = h->nodes[i];
		struct hinfo *f = &h->info[i];

		if (n == top || (f->flags & HI_DEAD) || !(f->flags & HI_CAND) ||
		    f->score < 10 || html_link_density(f) > 0.25 ||
		    strcmp((const char *)n->name, (const char *)top->name) != 0 ||
		    (c = html_attr(n, "class")) == NULL || strcmp(c, tc) != 0)
			continue;
		if (html_within(top, n) || html_kept_above(n) || html_dead(n) ||
		    !html_near(top, n))
			continue;
		f->flags |= HI_KEEP;
	}
}

/* Mark everything below a chosen block as inside the article. */
static void
html_mark_in(xmlNode *root)
{
	xmlNode *n;
	int skip;

	for (n = root; n != NULL; n = html_next(n, root, skip)) {
		skip = n->type != XML_ELEMENT_NODE || n->_private == NULL;
		if (!skip)
			INFO(n)->flags |= HI_IN;
	}
}

/* Mark the top candidate and the siblings that belong with it. */
static void
html_pick(struct html *h, xmlNode *top)
{
	xmlNode *s;
	double thresh = INFO(top)->score * 0.2;
	const char *tc = html_attr(top, "class");

	if (thresh < 10)
		thresh = 10;
	INFO(top)->flags |= HI_KEEP;
	if (top == h->body || top->parent == NULL)
		return;
	for (s = top->parent->children; s != NULL; s = s->next) {
		struct hinfo *f;
		double bonus = 0;
		const char *sc;

		if (s == top || s->type != XML_ELEMENT_NODE || s->_private == NULL)
			continue;
		f = INFO(s);
		if (f->flags & HI_DEAD)
			continue;
		sc = html_attr(s, "class");
		if (tc != NULL && sc != NULL && *tc != '\0' && strcmp(tc, sc) == 0)
			bonus = INFO(top)->score * 0.2;
		if ((f->flags & HI_CAND) && f->score + bonus >= thresh)
			f->flags |= HI_KEEP;
		else if (html_in(s, "p") || (html_is(s, "div") &&
		    !(f->flags & HI_BLOCKKIDS))) {
			double ld = html_link_density(f);

			if ((f->len > 80 && ld < 0.25) || (f->len > 0 &&
			    f->len <= 80 && ld == 0 && html_sentence_end(s)))
				f->flags |= HI_KEEP;
		}
	}
}

/* Take a dead element's counts off its ancestors up to the article. */
static void
html_kill(xmlNode *n)
{
	struct hinfo *f = INFO(n), *a;
	xmlNode *p;

	f->flags |= HI_DEAD;
	for (p = n->parent; p != NULL && p->_private != NULL; p = p->parent) {
		a = INFO(p);
		a->len -= f->len < a->len ? f->len : a->len;
		a->linklen -= f->linklen < a->linklen ? f->linklen : a->linklen;
		a->np -= f->np < a->np ? f->np : a->np;
		a->nimg -= f->nimg < a->nimg ? f->nimg : a->nimg;
		a->nli -= f->nli < a->nli ? f->nli : a->nli;
		if (a->flags & HI_KEEP)
			break;
	}
}

/* Should a block inside the article go (a list of links, a share bar, a
 * gallery)? The reader-mode tests, in the same order. */
static int
html_clean_out(const xmlNode *n, int tries)
{
	const struct hinfo *f = INFO(n);
	int weight = (tries & TRY_WEIGHT) ? html_weight(n) : 0;
	int list = html_in(n, "ul ol");
	double ld = html_link_density(f);
	double np = f->np, nimg = f->nimg, nli = (double)f->nli - 100;

	if (weight + ((f->flags & HI_CAND) ? f->score : 0) < 0)
		return 1;
	if (f->commas >= 10)
		return 0;
	if (nimg > 1 && np / nimg < 0.5)
		return 1;
	if (!list && nli > np)
		return 1;
	if (f->ninput > f->np / 3)
		return 1;
	if (!list && f->len < 25 && (f->nimg == 0 || f->nimg > 2) &&
	    f->nheadlen * 10 < f->len * 9)
		return 1;
	if (!list && weight < 25 && ld > 0.2)
		return 1;
	if (weight >= 25 && ld > 0.5)
		return 1;
	if ((f->nembed == 1 && f->len < 75) || f->nembed > 1)
		return 1;
	if (list && ld > 0.5)
		return 1;
	return 0;
}

/* The number of links in n. */
static size_t
html_links(xmlNode *n)
{
	xmlNode *k;
	size_t links = 0;

	for (k = n; k != NULL; k = html_next(k, n, 0))
		links += html_is(k, "a");
	return links;
}

/* In the chosen blocks, drop what reader modes drop, innermost first. */
static void
html_clean(struct html *h, int tries)
{
	size_t i;
	xmlNode *n;

	for (i = h->n; i-- > 0;) {
		n = h->nodes[i];
		if ((h->info[i].flags & (HI_DEAD | HI_KEEP)) ||
		    !(h->info[i].flags & HI_IN))
			continue;
		if (html_in(n, "h1 h2 h3 h4 h5 h6") && (tries & TRY_WEIGHT) &&
		    html_weight(n) < 0) {
			html_kill(n);
			continue;
		}
		/* "DON'T MISS<br><a>Another story</a> [INSIGHT]<br><a>...": */
		if (html_is(n, "p") && (tries & TRY_CLEAN) &&
		    html_link_density(&h->info[i]) > 0.7 &&
		    h->info[i].len - h->info[i].linklen < 64 &&
		    html_links(n) > 1) {
			html_kill(n);
			continue;
		}
		if (!html_in(n, "form fieldset table ul ol div section aside header footer"))
			continue;
		if ((tries & TRY_CLEAN) && html_clean_out(n, tries))
			html_kill(n);
	}
}

/* ---------------------------------------------------------------- text */

/* Text gathered for the paragraph being written. */
struct html_out {
	struct doc_build *b;
	char *buf;
	size_t n, cap;
	const char *skip;	/* a heading that repeats the title */
	size_t paras;		/* body paragraphs written */
};

static void
html_out_add(struct html_out *o, const char *s, size_t k)
{
	if (o->n + k + 1 > o->cap) {
		while (o->n + k + 1 > o->cap)
			o->cap = o->cap ? o->cap * 2 : 1024;
		o->buf = xrealloc(o->buf, o->cap);
	}
	memcpy(o->buf + o->n, s, k);
	o->n += k;
}

/* Bytes of punctuation at s: ASCII, or U+2000..U+2BFF (dashes, quotes, …). */
static size_t
html_punct(const char *s, size_t n)
{
	unsigned char c = (unsigned char)*s;

	if (c < 0x80)
		return isalnum(c) ? 0 : 1;
	return c == 0xe2 && n >= 3 ? 3 : 0;
}

/* Same words, ignoring case, space and punctuation? */
int
html_same_text(const char *a, size_t na, const char *b)
{
	size_t i = 0, j = 0, nb = strlen(b), k;

	for (;;) {
		while (i < na && (k = html_punct(a + i, na - i)) > 0)
			i += k;
		while (j < nb && (k = html_punct(b + j, nb - j)) > 0)
			j += k;
		if (i == na || j == nb)
			return i == na && j == nb;
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j]))
			return 0;
		i++;
		j++;
	}
}

/* The next word of s (letters and digits) at or after *i, lower-cased
 * into w (up to 63 bytes); its length, or 0 at the end. */
static size_t
html_word(const char *s, size_t n, size_t *i, char w[64])
{
	size_t k = 0, p;

	while (*i < n && (p = html_punct(s + *i, n - *i)) > 0)
		*i += p;	/* a dash or quotation mark is 3 bytes */
	while (*i < n && html_punct(s + *i, n - *i) == 0) {
		if (k < 63)
			w[k++] = (char)tolower((unsigned char)s[*i]);
		(*i)++;
	}
	w[k] = '\0';
	return k;
}

/*
 * Is the paragraph a longer form of the headline, every word of the title
 * in order with a few more ("Rescue of Kidnapped Girl" as the title and
 * "Rescue of Kidnapped Fort Worth Girl" as the page's h1), no sentence?
 */
static int
html_longer_title(const char *a, size_t na, const char *title)
{
	char wa[64], wt[64];
	size_t i = 0, j = 0, nt = strlen(title), extra = 0;

	if (na == 0 || na > 2 * nt + 40 || a[na - 1] == '.')
		return 0;
	while (html_word(title, nt, &j, wt) > 0) {
		while (html_word(a, na, &i, wa) > 0 && strcmp(wa, wt) != 0)
			extra++;
		if (wa[0] == '\0' || extra > 5)
			return 0;
	}
	while (html_word(a, na, &i, wa) > 0)
		extra++;
	return extra <= 5;
}

/* End the paragraph being written; a repeat of the title is left out. */
static void
html_out_flush(struct html_out *o)
{
	if (o->n > 0 && !(o->skip != NULL && (html_same_text(o->buf, o->n,
	    o->skip) || (o->paras < 3 && html_longer_title(o->buf, o->n,
	    o->skip))))) {
		doc_build_para(o->b, o->buf, o->n, PARA_BODY);
		o->paras++;
	}
	o->n = 0;
}

/* Start writing node n; returns whether to go inside it. */
static int
html_enter(struct html_out *o, xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		html_out_add(o, (const char *)n->content,
		    strlen((const char *)n->content));
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if ((n->_private != NULL && (INFO(n)->flags & HI_DEAD)) ||
	    (n->_private == NULL && html_junk(n)))
		return 0;
	if (html_block(n))
		html_out_flush(o);
	else if (html_in(n, "td th"))
		html_out_add(o, " ", 1);
	return 1;
}

/* Write the text below root, a paragraph per block, leaving out the dead. */
static void
html_emit(struct html_out *o, xmlNode *root)
{
	xmlNode *n = root;

	for (;;) {
		if (html_enter(o, n) && n->children != NULL) {
			n = n->children;
			continue;
		}
		for (;;) {	/* leaving a block ends its paragraph */
			if (html_block(n) || n == root)
				html_out_flush(o);
			if (n == root)
				return;
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

/* The h1 text if the page has exactly one h1 (for the title). */
char *
html_h1(struct html *h)
{
	xmlNode *n, *found = NULL;
	xmlChar *t;
	char *r;

	for (n = h->body; n != NULL; n = html_next(n, h->body, 0))
		if (html_is(n, "h1")) {
			if (found != NULL)
				return NULL;
			found = n;
		}
	if (found == NULL)
		return NULL;
	t = XML->content(found);
	r = html_clean_str((char *)t);
	(*XML->free)(t);
	return r;
}

/* ---------------------------------------------------------------- driver */

static void
html_reset(struct html *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		h->nodes[i]->_private = NULL;
	free(h->nodes);
	free(h->info);
	h->nodes = NULL;
	h->info = NULL;
	h->n = 0;
}

/* One try: index, score, pick, clean. Returns the article's length. */
static uint32_t
html_try(struct html *h, int tries)
{
	xmlNode *top;
	size_t i;
	uint32_t len = 0;

	html_reset(h);
	html_index(h, tries);
	html_measure(h);
	html_score(h, tries);
	top = html_top(h);
	html_pick(h, top);
	html_pick_alike(h, top);
	for (i = 0; i < h->n; i++)
		if (h->info[i].flags & HI_KEEP)
			html_mark_in(h->nodes[i]);
	html_clean(h, tries);
	for (i = 0; i < h->n; i++)
		if ((h->info[i].flags & HI_KEEP) && !html_dead(h->nodes[i]))
			len += h->info[i].len;
	return len;
}

/* Extract: the first try that finds 500 characters, else the longest. */
static void
html_extract(struct html *h)
{
	static const int tries[] = { TRY_UNLIKELY | TRY_WEIGHT | TRY_CLEAN,
	    TRY_WEIGHT | TRY_CLEAN, TRY_CLEAN, 0 };
	uint32_t len, best = 0;
	int bestk = 0;
	size_t k;

	for (k = 0; k < sizeof tries / sizeof tries[0]; k++) {
		len = html_try(h, tries[k]);
		if (len >= 500)
			return;
		if (len > best) {
			best = len;
			bestk = tries[k];
		}
	}
	html_try(h, bestk);
}

/*
 * A date as the page's metadata gives it (ISO 8601: 2019-11-19T06:56:43-
 * 05:00) as a reader writes it, into buf: "19 November 2019, 06:56" (the
 * time in the page's own zone); anything else as given.
 */
static const char *
html_human_date(const char *s, char *buf, size_t size)
{
	static const char *const month[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	int y, mo, d, h, mi, n = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10 ||
	    mo < 1 || mo > 12 || d < 1 || d > 31)
		return s;
	if (s[10] == '\0')
		snprintf(buf, size, "%d %s %d", d, month[mo - 1], y);
	else if ((s[10] == 'T' || s[10] == ' ') &&
	    sscanf(s + 11, "%2d:%2d", &h, &mi) == 2 && h >= 0 && h < 24 &&
	    mi >= 0 && mi < 60)
		snprintf(buf, size, "%d %s %d, %02d:%02d", d, month[mo - 1], y,
		    h, mi);
	else
		return s;
	return buf;
}

/* Write title, byline, date and the article into the document. */
static void
html_write(struct html *h, struct doc_build *b)
{
	struct html_out o = { b, NULL, 0, 0, h->title, 0 };
	char date[64];
	const char *p;
	size_t i;

	if (h->title != NULL)
		doc_build_para(b, h->title, strlen(h->title), PARA_TITLE);
	if (h->byline != NULL)
		doc_build_para(b, h->byline, strlen(h->byline), PARA_META);
	if (h->published != NULL) {
		p = html_human_date(h->published, date, sizeof date);
		doc_build_para(b, p, strlen(p), PARA_META);
	}
	for (i = 0; i < h->n; i++)
		if ((h->info[i].flags & HI_KEEP) && !html_dead(h->nodes[i]))
			html_emit(&o, h->nodes[i]);
	free(o.buf);
}

/* Parse UTF-8 bytes as HTML; the charset is settled before. */
static htmlDocPtr
html_parse(const char *utf8, size_t len, const char *url)
{
	/*
	 * XML_PARSE_HUGE (HTML_PARSE_HUGE from libxml2 2.10 on, the same bit):
	 * without it the parser stops at the 257th nested element and the
	 * rest of the page is lost ("<div>" x 300 around the article). Our
	 * input is bounded before (FETCH_MAX, the file's size) and every
	 * walk here is iterative.
	 */
	return XML->read_html(utf8, (int)len, url, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT |
	    XML_PARSE_HUGE);
}

/* Bytes in the page's charset to UTF-8; *conv is set when converted. */
static char *
html_decode(const char *bytes, size_t len, size_t *outlen, const char **cs,
    char **cause)
{
	*cs = charset_of_html(bytes, len);
	if (strcmp(*cs, "UTF-8") == 0) {
		*outlen = len;
		return NULL;
	}
	return charset_to_utf8(bytes, len, *cs, outlen, cause);
}

static void
html_free(struct html *h)
{
	html_reset(h);
	free(h->title);
	free(h->byline);
	free(h->published);
	free(h->url);
	free(h->site);
	free(h->lang);
	if (h->doc != NULL)
		XML->free_doc(h->doc);
}

struct doc *
html_doc(const char *name, const char *bytes, size_t len, const char *url,
    char **cause)
{
	struct html h;
	struct doc_build b;
	struct doc *d;
	const char *cs;
	size_t ulen;
	char *conv;
	xmlNode *root;

	if (len > INT_MAX) {
		*cause = xstrdup("page too large");
		return NULL;
	}
	if (dynlib_xml(cause) == NULL)
		return NULL;
	memset(&h, 0, sizeof h);
	h.given_url = url;
	conv = html_decode(bytes, len, &ulen, &cs, cause);
	if (conv == NULL && strcmp(cs, "UTF-8") != 0)
		return NULL;
	h.doc = html_parse(conv != NULL ? conv : bytes, ulen, url);
	free(conv);
	root = h.doc != NULL ? XML->root(h.doc) : NULL;
	doc_build_begin(&b, name, "html");
	if (root != NULL) {
		for (h.body = root; h.body != NULL; h.body = html_next(h.body, root, 0))
			if (html_is(h.body, "body"))
				break;
		if (h.body == NULL)
			h.body = root;
		html_meta(&h, root);
		html_title_trim(&h);
		html_extract(&h);
		html_write(&h, &b);
	}
	d = doc_build_end(&b);
	if (strcmp(cs, "UTF-8") != 0)
		d->charset = xstrdup(cs);
	d->url = h.url;
	if (h.byline != NULL) {		/* else a "By X" paragraph, if any */
		free(d->byline);
		d->byline = h.byline;
	}
	d->published = h.published;
	d->site = h.site;
	d->lang = h.lang;
	h.url = h.byline = h.published = h.site = h.lang = NULL;
	html_free(&h);
	return d;
}

struct doc *
doc_from_html(const char *bytes, size_t len, const char *url, char **cause)
{
	return html_doc(url != NULL ? url : "-", bytes, len, url, cause);
}

void
html_fragment(struct doc_build *b, const char *html, size_t len)
{
	htmlDocPtr doc;
	xmlNode *root;
	struct html_out o = { b, NULL, 0, 0, NULL, 0 };

	if (len > INT_MAX || dynlib_xml(NULL) == NULL ||
	    (doc = html_parse(html, len, NULL)) == NULL)
		return;
	if ((root = XML->root(doc)) != NULL)
		html_emit(&o, root);
	free(o.buf);
	XML->free_doc(doc);
}
