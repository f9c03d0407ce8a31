/*
 * record.c: a JSON Lines record (--jsonl) to a document. The record is
 * parsed with jansson; "text" (after "title", as the first paragraph), a
 * web page's "html", or the page a "url" names is the article; "id" and
 * every other field are kept, as JSON text, for the result line. Names the result's schema uses ("source", "claims"...) are
 * moved under "record" so nothing of the input is lost or overwritten.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "doc.h"
#include "fetch.h"
#include "html.h"
#include "record.h"
#include "util.h"

/* Fields of the --json schema: a record field of that name goes under
 * "record" in the result. */
static const char *const record_schema[] = { "partyline", "source",
    "format", "url", "byline", "published", "text", "title", "paragraphs",
    "sentences", "entities", "claims", "parties", "error", "record", NULL };

static int
record_in_schema(const char *key)
{
	const char *const *s;

	for (s = record_schema; *s != NULL; s++)
		if (strcmp(*s, key) == 0)
			return 1;
	return 0;
}

/*
 * v as compact JSON text, with DEL and the C1 controls (U+0080-U+009F,
 * some terminals obey U+009B as an escape) written as \u escapes: jansson
 * leaves them raw, and the result line may reach a terminal.
 */
static char *
record_dump(const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY), *out, *p;
	const unsigned char *q;

	if (s == NULL)
		return xstrdup("null");
	out = p = xmalloc(strlen(s) * 3 + 1);
	for (q = (const unsigned char *)s; *q != '\0'; q++) {
		if (*q == 0x7f || (*q == 0xc2 && q[1] >= 0x80 && q[1] <= 0x9f)) {
			p += sprintf(p, "\\u%04x", *q == 0x7f ? 0x7f : q[1]);
			q += *q == 0xc2;
			continue;
		}
		*p++ = (char)*q;
	}
	*p = '\0';
	free(s);
	return out;
}

/* Set r->id and r->key from the record's "id". */
static void
record_id(struct record *r, const json_t *id)
{
	r->id = record_dump(id != NULL ? id : json_null());
	if (id == NULL || json_is_null(id))
		r->key = xstrdup("");
	else if (json_is_string(id))
		r->key = xstrndup(json_string_value(id), json_string_length(id));
	else
		r->key = xstrdup(r->id);
}

/* The fields the result echoes: all but id, text and (with text) title. */
static void
record_post(struct record *r, json_t *o)
{
	int text = json_object_get(o, "text") != NULL;
	json_t *keep = json_object(), *moved = json_object(), *v;
	const char *k;
	char *s;

	json_object_foreach(o, k, v) {
		if (strcmp(k, "id") == 0 || strcmp(k, "text") == 0 ||
		    (text && strcmp(k, "title") == 0))
			continue;
		json_object_set(record_in_schema(k) ? moved : keep, k, v);
	}
	if (json_object_size(moved) > 0)
		json_object_set(keep, "record", moved);
	json_decref(moved);
	s = record_dump(keep);
	json_decref(keep);
	/* {"a":1,"b":2} -> ,"a":1,"b":2 */
	s[0] = ',';
	s[strlen(s) - 1] = '\0';
	if (s[1] == '\0')
		s[0] = '\0';
	r->post = s;
}

/* The string field k of o: its bytes (NULL if absent or null); -1 if it
 * is there but no string. */
static int
record_string(const json_t *o, const char *k, const char **s, size_t *n)
{
	const json_t *v = json_object_get(o, k);

	*s = NULL;
	*n = 0;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return -1;
	*s = json_string_value(v);
	*n = json_string_length(v);
	return 0;
}

/* The document of a record with "text" (and maybe "title"). */
static struct doc *
record_doc(const json_t *o, const char *name, int flags, char **cause)
{
	const char *text, *title;
	size_t ntext, ntitle;
	struct doc *d;
	char *buf;

	if (record_string(o, "text", &text, &ntext) != 0) {
		*cause = xstrdup("\"text\" is not a string");
		return NULL;
	}
	if (record_string(o, "title", &title, &ntitle) != 0) {
		*cause = xstrdup("\"title\" is not a string");
		return NULL;
	}
	flags = (flags & ~DOC_FORMATS) | DOC_TEXT;	/* never sniffed */
	if (ntitle == 0)
		return doc_from_bytes(name, text, ntext, flags, cause);
	/* the title is the article's first paragraph, as in a file */
	buf = xmalloc(ntitle + 2 + ntext + 1);
	memcpy(buf, title, ntitle);
	memcpy(buf + ntitle, "\n\n", 2);
	memcpy(buf + ntitle + 2, text, ntext);
	d = doc_from_bytes(name, buf, ntitle + 2 + ntext, flags, cause);
	free(buf);
	return d;
}

/* The document of a record with "html" (and maybe "url", where the page
 * came from). */
static struct doc *
record_html(const json_t *o, const char *name, char **cause)
{
	const char *html, *url;
	size_t n, nurl;

	if (record_string(o, "html", &html, &n) != 0 || html == NULL ||
	    record_string(o, "url", &url, &nurl) != 0) {
		*cause = xstrdup("\"html\" or \"url\" is not a string");
		return NULL;
	}
	return html_doc(name, html, n, url, cause);
}

/* The document of the page a record's "url" names, fetched. */
static struct doc *
record_url(const json_t *o, const char *name, int flags, char **cause)
{
	const char *url;
	char *body, *final = NULL, *type = NULL;
	size_t n;
	struct doc *d;

	if (record_string(o, "url", &url, &n) != 0 || url == NULL) {
		*cause = xstrdup("\"url\" is not a string");
		return NULL;
	}
	if (!fetch_is_url(url)) {
		*cause = xstrdup("\"url\" is not an http:// or https:// URL");
		return NULL;
	}
	if ((body = fetch_url(url, &n, &final, &type, cause)) == NULL)
		return NULL;
	if (type != NULL && strstr(type, "html") != NULL)
		d = html_doc(name, body, n, final, cause);
	else
		d = doc_from_bytes(name, body, n, flags, cause);
	free(body);
	free(final);
	free(type);
	return d;
}

/* jansson's message for a line that is not JSON; the "file" it reads is
 * the line, so its end is the line's ("unexpected token near end of
 * line" for {"text": cut short, "end of line expected" for two records). */
static char *
record_json_cause(const json_error_t *err)
{
	const char *eof = strstr(err->text, "end of file");

	if (eof == NULL)
		return xasprintf("not JSON: %s (column %d)", err->text, err->column);
	return xasprintf("not JSON: %.*send of line%s (column %d)",
	    (int)(eof - err->text), err->text, eof + strlen("end of file"),
	    err->column);
}

int
record_read(struct record *r, const char *line, size_t len, const char *name,
    int flags, char **cause)
{
	json_error_t err;
	json_t *o;
	size_t i;

	memset(r, 0, sizeof *r);
	for (i = 0; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	if (i == len) {		/* still a line out, for a line in */
		record_id(r, NULL);
		*cause = xstrdup("an empty line, no record");
		return -1;
	}
	o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &err);
	if (o == NULL || !json_is_object(o)) {
		record_id(r, NULL);
		*cause = o == NULL ? record_json_cause(&err) :
		    xstrdup("not a JSON object");
		json_decref(o);
		return -1;
	}
	record_id(r, json_object_get(o, "id"));
	record_post(r, o);
	if (json_object_get(o, "text") != NULL)
		r->doc = record_doc(o, name, flags, cause);
	else if (json_object_get(o, "html") != NULL)
		r->doc = record_html(o, name, cause);
	else if (json_object_get(o, "url") != NULL)
		r->doc = record_url(o, name, flags, cause);
	else
		*cause = xstrdup("no \"text\", \"html\" or \"url\"");
	json_decref(o);
	return r->doc != NULL ? 0 : -1;
}

void
record_clear(struct record *r)
{
	doc_free(r->doc);
	free(r->id);
	free(r->key);
	free(r->post);
	memset(r, 0, sizeof *r);
}
