/*
 * feed.c: RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds, parsed with libxml2's
 * XML parser (no network, no external entities). Each item becomes a
 * document: its title, author and date as the title and meta lines, its
 * link as the URL, its content (content:encoded, Atom content) or else its
 * summary or description read as an HTML fragment.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dynlib.h"
#include "feed.h"
#include "html.h"
#include "util.h"

/* libxml2, loaded by the entry points below before any tree exists. */
#define XML (dynlib_xml(NULL))

/* The local name of an element, namespace prefix ignored. */
static int
feed_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* The text of the first child element named name, or NULL (malloc'd). */
static char *
feed_child(const xmlNode *item, const char *name, const char *ns_prefix)
{
	const xmlNode *c;
	xmlChar *t;
	char *r;

	for (c = item->children; c != NULL; c = c->next) {
		if (!feed_is(c, name))
			continue;
		if (ns_prefix != NULL && (c->ns == NULL || c->ns->prefix == NULL ||
		    strcmp((const char *)c->ns->prefix, ns_prefix) != 0))
			continue;
		t = XML->content(c);
		r = t != NULL && *t != '\0' ? xstrdup((char *)t) : NULL;
		(*XML->free)(t);
		if (r != NULL)
			return r;
	}
	return NULL;
}

/* Atom's <link rel="alternate" href> (or the first link without rel). */
static char *
feed_atom_link(const xmlNode *item)
{
	const xmlNode *c;
	xmlChar *rel, *href;
	char *r = NULL;

	for (c = item->children; c != NULL && r == NULL; c = c->next) {
		if (!feed_is(c, "link"))
			continue;
		rel = XML->get_prop(c, (const xmlChar *)"rel");
		href = XML->get_prop(c, (const xmlChar *)"href");
		if (href != NULL && (rel == NULL || strcmp((char *)rel, "alternate") == 0))
			r = xstrdup((char *)href);
		(*XML->free)(rel);
		(*XML->free)(href);
	}
	return r;
}

/* RSS's author is an address: "staff@example.com (Jane Roe)" -> "Jane Roe". */
static char *
feed_name_of(char *addr)
{
	char *open = strchr(addr, '('), *close = strrchr(addr, ')'), *r;

	if (strchr(addr, '@') == NULL || open == NULL || close == NULL ||
	    close <= open + 1)
		return addr;
	r = xstrndup(open + 1, (size_t)(close - open - 1));
	free(addr);
	return r;
}

/* The author: RSS author or dc:creator, Atom author/name. */
static char *
feed_author(const xmlNode *item)
{
	const xmlNode *c;
	char *r;

	if ((r = feed_child(item, "creator", NULL)) != NULL)
		return r;
	for (c = item->children; c != NULL; c = c->next)
		if (feed_is(c, "author")) {
			if ((r = feed_child(c, "name", NULL)) != NULL)
				return r;
			break;
		}
	r = feed_child(item, "author", NULL);
	return r != NULL ? feed_name_of(r) : NULL;
}

/* Set a string field from a malloc'd value, trimmed. */
static void
feed_meta(struct doc_build *b, char **slot, char *v)
{
	size_t n;

	if (v == NULL)
		return;
	n = strlen(v);
	while (n > 0 && strchr(" \t\r\n", v[n - 1]) != NULL)
		v[--n] = '\0';
	if (n == 0) {
		free(v);
		return;
	}
	*slot = v;
	doc_build_para(b, v, n, PARA_META);
}

/* One item or entry as a document. */
static struct doc *
feed_item(const char *name, const xmlNode *item, size_t k)
{
	struct doc_build b;
	char *title, *body, *src;
	struct doc *d;

	src = xasprintf("%s#%zu", name, k + 1);
	doc_build_begin(&b, src, "feed");
	free(src);
	d = b.d;
	if ((title = feed_child(item, "title", NULL)) != NULL)
		doc_build_para(&b, title, strlen(title), PARA_TITLE);
	free(title);
	feed_meta(&b, &d->byline, feed_author(item));
	body = feed_child(item, "pubDate", NULL);
	if (body == NULL)
		body = feed_child(item, "published", NULL);
	if (body == NULL)
		body = feed_child(item, "date", NULL);
	if (body == NULL)
		body = feed_child(item, "updated", NULL);
	feed_meta(&b, &d->published, body);
	d->url = feed_child(item, "link", NULL);
	if (d->url == NULL || strncmp(d->url, "http", 4) != 0) {
		free(d->url);
		d->url = feed_atom_link(item);
	}
	body = feed_child(item, "encoded", NULL);
	if (body == NULL)
		body = feed_child(item, "content", NULL);
	if (body == NULL)
		body = feed_child(item, "description", NULL);
	if (body == NULL)
		body = feed_child(item, "summary", NULL);
	if (body != NULL)
		html_fragment(&b, body, strlen(body));
	free(body);
	return doc_build_end(&b);
}

struct doc **
feed_docs(const char *name, const char *bytes, size_t len, size_t *n,
    char **cause)
{
	xmlDocPtr x = NULL;
	xmlNode *root, *ch, *it, *scope;
	struct doc **out = NULL;

	*n = 0;
	if (dynlib_xml(cause) == NULL)
		return NULL;
	if (len > INT32_MAX || (x = XML->read_xml(bytes, (int)len, NULL, NULL,
	    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING)) == NULL || (root = XML->root(x)) == NULL) {
		if (x != NULL)
			XML->free_doc(x);
		*cause = xstrdup("not a feed that can be read (bad XML)");
		return NULL;
	}
	scope = root;
	for (ch = root->children; ch != NULL; ch = ch->next)
		if (feed_is(ch, "channel") && feed_is(root, "rss"))
			scope = ch;	/* RSS 2.0: items in the channel */
	for (it = scope->children; it != NULL; it = it->next)
		if (feed_is(it, "item") || feed_is(it, "entry")) {
			out = xrealloc(out, (*n + 1) * sizeof *out);
			out[*n] = feed_item(name, it, *n);
			(*n)++;
		}
	XML->free_doc(x);
	if (*n == 0)
		*cause = xstrdup("a feed with no items");
	return out;
}

struct doc *
feed_doc(const char *name, const char *bytes, size_t len, char **cause)
{
	size_t n, i;
	struct doc **all = feed_docs(name, bytes, len, &n, cause);
	struct doc *d;

	if (all == NULL)
		return NULL;
	d = all[0];
	for (i = 1; i < n; i++)
		doc_free(all[i]);
	free(all);
	return d;
}
