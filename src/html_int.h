/*
 * html_int.h: what html.c and html_meta.c share: the parsed page (struct
 * html), libxml2 as loaded by dynlib, and a few readers of elements.
 */
#ifndef PARTYLINE_HTML_INT_H
#define PARTYLINE_HTML_INT_H

#include <stddef.h>
#include <stdint.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "dynlib.h"

/* libxml2, loaded by html.c's entry points before any tree exists. */
#define XML (dynlib_xml(NULL))

/* Per element facts, hung on node->_private. */
struct hinfo {
	double score;
	uint32_t len;		/* characters of text, white space runs as one */
	uint32_t linklen;	/* of which inside links */
	uint32_t inl;		/* text not inside a block child */
	uint32_t commas;
	uint32_t icommas;	/* commas of the inline text */
	uint32_t np, nimg, nli, ninput, nembed, nheadlen;
	unsigned flags;
};

struct html {
	htmlDocPtr doc;
	xmlNode *body;
	xmlNode **nodes;	/* elements in document order */
	size_t n;
	struct hinfo *info;
	char *title, *byline, *published, *url, *site;
	char *lang;		/* <html lang>, og:locale, Content-Language */
	const char *given_url;
};

/* A tag's name compared without case. */
int html_is(const xmlNode *n, const char *name);

/*
 * An attribute's value without copying (the HTML parser keeps it in one
 * text node), or NULL.
 */
const char *html_attr(const xmlNode *n, const char *name);

/* Next node in document order below root; skip = do not enter n. */
xmlNode *html_next(xmlNode *n, const xmlNode *root, int skip);

/* Same words, ignoring case, space and punctuation? */
int html_same_text(const char *a, size_t na, const char *b);

/* The h1 text if the page has exactly one h1 (for the title). */
char *html_h1(struct html *h);

#endif
