/*
 * html_meta.c: a page's metadata: its title without the site's name, the
 * byline, the date, the canonical URL and the site's name, from <meta>
 * tags (og:title, author, article:published_time and kin), JSON-LD and
 * <title>.
 *
 * Stays in C: the meta keys (og:title, dc.creator) and the title
 * separators (" | ", " - ") are markup and punctuation of web pages, not
 * words of news, so they are not in data/words.tsv.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"
#include "html_meta.h"
#include "util.h"

/* ---------------------------------------------------------------- metadata */

/* Trimmed copy of s, white space runs as one space; NULL if empty. */
char *
html_clean_str(const char *s)
{
	char *r, *w;
	int space = 0;

	if (s == NULL)
		return NULL;
	r = w = xmalloc(strlen(s) + 1);
	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			space = w > r;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = 0;
		*w++ = *s;
	}
	*w = '\0';
	if (*r == '\0') {
		free(r);
		return NULL;
	}
	return r;
}

/* Set *slot from s if it is empty. */
static void
html_set(char **slot, const char *s)
{
	if (*slot == NULL && s != NULL)
		*slot = html_clean_str(s);
}

/* Is v a language tag (en, pt-BR, ru_RU): letters, digits, - and _? */
static int
html_lang_ok(const char *v)
{
	size_t n = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789-_");

	return n >= 2 && n <= 35 && v[n] == '\0';
}

/* One <meta>: og:title, author, article:published_time and kin. */
static void
html_meta_tag(struct html *h, xmlNode *n, char **title)
{
	const char *k = html_attr(n, "property"), *v = html_attr(n, "content");

	if (k == NULL)
		k = html_attr(n, "name");
	if (k == NULL)
		k = html_attr(n, "itemprop");
	if (k == NULL || v == NULL)
		return;
	if (strcasecmp(k, "og:title") == 0 || strcasecmp(k, "twitter:title") == 0)
		html_set(title, v);
	else if (strcasecmp(k, "og:site_name") == 0 ||
	    strcasecmp(k, "application-name") == 0)
		html_set(&h->site, v);
	else if ((strcasecmp(k, "author") == 0 || strcasecmp(k, "article:author") == 0 ||
	    strcasecmp(k, "dc.creator") == 0 || strcasecmp(k, "byl") == 0 ||
	    strcasecmp(k, "sailthru.author") == 0 || strcasecmp(k, "parsely-author") == 0) &&
	    strncmp(v, "http", 4) != 0)
		html_set(&h->byline, v);
	else if (strcasecmp(k, "article:published_time") == 0 ||
	    strcasecmp(k, "datePublished") == 0 || strcasecmp(k, "date") == 0 ||
	    strcasecmp(k, "pubdate") == 0 || strcasecmp(k, "publish-date") == 0 ||
	    strcasecmp(k, "dc.date") == 0 || strcasecmp(k, "dc.date.issued") == 0 ||
	    strcasecmp(k, "sailthru.date") == 0 || strcasecmp(k, "parsely-pub-date") == 0)
		html_set(&h->published, v);
	else if (strcasecmp(k, "og:url") == 0)
		html_set(&h->url, v);
	else if ((strcasecmp(k, "og:locale") == 0 ||
	    strcasecmp(k, "language") == 0) && html_lang_ok(v))
		html_set(&h->lang, v);
}

/*
 * The language the page declares: <html lang="ru"> before a <meta> of
 * og:locale (ru_RU) or Content-Language, which come in any order.
 */
static void
html_meta_lang(struct html *h, xmlNode *n)
{
	const char *v;

	if (html_is(n, "html") && ((v = html_attr(n, "lang")) != NULL ||
	    (v = html_attr(n, "xml:lang")) != NULL) && html_lang_ok(v)) {
		free(h->lang);
		h->lang = NULL;
		html_set(&h->lang, v);
	} else if (html_is(n, "meta") && (v = html_attr(n, "http-equiv")) != NULL &&
	    strcasecmp(v, "content-language") == 0 &&
	    (v = html_attr(n, "content")) != NULL && html_lang_ok(v))
		html_set(&h->lang, v);
}

/* Look for "key": "value" in JSON-LD text (datePublished, author's name). */
static char *
html_jsonld_str(const char *s, const char *key)
{
	char pat[64];
	const char *p, *q;

	snprintf(pat, sizeof pat, "\"%s\"", key);
	if ((p = strstr(s, pat)) == NULL)
		return NULL;
	p += strlen(pat);
	while (*p == ' ' || *p == ':' || *p == '\n' || *p == '\t')
		p++;
	if (*p != '"')
		return NULL;
	p++;
	for (q = p; *q != '\0' && *q != '"' && *q != '\\'; q++)
		;
	if (*q != '"' || q == p || q - p > 200)
		return NULL;
	return xstrndup(p, (size_t)(q - p));
}

/* A JSON-LD block's date and author (name inside "author": {...}). */
static void
html_jsonld(struct html *h, const char *s)
{
	char *v;
	const char *a;

	if ((v = html_jsonld_str(s, "datePublished")) != NULL) {
		html_set(&h->published, v);
		free(v);
	}
	if ((a = strstr(s, "\"author\"")) != NULL) {
		if ((v = html_jsonld_str(a, "name")) != NULL) {
			html_set(&h->byline, v);
			free(v);
		}
	}
}

/* The page's title, byline, date, URL and site name from <head> and
 * markup that says what it is (rel=author, itemprop, <time>). */
void
html_meta(struct html *h, xmlNode *root)
{
	xmlNode *n;
	char *title = NULL, *doctitle = NULL;
	const char *v;
	xmlChar *t;

	for (n = root; n != NULL; n = html_next(n, root, 0)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		html_meta_lang(h, n);
		if (html_is(n, "meta"))
			html_meta_tag(h, n, &title);
		else if (html_is(n, "title") && doctitle == NULL) {
			t = XML->content(n);
			doctitle = html_clean_str((char *)t);
			(*XML->free)(t);
		} else if (html_is(n, "link") && (v = html_attr(n, "rel")) != NULL &&
		    strcasecmp(v, "canonical") == 0) {
			free(h->url);
			h->url = NULL;
			html_set(&h->url, html_attr(n, "href"));
		} else if (html_is(n, "script") && (v = html_attr(n, "type")) != NULL &&
		    strcasecmp(v, "application/ld+json") == 0) {
			t = XML->content(n);
			if (t != NULL)
				html_jsonld(h, (char *)t);
			(*XML->free)(t);
		} else if (html_is(n, "time") && h->published == NULL &&
		    (v = html_attr(n, "datetime")) != NULL)
			html_set(&h->published, v);
	}
	if (title == NULL)
		title = doctitle;
	else
		free(doctitle);
	h->title = title;
	if (h->url == NULL && h->given_url != NULL)
		h->url = xstrdup(h->given_url);
}

/* Has s three words or more? */
static int
html_three_words(const char *s)
{
	const char *sp = s != NULL ? strchr(s, ' ') : NULL;

	return sp != NULL && strchr(sp + 1, ' ') != NULL;
}

/*
 * The title without the site's name: "Huawei row deepens | The Paper" ->
 * "Huawei row deepens". A part that the page's one h1 repeats wins; else
 * the longest part around a separator, if it has at least three words;
 * else the page's one h1 if it has ("Home - Site" over "<h1>German
 * minister warns</h1>").
 */
void
html_title_trim(struct html *h)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ",
	    " « ", " » ", " / ", NULL };
	char *t = h->title, *h1 = html_h1(h), *best = NULL, *part;
	size_t i, bestlen = 0;

	if (t == NULL) {
		h->title = h1;
		return;
	}
	if (h1 != NULL && strstr(t, h1) != NULL && strlen(h1) >= 10) {
		free(t);
		h->title = h1;
		return;
	}
	for (i = 0; seps[i] != NULL; i++) {
		char *p = t, *q;

		if (strstr(t, seps[i]) == NULL)
			continue;
		for (;;) {
			q = strstr(p, seps[i]);
			part = q != NULL ? xstrndup(p, (size_t)(q - p)) : xstrdup(p);
			if (strlen(part) > bestlen && !(h->site != NULL &&
			    html_same_text(part, strlen(part), h->site))) {
				free(best);
				best = part;
				bestlen = strlen(part);
			} else
				free(part);
			if (q == NULL)
				break;
			p = q + strlen(seps[i]);
		}
		break;
	}
	if (html_three_words(best)) {
		free(t);
		h->title = best;
		free(h1);
		return;
	}
	free(best);
	if (html_three_words(h1) && (seps[i] != NULL || !html_three_words(t))) {
		free(t);
		h->title = h1;
		return;
	}
	free(h1);
}
