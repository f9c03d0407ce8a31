/*
 * lexicon_int.h: the lexicon's tables, shared by lexicon.c (loading the
 * TSV files) and lexicon_table.c (the same tables written at build time
 * to one file, mapped at start-up instead of read line by line).
 */
#ifndef PARTYLINE_LEXICON_INT_H
#define PARTYLINE_LEXICON_INT_H

#include "hmap.h"
#include "lexicon.h"
#include "model.h"
#include "vec.h"

#define LEXICON_BLOOM_BITS (1u << 18)	/* 32 KB: most words miss here */

/* The table's file in the data directory, made by `make`. */
#define LEXICON_TABLE_NAME "lexicon.bin"

struct lexicon {
	VEC(struct lexicon_entry) ents;
	struct hmap emap;
	uint64_t bloom[LEXICON_BLOOM_BITS / 64];	/* bits of keys' hashes */
	VEC(char) keys;			/* folded keys, each NUL-terminated */
	VEC(struct lexicon_canon) canons;
	struct hmap cmap;
	struct doc scratch;		/* for cutting forms into tokens */
	struct cues *cues;
	struct wordmaps *maps;		/* data/maps.tsv */
	VEC(struct lexicon_office) offices;	/* grouped by person */
	/*
	 * A mapped table (lexicon_table.c): ents, keys, the maps' arrays and
	 * the names of canons and offices point into it, read only, until
	 * lexicon_table_thaw copies them (a user file adds to them).
	 */
	void *map;
	size_t maplen;
	uint64_t stamp;		/* lexicon_changed: new keys, new stamp */
};

/*
 * A new stamp for a lexicon whose keys or tables changed: what each
 * thread recalls of its look-ups (lexicon_find), and of a lexicon freed
 * at the same address, is stale then.
 */
void lexicon_changed(struct lexicon *);

/* Name of data file i of the lexicon, NULL past the last. */
const char *lexicon_file_name(size_t i);
/* Read the data files themselves, never the table; -1 and *cause on error. */
int lexicon_parse_dir(struct lexicon *, const char *dir, char **cause);

/*
 * Map the table at path into an empty lexicon: 0, or -1 (nothing changed)
 * when it is missing, made by another build, or older than a file of dir.
 */
int lexicon_table_load(struct lexicon *, const char *dir, const char *path);
/* Write the tables of a loaded lexicon to path; -1 and *cause on error. */
int lexicon_table_write(const struct lexicon *, const char *dir,
    const char *path, char **cause);
/* Copy what points into the map to memory of our own, and unmap it. */
void lexicon_table_thaw(struct lexicon *);
/* Free what was made for the map, and unmap it (lexicon_free). */
void lexicon_table_unmap(struct lexicon *);

#endif
