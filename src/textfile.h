/* textfile.h: the one reader of config-like files (themes, the config
 * file, lexicons): whole, bounded, checked, then handed out line by line. */
#ifndef PARTYLINE_TEXTFILE_H
#define PARTYLINE_TEXTFILE_H

#include <stddef.h>

#define TEXTFILE_LINE_MAX	65536		/* bytes in a line at most */
#define TEXTFILE_SIZE_MAX	(16u << 20)	/* bytes in a file at most */

struct textfile {
	char *path;	/* as given, for messages */
	char *buf;	/* the file, NUL-terminated, lines cut in place */
	size_t len;
	size_t off;	/* where the next line starts */
	size_t line;	/* number of the line last handed out */
};

/*
 * Read path whole. Refused, with NULL and *cause "FILE: problem" or
 * "FILE:LINE: problem": not a regular file (a FIFO, a device such as
 * /dev/zero, a directory), a read error, over TEXTFILE_SIZE_MAX bytes, a
 * NUL byte, a line over TEXTFILE_LINE_MAX bytes. A UTF-8 byte order mark
 * at the start is skipped.
 */
struct textfile *textfile_open(const char *path, char **cause);
/* The next line without its "\n" or "\r\n", writable, NUL-terminated;
 * *len (if not NULL) its length. NULL at the end. */
char *textfile_next(struct textfile *, size_t *len);
/* "FILE:LINE: message" for the line last handed out; allocated. */
char *textfile_error(const struct textfile *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void textfile_close(struct textfile *);

#endif
