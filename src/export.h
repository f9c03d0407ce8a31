/*
 * export.h: the spreadsheet views: one row per claim (--claims) or per
 * party (--parties), as CSV (RFC 4180) or TSV, with a header row.
 */
#ifndef PARTYLINE_EXPORT_H
#define PARTYLINE_EXPORT_H

#include <stdio.h>

#include "model.h"

enum export_what { EXPORT_CLAIMS, EXPORT_PARTIES };
enum export_format { EXPORT_CSV, EXPORT_TSV };

struct export {
	enum export_what what;
	enum export_format format;
	const char *keyname;	/* the first column's name: "file" or "id" */
};

/* Parse "csv" or "tsv"; -1 if neither. */
int export_format_parse(const char *, enum export_format *);
void export_header(FILE *, const struct export *);
/* The rows of one document; key fills the first column. */
void export_rows(FILE *, const struct export *, const struct doc *,
    const char *key);

#endif
