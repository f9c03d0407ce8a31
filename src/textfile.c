/*
 * textfile.c: the one reader of config-like files (themes, the config file,
 * lexicons). A file is read whole and checked before any line is parsed, so
 * a parser never sees a NUL, a line of a gigabyte or a file without end:
 * `--theme /dev/zero` or a FIFO among the themes is refused at once rather
 * than read until memory runs out or waited on for ever, and a read error
 * is an error, never taken for the end of the file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "textfile.h"
#include "util.h"
#include "vec.h"

/* Open path without waiting on a FIFO and check it is a regular file. */
static int
textfile_fd(const char *path, char **cause)
{
	struct stat st;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)) < 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s: %s", path, S_ISDIR(st.st_mode) ?
		    "is a directory" : "not a regular file");
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
}

/* Read fd to its end, or to one byte over the limit. */
static char *
textfile_slurp(int fd, const char *path, size_t *len, char **cause)
{
	size_t n = 0, cap = 0;
	char *buf = NULL;
	ssize_t got;

	for (;;) {
		if (cap - n < 4096)
			buf = vec_grow(buf, &cap, n + 8192, 1);
		got = read(fd, buf + n, cap - n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			*cause = xasprintf("%s: %s", path, strerror(errno));
			free(buf);
			return NULL;
		}
		if (got == 0 || (n += (size_t)got) > TEXTFILE_SIZE_MAX)
			break;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* The number of the line that byte off is on. */
static size_t
textfile_line_of(const char *buf, size_t off)
{
	size_t line = 1, i;

	for (i = 0; i < off; i++)
		line += buf[i] == '\n';
	return line;
}

/* Check the bytes: size, NUL, line lengths. */
static int
textfile_check(const struct textfile *tf, char **cause)
{
	const char *p = tf->buf + tf->off, *end = tf->buf + tf->len, *nl, *nul;

	if (tf->len > TEXTFILE_SIZE_MAX) {
		*cause = xasprintf("%s:%zu: file too long (over %u MiB)",
		    tf->path, textfile_line_of(tf->buf, TEXTFILE_SIZE_MAX),
		    TEXTFILE_SIZE_MAX >> 20);
		return -1;
	}
	if ((nul = memchr(p, '\0', (size_t)(end - p))) != NULL) {
		*cause = xasprintf("%s:%zu: NUL byte (not a text file)",
		    tf->path, textfile_line_of(tf->buf, (size_t)(nul - tf->buf)));
		return -1;
	}
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if ((size_t)(nl - p) > TEXTFILE_LINE_MAX) {
			*cause = xasprintf("%s:%zu: line too long (over %d "
			    "bytes)", tf->path,
			    textfile_line_of(tf->buf, (size_t)(p - tf->buf)),
			    TEXTFILE_LINE_MAX);
			return -1;
		}
	}
	return 0;
}

struct textfile *
textfile_open(const char *path, char **cause)
{
	struct textfile *tf;
	int fd;

	if ((fd = textfile_fd(path, cause)) < 0)
		return NULL;
	tf = xcalloc(1, sizeof *tf);
	tf->path = xstrdup(path);
	tf->buf = textfile_slurp(fd, path, &tf->len, cause);
	close(fd);
	if (tf->buf != NULL && tf->len >= 3 &&
	    memcmp(tf->buf, "\xef\xbb\xbf", 3) == 0)
		tf->off = 3;	/* a byte order mark is no command */
	if (tf->buf == NULL || textfile_check(tf, cause) != 0) {
		textfile_close(tf);
		return NULL;
	}
	return tf;
}

char *
textfile_next(struct textfile *tf, size_t *len)
{
	char *p = tf->buf + tf->off, *nl;
	size_t n;

	if (tf->off >= tf->len)
		return NULL;
	if ((nl = memchr(p, '\n', tf->len - tf->off)) == NULL)
		nl = tf->buf + tf->len;
	n = (size_t)(nl - p);
	tf->off += n + 1;
	tf->line++;
	if (n > 0 && p[n - 1] == '\r')
		n--;
	p[n] = '\0';
	if (len != NULL)
		*len = n;
	return p;
}

char *
textfile_error(const struct textfile *tf, const char *fmt, ...)
{
	va_list ap;
	char *m, *r;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	r = xasprintf("%s:%zu: %s", tf->path, tf->line, m);
	free(m);
	return r;
}

void
textfile_close(struct textfile *tf)
{
	if (tf == NULL)
		return;
	free(tf->buf);
	free(tf->path);
	free(tf);
}
