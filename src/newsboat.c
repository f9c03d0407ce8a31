/*
 * newsboat.c: the article newsboat writes for its pager ("pager partyline
 * %f"): a header block of "Key: value" lines (Feed, Title, Author, Date,
 * Link; translated in other locales), then paragraphs separated by a line
 * holding one space, wrapped at the terminal width with a trailing space,
 * link markers after the linked words ("Journal[1]") and a closing list
 * of the links ("[1]: https://... (link)").
 *
 * Stays in C: the header keys (Title, Titel, Titre) are newsboat's own
 * labels, part of the file format this reads (its translations), not words
 * of news; they change with newsboat, not with the language of articles.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "newsboat.h"
#include "util.h"

/* Header keys, English first, then the translations newsboat ships most. */
static const char *const newsboat_title[] = { "Title", "Titel", "Titre",
    "Título", "Titolo", "Tytuł", "Заголовок", NULL };
static const char *const newsboat_author[] = { "Author", "Autor", "Auteur",
    "Autore", "Автор", NULL };
static const char *const newsboat_date[] = { "Date", "Datum", "Fecha",
    "Data", "Дата", NULL };
static const char *const newsboat_feed[] = { "Feed", "Flux", "Fuente",
    "Canale", "Kanał", "Лента", NULL };

/* The line at p: its length without the newline; *next is the next line. */
static size_t
newsboat_line(const char *p, const char *end, const char **next)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	*next = nl != NULL ? nl + 1 : end;
	return (size_t)((nl != NULL ? nl : end) - p);
}

/* Is the line a header line "Key: value" (key one to three words)? */
static const char *
newsboat_header(const char *p, size_t n)
{
	const char *c = memchr(p, ':', n);
	size_t i, spaces = 0;

	if (c == NULL || c == p || (size_t)(c - p) > 40 || c + 1 >= p + n ||
	    c[1] != ' ')
		return NULL;
	for (i = 0; p + i < c; i++)
		if (p[i] == ' ')
			spaces++;
	return spaces <= 2 ? c + 2 : NULL;
}

/* Is the line a paragraph separator: one space, or nothing? */
static int
newsboat_sep(const char *p, size_t n)
{
	return n == 0 || (n == 1 && p[0] == ' ') || (n == 2 && memcmp(p, " \r", 2) == 0);
}

int
newsboat_sniff(const char *bytes, size_t len)
{
	const char *p = bytes, *end = bytes + len, *next, *v;
	size_t n, lines = 0;
	int link = 0;

	while (p < end && lines < 12) {
		n = newsboat_line(p, end, &next);
		if (newsboat_sep(p, n))
			return lines >= 2 && link && n == 1;
		if ((v = newsboat_header(p, n)) == NULL)
			return 0;
		if (strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0)
			link = 1;
		lines++;
		p = next;
	}
	return 0;
}

/* Is key (n bytes) one of the names? */
static int
newsboat_key(const char *key, size_t n, const char *const *names)
{
	for (; *names != NULL; names++)
		if (strlen(*names) == n && strncasecmp(key, *names, n) == 0)
			return 1;
	return 0;
}

/* Does the value look like newsboat's date ("Tue, 05 Mar 2024 09:30:00")? */
static int
newsboat_datelike(const char *v)
{
	int digits = 0, colons = 0;

	for (; *v != '\0'; v++) {
		digits += *v >= '0' && *v <= '9';
		colons += *v == ':';
	}
	return digits >= 8 && colons >= 1;
}

/* One header value under its key into the document's fields. */
static void
newsboat_field(struct doc *d, const char *key, size_t n, const char *val,
    size_t pos, char **title)
{
	if (newsboat_key(key, n, newsboat_title) && *title == NULL)
		*title = xstrdup(val);
	else if (newsboat_key(key, n, newsboat_author) && d->byline == NULL)
		d->byline = xstrdup(val);
	else if (newsboat_key(key, n, newsboat_date) && d->published == NULL)
		d->published = xstrdup(val);
	else if (newsboat_key(key, n, newsboat_feed) && d->site == NULL)
		d->site = xstrdup(val);
	else if (strncmp(val, "http", 4) == 0 && d->url == NULL)
		d->url = xstrdup(val);
	else if (newsboat_datelike(val) && d->published == NULL)
		d->published = xstrdup(val);
	else if (pos == 0 && d->site == NULL)	/* a locale we do not know: */
		d->site = xstrdup(val);		/* Feed, Title, Author in order */
	else if (pos == 1 && *title == NULL)
		*title = xstrdup(val);
	else if (pos == 2 && d->byline == NULL)
		d->byline = xstrdup(val);
}

/* Read the header block into the document's fields; returns the body. */
static const char *
newsboat_head(struct doc *d, const char *p, const char *end, char **title)
{
	const char *next, *v;
	char *val;
	size_t n, k;

	for (k = 0; p < end; k++, p = next) {
		n = newsboat_line(p, end, &next);
		if (newsboat_sep(p, n) || (v = newsboat_header(p, n)) == NULL)
			break;
		val = xstrndup(v, n - (size_t)(v - p));
		while (*val != '\0' && val[strlen(val) - 1] == ' ')
			val[strlen(val) - 1] = '\0';
		newsboat_field(d, p, (size_t)(v - 2 - p), val, k, title);
		free(val);
	}
	return p;
}

/* Remove link markers ("Journal[1]" -> "Journal") from s in place. */
static size_t
newsboat_unmark(char *s, size_t n)
{
	size_t i = 0, w = 0, j;

	while (i < n) {
		if (s[i] == '[' && i > 0 && s[i - 1] != ' ' && i + 1 < n &&
		    s[i + 1] >= '0' && s[i + 1] <= '9') {
			for (j = i + 1; j < n && s[j] >= '0' && s[j] <= '9'; j++)
				;
			if (j < n && s[j] == ']') {
				i = j + 1;
				continue;
			}
		}
		s[w++] = s[i++];
	}
	return w;
}

/* Is the paragraph the closing list of links ("Links:", "[1]: url")? */
static int
newsboat_links(const char *p, size_t n)
{
	const char *nl = memchr(p, '\n', n);

	if (nl == NULL || nl == p || (nl[-1] != ':' && !(nl - p >= 2 &&
	    nl[-1] == ' ' && nl[-2] == ':')))
		return 0;
	return nl + 2 < p + n && nl[1] == '[' && nl[2] >= '0' && nl[2] <= '9';
}

/*
 * The links list as boilerplate, a paragraph a line ("Links:", then
 * "[1]: https://www.wsj.com/ (link)"): one list, not one run-on paragraph
 * of URLs.
 */
static void
newsboat_link_lines(struct doc_build *b, const char *p, size_t n)
{
	const char *end = p + n, *nl;
	size_t k;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		for (k = (size_t)(nl - p); k > 0 && (p[k - 1] == ' ' ||
		    p[k - 1] == '\r'); k--)
			;
		if (k > 0)
			doc_build_para(b, p, k, PARA_BOILERPLATE);
	}
}

/* Write one paragraph (its lines end at the separator). */
static void
newsboat_para(struct doc_build *b, const char *p, size_t n)
{
	char *s;

	if (newsboat_links(p, n)) {
		newsboat_link_lines(b, p, n);
		return;
	}
	s = xstrndup(p, n);
	n = newsboat_unmark(s, n);
	doc_build_para(b, s, n, PARA_BODY);
	free(s);
}

struct doc *
newsboat_doc(const char *name, const char *bytes, size_t len, char **cause)
{
	struct doc_build b;
	struct doc *d;
	const char *p, *end = bytes + len, *start, *next;
	char *title = NULL;
	size_t n;

	(void)cause;
	doc_build_begin(&b, name, "newsboat");
	d = b.d;
	p = newsboat_head(d, bytes, end, &title);
	if (title != NULL)
		doc_build_para(&b, title, strlen(title), PARA_TITLE);
	free(title);
	if (d->byline != NULL)
		doc_build_para(&b, d->byline, strlen(d->byline), PARA_META);
	if (d->published != NULL)
		doc_build_para(&b, d->published, strlen(d->published), PARA_META);
	for (start = p; p < end; p = next) {
		n = newsboat_line(p, end, &next);
		if (!newsboat_sep(p, n))
			continue;
		if (p > start)
			newsboat_para(&b, start, (size_t)(p - start));
		start = next;
	}
	if (start < end)
		newsboat_para(&b, start, (size_t)(end - start));
	return doc_build_end(&b);
}
