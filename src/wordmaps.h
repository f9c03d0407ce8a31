/*
 * wordmaps.h: data/maps.tsv, words that stand for a value: "Commons" says
 * the article is about the United Kingdom, "newspaper" names a company.
 * Word classes (words.tsv) say what a word is; a map says what it points
 * to. The lexicon loads the file beside cues.tsv (lexicon_wordmap).
 */
#ifndef PARTYLINE_WORDMAPS_H
#define PARTYLINE_WORDMAPS_H

#include <stddef.h>

/* The maps of data/maps.tsv, by the name in its second column. */
enum wordmap_kind {
	WMAP_HOME,		/* word -> country: the article is about it */
	WMAP_BODY_KIND,		/* word -> entity type: a newspaper said */
	WMAP_PARTY_TAG,		/* letter -> party: Rep. Ann Roe (D-Wis.) */
	WMAP_GOVERNMENT,	/* nation -> state: England's minister, the UK's */
	WMAP_OPPOSITION,	/* state -> party: its shadow ministers' */
	WMAP_UNION_SEAT,	/* city -> union: Brussels, the EU's seat */
	WMAP_TITLE_BODY,	/* title word -> body word: a commissioner's */
	WMAP_RIVAL,		/* party -> party: the opposition when it governs */
	WMAP_MONARCH,	/* country -> the title of its monarch */
	WMAP_PARTY_MEMBER,	/* a member word -> the party: Democrat */
	WMAP_N
};

struct wordmap {
	char *word;		/* as written: compared case and all */
	char *value;		/* a country's name, an entity type's name */
	unsigned types;		/* WMAP_BODY_KIND: 1 << enum ent_type */
};

struct wordmaps;

/* Read path; NULL and *cause ("FILE:LINE: ...") on error. */
struct wordmaps *wordmaps_load(const char *path, char **cause);
void wordmaps_free(struct wordmaps *);
/* The entries of map k in the file's order; *n of them (none: NULL, 0). */
const struct wordmap *wordmaps_get(const struct wordmaps *,
    enum wordmap_kind k, size_t *n);

#endif
