/* html_meta.h: a page's metadata (html_meta.c). */
#ifndef PARTYLINE_HTML_META_H
#define PARTYLINE_HTML_META_H

#include "html_int.h"

/* Trimmed copy of s, white space runs as one space; NULL if empty. */
char *html_clean_str(const char *s);

/*
 * The page's title, byline, date, URL and site name from <head> and markup
 * that says what it is (rel=author, itemprop, <time>).
 */
void html_meta(struct html *h, xmlNode *root);

/*
 * The title without the site's name: "Huawei row deepens | The Paper" ->
 * "Huawei row deepens".
 */
void html_title_trim(struct html *h);

#endif
