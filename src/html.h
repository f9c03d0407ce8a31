/* html.h: web pages to documents: article extraction and page metadata. */
#ifndef PARTYLINE_HTML_H
#define PARTYLINE_HTML_H

#include <stddef.h>

#include "doc.h"

/*
 * The article in a web page as a document: title, byline and date lines
 * (kind meta), then the body. url (may be NULL) is where the page came
 * from, used when the page names no canonical URL. NULL and *cause set if
 * the page cannot be read.
 */
struct doc *doc_from_html(const char *bytes, size_t len, const char *url,
    char **cause);
/* The same, with the name --json reports as "source". */
struct doc *html_doc(const char *name, const char *bytes, size_t len,
    const char *url, char **cause);
/* Append the paragraphs of an HTML fragment (a feed item's content), all of
 * it: the fragment is the article already. */
void html_fragment(struct doc_build *, const char *html, size_t len);

#endif
