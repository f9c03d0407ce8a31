/* doc.h: ingest: bytes to a clean document with paragraphs and a title. */
#ifndef PARTYLINE_DOC_H
#define PARTYLINE_DOC_H

#include "model.h"

#define DOC_FORCE	0x01	/* read files that look binary */
/* The format, when the user names it (--format); else it is sniffed. */
#define DOC_TEXT	0x02
#define DOC_HTML	0x04
#define DOC_NEWSBOAT	0x08
#define DOC_FEED	0x10
#define DOC_FORMATS	(DOC_TEXT | DOC_HTML | DOC_NEWSBOAT | DOC_FEED)

/* A document being built paragraph by paragraph (pages, newsboat, feeds). */
struct doc_build {
	struct doc *d;
	size_t cap;
};

void doc_build_begin(struct doc_build *, const char *name, const char *format);
void doc_build_para(struct doc_build *, const char *s, size_t n, enum para_kind);
struct doc *doc_build_end(struct doc_build *);

/* Build a document from bytes; NULL and *cause set if refused. */
struct doc *doc_from_bytes(const char *name, const char *bytes, size_t len,
    int flags, char **cause);
/* Read a file ("-" for stdin) or a URL into a document; NULL and *cause on
 * error. A feed gives its first item. */
struct doc *doc_load(const char *path, int flags, char **cause);
/* The same, every item of a feed: an array of *n documents. */
struct doc **doc_load_all(const char *path, int flags, size_t *n, char **cause);
void doc_free(struct doc *);
/*
 * Is the document in English, as far as one can tell? The language the
 * page declares (en, en-GB: yes; ru, pt-BR: no) or, without one, whether
 * most letters of its first 64 KB are Latin (not Cyrillic, Greek, Arabic,
 * Hebrew, CJK or Hangul). The claim engine reads English only.
 */
int doc_english(const struct doc *);
/* What reading changed, for the user, or NULL: "2 invalid UTF-8 sequences
 * replaced with U+FFFD", "not UTF-8; read as Windows-1252 (Latin-1)",
 * "the file is empty". */
char *doc_read_note(const struct doc *);

/* Is the newline at byte off a hard line break (list item, heading)? */
int doc_hard_break(const struct doc *, uint32_t off);

#endif
